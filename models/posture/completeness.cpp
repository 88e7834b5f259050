#include "completeness.h"

#include "common/translation.h"

#include <QJsonArray>
#include <QLocale>

namespace vaultscope {

QString Completeness::Failure::text() const
{
    return name.isEmpty() ? QStringLiteral("%1: %2").arg(id, reason)
                          : QStringLiteral("%1 (%2): %3").arg(name, id, reason);
}

QJsonObject Completeness::toJson() const
{
    QJsonArray failures;
    for (const Failure &f : failed)
        failures.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("name"), f.name},
                                    {QStringLiteral("reason"), f.reason}});
    QJsonObject json{{QStringLiteral("subscriptions"), QJsonObject{{QStringLiteral("requested"), requested},
                                                                   {QStringLiteral("ok"), succeeded},
                                                                   {QStringLiteral("failed"), failures}}},
                     {QStringLiteral("resources"), resources},
                     {QStringLiteral("relatedGaps"), relatedGaps},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                     {QStringLiteral("complete"), complete()}};
    if (skipped > 0) // absent otherwise, so that earlier snapshots keep their hash
        json.insert(QStringLiteral("skipped"), skipped);
    return json;
}

Completeness Completeness::fromJson(const QJsonObject &json)
{
    Completeness c;
    if (json.isEmpty())
        return c;
    c.recorded = true;
    const QJsonObject subs = json.value(QLatin1String("subscriptions")).toObject();
    c.requested = subs.value(QLatin1String("requested")).toInt();
    c.succeeded = subs.value(QLatin1String("ok")).toInt();
    for (const QJsonValue &f : subs.value(QLatin1String("failed")).toArray())
        c.failed.append({f[QLatin1String("id")].toString(), f[QLatin1String("name")].toString(),
                         f[QLatin1String("reason")].toString()});
    c.resources = json.value(QLatin1String("resources")).toInt();
    c.relatedGaps = json.value(QLatin1String("relatedGaps")).toInt();
    c.skipped = json.value(QLatin1String("skipped")).toInt();
    for (const QJsonValue &n : json.value(QLatin1String("notes")).toArray())
        c.notes.append(n.toString());
    return c;
}

QString Completeness::summary(const Translation *language) const
{
    if (!recorded)
        return {};
    const QLocale locale = language ? language->locale() : QLocale();
    const char *context = "vaultscope::Completeness";
    QString text =
        translated(language, context,
                   QT_TRANSLATE_NOOP("vaultscope::Completeness", "%1 of %2 subscriptions, %3 vaults"))
            .arg(locale.toString(succeeded), locale.toString(requested), locale.toString(resources));
    if (!failed.isEmpty()) {
        const Failure &first = failed.constFirst();
        text += translated(language, context,
                           QT_TRANSLATE_NOOP("vaultscope::Completeness", ": %1 failed (%2 on '%3'%4)"))
                    .arg(locale.toString(qsizetype(failed.size())),
                         first.reason.section(QLatin1String(": "), 0, 0),
                         first.name.isEmpty() ? first.id : first.name,
                         failed.size() > 1 ? QStringLiteral(" …") : QString());
    }
    if (relatedGaps > 0)
        text += translated(language, context,
                           QT_TRANSLATE_NOOP(
                               "vaultscope::Completeness",
                               "; related resources missing for %1 vaults (their results are unknown)"))
                    .arg(locale.toString(relatedGaps));
    if (skipped > 0)
        text += translated(language, context,
                           QT_TRANSLATE_NOOP("vaultscope::Completeness", "; %1 items of odd shape skipped"))
                    .arg(locale.toString(skipped));
    return text;
}

} // namespace vaultscope
