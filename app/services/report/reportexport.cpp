#include "reportexport.h"

#include "reportcontent.h"
#include "reportpdf.h"
#include "services/exportfiles.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultscope {

namespace {

QStringList reviewFields(const Review &r)
{
    return {statusKey(r.status),
            r.note,
            r.reviewer,
            r.updated.isValid() ? r.updated.toUTC().toString(Qt::ISODate) : QString(),
            r.expiry.isValid() ? r.expiry.toString(Qt::ISODate) : QString(),
            r.approver};
}

QJsonObject reviewJson(const Review &r)
{
    return {{QStringLiteral("status"), statusKey(r.status)},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("updated"),
             r.updated.isValid() ? r.updated.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("expiry"), r.expiry.isValid() ? r.expiry.toString(Qt::ISODate) : QString()},
            {QStringLiteral("approver"), r.approver}};
}

QJsonObject countsJson(const PostureCounts &c)
{
    return {{QStringLiteral("compliant"), c.compliant},
            {QStringLiteral("noncompliant"), c.nonCompliant},
            {QStringLiteral("unknown"), c.unknown},
            {QStringLiteral("score"), c.score()}};
}

} // namespace

bool writeReports(const ReportRequest &request, QString *error, const std::function<bool()> &cancelled,
                  const std::function<void(const QString &)> &stage)
{
    const auto say = [&stage](const char *text) {
        if (stage)
            stage(QCoreApplication::translate("vaultscope::ReportJob", text));
    };
    const auto stop = [&] {
        if (!cancelled || !cancelled())
            return false;
        *error = QCoreApplication::translate("vaultscope::ReportJob",
                                             "The report was cancelled; nothing was written.");
        return true;
    };
    say(QT_TRANSLATE_NOOP("vaultscope::ReportJob", "Reading the snapshot and the reviews…"));
    Database db(request.databasePath);
    Snapshot header;
    QList<VaultRow> rows;
    ReportContent content;
    if (!db.open(error, Database::Trusted) ||
        !SnapshotStore(db).loadRows(request.snapshotId, &header, &rows, error) ||
        !ReportContent::build(db, header, rows, Translation::load(request.language), &content, error))
        return false;
    rows = {}; // the content holds what the report needs
    if (stop())
        return false;
    if (!request.pdf.isEmpty()) {
        say(QT_TRANSLATE_NOOP("vaultscope::ReportJob", "Laying out the PDF…"));
        if (!writeReportPdf(content, request.options, request.pdf, error, cancelled)) {
            stop(); // a cancelled layout says so in the user's words
            return false;
        }
    }
    // Past the PDF, CSV and JSON take a moment: they are finished rather than left half done.
    say(QT_TRANSLATE_NOOP("vaultscope::ReportJob", "Writing CSV and JSON…"));
    return (request.csv.isEmpty() || writeReportCsv(content, request.csv, request.csvBom, error)) &&
           (request.json.isEmpty() || writeReportJson(content, request.json, error));
}

bool writeReportCsv(const ReportContent &content, const QString &path, bool bom, QString *error)
{
    QString text;
    const auto row = [&text](const QStringList &fields) { text += csvLine(fields); };
    row({QStringLiteral("kind"), QStringLiteral("service_or_subscription"),
         QStringLiteral("baseline_or_resource_group"), QStringLiteral("category_or_vault"),
         QStringLiteral("control_or_definition"), QStringLiteral("name"), QStringLiteral("supported"),
         QStringLiteral("responsibility"), QStringLiteral("posture"), QStringLiteral("status"),
         QStringLiteral("note"), QStringLiteral("reviewer"), QStringLiteral("updated"),
         QStringLiteral("expiry"), QStringLiteral("approver"), QStringLiteral("resource_id")});
    for (const ReportEntry &e : content.entries)
        row(QStringList{QStringLiteral("control"), e.service, e.baseline, e.category, e.control, e.name,
                        e.supported, e.responsibility, e.posture} +
            reviewFields(e.review) + QStringList{QString()});
    for (const ReportFinding &f : content.findings) {
        for (const ReportResource &r : f.resources)
            row(QStringList{QStringLiteral("finding"), r.subscription, r.resourceGroup,
                            r.object.isEmpty() ? r.vault : r.vault + QLatin1Char('/') + r.object,
                            f.definition, f.displayName, QString(), QString(),
                            QStringLiteral("noncompliant")} +
                reviewFields(r.review) + QStringList{r.resourceId});
    }
    QByteArray bytes = text.toUtf8();
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    return writeAtomically(path, bytes, error);
}

bool writeReportJson(const ReportContent &content, const QString &path, QString *error)
{
    const Snapshot &s = content.snapshot;
    QJsonArray entries, findings, subscriptions, evidence, definitions;
    for (const ReportEntry &e : content.entries)
        entries.append(QJsonObject{{QStringLiteral("service"), e.service},
                                   {QStringLiteral("baseline"), e.baseline},
                                   {QStringLiteral("category"), e.category},
                                   {QStringLiteral("control"), e.control},
                                   {QStringLiteral("name"), e.name},
                                   {QStringLiteral("supported"), e.supported},
                                   {QStringLiteral("responsibility"), e.responsibility},
                                   {QStringLiteral("posture"), e.posture},
                                   {QStringLiteral("review"), reviewJson(e.review)}});
    for (const ReportFinding &f : content.findings) {
        QJsonArray resources;
        for (const ReportResource &r : f.resources) {
            QJsonObject o{{QStringLiteral("subscription"), r.subscription},
                          {QStringLiteral("resourceGroup"), r.resourceGroup},
                          {QStringLiteral("vault"), r.vault},
                          {QStringLiteral("resourceId"), r.resourceId},
                          {QStringLiteral("review"), reviewJson(r.review)}};
            if (!r.object.isEmpty()) // a Key Vault object of the vault
                o.insert(QStringLiteral("object"), r.object);
            resources.append(o);
        }
        findings.append(QJsonObject{{QStringLiteral("definition"), f.definition},
                                    {QStringLiteral("displayName"), f.displayName},
                                    {QStringLiteral("version"), f.version},
                                    {QStringLiteral("controls"), QJsonArray::fromStringList(f.controls)},
                                    {QStringLiteral("counts"), countsJson(f.counts)},
                                    {QStringLiteral("resources"), resources}});
    }
    for (const auto &[name, counts] : content.subscriptions) {
        QJsonObject o = countsJson(counts);
        o.insert(QStringLiteral("name"), name);
        subscriptions.append(o);
    }
    for (const Evidence &e : content.evidence)
        evidence.append(QJsonObject{{QStringLiteral("target"), e.target},
                                    {QStringLiteral("fileName"), e.fileName},
                                    {QStringLiteral("sha256"), e.sha256},
                                    {QStringLiteral("size"), e.size}});
    for (const SnapshotDefinition &d : s.definitions)
        definitions.append(QJsonObject{{QStringLiteral("name"), d.name},
                                       {QStringLiteral("displayName"), d.displayName},
                                       {QStringLiteral("version"), d.version},
                                       {QStringLiteral("effect"), d.effect}});
    const QJsonObject root{
        {QStringLiteral("snapshot"),
         QJsonObject{{QStringLiteral("id"), s.id},
                     {QStringLiteral("name"), s.name},
                     {QStringLiteral("tenant"), s.tenant},
                     {QStringLiteral("capturedAt"), s.capturedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("sha256"), s.sha256},
                     {QStringLiteral("vaults"), content.vaults},
                     {QStringLiteral("completeness"), s.completeness.recorded
                                                          ? QJsonValue(s.completeness.toJson())
                                                          : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("generated"), content.generated.toString(Qt::ISODate)},
        {QStringLiteral("reviewer"), content.reviewer},
        {QStringLiteral("counts"), countsJson(content.overall)},
        {QStringLiteral("objects"), content.objects.toJson()},
        {QStringLiteral("subscriptions"), subscriptions},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("definitions"), definitions},
        {QStringLiteral("evidence"), evidence}};
    return writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

} // namespace vaultscope
