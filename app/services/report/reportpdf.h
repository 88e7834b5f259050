#pragma once

#include <QString>

#include <functional>

namespace vaultscope {

struct ReportContent;
struct ReportOptions;

// The audit report as a PDF: cover, contents with page numbers, executive summary with vector
// charts, catalogue, findings, exceptions and an appendix to verify it by. Text is laid out by
// hand, never interpreted as markup, so a note cannot change the layout or pull in content; long
// tables break across pages with their header repeated. In the content's own language.
// cancelled is polled at every page break; a cancelled report writes nothing.
bool writeReportPdf(const ReportContent &content, const ReportOptions &options, const QString &path,
                    QString *error, const std::function<bool()> &cancelled = {});

} // namespace vaultscope
