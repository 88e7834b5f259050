#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace vaultscope {

// Writes the whole file or nothing (QSaveFile): an interrupted or failed write never leaves a
// half-written file behind. *error names the file and the reason. Every writer of user files uses it.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
// The same for a file written piece by piece: write() returns false when a write failed (or it gave
// up), and then nothing is kept.
bool writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

} // namespace vaultscope
