#include "reportpdf.h"

#include "common/atomicfile.h"
#include "pagelayout.h"
#include "pdfinfo.h"
#include "reportsections.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace vaultscope {

bool writeReportPdf(const ReportContent &content, const ReportOptions &options, const QString &path,
                    QString *error, const std::function<bool()> &cancelled)
{
    const auto fail = [error, &path](const char *message) {
        *error = QCoreApplication::translate("vaultscope::ReportPdf", message).arg(path);
        return false;
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit is one point
    writer.setPageSize(QPageSize(options.paper == ReportOptions::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setTitle(content.snapshot.name);
    writer.setCreator(QStringLiteral("Vaultscope " VAULTSCOPE_VERSION));

    const ReportSections sections(content, options);
    const PageFrame frame = sections.frame();
    Metrics metrics(&writer);
    // Pass 1: where everything lands, and how many pages the contents take (page numbers are
    // placeholders of the same width, so the count holds).
    PageLayout measure(&writer, &metrics, nullptr, frame, 1, 0);
    measure.setCancelCheck(cancelled);
    sections.body(measure);
    PageLayout measureContents(&writer, &metrics, nullptr, frame, 2, 0);
    sections.contents(measureContents, measure.headings(), 2 + 1);
    const int firstBodyPage = 2 + measureContents.pagesUsed();
    const int total = firstBodyPage - 1 + measure.pagesUsed();
    if (measure.stopped())
        return fail(QT_TRANSLATE_NOOP("vaultscope::ReportPdf", "%1: cancelled; nothing was written"));

    // Pass 2: draw.
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(QT_TRANSLATE_NOOP("vaultscope::ReportPdf", "%1: cannot start the PDF"));
    sections.cover(painter, writer, measure.body());
    PageLayout toc(&writer, &metrics, &painter, frame, 2, total);
    sections.contents(toc, measure.headings(), firstBodyPage);
    PageLayout draw(&writer, &metrics, &painter, frame, firstBodyPage, total);
    draw.setCancelCheck(cancelled);
    sections.body(draw);
    painter.end();
    if (draw.stopped())
        return fail(QT_TRANSLATE_NOOP("vaultscope::ReportPdf", "%1: cancelled; nothing was written"));
    QByteArray pdf = buffer.data();
    if (!addDocumentInfo(&pdf, sections.title(), sections.author(), content.generated))
        return fail(QT_TRANSLATE_NOOP("vaultscope::ReportPdf", "%1: the PDF engine wrote no trailer"));
    return writeAtomically(path, pdf, error);
}

} // namespace vaultscope
