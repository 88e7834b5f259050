#include "exportfiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace vaultscope {

void appendCsvRecord(const QStringList &fields, QByteArray *out)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out->append(',');
        const QString &text = fields.at(i);
        const bool formula =
            !text.isEmpty() && (text.at(0) == QLatin1Char('=') || text.at(0) == QLatin1Char('+') ||
                                text.at(0) == QLatin1Char('@'));
        const bool quoted = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return c == QLatin1Char('"') || c == QLatin1Char(',') || c == QLatin1Char('\n') ||
                   c == QLatin1Char('\r');
        });
        if (quoted)
            out->append('"');
        if (formula)
            out->append('\'');
        if (quoted)
            out->append(text.toUtf8().replace('"', "\"\""));
        else
            out->append(text.toUtf8());
        if (quoted)
            out->append('"');
    }
    out->append("\r\n");
}

QString csvLine(const QStringList &fields)
{
    QByteArray line;
    appendCsvRecord(fields, &line);
    return QString::fromUtf8(line);
}

} // namespace vaultscope
