#pragma once

#include "review/reviewbundle.h"
#include "review/reviewprogress.h"
#include "store/reviewstore.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace vaultscope {

class CatalogueService;
class Database;
class SnapshotSession;

// Reviews of the open store: the progress and open items (counted on a worker a moment after the
// catalogue, the snapshot or a review changes), which targets are reviewed, and review bundles.
class ReviewService final : public QObject
{
    Q_OBJECT
public:
    ReviewService(Database &db, const CatalogueService &catalogue, const SnapshotSession &session,
                  QObject *parent = nullptr);

    // Who is signed in (name and UPN), or empty: the reviewer of reviews written now.
    void setSignedInReviewer(std::function<QString()> reviewer) { m_signedIn = std::move(reviewer); }
    QString signedInReviewer() const { return m_signedIn ? m_signedIn() : QString(); }
    // Who acts here without asking: signed in, the account; else the local name, else the login.
    QString localReviewer() const;
    // One review's reads and writes (the review pane).
    ReviewStore store() const { return ReviewStore(m_db); }
    // Recounts a moment later; many changes in a row cost one count.
    void scheduleRefresh();
    void refreshNow();
    bool isRefreshing() const { return m_pending > 0 || m_delay.isActive(); }
    const ReviewOverview &overview() const { return m_overview; }
    QString overviewLabel() const { return m_label; }
    const QSet<QString> &reviewedTargets() const { return m_reviewed; }

    // Reviews within scope (target prefixes; all when empty) with history and evidence.
    bool exportBundle(const QString &path, const QStringList &scope, ReviewBundle *written, QString *error);
    // Backs the store up, then merges in one transaction. Conflicts stay for the user to resolve.
    bool importBundle(const QString &path, MergeResult *result, QString *error);
    bool takeTheirs(const MergeConflict &conflict, QString *error);

Q_SIGNALS:
    void overviewChanged();
    void reviewedChanged();
    // Reviews changed behind the panes' backs (a bundle was merged): show them as stored.
    void reviewsReplaced();
    void failed(const QString &message);

private:
    Database &m_db;
    const CatalogueService &m_catalogue;
    const SnapshotSession &m_session;
    QTimer m_delay;
    int m_generation = 0;
    int m_pending = 0;
    ReviewOverview m_overview;
    QString m_label;
    QSet<QString> m_reviewed;
    std::function<QString()> m_signedIn;
};

} // namespace vaultscope
