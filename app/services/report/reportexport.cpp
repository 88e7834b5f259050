#include "reportexport.h"

#include "reportcontent.h"
#include "reportpdf.h"
#include "services/exportfiles.h"
#include "store/database.h"
#include "store/snapshotstore.h"

#include <QCoreApplication>
#include <QIODevice>
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

void appendJsonString(const QString &text, QByteArray *out)
{
    out->append('"');
    qsizetype plain = 0;
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            out->append(QByteArray("\\u00") + QByteArray::number(c, 16).rightJustified(2, '0'));
        }
    }
    out->append(utf8.constData() + plain, utf8.size() - plain);
    out->append('"');
}

// One resource of a finding, as QJsonDocument would write it (keys sorted, compact), without building
// a tree for each of half a million.
void appendResourceJson(const ReportResource &r, QByteArray *out)
{
    const QStringList review = reviewFields(r.review); // status, note, reviewer, updated, expiry, approver
    const auto members = [out](std::initializer_list<std::pair<const char *, const QString *>> fields) {
        bool first = true;
        for (const auto &[key, value] : fields) {
            out->append(first ? "\"" : ",\"").append(key).append("\":");
            appendJsonString(*value, out);
            first = false;
        }
    };
    out->append('{');
    if (!r.object.isEmpty()) {
        members({{"object", &r.object}});
        out->append(',');
    }
    members({{"resourceGroup", &r.resourceGroup}, {"resourceId", &r.resourceId}});
    out->append(",\"review\":{");
    members({{"approver", &review.at(5)},
             {"expiry", &review.at(4)},
             {"note", &review.at(1)},
             {"reviewer", &review.at(2)},
             {"status", &review.at(0)},
             {"updated", &review.at(3)}});
    out->append("},");
    members({{"subscription", &r.subscription}, {"vault", &r.vault}});
    out->append('}');
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
    // Streamed in pieces of about a megabyte: the file's size never has to fit in memory twice.
    return writeAtomically(
        path,
        [&](QIODevice &out) {
            QByteArray buffer = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
            const auto row = [&](const QStringList &fields) {
                appendCsvRecord(fields, &buffer);
                if (buffer.size() < (1 << 20))
                    return true;
                const bool written = out.write(buffer) == buffer.size();
                buffer.clear();
                return written;
            };
            bool ok = row({QStringLiteral("kind"), QStringLiteral("service_or_subscription"),
                           QStringLiteral("baseline_or_resource_group"), QStringLiteral("category_or_vault"),
                           QStringLiteral("control_or_definition"), QStringLiteral("name"),
                           QStringLiteral("supported"), QStringLiteral("responsibility"),
                           QStringLiteral("posture"), QStringLiteral("status"), QStringLiteral("note"),
                           QStringLiteral("reviewer"), QStringLiteral("updated"), QStringLiteral("expiry"),
                           QStringLiteral("approver"), QStringLiteral("resource_id")});
            for (const ReportEntry &e : content.entries) {
                ok = ok && row(QStringList{QStringLiteral("control"), e.service, e.baseline, e.category,
                                           e.control, e.name, e.supported, e.responsibility, e.posture} +
                               reviewFields(e.review) + QStringList{QString()});
            }
            const QStringList unreviewed = reviewFields(Review());
            QStringList fields;
            fields.reserve(16);
            for (const ReportFinding &f : content.findings) {
                for (qsizetype i = 0; ok && i < f.failing.size(); ++i) {
                    const ReportResource r = content.resource(f, i);
                    fields.clear();
                    fields << QStringLiteral("finding") << r.subscription << r.resourceGroup
                           << (r.object.isEmpty() ? r.vault : r.vault + QLatin1Char('/') + r.object)
                           << f.definition << f.displayName << QString() << QString()
                           << QStringLiteral("noncompliant");
                    fields << (r.review.target.isEmpty() ? unreviewed : reviewFields(r.review)); // none
                    fields << r.resourceId;
                    ok = row(fields);
                }
            }
            return ok && out.write(buffer) == buffer.size();
        },
        error);
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
    // Findings can hold half a million resources: they are written into the document's place for
    // them one at a time instead of being built as one tree.
    const QString hole = QStringLiteral("\u0001findings\u0001");
    findings.append(hole);
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
    const QByteArray document = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const QByteArray quotedHole =
        QJsonDocument(QJsonArray{hole}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    const qsizetype at = document.indexOf(quotedHole);
    return writeAtomically(
        path,
        [&](QIODevice &out) {
            if (out.write(document.left(at)) != at)
                return false;
            for (qsizetype n = 0; n < content.findings.size(); ++n) {
                const ReportFinding &f = content.findings.at(n);
                const QJsonObject head{{QStringLiteral("definition"), f.definition},
                                       {QStringLiteral("displayName"), f.displayName},
                                       {QStringLiteral("version"), f.version},
                                       {QStringLiteral("controls"), QJsonArray::fromStringList(f.controls)},
                                       {QStringLiteral("counts"), countsJson(f.counts)},
                                       {QStringLiteral("resources"), hole}};
                const QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Compact);
                const qsizetype split = text.indexOf(quotedHole);
                QByteArray buffer =
                    (n > 0 ? QByteArray(",\n        ") : QByteArray()) + text.left(split) + '[';
                for (qsizetype i = 0; i < f.failing.size(); ++i) {
                    buffer += i > 0 ? ",\n" : "\n";
                    appendResourceJson(content.resource(f, i), &buffer);
                    if (buffer.size() >= (1 << 20)) {
                        if (out.write(buffer) != buffer.size())
                            return false;
                        buffer.clear();
                    }
                }
                buffer += ']' + text.mid(split + quotedHole.size());
                if (out.write(buffer) != buffer.size())
                    return false;
            }
            const QByteArray rest = document.mid(at + quotedHole.size());
            return out.write(rest) == rest.size();
        },
        error);
}

} // namespace vaultscope
