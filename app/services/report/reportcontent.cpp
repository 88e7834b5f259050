#include "reportcontent.h"

#include "common/logging.h"
#include "posture/postureview.h"
#include "services/settings.h"
#include "store/cataloguestore.h"
#include "store/reviewstore.h"
#include "store/snapshotstore.h"

#include <QElapsedTimer>
#include <QHash>

#include <numeric>
#include <tuple>

namespace vaultscope {

bool ReportContent::build(Database &db, const Snapshot &header, const QList<VaultRow> &rows,
                          const Translation &language, ReportContent *out, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    ReportContent c;
    c.language = language;
    c.snapshot = header;
    c.vaults = int(rows.size());
    c.generated = QDateTime::currentDateTimeUtc();
    c.reviewer = Settings::reviewerName();
    QList<Baseline> baselines;
    QList<Review> reviews;
    ReviewStore store(db);
    if (!CatalogueStore(db).loadAll(&baselines, error) || !store.list(&reviews, error) ||
        !store.evidence(QString(), &c.evidence, error))
        return false;
    QHash<QString, Review> byTarget;
    for (const Review &r : std::as_const(reviews)) {
        if (r.status == ReviewStatus::Exception)
            c.exceptions.append(r);
        // Stored keys are normalized (ReviewTarget::findingKey): "finding:<lower-case id>|<definition>".
        const qsizetype bar = r.target.lastIndexOf(QLatin1Char('|'));
        if (r.target.startsWith(QLatin1String("finding:")) && bar > 8)
            c.findingReviews[r.target.mid(8, bar - 8)].insert(r.target.mid(bar + 1), r);
        else
            byTarget.insert(r.target, r);
    }
    if (c.reviewer.isEmpty() && !reviews.isEmpty())
        c.reviewer = reviews.constLast().reviewer;
    reviews.clear();

    qCDebug(lcReport) << "catalogue and reviews" << timer.restart() << "ms";
    // Counts come from the posture view the dashboard uses; only the failing vaults are listed here.
    const PostureView view = PostureView::compute(header, rows, PostureFilter());
    c.overall = view.overall;
    c.objects = view.objects;
    for (const PostureView::Group &g : view.subscriptions) // worst first
        c.subscriptions.append({g.label, g.counts});
    const int n = int(header.definitions.size());
    QList<ReportFinding> findings(n);
    for (int d = 0; d < n; ++d) {
        const SnapshotDefinition &def = header.definitions.at(d);
        const auto counted = std::find_if(view.definitions.cbegin(), view.definitions.cend(),
                                          [&def](const PostureView::Group &g) { return g.key == def.name; });
        findings[d] = {def.name,
                       def.displayName,
                       def.version,
                       def.effect,
                       def.controls,
                       false,
                       counted == view.definitions.cend() ? PostureCounts() : counted->counts,
                       {}};
    }
    qCDebug(lcReport) << "posture view" << timer.restart() << "ms";
    // Listed by subscription, resource group and vault (then object): sorting the vaults once puts
    // every finding's list in order as it is filled.
    c.rows = rows;
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    QStringList subscriptionNames;
    subscriptionNames.reserve(rows.size());
    for (const VaultRow &row : rows)
        subscriptionNames.append(
            header.estate.subscriptionNames.value(row.subscriptionId, row.subscriptionId));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const VaultRow &x = rows.at(a), &y = rows.at(b);
        return std::forward_as_tuple(subscriptionNames.at(a), x.resourceGroup, x.name) <
               std::forward_as_tuple(subscriptionNames.at(b), y.resourceGroup, y.name);
    });
    for (const int i : std::as_const(order)) {
        const QByteArray &outcomes = rows.at(i).outcomes;
        for (int d = 0; d < n && d < outcomes.size(); ++d) {
            if (outcomes.at(d) == OutcomeCode::NonCompliant)
                findings[d].failing.append(i);
        }
    }
    qCDebug(lcReport) << "failing vaults" << timer.restart() << "ms";
    // The failing Key Vault objects, under their vault, read from the store one at a time; only the
    // ones that fail are kept, and of them only what the report lists.
    if (c.objects.total() > 0) {
        QList<int> rank(rows.size());
        for (int i = 0; i < order.size(); ++i)
            rank[order.at(i)] = i;
        QHash<QString, int> vaults;
        for (int i = 0; i < rows.size(); ++i)
            vaults.insert(rows.at(i).id.toLower(), i);
        QList<QByteArray> outcomes;
        const bool read = SnapshotStore(db).forEachObject(
            header.id,
            [&](const ObjectRow &o) {
                if (!o.outcomes.contains(OutcomeCode::NonCompliant))
                    return;
                const int vault = vaults.value(o.vaultId, -1);
                if (vault < 0)
                    return; // its vault is not in the snapshot: not counted either
                c.failingObjects.append({o.id, o.name, vault});
                outcomes.append(o.outcomes);
            },
            error);
        if (!read)
            return false;
        QList<int> objectOrder(c.failingObjects.size());
        std::iota(objectOrder.begin(), objectOrder.end(), 0);
        std::sort(objectOrder.begin(), objectOrder.end(), [&](int a, int b) {
            const ReportObject &x = c.failingObjects.at(a), &y = c.failingObjects.at(b);
            return std::forward_as_tuple(rank.at(x.row), x.name) <
                   std::forward_as_tuple(rank.at(y.row), y.name);
        });
        for (const int i : std::as_const(objectOrder)) {
            for (int d = 0; d < n && d < outcomes.at(i).size(); ++d) {
                if (outcomes.at(i).at(d) != OutcomeCode::NonCompliant)
                    continue;
                findings[d].dataPlane = true;
                findings[d].failing.append(i);
            }
        }
    }
    qCDebug(lcReport) << "failing objects" << timer.restart() << "ms";
    for (ReportFinding &f : findings) {
        if (!f.failing.isEmpty())
            c.findings.append(std::move(f));
    }
    std::stable_sort(
        c.findings.begin(), c.findings.end(),
        [](const ReportFinding &a, const ReportFinding &b) { return a.failing.size() > b.failing.size(); });

    // A control's posture counts only its own service's vaults: NS-2 of Backup is not Key Vault's.
    const QHash<QString, PostureCounts> perControl = PostureView::controlsByService(header, rows);
    for (const Baseline &b : std::as_const(baselines)) {
        for (const Entry &e : b.entries) {
            ReportEntry entry{b.service,
                              b.title,
                              e.category,
                              e.controlId,
                              e.name,
                              e.supported,
                              e.responsibility,
                              byTarget.value(ReviewTarget::entryKey(b.service, e)),
                              {}};
            const auto posture = perControl.constFind(serviceKey(b.service) + QLatin1Char('/') + e.controlId);
            if (!e.controlId.isEmpty() && posture != perControl.cend() && posture->evaluated() > 0)
                entry.posture = c.tr("%1 of %2 compliant").arg(posture->compliant).arg(posture->evaluated());
            c.entries.append(entry);
        }
    }
    qCDebug(lcReport) << "controls" << timer.restart() << "ms";
    *out = std::move(c);
    return true;
}

const Review *ReportContent::reviewOf(const ReportFinding &finding, qsizetype i) const
{
    if (findingReviews.isEmpty())
        return nullptr;
    const int at = finding.failing.at(i);
    const QString &id = finding.dataPlane ? failingObjects.at(at).id : rows.at(at).id;
    const auto reviews = findingReviews.constFind(id.trimmed().toLower());
    if (reviews == findingReviews.cend())
        return nullptr;
    const auto review = reviews->constFind(finding.definition);
    return review == reviews->cend() ? nullptr : &*review;
}

ReportResource ReportContent::resource(const ReportFinding &finding, qsizetype i) const
{
    const int at = finding.failing.at(i);
    const ReportObject *object = finding.dataPlane ? &failingObjects.at(at) : nullptr;
    const VaultRow &vault = rows.at(object ? object->row : at);
    const Review *review = reviewOf(finding, i);
    return {snapshot.estate.subscriptionNames.value(vault.subscriptionId, vault.subscriptionId),
            vault.resourceGroup,
            vault.name,
            object ? object->id : vault.id,
            review ? *review : Review(),
            object ? object->name : QString()};
}

} // namespace vaultscope
