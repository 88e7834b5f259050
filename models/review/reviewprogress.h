#pragma once

#include "catalogue/baseline.h"
#include "review/review.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace vaultscope {

struct Snapshot;
struct VaultRow;

// Something to review: a control entry of the catalogue or a failing result in a snapshot.
struct ReviewItem
{
    enum Kind { Control, Finding };
    Kind kind = Control;
    QString target; // ReviewTarget key
    QString group;  // "Azure Key Vault › Network security", or the subscription's name
    QString title;  // the entry's control and name, or "vault — definition"
    ReviewStatus status = ReviewStatus::NotReviewed;
    bool expired = false; // an exception past its expiry date
    qint64 baselineId = 0;
    int entryIndex = -1;
    QString resourceId;
    QString definition;
};

struct ReviewProgress
{
    QString section; // the baseline's title, for controls
    QString label;   // the category or the subscription
    QString group;
    ReviewItem::Kind kind = ReviewItem::Control;
    int reviewed = 0;
    int total = 0;
};

// Progress per category and per subscription, and what is still open (not reviewed, or an
// exception past its expiry) — computed from the catalogue, a snapshot's results and the reviews.
struct ReviewOverview
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::ReviewOverview)

public:
    QList<ReviewProgress> progress;
    QList<ReviewItem> open;
    int reviewed = 0;
    int total = 0;

    static ReviewOverview build(const QList<Baseline> &baselines, const Snapshot &snapshot,
                                const QList<VaultRow> &rows, const QHash<QString, Review> &reviews,
                                const QDate &today);
};

} // namespace vaultscope
