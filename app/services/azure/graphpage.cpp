#include "graphpage.h"

#include <QJsonArray>

#include <algorithm>

namespace vaultscope {

bool GraphPage::isPlainResourceId(const QString &id)
{
    if (!id.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive) || id.size() > 2048 ||
        id.contains(QLatin1String("//")) || id.contains(QLatin1String("/../")) ||
        id.contains(QLatin1String("/./")) || id.endsWith(QLatin1String("/..")) ||
        id.endsWith(QLatin1String("/.")))
        return false;
    return std::none_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('?') ||
               c == QLatin1Char('#') || c == QLatin1Char('%') || c == QLatin1Char('\\');
    });
}

QString GraphPage::problemOf(const QJsonValue &item)
{
    const QJsonObject o = item.toObject();
    const QString id = o.value(QLatin1String("id")).toString();
    if (!item.isObject() || id.isEmpty() || o.value(QLatin1String("type")).toString().isEmpty())
        return tr("a vault list item without a string id and type");
    if (!isPlainResourceId(id))
        return tr("a vault whose id is not a plain resource id: %1").arg(id.left(200));
    return {};
}

GraphPage GraphPage::read(const QJsonObject &answer)
{
    GraphPage page;
    const QJsonArray rows = answer.contains(QLatin1String("data"))
                                ? answer.value(QLatin1String("data")).toArray()
                                : answer.value(QLatin1String("value")).toArray();
    for (const QJsonValue &row : rows) {
        if (const QString problem = problemOf(row); !problem.isEmpty())
            page.skipped.append(problem);
        else
            page.items.append(row.toObject());
    }
    page.skipToken = answer.value(QLatin1String("$skipToken")).toString();
    return page;
}

} // namespace vaultscope
