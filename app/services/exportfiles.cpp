#include "exportfiles.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vaultscope {

namespace {
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}
} // namespace

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

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
