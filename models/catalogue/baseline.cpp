#include "baseline.h"

#include <QHash>

namespace vaultscope {

namespace {
struct FormatName
{
    BaselineFormat format;
    const char *key;
};
constexpr FormatName kFormats[] = {
    {BaselineFormat::Attributes, "attributes"},
    {BaselineFormat::Controls, "controls"},
    {BaselineFormat::Asb1, "asb1"},
    {BaselineFormat::Asb2, "asb2"},
    {BaselineFormat::Mcsb, "mcsb"},
    {BaselineFormat::Overview, "overview"},
    {BaselineFormat::Asb3, "asb3"},
    {BaselineFormat::Benchmark, "benchmark"},
};
} // namespace

QString mappingsText(const QList<Mapping> &mappings)
{
    QStringList parts;
    for (const Mapping &m : mappings)
        parts.append(m.framework + QLatin1Char(' ') + m.ids.join(QLatin1String(", ")));
    return parts.join(QLatin1String("; "));
}

QString formatKey(BaselineFormat format)
{
    for (const auto &f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.key);
    }
    return {};
}

bool formatFromKey(const QString &key, BaselineFormat *format)
{
    for (const auto &f : kFormats) {
        if (key == QLatin1String(f.key)) {
            *format = f.format;
            return true;
        }
    }
    return false;
}

QStringList Baseline::categories() const
{
    QStringList result;
    for (const Entry &e : entries) {
        if (!result.contains(e.category))
            result.append(e.category);
    }
    return result;
}

QString canonicalServiceName(const QString &name)
{
    QString n = name.simplified();
    if (n.startsWith(QLatin1String("Microsoft "), Qt::CaseInsensitive))
        n = n.mid(10);
    if (n.startsWith(QLatin1String("Azure "), Qt::CaseInsensitive))
        n = n.mid(6);
    if (n.isEmpty())
        return {};
    // French names put Azure last ("Sauvegarde Azure"): keep the document's own form.
    if (n.endsWith(QLatin1String(" Azure"), Qt::CaseInsensitive))
        return n;
    return QLatin1String("Azure ") + n;
}

QString serviceKey(const QString &serviceName)
{
    return canonicalServiceName(serviceName).toLower();
}

} // namespace vaultscope
