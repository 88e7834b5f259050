#pragma once

#include "common/atomicfile.h"

#include <QByteArray>
#include <QStringList>

namespace vaultscope {

// One RFC 4180 record: fields quoted where needed (quote, comma, CR or LF), quotes doubled, CRLF
// at the end. A field that starts like a spreadsheet formula (=, +, @) is prefixed with an
// apostrophe so that Excel shows it as text instead of running it.
QString csvLine(const QStringList &fields);
// The same record appended as UTF-8, for files of hundreds of thousands of records.
void appendCsvRecord(const QStringList &fields, QByteArray *out);

} // namespace vaultscope
