#include "settings.h"

#include <QSettings>

namespace vaultscope::Settings {

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QByteArray windowGeometry()
{
    return value(QStringLiteral("ui/geometry"));
}

void setWindowGeometry(const QByteArray &state)
{
    setValue(QStringLiteral("ui/geometry"), state);
}

QByteArray windowState()
{
    return value(QStringLiteral("ui/windowState"));
}

void setWindowState(const QByteArray &state)
{
    setValue(QStringLiteral("ui/windowState"), state);
}

QByteArray value(const QString &key)
{
    return QSettings().value(key).toByteArray();
}

void setValue(const QString &key, const QByteArray &value)
{
    QSettings().setValue(key, value);
}

bool scanAllSubscriptions()
{
    return QSettings().value(QStringLiteral("scan/all"), true).toBool();
}

void setScanAllSubscriptions(bool all)
{
    QSettings().setValue(QStringLiteral("scan/all"), all);
}

QStringList scanSubscriptions()
{
    return QSettings().value(QStringLiteral("scan/subscriptions")).toStringList();
}

void setScanSubscriptions(const QStringList &ids)
{
    QSettings().setValue(QStringLiteral("scan/subscriptions"), ids);
}

QString lastImportFolder()
{
    return QSettings().value(QStringLiteral("import/lastFolder")).toString();
}

void setLastImportFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
}

QString appearance()
{
    return QSettings().value(QStringLiteral("ui/appearance"), QStringLiteral("system")).toString();
}

void setAppearance(const QString &mode)
{
    QSettings().setValue(QStringLiteral("ui/appearance"), mode);
}

QString reviewerName()
{
    return QSettings().value(QStringLiteral("review/reviewerName")).toString();
}

void setReviewerName(const QString &name)
{
    QSettings().setValue(QStringLiteral("review/reviewerName"), name);
}

} // namespace vaultscope::Settings
