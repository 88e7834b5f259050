#pragma once

#include <QString>

namespace vaultscope {

// Turns the links of a Microsoft Learn article into absolute URLs. Articles link to siblings
// ("backup-encryption.md"), to other services ("../key-vault/x.md") and site-relative
// ("/azure/backup/x"); the published pages live under learn.microsoft.com without the extension.
class LinkResolver
{
public:
    explicit LinkResolver(const QString &articleDirectory = {});
    // Empty for links that lead nowhere useful outside the document (pure anchors, empty hrefs).
    QString resolve(const QString &href) const;

    static QString directoryForService(const QString &msService, const QString &serviceName);

private:
    QString m_base;
};

} // namespace vaultscope
