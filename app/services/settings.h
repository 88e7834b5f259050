#pragma once

#include <QByteArray>
#include <QString>

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
QByteArray value(const QString &key);
void setValue(const QString &key, const QByteArray &value);
QString lastImportFolder();
void setLastImportFolder(const QString &folder);
// The local reviewer name recorded with review changes; empty until set on first use.
QString reviewerName();
QString appearance(); // "system" (default), "light", "dark"
void setAppearance(const QString &mode);
void setReviewerName(const QString &name);
} // namespace Settings

} // namespace vaultscope
