#include "aliasresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace vaultscope::policy {

namespace {

// Resource types whose aliases follow Azure's convention ("<type>/<path>" reads "properties.<path>").
const char *const kKnownTypes[] = {
    "microsoft.recoveryservices/vaults/backupresourceguardproxies",
    "microsoft.recoveryservices/vaults",
    "microsoft.dataprotection/backupvaults",
    "microsoft.keyvault/vaults",
    "microsoft.keyvault/managedhsms",
    "microsoft.insights/diagnosticsettings",
};

// Properties of every resource, outside "properties".
const char *const kTopLevel[] = {"type",     "name", "location", "id",        "kind", "tags",
                                 "identity", "etag", "sku",      "managedBy", "plan", "zones"};

// Child resources embedded in a parent keep their own fields under "properties".
const QRegularExpression kEmbeddedChild(
    QStringLiteral("^(privateEndpointConnections\\[\\*\\])\\.(?!(id|name|type|etag)(\\.|$))(.+)$"),
    QRegularExpression::CaseInsensitiveOption);

} // namespace

bool ResolvedPath::startsWith(const ResolvedPath &prefix) const
{
    if (prefix.segments.size() > segments.size())
        return false;
    for (qsizetype i = 0; i < prefix.segments.size(); ++i) {
        const PathSegment &a = segments.at(i);
        const PathSegment &b = prefix.segments.at(i);
        if (a.all != b.all || a.key.compare(b.key, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

AliasResolver::AliasResolver()
{
    // Legacy diagnostic-settings aliases name array members without "[*]" (Azure maps them so).
    addAlias(QStringLiteral("Microsoft.Insights/diagnosticSettings/logs.enabled"),
             QStringLiteral("properties.logs[*].enabled"));
    addAlias(QStringLiteral("Microsoft.Insights/diagnosticSettings/logs.category"),
             QStringLiteral("properties.logs[*].category"));
    addAlias(QStringLiteral("Microsoft.Insights/diagnosticSettings/metrics.enabled"),
             QStringLiteral("properties.metrics[*].enabled"));
}

int AliasResolver::addMarkdownTable(const QString &markdown)
{
    static const QRegularExpression row(QStringLiteral("^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]+)`\\s*\\|"),
                                        QRegularExpression::MultilineOption);
    int added = 0;
    auto it = row.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        addAlias(m.captured(2), m.captured(1));
        ++added;
    }
    return added;
}

void AliasResolver::addAlias(const QString &alias, const QString &path)
{
    m_table.insert(alias.toLower(), path);
}

ResolvedPath AliasResolver::parsePath(const QString &path)
{
    ResolvedPath out;
    out.text = path;
    static const QRegularExpression tag(QStringLiteral("^tags\\[['\"]?([^'\"\\]]+)['\"]?\\]$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = tag.match(path); m.hasMatch()) {
        out.segments = {{QStringLiteral("tags"), false}, {m.captured(1), false}};
        return out;
    }
    for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (part.endsWith(QLatin1String("[*]"))) {
            out.segments.append({part.chopped(3), true});
            out.wildcard = true;
        } else
            out.segments.append({part, false});
    }
    return out;
}

QStringList AliasResolver::knownTypes()
{
    QStringList out;
    for (const char *t : kKnownTypes)
        out.append(QString::fromLatin1(t));
    return out;
}

bool AliasResolver::resolve(const QString &alias, ResolvedPath *out, QString *error) const
{
    const QString a = alias.trimmed();
    const QString lower = a.toLower();
    for (const char *top : kTopLevel) {
        const QString key = QString::fromLatin1(top).toLower();
        if (lower == key || lower.startsWith(key + QLatin1Char('.')) ||
            lower.startsWith(key + QLatin1Char('['))) {
            *out = parsePath(a);
            return true;
        }
    }
    if (lower == QLatin1String("fullname")) {
        *out = parsePath(QStringLiteral("name"));
        return true;
    }
    if (const auto it = m_table.constFind(lower); it != m_table.constEnd()) {
        *out = parsePath(*it);
        return true;
    }
    for (const char *type : kKnownTypes) {
        const QString prefix = QString::fromLatin1(type) + QLatin1Char('/');
        if (!lower.startsWith(prefix))
            continue;
        QString rest = a.mid(prefix.size());
        if (rest.isEmpty() || rest.contains(QLatin1String(".."))) {
            *error = QCoreApplication::translate("vaultscope::policy::Alias", "alias '%1' names no property")
                         .arg(alias);
            return false;
        }
        if (lower.startsWith(QLatin1String("microsoft.recoveryservices/vaults/sku")) &&
            !lower.startsWith(
                QLatin1String("microsoft.recoveryservices/vaults/backupresourceguardproxies"))) {
            *out = parsePath(rest); // Recovery Services keeps sku at the top level
            return true;
        }
        if (const auto m = kEmbeddedChild.match(rest); m.hasMatch())
            rest = m.captured(1) + QLatin1String(".properties.") + m.captured(4);
        *out = parsePath(QLatin1String("properties.") + rest);
        return true;
    }
    *error = QStringLiteral(
                 "alias '%1' cannot be resolved: it is not in the alias tables and its resource type is "
                 "not one Vaultscope knows (%2)")
                 .arg(alias, knownTypes().join(QLatin1String(", ")));
    return false;
}

const AliasResolver &AliasResolver::shipped()
{
    static const AliasResolver resolver = [] {
        AliasResolver r;
        const QDir dir(QStringLiteral(":/policy/aliases"));
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                r.addMarkdownTable(QString::fromUtf8(f.readAll()));
        }
        return r;
    }();
    return resolver;
}

} // namespace vaultscope::policy
