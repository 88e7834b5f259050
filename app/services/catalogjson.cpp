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
    QJsonArray mappings;
    for (const Mapping &m : e.mappings)
        mappings.append(QJsonObject{{QStringLiteral("framework"), m.framework},
                                    {QStringLiteral("ids"), QJsonArray::fromStringList(m.ids)}});
    QJsonObject o{
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
    if (!mappings.isEmpty()) // only the spreadsheets have them; the documents' JSON stays as it was
        o.insert(QStringLiteral("mappings"), mappings);
    return o;
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

QJsonObject diffToJson(const Baseline &older, const Baseline &newer, const BaselineDiff &diff)
{
    static const char *const kinds[] = {"added", "removed", "changed"};
    QJsonArray changes;
    for (const EntryChange &c : diff.changes) {
        const Entry &e =
            c.kind == EntryChange::Removed ? older.entries.at(c.older) : newer.entries.at(c.newer);
        QJsonObject o{{QStringLiteral("change"), QLatin1String(kinds[c.kind])},
                      {QStringLiteral("category"), e.category},
                      {QStringLiteral("controlId"), orNull(e.controlId)},
                      {QStringLiteral("name"), e.name}};
        if (c.kind == EntryChange::Changed) {
            QJsonObject before;
            QJsonObject after;
            for (const QString &field : c.fields) {
                before.insert(field, entryField(older.entries.at(c.older), field));
                after.insert(field, entryField(newer.entries.at(c.newer), field));
            }
            o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(c.fields));
            o.insert(QStringLiteral("older"), before);
            o.insert(QStringLiteral("newer"), after);
        } else {
            o.insert(QStringLiteral("entry"), entryToJson(e));
        }
        changes.append(o);
    }
    auto side = [](const Baseline &b) {
        QJsonObject o = baselineSummaryToJson(b, int(b.entries.size()));
        if (b.id == 0)
            o.remove(QStringLiteral("id"));
        o.remove(QStringLiteral("importedAt"));
        return o;
    };
    return QJsonObject{
        {QStringLiteral("older"), side(older)},
        {QStringLiteral("newer"), side(newer)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("added"), diff.count(EntryChange::Added)},
                                               {QStringLiteral("removed"), diff.count(EntryChange::Removed)},
                                               {QStringLiteral("changed"), diff.count(EntryChange::Changed)},
                                               {QStringLiteral("unchanged"), diff.unchanged},
                                               {QStringLiteral("matchedByControlIdOnly"), diff.matchedById},
                                               {QStringLiteral("matchedByNameOnly"), diff.matchedByName}}},
        {QStringLiteral("changes"), changes},
    };
}

} // namespace vaultscope
