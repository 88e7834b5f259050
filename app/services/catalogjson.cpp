#include "catalogjson.h"

namespace vaultscope {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject entryToJson(const Entry &e)
{
    QJsonArray refs;
    for (const Reference &r : e.references)
        refs.append(QJsonObject{{QStringLiteral("text"), r.text}, {QStringLiteral("url"), orNull(r.url)}});
    return QJsonObject{
        {QStringLiteral("category"), e.category},
        {QStringLiteral("controlId"), orNull(e.controlId)},
        {QStringLiteral("controlTitle"), orNull(e.controlTitle)},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("nameDetails"), QJsonArray::fromStringList(e.nameDetails)},
        {QStringLiteral("supported"), orNull(e.supported)},
        {QStringLiteral("enabledByDefault"), orNull(e.enabledByDefault)},
        {QStringLiteral("responsibility"), orNull(e.responsibility)},
        {QStringLiteral("monitoring"), orNull(e.monitoring)},
        {QStringLiteral("description"), orNull(e.description)},
        {QStringLiteral("notes"), orNull(e.notes)},
        {QStringLiteral("guidance"), orNull(e.guidance)},
        {QStringLiteral("references"), refs},
        {QStringLiteral("policies"), QJsonArray::fromStringList(e.policies)},
        {QStringLiteral("line"), e.sourceLine},
    };
}

QJsonObject baselineToJson(const Baseline &b)
{
    QJsonArray entries;
    for (const Entry &e : b.entries)
        entries.append(entryToJson(e));
    QJsonObject o = baselineSummaryToJson(b, int(b.entries.size()));
    o.remove(QStringLiteral("id"));
    o.remove(QStringLiteral("importedAt"));
    o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(b.categories()));
    o.insert(QStringLiteral("entries"), entries);
    return o;
}

QJsonObject baselineSummaryToJson(const Baseline &b, int entryCount)
{
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("format"), formatKey(b.format)},
        {QStringLiteral("service"), b.service},
        {QStringLiteral("title"), b.title},
        {QStringLiteral("date"), b.date.isValid() ? QJsonValue(b.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("benchmark"), orNull(b.benchmark)},
        {QStringLiteral("language"), orNull(b.language)},
        {QStringLiteral("source"), b.sourceName},
        {QStringLiteral("sha256"), b.sha256},
        {QStringLiteral("entryCount"), entryCount},
        {QStringLiteral("importedAt"),
         b.importedAt.isValid() ? QJsonValue(b.importedAt.toString(Qt::ISODate)) : QJsonValue()},
    };
}

} // namespace vaultscope
