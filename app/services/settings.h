#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vaultscope {

// Typed access to the user's settings (QSettings). Holds preferences and window state only,
// never secrets.
namespace Settings {
QString language(); // "", "system", "en", "de", "fr"
void setLanguage(const QString &language);
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &state);
QByteArray windowState();
void setWindowState(const QByteArray &state);
// Window and dialog state (geometry, splitters) under a key of the window's own.
QByteArray value(const QString &key);
void setValue(const QString &key, const QByteArray &value);
// The scan dialog's scope: all readable subscriptions, or the ones chosen last.
bool scanAllSubscriptions();
void setScanAllSubscriptions(bool all);
QStringList scanSubscriptions();
void setScanSubscriptions(const QStringList &ids);
QString lastImportFolder();
void setLastImportFolder(const QString &folder);
// The local reviewer name recorded with review changes; empty until set on first use.
QString reviewerName();
QString appearance(); // "system" (default), "light", "dark"
void setAppearance(const QString &mode);
void setReviewerName(const QString &name);
} // namespace Settings

} // namespace vaultscope
