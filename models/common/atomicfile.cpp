#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vaultscope {

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = QCoreApplication::translate("vaultscope::ExportFiles", "%1: cannot write: %2")
                 .arg(path, file.errorString());
    return false;
}

} // namespace vaultscope
