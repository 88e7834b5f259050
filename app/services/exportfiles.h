#pragma once

#include <QByteArray>
#include <QStringList>

namespace vaultscope {

// One RFC 4180 record: fields quoted where needed (quote, comma, CR or LF), quotes doubled, CRLF
// at the end. A field that starts like a spreadsheet formula (=, +, @) is prefixed with an
// apostrophe so that Excel shows it as text instead of running it.
QString csvLine(const QStringList &fields);

// Writes the whole file or nothing (QSaveFile); *error names the file and the reason.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace vaultscope
