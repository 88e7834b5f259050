#include "postureview.h"

#include "catalogue/baseline.h"
#include "posture/snapshot.h"
#include "posture/snapshotrows.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <numeric>

namespace vaultscope {

bool PostureFilter::isEmpty() const
{
    return subscriptions.isEmpty() && resourceGroups.isEmpty() && locations.isEmpty() && types.isEmpty() &&
           definitions.isEmpty() && control.isEmpty() && results.isEmpty();
}

bool PostureFilter::acceptsVault(const VaultRow &row) const
{
    // Lower-case sets, matched without lower-casing each of tens of thousands of rows.
    const auto holds = [](const QSet<QString> &set, const QString &text) {
        return std::any_of(set.cbegin(), set.cend(),
                           [&text](const QString &s) { return s.compare(text, Qt::CaseInsensitive) == 0; });
    };
    return (subscriptions.isEmpty() || subscriptions.contains(row.subscriptionId)) &&
           (resourceGroups.isEmpty() || holds(resourceGroups, row.resourceGroup)) &&
           (locations.isEmpty() || locations.contains(row.location)) &&
           (types.isEmpty() || holds(types, row.type));
}

bool PostureFilter::acceptsDefinition(const Snapshot &snapshot, int d) const
{
    const SnapshotDefinition &def = snapshot.definitions.at(d);
    return (definitions.isEmpty() || definitions.contains(def.name)) &&
           (control.isEmpty() || def.controls.contains(control));
}

QString PostureFilter::describe(const Snapshot &snapshot) const
{
    QStringList parts;
    const auto join = [](const QSet<QString> &set, const std::function<QString(const QString &)> &label) {
        QStringList names;
        for (const QString &s : set)
            names.append(label(s));
        names.sort(Qt::CaseInsensitive);
        return names.join(QStringLiteral(", "));
    };
    const auto same = [](const QString &s) { return s; };
    if (!subscriptions.isEmpty())
        parts.append(tr("subscription %1").arg(join(subscriptions, [&](const QString &id) {
            return snapshot.estate.subscriptionNames.value(id, id);
        })));
    if (!resourceGroups.isEmpty())
        parts.append(tr("resource group %1").arg(join(resourceGroups, same)));
    if (!locations.isEmpty())
        parts.append(tr("region %1").arg(join(locations, same)));
    if (!types.isEmpty())
        parts.append(tr("type %1").arg(join(types, same)));
    if (!definitions.isEmpty())
        parts.append(tr("definition %1").arg(join(definitions, [&](const QString &name) {
            for (const SnapshotDefinition &d : snapshot.definitions) {
                if (d.name == name)
                    return d.displayName;
            }
            return name;
        })));
    if (!control.isEmpty())
        parts.append(tr("control %1").arg(control));
    if (!results.isEmpty()) {
        QStringList names;
        for (const char code : {OutcomeCode::NonCompliant, OutcomeCode::Unknown, OutcomeCode::Compliant}) {
            if (results.contains(code))
                names.append(code == OutcomeCode::NonCompliant ? tr("non-compliant")
                             : code == OutcomeCode::Unknown    ? tr("unknown")
                                                               : tr("compliant"));
        }
        parts.append(tr("result %1").arg(names.join(QStringLiteral(", "))));
    }
    return parts.isEmpty() ? tr("no filter") : parts.join(QStringLiteral(" · "));
}

PostureChoices PostureChoices::of(const Snapshot &snapshot, const QList<VaultRow> &rows)
{
    PostureChoices c;
    // Each value once: rows repeat the same few thousand.
    QSet<QString> subscriptions, groups, locations, types;
    for (const VaultRow &row : rows) {
        if (!subscriptions.contains(row.subscriptionId)) {
            subscriptions.insert(row.subscriptionId);
            c.subscriptions.insert(
                snapshot.estate.subscriptionNames.value(row.subscriptionId, row.subscriptionId),
                row.subscriptionId);
        }
        if (!groups.contains(row.resourceGroup)) {
            groups.insert(row.resourceGroup);
            const QString group = row.resourceGroup.toLower();
            c.resourceGroups.insert(group, group);
        }
        if (!locations.contains(row.location)) {
            locations.insert(row.location);
            c.locations.insert(row.location, row.location);
        }
        if (!types.contains(row.type)) {
            types.insert(row.type);
            const QString type = row.type.toLower();
            c.types.insert(type, type);
        }
    }
    for (const SnapshotDefinition &d : snapshot.definitions) {
        c.definitions.insert(d.displayName, d.name);
        for (const QString &control : d.controls)
            c.controls.insert(control, control);
    }
    return c;
}

QHash<QString, PostureCounts> PostureView::controlsByService(const Snapshot &snapshot,
                                                             const QList<VaultRow> &rows)
{
    // The services baselines are about, and the resource types whose configuration evidences them.
    const QList<QPair<QString, QSet<QString>>> services = {
        {QStringLiteral("Azure Key Vault"),
         {QStringLiteral("microsoft.keyvault/vaults"), QStringLiteral("microsoft.keyvault/managedhsms")}},
        {QStringLiteral("Azure Backup"),
         {QStringLiteral("microsoft.recoveryservices/vaults"),
          QStringLiteral("microsoft.dataprotection/backupvaults")}}};
    QHash<QString, PostureCounts> out;
    for (const auto &[service, types] : services) {
        PostureFilter filter;
        filter.types = types;
        const PostureView view = compute(snapshot, rows, filter);
        for (const Group &control : view.controls)
            out.insert(serviceKey(service) + QLatin1Char('/') + control.key, control.counts);
    }
    return out;
}

PostureView PostureView::compute(const Snapshot &snapshot, const QList<VaultRow> &rows,
                                 const PostureFilter &filter)
{
    PostureView view;
    const int n = int(snapshot.definitions.size());
    QList<bool> definitionOn(n);
    QHash<QString, int> controlIndex;
    QList<QList<int>> controlsOf(n); // definition -> control indexes
    for (int d = 0; d < n; ++d) {
        definitionOn[d] = filter.acceptsDefinition(snapshot, d);
        view.definitions.append(
            {snapshot.definitions.at(d).name, snapshot.definitions.at(d).displayName, {}});
        for (const QString &control : snapshot.definitions.at(d).controls) {
            if (!filter.control.isEmpty() && control != filter.control)
                continue;
            auto it = controlIndex.constFind(control);
            if (it == controlIndex.cend()) {
                it = controlIndex.insert(control, int(view.controls.size()));
                view.controls.append({control, control, {}});
            }
            controlsOf[d].append(*it);
        }
    }
    QHash<QString, int> subscriptionIndex;
    QList<QList<PostureCounts>> heat; // by subscription index as met
    for (int r = 0; r < rows.size(); ++r) {
        const VaultRow &row = rows.at(r);
        if (!filter.acceptsVault(row))
            continue;
        view.objects.add(row.objectTally);
        bool counted = false;
        int s = -1;
        const auto count = [&](int d, const PostureCounts &c) {
            if (s < 0) {
                auto it = subscriptionIndex.constFind(row.subscriptionId);
                if (it == subscriptionIndex.cend()) {
                    it = subscriptionIndex.insert(row.subscriptionId, int(view.subscriptions.size()));
                    view.subscriptions.append(
                        {row.subscriptionId,
                         snapshot.estate.subscriptionNames.value(row.subscriptionId, row.subscriptionId),
                         {}});
                    heat.append(QList<PostureCounts>(view.controls.size()));
                }
                s = *it;
            }
            counted = true;
            view.overall.add(c);
            view.subscriptions[s].counts.add(c);
            view.definitions[d].counts.add(c);
            for (int k : controlsOf.at(d)) {
                view.controls[k].counts.add(c);
                heat[s][k].add(c);
            }
        };
        for (int d = 0; d < n && d < row.outcomes.size(); ++d) {
            const char code = row.outcomes.at(d);
            if (!definitionOn.at(d) || code == OutcomeCode::NotApplicable ||
                (!filter.results.isEmpty() && !filter.results.contains(code)))
                continue;
            PostureCounts one;
            one.add(code);
            count(d, one);
        }
        for (int d = 0; d < n && d < row.objectCounts.size(); ++d) {
            PostureCounts c;
            c.add(row.objectCounts.at(d), filter.results);
            if (definitionOn.at(d) && c.evaluated() > 0)
                count(d, c);
        }
        if (counted)
            view.vaults.append(r);
    }
    // Worst first everywhere; the heat map follows the subscription and control order.
    const auto worst = [](const Group &a, const Group &b) {
        const double sa = a.counts.score(), sb = b.counts.score();
        return sa != sb ? sa < sb : a.counts.nonCompliant > b.counts.nonCompliant;
    };
    QList<int> subscriptionOrder(view.subscriptions.size()), controlOrder(view.controls.size());
    std::iota(subscriptionOrder.begin(), subscriptionOrder.end(), 0);
    std::iota(controlOrder.begin(), controlOrder.end(), 0);
    std::stable_sort(subscriptionOrder.begin(), subscriptionOrder.end(),
                     [&](int a, int b) { return worst(view.subscriptions.at(a), view.subscriptions.at(b)); });
    std::stable_sort(controlOrder.begin(), controlOrder.end(), [&](int a, int b) {
        return view.controls.at(a).key < view.controls.at(b).key; // controls read best in id order
    });
    QList<Group> subscriptions, controls;
    for (int s : subscriptionOrder) {
        subscriptions.append(view.subscriptions.at(s));
        QList<PostureCounts> line;
        for (int c : controlOrder)
            line.append(heat.at(s).at(c));
        view.heat.append(line);
    }
    for (int c : controlOrder)
        controls.append(view.controls.at(c));
    view.subscriptions = subscriptions;
    view.controls = controls;
    view.definitions.removeIf([](const Group &g) { return g.counts.evaluated() == 0; });
    std::stable_sort(view.definitions.begin(), view.definitions.end(), worst);
    return view;
}

} // namespace vaultscope
