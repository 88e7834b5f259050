#pragma once

#include "review/review.h"

#include <QCoreApplication>
#include <QList>

namespace vaultscope {

class Database;

// Reviews and their append-only history. A write returns only once it is durable (synchronous
// FULL for that transaction), so an acknowledged review survives a crash or power loss.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::ReviewStore)

public:
    explicit ReviewStore(Database &db);

    // Creates or updates the review of review.target (a ReviewTarget key) and records each
    // changed field in the history. *changed is false when nothing differed.
    bool set(const Review &review, QString *error, bool *changed = nullptr);
    bool get(const QString &target, Review *out, bool *found, QString *error);
    bool list(QList<Review> *out, QString *error, const QString &statusKeyFilter = {});
    bool history(const QString &target, QList<ReviewChange> *out, QString *error);
    // Whether the target matches something in the catalogue (controls) or the snapshots (findings).
    bool targetKnown(const ReviewTarget &target, bool *known, QString *error);

private:
    Database &m_db;
};

} // namespace vaultscope
