#pragma once

#include "reportcontent.h"

#include <QString>

#include <functional>

namespace vaultscope {

// One report of a stored snapshot in the formats asked for (an empty path skips that format).
// Opens its own connection, so it runs on any thread.
struct ReportRequest
{
    QString databasePath;
    qint64 snapshotId = 0;
    ReportOptions options;
    QString pdf;
    QString csv;
    QString json;
    bool csvBom = false;
    QString language = QStringLiteral("en"); // the report's own: "en", "de", "fr"
};
// stage(text) tells what is being done; cancelled() is polled between stages and page breaks.
// A cancelled or failed request leaves no file of its own behind.
bool writeReports(const ReportRequest &request, QString *error, const std::function<bool()> &cancelled = {},
                  const std::function<void(const QString &)> &stage = {});

// The report's content as CSV (RFC 4180: CRLF, quoted fields, UTF-8, optional BOM for Excel) and
// as JSON. Both are written atomically.
bool writeReportCsv(const ReportContent &content, const QString &path, bool bom, QString *error);
bool writeReportJson(const ReportContent &content, const QString &path, QString *error);

} // namespace vaultscope
