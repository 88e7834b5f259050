#include "cloudorigins.h"

namespace vaultscope {

bool CloudOrigins::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defaultB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultA) == b.port(defaultB);
}

QString CloudOrigins::originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).left(200);
    return url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                        QUrl::StripTrailingSlash);
}

bool CloudOrigins::isLoopbackResourceManager(const QUrl &url) const
{
    return allowHttpLoopback && url.scheme() == QLatin1String("http") &&
           url.host() == QLatin1String("127.0.0.1") && sameOrigin(url, resourceManager);
}

QString CloudOrigins::validity() const
{
    if (!resourceManager.isValid() || resourceManager.host().isEmpty() ||
        !resourceManager.userInfo().isEmpty())
        return tr("'%1' is not a valid Resource Manager URL.").arg(resourceManager.toString());
    if (resourceManager.scheme() == QLatin1String("https") || isLoopbackResourceManager(resourceManager))
        return {};
    return tr("%1: https is required; Resource Manager is never read over plain http (except on 127.0.0.1 "
              "with --allow-http-loopback, for a local test server).")
        .arg(resourceManager.toString());
}

QString CloudOrigins::resourceManagerRefusal(const QUrl &url) const
{
    if (url.isValid() && url.userInfo().isEmpty() && sameOrigin(url, resourceManager) &&
        (url.scheme() == QLatin1String("https") || isLoopbackResourceManager(url)))
        return {};
    return tr("refused: the answer names %1, not Resource Manager of %2 (%3)")
        .arg(originOf(url), cloudName, originOf(resourceManager));
}

QString CloudOrigins::matchingSuffix(const QUrl &url) const
{
    // One label before the suffix: "contoso.vault.azure.net", never "a.b.vault.azure.net".
    const QString host = url.host().toLower();
    for (const QString &suffix : keyVaultSuffixes) {
        if (host.endsWith(QLatin1Char('.') + suffix)) {
            const QString label = host.left(host.size() - suffix.size() - 1);
            if (!label.isEmpty() && !label.contains(QLatin1Char('.')))
                return suffix;
        }
    }
    return {};
}

QString CloudOrigins::dataPlaneRefusal(const QUrl &url) const
{
    if (url.isValid() && url.userInfo().isEmpty()) {
        if (isLoopbackResourceManager(url))
            return {};
        if (url.scheme() == QLatin1String("https") && url.port(443) == 443 && !matchingSuffix(url).isEmpty())
            return {};
    }
    return tr("refused: the answer names %1, not a Key Vault host of %2").arg(originOf(url), cloudName);
}

QUrl CloudOrigins::dataPlaneAudience(const QUrl &url) const
{
    const QString suffix = matchingSuffix(url);
    if (!suffix.isEmpty())
        return QUrl(QStringLiteral("https://") + suffix);
    return QUrl(QStringLiteral("https://") + keyVaultSuffixes.value(0, QStringLiteral("vault.azure.net")));
}

} // namespace vaultscope
