#include "linkresolver.h"

#include <QRegularExpression>
#include <QUrl>

namespace vaultscope {

namespace {
const QString kSite = QStringLiteral("https://learn.microsoft.com");

QString stripSourceExtension(QString url)
{
    static const QRegularExpression ext(QStringLiteral("(/index\\.yml|\\.md|\\.yml)(?=$|[#?])"));
    return url.replace(ext, QString());
}
} // namespace

LinkResolver::LinkResolver(const QString &articleDirectory)
    : m_base(kSite + QLatin1String("/azure/") +
             (articleDirectory.isEmpty() ? QString() : articleDirectory + QLatin1Char('/')))
{
}

QString LinkResolver::resolve(const QString &hrefIn) const
{
    const QString href = hrefIn.trimmed();
    if (href.isEmpty() || href.startsWith(QLatin1Char('#')))
        return {};
    const QUrl url(href);
    if (!url.scheme().isEmpty())
        return href;
    if (href.startsWith(QLatin1String("//")))
        return QLatin1String("https:") + href;
    if (href.startsWith(QLatin1Char('/')))
        return stripSourceExtension(kSite + href);
    return stripSourceExtension(QUrl(m_base).resolved(url).toString());
}

QString LinkResolver::directoryForService(const QString &msService, const QString &serviceName)
{
    // Articles live in a folder named after the service ("key-vault", "cdn"). Front matter can be
    // wrong (a SQL page tagged load-balancer), so ms.service counts only where the title agrees.
    QString fromTitle = serviceName.toLower().simplified();
    if (fromTitle.startsWith(QLatin1String("azure ")))
        fromTitle = fromTitle.mid(6);
    QString initials;
    for (const QString &word : fromTitle.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        initials += word.at(0);
    fromTitle.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString ms = msService.trimmed().toLower();
    if (ms.startsWith(QLatin1String("azure-")))
        ms = ms.mid(6);
    if (fromTitle.isEmpty())
        return ms == QLatin1String("security") ? QString() : ms;
    if (!ms.isEmpty() && (fromTitle.contains(ms) || ms == initials))
        return ms;
    return fromTitle;
}

} // namespace vaultscope
