#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vaultscope {

bool writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && write(file) && file.commit())
        return true;
    *error = QCoreApplication::translate("vaultscope::ExportFiles", "%1: cannot write: %2")
                 .arg(path, file.errorString());
    return false;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeAtomically(
        path, [&bytes](QIODevice &out) { return out.write(bytes) == bytes.size(); }, error);
}

} // namespace vaultscope
