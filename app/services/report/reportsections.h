#pragma once

#include "reportcontent.h"

#include <QRectF>

class QPainter;
class QPdfWriter;

namespace vaultscope {

class PageLayout;
struct PageFrame;

// The audit report's own sections, in the report's language: cover, contents, executive summary,
// catalogue, findings, exceptions and appendix, laid out through the generic PageLayout.
class ReportSections
{
public:
    ReportSections(const ReportContent &content, const ReportOptions &options);

    PageFrame frame() const;
    QString title() const;  // the PDF's Title
    QString author() const; // the PDF's Author: the reviewer
    void cover(QPainter &p, QPdfWriter &writer, const QRectF &area) const;
    void contents(PageLayout &l, const QList<QPair<QString, int>> &headings, int firstBodyPage) const;
    void body(PageLayout &l) const;

private:
    QString tr(const char *source) const;
    QString status(ReviewStatus status) const;
    QString localTime(const QDateTime &utc) const;
    QString reviewText(const Review &r) const;

    const ReportContent &m_content;
    const ReportOptions &m_options;
};

} // namespace vaultscope
