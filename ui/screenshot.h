#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace vaultscope {

class Workspace;

// Renders the real main window on one page (dashboard, catalogue, vaults, vault, objects,
// open-items) or the baseline comparison (compare) over a loaded workspace, offscreen, once
// everything it shows has arrived. snapshot: the one to show, or 0 for the session's choice.
// service: the catalogue's service (default Azure Key Vault; for compare, its newest baseline
// against the version before); filter: the catalogue's filter text.
QImage renderScreenshot(Workspace &workspace, const QString &page, const QSize &size, qint64 snapshot,
                        const QString &service = {}, const QString &filter = {});
QStringList screenshotPages();

} // namespace vaultscope
