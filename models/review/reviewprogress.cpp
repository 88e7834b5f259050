#include "reviewprogress.h"

#include "posture/posture.h"
#include "posture/snapshot.h"
#include "posture/snapshotrows.h"

#include <QSet>

namespace vaultscope {

namespace {

struct Tally
{
    ReviewOverview *overview;
    const QHash<QString, Review> &reviews;
    QDate today;

    // Counts the item in its group's progress row and lists it when it is still open.
    void add(ReviewItem item, ReviewProgress *row)
    {
        const auto found = reviews.constFind(item.target);
        if (found != reviews.cend()) {
            item.status = found->status;
            item.expired =
                found->status == ReviewStatus::Exception && found->expiry.isValid() && found->expiry < today;
        }
        const bool done = item.status != ReviewStatus::NotReviewed && !item.expired;
        ++row->total;
        ++overview->total;
        if (done) {
            ++row->reviewed;
            ++overview->reviewed;
        } else {
            overview->open.append(std::move(item));
        }
    }
};

} // namespace

ReviewOverview ReviewOverview::build(const QList<Baseline> &baselines, const Snapshot &snapshot,
                                     const QList<VaultRow> &rows, const QHash<QString, Review> &reviews,
                                     const QDate &today)
{
    ReviewOverview overview;
    Tally tally{&overview, reviews, today};
    for (const Baseline &baseline : baselines) {
        // A control shared by several entries (features of one recommendation) is one review.
        QSet<QString> seen;
        for (const QString &category : baseline.categories()) {
            ReviewProgress row{baseline.title, category, baseline.service + QStringLiteral(" › ") + category,
                               ReviewItem::Control};
            for (int i = 0; i < baseline.entries.size(); ++i) {
                const Entry &e = baseline.entries.at(i);
                if (e.category != category)
                    continue;
                ReviewItem item;
                item.target = ReviewTarget::entryKey(baseline.service, e);
                if (seen.contains(item.target))
                    continue;
                seen.insert(item.target);
                item.group = row.group;
                item.title = e.controlId.isEmpty() ? e.name
                                                   : e.controlId + QStringLiteral(" ") +
                                                         (e.controlTitle.isEmpty() ? e.name : e.controlTitle);
                item.baselineId = baseline.id;
                item.entryIndex = i;
                tally.add(std::move(item), &row);
            }
            overview.progress.append(row);
        }
    }
    QHash<QString, qsizetype> subscriptionRows;
    for (const VaultRow &vault : rows) {
        for (int d = 0; d < vault.outcomes.size() && d < snapshot.definitions.size(); ++d) {
            if (vault.outcomes.at(d) != OutcomeCode::NonCompliant)
                continue;
            const QString subscription =
                snapshot.estate.subscriptionNames.value(vault.subscriptionId, vault.subscriptionId);
            qsizetype at = subscriptionRows.value(subscription, -1);
            if (at < 0) {
                at = overview.progress.size();
                subscriptionRows.insert(subscription, at);
                overview.progress.append({QString(), subscription, subscription, ReviewItem::Finding});
            }
            const SnapshotDefinition &def = snapshot.definitions.at(d);
            ReviewItem item;
            item.kind = ReviewItem::Finding;
            item.target = ReviewTarget::findingKey(vault.id, def.name);
            item.group = subscription;
            item.title = vault.name + QStringLiteral(" — ") + def.displayName;
            item.resourceId = vault.id;
            item.definition = def.name;
            tally.add(std::move(item), &overview.progress[at]);
        }
    }
    return overview;
}

} // namespace vaultscope
