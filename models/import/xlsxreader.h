#pragma once

#include "importerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace vaultscope {

// One worksheet's cells as text, row by row. Only rows that hold a cell are kept; a row's cells are
// placed by their column reference, so empty cells are empty strings.
struct SheetRow
{
    int number = 0; // 1-based, as Excel shows it
    QStringList cells;
    QString cell(int column) const { return cells.value(column).trimmed(); }
};

struct Sheet
{
    QString name;
    QList<SheetRow> rows;
};

struct Workbook
{
    QList<Sheet> sheets;
    QDate date; // last modified, else created (docProps/core.xml); invalid when not recorded
};

// Reads the sheets of an Office Open XML workbook (.xlsx) as text: shared and inline strings,
// rich-text runs, numbers in their shortest form, booleans. Styles, formulas and the <dimension>
// record (often wrong in real files) are ignored. Pure: no database, safe on worker threads.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::XlsxReader)

public:
    // A zip bomb's parts stop here, whatever sizes the archive claims. The largest part of the
    // real baseline workbooks is under 1 MB.
    static constexpr qint64 MaxPartSize = 64 * 1024 * 1024;
    static constexpr qint64 MaxTotalSize = 256 * 1024 * 1024;

    static bool looksLikeWorkbook(const QByteArray &bytes); // a zip or an OLE (encrypted) container
    static bool read(const QByteArray &bytes, const QString &fileName, Workbook *workbook,
                     ImportError *error);
};

} // namespace vaultscope
