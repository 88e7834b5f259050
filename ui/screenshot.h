#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace vaultscope {

class Workspace;

// Renders the real main window on one page (dashboard, catalogue, vaults, vault, open-items) over a
// loaded workspace, offscreen, once everything it shows has arrived. snapshot: the one to show, or
// 0 for the session's choice.
QImage renderScreenshot(Workspace &workspace, const QString &page, const QSize &size, qint64 snapshot);
QStringList screenshotPages();

} // namespace vaultscope
