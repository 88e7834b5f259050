#include "baselinediff.h"

#include <QHash>

#include <functional>

namespace vaultscope {

namespace {

QString norm(const QString &s)
{
    return s.simplified().toCaseFolded();
}

QString referencesText(const QList<Reference> &refs)
{
    QStringList lines;
    for (const Reference &r : refs)
        lines.append(r.url.isEmpty() ? r.text : r.text + QLatin1String(" <") + r.url + QLatin1Char('>'));
    return lines.join(QLatin1Char('\n'));
}

bool same(const Entry &a, const Entry &b, const QString &key)
{
    const QString x = entryField(a, key).simplified();
    const QString y = entryField(b, key).simplified();
    // Documents and spreadsheets write domains in different case ("Network security").
    return key == QLatin1String("category") ? x.compare(y, Qt::CaseInsensitive) == 0 : x == y;
}

// Pairs entries whose key is equal; with uniqueOnly, only keys that occur once on each side.
void match(const Baseline &older, const Baseline &newer, const std::function<QString(const Entry &)> &key,
           bool uniqueOnly, QList<int> *olderToNewer, QList<int> *newerToOlder, int *matched)
{
    QHash<QString, QList<int>> byKey;
    QHash<QString, int> newerCount;
    for (int i = 0; i < newer.entries.size(); ++i) {
        const QString k = key(newer.entries.at(i));
        if (newerToOlder->at(i) < 0 && !k.isEmpty()) {
            byKey[k].append(i);
            ++newerCount[k];
        }
    }
    QHash<QString, int> olderCount;
    for (int i = 0; i < older.entries.size(); ++i) {
        if (olderToNewer->at(i) < 0)
            ++olderCount[key(older.entries.at(i))];
    }
    for (int i = 0; i < older.entries.size(); ++i) {
        if (olderToNewer->at(i) >= 0)
            continue;
        const QString k = key(older.entries.at(i));
        auto it = byKey.find(k);
        if (k.isEmpty() || it == byKey.end() || it->isEmpty())
            continue;
        if (uniqueOnly && (olderCount.value(k) != 1 || newerCount.value(k) != 1))
            continue;
        const int j = it->takeFirst();
        (*olderToNewer)[i] = j;
        (*newerToOlder)[j] = i;
        if (matched)
            ++*matched;
    }
}

// Features (one recommendation, many rows) and recommendations (one row each) share control ids
// but are not the same entries, so ids alone pair entries only within one structure.
bool featureBased(const Baseline &b)
{
    return b.format == BaselineFormat::Mcsb || b.format == BaselineFormat::Asb3;
}

} // namespace

int BaselineDiff::count(EntryChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const EntryChange &c) { return c.kind == kind; }));
}

const QStringList &comparedFields()
{
    static const QStringList fields = {
        QStringLiteral("category"),       QStringLiteral("controlId"),  QStringLiteral("controlTitle"),
        QStringLiteral("name"),           QStringLiteral("supported"),  QStringLiteral("enabledByDefault"),
        QStringLiteral("responsibility"), QStringLiteral("monitoring"), QStringLiteral("description"),
        QStringLiteral("notes"),          QStringLiteral("guidance"),   QStringLiteral("references"),
        QStringLiteral("policies"),       QStringLiteral("mappings")};
    return fields;
}

QString entryField(const Entry &e, const QString &key)
{
    static const QHash<QString, QString Entry::*> text = {
        {QStringLiteral("category"), &Entry::category},
        {QStringLiteral("controlId"), &Entry::controlId},
        {QStringLiteral("controlTitle"), &Entry::controlTitle},
        {QStringLiteral("name"), &Entry::name},
        {QStringLiteral("supported"), &Entry::supported},
        {QStringLiteral("enabledByDefault"), &Entry::enabledByDefault},
        {QStringLiteral("responsibility"), &Entry::responsibility},
        {QStringLiteral("monitoring"), &Entry::monitoring},
        {QStringLiteral("description"), &Entry::description},
        {QStringLiteral("notes"), &Entry::notes},
        {QStringLiteral("guidance"), &Entry::guidance},
    };
    if (const auto it = text.constFind(key); it != text.cend())
        return e.*(*it);
    if (key == QLatin1String("references"))
        return referencesText(e.references);
    if (key == QLatin1String("policies"))
        return e.policies.join(QLatin1Char('\n'));
    if (key == QLatin1String("mappings"))
        return mappingsText(e.mappings);
    return {};
}

BaselineDiff diffBaselines(const Baseline &older, const Baseline &newer)
{
    QList<int> olderToNewer(older.entries.size(), -1);
    QList<int> newerToOlder(newer.entries.size(), -1);
    BaselineDiff diff;
    match(
        older, newer,
        [](const Entry &e) { return QString(norm(e.controlId) + QLatin1Char('|') + norm(e.name)); }, false,
        &olderToNewer, &newerToOlder, nullptr);
    if (featureBased(older) == featureBased(newer)) {
        match(
            older, newer, [](const Entry &e) { return norm(e.controlId); }, true, &olderToNewer,
            &newerToOlder, &diff.matchedById);
    }
    match(
        older, newer, [](const Entry &e) { return norm(e.name); }, true, &olderToNewer, &newerToOlder,
        &diff.matchedByName);

    for (int j = 0; j < newer.entries.size(); ++j) {
        const int i = newerToOlder.at(j);
        if (i < 0) {
            diff.changes.append({EntryChange::Added, -1, j, {}});
            continue;
        }
        QStringList fields;
        for (const QString &key : comparedFields()) {
            if (!same(older.entries.at(i), newer.entries.at(j), key))
                fields.append(key);
        }
        if (fields.isEmpty())
            ++diff.unchanged;
        else
            diff.changes.append({EntryChange::Changed, i, j, fields});
    }
    for (int i = 0; i < older.entries.size(); ++i) {
        if (olderToNewer.at(i) < 0)
            diff.changes.append({EntryChange::Removed, i, -1, {}});
    }
    return diff;
}

} // namespace vaultscope
