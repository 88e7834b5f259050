#pragma once

#include "review/review.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace vaultscope {

class Database;

// Reviews, their append-only history and their evidence files. A write returns only once it is
// durable (synchronous FULL for that transaction), so an acknowledged review survives a crash or
// power loss.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::ReviewStore)

public:
    static constexpr qint64 MaxEvidenceBytes = 25 * 1024 * 1024;

    explicit ReviewStore(Database &db);

    // Creates or updates the review of review.target (a ReviewTarget key) and records each
    // changed field in the history. *changed is false when nothing differed.
    // origin: where the review comes from when not from this store's user (a bundle), kept with
    // every change it makes. recordHistory false: the caller brings the review's history itself.
    bool set(const Review &review, QString *error, bool *changed = nullptr, const QString &origin = {},
             bool recordHistory = true);
    bool get(const QString &target, Review *out, bool *found, QString *error);
    bool list(QList<Review> *out, QString *error, const QString &statusKeyFilter = {});
    // The history of one target, or of all targets when target is empty, oldest first.
    bool history(const QString &target, QList<ReviewChange> *out, QString *error);
    // Whether the target matches something in the catalogue (controls) or the snapshots (findings).
    bool targetKnown(const ReviewTarget &target, bool *known, QString *error);

    // Copies a file into the store. The same content on the same target is attached once
    // (*alreadyAttached); a file of the same name with other content is attached beside it.
    bool addEvidence(const QString &target, const QString &filePath, const QString &reviewer, Evidence *out,
                     bool *alreadyAttached, QString *error);
    bool addEvidenceData(const QString &target, const QString &fileName, const QByteArray &data,
                         const QString &reviewer, Evidence *out, bool *alreadyAttached, QString *error);
    // Attaches content already hashed into e->sha256, as it is (time, who), without a history row:
    // for merging bundles, whose history carries the attachment.
    bool attachEvidence(Evidence *e, const QByteArray &data, bool *alreadyAttached, QString *error);
    bool removeEvidence(const Evidence &evidence, const QString &reviewer, QString *error);
    // The evidence of one target, or of all when target is empty.
    bool evidence(const QString &target, QList<Evidence> *out, QString *error);
    bool evidenceData(const QString &sha256, QByteArray *out, QString *error);

    // Adds history rows that are not there yet (same target, time, reviewer, field and value).
    bool mergeHistory(const QList<ReviewChange> &changes, int *added, QString *error);

    // Runs work in one transaction, synced fully before it returns; rolled back when work fails.
    // Calls nest: the outermost one commits.
    bool durably(const std::function<bool(QString *error)> &work, QString *error);

private:
    bool write(const Review &review, bool *changed, QString *error, const QString &origin,
               bool recordHistory);
    bool addHistory(const ReviewChange &change, QString *error);

    Database &m_db;
    bool m_inTransaction = false;
};

} // namespace vaultscope
