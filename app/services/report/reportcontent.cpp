#include "reportcontent.h"

#include "posture/postureview.h"
#include "services/settings.h"
#include "store/cataloguestore.h"
#include "store/reviewstore.h"
#include "store/snapshotstore.h"

#include <QHash>

namespace vaultscope {

bool ReportContent::build(Database &db, const Snapshot &header, const QList<VaultRow> &rows,
                          const Translation &language, ReportContent *out, QString *error)
{
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
        byTarget.insert(r.target, r);
        if (r.status == ReviewStatus::Exception)
            c.exceptions.append(r);
    }
    if (c.reviewer.isEmpty() && !reviews.isEmpty())
        c.reviewer = reviews.constLast().reviewer;

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
    for (const VaultRow &row : rows) {
        for (int d = 0; d < n && d < row.outcomes.size(); ++d) {
            if (row.outcomes.at(d) == OutcomeCode::NonCompliant)
                findings[d].resources.append(
                    {header.estate.subscriptionNames.value(row.subscriptionId, row.subscriptionId),
                     row.resourceGroup,
                     row.name,
                     row.id,
                     byTarget.value(ReviewTarget::findingKey(row.id, findings[d].definition)),
                     {}});
        }
    }
    // The failing Key Vault objects, under their vault.
    if (c.objects.total() > 0) {
        QList<ObjectRow> objects;
        if (!SnapshotStore(db).loadObjects(header.id, &objects, error))
            return false;
        QHash<QString, const VaultRow *> vaults;
        for (const VaultRow &row : rows)
            vaults.insert(row.id.toLower(), &row);
        for (const ObjectRow &o : std::as_const(objects)) {
            const VaultRow *vault = vaults.value(o.vaultId);
            if (!vault)
                continue; // its vault is not in the snapshot: not counted either
            for (int d = 0; d < n && d < o.outcomes.size(); ++d) {
                if (o.outcomes.at(d) != OutcomeCode::NonCompliant)
                    continue;
                findings[d].dataPlane = true;
                findings[d].resources.append(
                    {header.estate.subscriptionNames.value(vault->subscriptionId, vault->subscriptionId),
                     vault->resourceGroup, vault->name, o.id,
                     byTarget.value(ReviewTarget::findingKey(o.id, findings[d].definition)), o.name});
            }
        }
    }
    for (ReportFinding &f : findings) {
        if (f.resources.isEmpty())
            continue;
        std::sort(f.resources.begin(), f.resources.end(),
                  [](const ReportResource &a, const ReportResource &b) {
                      return std::tie(a.subscription, a.resourceGroup, a.vault, a.object) <
                             std::tie(b.subscription, b.resourceGroup, b.vault, b.object);
                  });
        c.findings.append(std::move(f));
    }
    std::stable_sort(c.findings.begin(), c.findings.end(),
                     [](const ReportFinding &a, const ReportFinding &b) {
                         return a.resources.size() > b.resources.size();
                     });

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
    *out = std::move(c);
    return true;
}

} // namespace vaultscope
