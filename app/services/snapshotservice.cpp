#include "snapshotservice.h"

#include "common/logging.h"
#include "posture/posture.h"
#include "posture/ruleset.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

namespace vaultscope::SnapshotService {

bool importFiles(Database &db, const QStringList &files, const QString &name, const QString &apiVersion,
                 Snapshot *out, QString *error, const std::function<bool()> &cancelled, const RuleSet *rules)
{
    Snapshot s;
    QElapsedTimer timer;
    timer.start();
    for (const QString &file : files) {
        if (!EstateReader::readFile(file, &s.estate, error))
            return false;
    }
    qCDebug(lcImport) << "read" << timer.restart() << "ms";
    if (s.estate.vaults.isEmpty()) {
        *error = QStringLiteral("%1: no Recovery Services vaults, Backup vaults or Key Vaults found")
                     .arg(files.join(QLatin1String(", ")));
        return false;
    }
    s.name = name.isEmpty() ? QFileInfo(files.constFirst()).completeBaseName() : name;
    s.source = QStringLiteral("file import");
    s.tenant = s.estate.tenant;
    s.capturedAt = s.estate.capturedAt.isEmpty() ? Snapshot::now()
                                                 : QDateTime::fromString(s.estate.capturedAt, Qt::ISODate);
    s.apiVersionOverride = apiVersion;
    s.completeness = s.estate.completeness;
    if (!s.evaluate(rules ? *rules : RuleSet::shipped(), cancelled)) {
        *error = QStringLiteral("import cancelled; nothing was stored");
        return false;
    }
    qCDebug(lcImport) << "evaluate and hash" << timer.restart() << "ms";
    if (!SnapshotStore(db).save(&s, error))
        return false;
    qCDebug(lcImport) << "store" << timer.restart() << "ms";
    *out = s;
    return true;
}

namespace {
QString demoName(const DemoEstateOptions &options)
{
    return QStringLiteral("Demo estate (%1 subscriptions, %2 vaults, seed %3)")
        .arg(options.subscriptions)
        .arg(options.vaults)
        .arg(options.seed);
}
} // namespace

Snapshot demoSnapshot(const DemoEstateOptions &options)
{
    Snapshot s;
    s.capturedAt = Snapshot::now();
    DemoEstateOptions at = options;
    if (!at.asOf.isValid()) // objects expire relative to the capture, as in a real estate
        at.asOf = QDateTime(s.capturedAt.date(), QTime(0, 0), Qt::UTC);
    s.estate = generateDemoEstate(at);
    s.name = demoName(options);
    s.source = QStringLiteral("demo generator");
    s.tenant = QStringLiteral("contoso.onmicrosoft.com");
    s.evaluate(RuleSet::shipped());
    s.sha256 = s.computeHash();
    return s;
}

bool createDemo(Database &db, const DemoEstateOptions &options, Snapshot *out, QString *error)
{
    Snapshot s = demoSnapshot(options);
    if (!SnapshotStore(db).save(&s, error))
        return false;
    *out = s;
    return true;
}

bool ensureDemo(Database &db, QString *error)
{
    // Offered once: a user who deleted the demo finds the empty state next time, not the demo again.
    const QString key = QStringLiteral("demo_offered");
    QString offered;
    if (!db.metaValue(key, &offered, error))
        return false;
    if (!offered.isEmpty())
        return true;
    qint64 latest = 0;
    Snapshot s;
    return SnapshotStore(db).latestId(&latest, error) &&
           (latest != 0 || createDemo(db, DemoEstateOptions(), &s, error)) &&
           db.setMetaValue(key, QStringLiteral("1"), error);
}

bool resolveId(Database &db, const QString &text, qint64 *id, QString *error)
{
    if (text == QLatin1String("latest")) {
        if (!SnapshotStore(db).latestId(id, error))
            return false;
        if (*id == 0) {
            *error = QStringLiteral("the database holds no snapshots");
            return false;
        }
        return true;
    }
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        *error = QStringLiteral("'%1' is not a snapshot id (a number, or latest)").arg(text);
        return false;
    }
    return true;
}

QJsonObject exportJson(const Snapshot &s)
{
    QJsonArray resources;
    QJsonObject apiVersions;
    for (const QJsonObject &v : s.estate.vaults) {
        resources.append(v);
        const QString id = v.value(QLatin1String("id")).toString();
        const QString api = s.estate.apiVersions.value(id.toLower());
        if (!api.isEmpty())
            apiVersions.insert(id, api);
    }
    for (const QList<QJsonObject> &related : s.estate.related) {
        for (const QJsonObject &r : related)
            resources.append(r);
    }
    // Key Vault objects and key rotation policies, as captured: import reads them back by shape.
    for (const QJsonObject &o : s.estate.objects)
        resources.append(o);
    QStringList keys = s.estate.rotationPolicies.keys();
    keys.sort();
    for (const QString &k : std::as_const(keys))
        resources.append(s.estate.rotationPolicies.value(k));
    QJsonArray subscriptions;
    for (auto it = s.estate.subscriptionNames.constBegin(); it != s.estate.subscriptionNames.constEnd(); ++it)
        subscriptions.append(
            QJsonObject{{QStringLiteral("id"), it.key()}, {QStringLiteral("displayName"), it.value()}});
    QStringList related = s.estate.relatedTypesCaptured.values();
    related.sort();
    QJsonObject gaps;
    for (auto it = s.estate.relatedGaps.constBegin(); it != s.estate.relatedGaps.constEnd(); ++it)
        gaps.insert(it.key(), it.value());
    QJsonObject out{{QStringLiteral("format"), QStringLiteral("vaultscope-snapshot")},
                    {QStringLiteral("formatVersion"), 1},
                    {QStringLiteral("name"), s.name},
                    {QStringLiteral("source"), s.source},
                    {QStringLiteral("capturedAt"), s.capturedAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("sha256"), s.sha256},
                    {QStringLiteral("scope"), QJsonObject{{QStringLiteral("tenant"), s.tenant},
                                                          {QStringLiteral("subscriptions"), subscriptions}}},
                    {QStringLiteral("apiVersions"), apiVersions},
                    {QStringLiteral("relatedTypesCaptured"), QJsonArray::fromStringList(related)},
                    {QStringLiteral("resources"), resources}};
    // A partial scan stays partial when exported and imported again.
    if (s.completeness.recorded)
        out.insert(QStringLiteral("completeness"), s.completeness.toJson());
    if (!gaps.isEmpty())
        out.insert(QStringLiteral("relatedGaps"), gaps);
    return out;
}

namespace {
QJsonObject countsJson(const PostureCounts &c, int notApplicable)
{
    return QJsonObject{{QStringLiteral("compliant"), c.compliant},
                       {QStringLiteral("noncompliant"), c.nonCompliant},
                       {QStringLiteral("unknown"), c.unknown},
                       {QStringLiteral("notapplicable"), notApplicable},
                       {QStringLiteral("score"), qRound(c.score() * 1000) / 10.0}};
}
} // namespace

bool storedDemo(Database &db, qint64 *id, QString *error)
{
    QList<SnapshotSummary> all;
    if (!SnapshotStore(db).list(&all, error))
        return false;
    // Found by source and name (which spell out the options): snapshots are immutable, so there
    // is no need to generate and evaluate the demo estate again to compare hashes.
    const QString name = demoName(DemoEstateOptions());
    *id = 0;
    for (const SnapshotSummary &s : std::as_const(all)) {
        if (s.source == QLatin1String("demo generator") && s.name == name)
            *id = s.id;
    }
    if (*id)
        return true;
    Snapshot made;
    if (!createDemo(db, DemoEstateOptions(), &made, error))
        return false;
    *id = made.id;
    return true;
}

QJsonObject postureJson(const Snapshot &header, const QList<VaultRow> &rows)
{
    const int n = int(header.definitions.size());
    QList<PostureCounts> perDefinition(n);
    QList<int> notApplicable(n, 0);
    PostureCounts overall;
    int overallNa = 0;
    QMap<QString, PostureCounts> perSubscription;
    QMap<QString, PostureCounts> perControl;
    ObjectTally tally;
    for (const VaultRow &row : rows) {
        for (int d = 0; d < n && d < row.outcomes.size(); ++d) {
            const char code = row.outcomes.at(d);
            if (code == OutcomeCode::NotApplicable) {
                ++notApplicable[d];
                ++overallNa;
                continue;
            }
            perDefinition[d].add(code);
            overall.add(code);
            perSubscription[row.subscriptionId].add(code);
            for (const QString &control : header.definitions.at(d).controls)
                perControl[control].add(code);
        }
        // The vault's Key Vault objects count with it.
        tally.add(row.objectTally);
        for (int d = 0; d < n && d < row.objectCounts.size(); ++d) {
            const PostureCounts &c = row.objectCounts.at(d);
            perDefinition[d].add(c);
            overall.add(c);
            perSubscription[row.subscriptionId].add(c);
            for (const QString &control : header.definitions.at(d).controls)
                perControl[control].add(c);
        }
    }
    QJsonArray definitions;
    for (int d = 0; d < n; ++d) {
        const SnapshotDefinition &def = header.definitions.at(d);
        QJsonObject o = countsJson(perDefinition.at(d), notApplicable.at(d));
        o.insert(QStringLiteral("name"), def.name);
        o.insert(QStringLiteral("displayName"), def.displayName);
        o.insert(QStringLiteral("version"), def.version);
        o.insert(QStringLiteral("controls"), QJsonArray::fromStringList(def.controls));
        definitions.append(o);
    }
    QJsonArray subscriptions;
    for (auto it = perSubscription.constBegin(); it != perSubscription.constEnd(); ++it) {
        QJsonObject o = countsJson(it.value(), 0);
        o.remove(QStringLiteral("notapplicable"));
        o.insert(QStringLiteral("id"), it.key());
        o.insert(QStringLiteral("displayName"), header.estate.subscriptionNames.value(it.key()));
        subscriptions.append(o);
    }
    QJsonArray controls;
    for (auto it = perControl.constBegin(); it != perControl.constEnd(); ++it) {
        QJsonObject o = countsJson(it.value(), 0);
        o.remove(QStringLiteral("notapplicable"));
        o.insert(QStringLiteral("id"), it.key());
        controls.append(o);
    }
    QJsonObject total = countsJson(overall, overallNa);
    return QJsonObject{
        {QStringLiteral("snapshot"),
         QJsonObject{{QStringLiteral("id"), header.id},
                     {QStringLiteral("name"), header.name},
                     {QStringLiteral("capturedAt"), header.capturedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("sha256"), header.sha256},
                     {QStringLiteral("vaults"), int(rows.size())}}},
        {QStringLiteral("score"), total.value(QStringLiteral("score"))},
        {QStringLiteral("counts"), total},
        {QStringLiteral("definitions"), definitions},
        {QStringLiteral("subscriptions"), subscriptions},
        {QStringLiteral("controls"), controls},
        {QStringLiteral("objects"), tally.toJson()}};
}

} // namespace vaultscope::SnapshotService
