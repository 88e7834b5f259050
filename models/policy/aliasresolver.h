#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace vaultscope::policy {

struct PathSegment
{
    QString key;
    bool all = false; // "[*]": every member of the array at key
    bool operator==(const PathSegment &) const = default;
};

// Where an alias reads in a resource's JSON: "properties.logs[*].enabled".
struct ResolvedPath
{
    QString text;
    QList<PathSegment> segments;
    bool hasWildcard() const { return wildcard; }
    bool wildcard = false;
    bool startsWith(const ResolvedPath &prefix) const;
};

// Resolves Azure Policy aliases to property paths: first through tables generated from Azure
// (Get-AzPolicyAlias), then by Azure's convention for the resource types Vaultscope knows.
// Aliases of other types, or malformed ones, are refused with a reason, never guessed.
class AliasResolver
{
public:
    AliasResolver();
    // Adds rows "| `default path` | `alias` |" of a markdown alias table.
    int addMarkdownTable(const QString &markdown);
    void addAlias(const QString &alias, const QString &path);

    bool resolve(const QString &alias, ResolvedPath *out, QString *error) const;
    static ResolvedPath parsePath(const QString &path);
    static QStringList knownTypes();

    // The tables shipped with Vaultscope (resources :/policy/aliases).
    static const AliasResolver &shipped();

private:
    QHash<QString, QString> m_table; // lower-case alias -> path
};

} // namespace vaultscope::policy
