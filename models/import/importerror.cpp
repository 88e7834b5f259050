#include "importerror.h"

namespace vaultscope {

QString ImportError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    return where + QLatin1String(": ") + message;
}

} // namespace vaultscope
