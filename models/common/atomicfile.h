#pragma once

#include <QByteArray>
#include <QString>

namespace vaultscope {

// Writes the whole file or nothing (QSaveFile): an interrupted or failed write never leaves a
// half-written file behind. *error names the file and the reason. Every writer of user files uses it.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace vaultscope
