#include "reportsections.h"

#include "pagelayout.h"
#include "services/palette.h"

#include <QPainter>
#include <QPdfWriter>

namespace vaultscope {

namespace {
constexpr qsizetype kObjectRows = 200; // unreviewed failing objects listed per definition in the PDF
} // namespace

ReportSections::ReportSections(const ReportContent &content, const ReportOptions &options)
    : m_content(content)
    , m_options(options)
{
}

QString ReportSections::tr(const char *source) const
{
    return m_content.language.translate("vaultscope::ReportSections", source);
}

QString ReportSections::status(ReviewStatus status) const
{
    return statusLabel(status, &m_content.language);
}

QString ReportSections::localTime(const QDateTime &utc) const
{
    return m_content.language.locale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

PageFrame ReportSections::frame() const
{
    return {tr("Vaultscope audit report — %1").arg(m_content.snapshot.name),
            tr("Snapshot %1 · SHA-256 %2").arg(m_content.snapshot.id).arg(m_content.snapshot.sha256),
            tr("Page %1 of %2"), m_content.language.locale()};
}

QString ReportSections::title() const
{
    return tr("Azure vault security audit report — %1").arg(m_content.snapshot.name);
}

QString ReportSections::author() const
{
    return m_content.reviewer.isEmpty() ? tr("not recorded") : m_content.reviewer;
}

void ReportSections::contents(PageLayout &l, const QList<QPair<QString, int>> &headings,
                              int firstBodyPage) const
{
    l.heading(tr("Contents"), 3);
    QList<QStringList> rows;
    for (const auto &[heading, page] : headings)
        rows.append({heading, QString::number(page - 1 + firstBodyPage)});
    l.table({{tr("Section"), 0.88}, {tr("Page"), 0.12}}, rows);
}

QString ReportSections::reviewText(const Review &r) const
{
    if (r.target.isEmpty())
        return status(ReviewStatus::NotReviewed);
    QString text = status(r.status);
    if (r.status == ReviewStatus::Exception)
        text += QLatin1Char('\n') +
                tr("until %1, approved by %2")
                    .arg(r.expiry.isValid() ? r.expiry.toString(Qt::ISODate) : QStringLiteral("—"),
                         r.approver.isEmpty() ? QStringLiteral("—") : r.approver);
    return text;
}

void ReportSections::body(PageLayout &l) const
{
    const ReportContent &c = m_content;
    const ReportOptions &o = m_options;
    const QLocale locale = c.language.locale();
    if (o.summary) {
        l.heading(tr("Executive summary"), 1);
        int reviewed = 0;
        for (const ReportEntry &e : c.entries)
            reviewed += e.review.status != ReviewStatus::NotReviewed ? 1 : 0;
        l.paragraph(
            tr("Posture score: %1 % of %2 evaluated results compliant (%3 non-compliant, %4 unknown) over "
               "%5 vaults in %6 subscriptions. %7 of %8 catalogue entries reviewed. Exceptions: %9.")
                .arg(locale.toString(c.overall.score() * 100, 'f', 1))
                .arg(c.overall.evaluated())
                .arg(c.overall.nonCompliant)
                .arg(c.overall.unknown)
                .arg(c.vaults)
                .arg(c.subscriptions.size())
                .arg(reviewed)
                .arg(c.entries.size())
                .arg(c.exceptions.size()));
        if (c.objects.total() > 0)
            l.paragraph(
                tr("Key Vault objects: %1 keys, %2 secrets and %3 certificates; %4 without expiry, %5 "
                   "expiring within %6 days and %7 already expired. Time-relative definitions were "
                   "judged as of the capture, %8.")
                    .arg(c.objects.keys)
                    .arg(c.objects.secrets)
                    .arg(c.objects.certificates)
                    .arg(c.objects.withoutExpiry)
                    .arg(c.objects.expiringSoon)
                    .arg(ObjectTally::SoonDays)
                    .arg(c.objects.expired)
                    .arg(localTime(c.snapshot.capturedAt)));
        l.heading(tr("Overall and worst subscriptions"), 2);
        l.legend({{tr("compliant"), Palette::Pass},
                  {tr("non-compliant"), Palette::Fail},
                  {tr("unknown"), Palette::Unknown}});
        l.bar(tr("All subscriptions"), c.overall);
        for (qsizetype i = 0; i < c.subscriptions.size() && i < 15; ++i)
            l.bar(c.subscriptions.at(i).first, c.subscriptions.at(i).second);
        l.heading(tr("Top findings"), 2);
        QList<QStringList> rows;
        for (qsizetype i = 0; i < c.findings.size() && i < 10; ++i) {
            const ReportFinding &f = c.findings.at(i);
            rows.append({f.displayName, QString::number(f.failing.size()),
                         f.controls.join(QStringLiteral(", ")),
                         locale.toString(f.counts.score() * 100, 'f', 1) + QStringLiteral(" %")});
        }
        l.table({{tr("Policy definition"), 0.55},
                 {tr("Failing resources"), 0.13},
                 {tr("Controls"), 0.18},
                 {tr("Pass rate"), 0.14}},
                rows);
    }
    if (o.catalogue) {
        l.heading(tr("Catalogue"), 1);
        QString baseline;
        QList<QStringList> rows;
        const auto flush = [&] {
            if (!rows.isEmpty())
                l.table({{tr("Category"), 0.15},
                         {tr("Control"), 0.27},
                         {tr("Supported"), 0.09},
                         {tr("Responsibility"), 0.1},
                         {tr("Live posture"), 0.11},
                         {tr("Status"), 0.1},
                         {tr("Note"), 0.18}},
                        rows);
            rows.clear();
        };
        for (const ReportEntry &e : c.entries) {
            if (e.baseline != baseline) {
                flush();
                baseline = e.baseline;
                l.heading(e.service + QStringLiteral(" — ") + e.baseline, 2);
            }
            rows.append({e.category, e.control.isEmpty() ? e.name : e.control + QLatin1Char(' ') + e.name,
                         e.supported, e.responsibility, e.posture, reviewText(e.review), e.review.note});
        }
        flush();
    }
    if (o.findings) {
        l.heading(tr("Findings"), 1);
        for (const ReportFinding &f : c.findings) {
            l.heading(f.displayName, 2);
            l.paragraph(
                (f.dataPlane
                     ? tr("Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated Key "
                          "Vault objects fail")
                     : tr("Definition %1, version %2, effect %3 · controls %4 · %5 of %6 evaluated "
                          "vaults fail"))
                    .arg(f.definition, f.version, f.effect, f.controls.join(QStringLiteral(", ")))
                    .arg(f.failing.size())
                    .arg(f.counts.evaluated()),
                nullptr, Qt::darkGray);
            // Failing Key Vault objects can number hundreds of thousands: the PDF lists the reviewed
            // ones and then the first of the rest; the CSV and JSON hold every one.
            const auto reviewed = [&](qsizetype i) {
                const Review *r = c.reviewOf(f, i);
                return r && r->status != ReviewStatus::NotReviewed;
            };
            QList<qsizetype> listed;
            for (qsizetype i = 0; i < f.failing.size(); ++i) {
                if (!f.dataPlane || reviewed(i))
                    listed.append(i);
            }
            for (qsizetype i = 0; f.dataPlane && i < f.failing.size() && listed.size() < kObjectRows; ++i) {
                if (!reviewed(i))
                    listed.append(i);
            }
            QList<QStringList> rows;
            rows.reserve(listed.size());
            for (const qsizetype i : std::as_const(listed)) {
                const ReportResource r = c.resource(f, i);
                rows.append({r.subscription, r.resourceGroup,
                             r.object.isEmpty() ? r.vault : r.vault + QStringLiteral(" › ") + r.object,
                             reviewText(r.review), r.review.note});
            }
            l.table({{tr("Subscription"), 0.2},
                     {tr("Resource group"), 0.2},
                     {tr("Vault"), 0.18},
                     {tr("Status"), 0.14},
                     {tr("Note"), 0.28}},
                    rows);
            if (listed.size() < f.failing.size())
                l.paragraph(
                    tr("… and %1 more failing Key Vault objects, not reviewed: the CSV and JSON exports "
                       "list every one.")
                        .arg(f.failing.size() - listed.size()),
                    nullptr, Qt::darkGray);
        }
        l.heading(tr("Exceptions"), 1);
        QList<QStringList> rows;
        for (const Review &r : c.exceptions)
            rows.append({r.target, r.expiry.isValid() ? r.expiry.toString(Qt::ISODate) : QStringLiteral("—"),
                         r.approver, r.reviewer, r.note});
        if (rows.isEmpty())
            l.paragraph(tr("No exceptions were recorded."));
        else
            l.table({{tr("Item"), 0.34},
                     {tr("Expires"), 0.12},
                     {tr("Approver"), 0.14},
                     {tr("Reviewer"), 0.12},
                     {tr("Note"), 0.28}},
                    rows);
    }
    if (o.appendix) {
        l.heading(tr("Appendix"), 1);
        l.heading(tr("Method"), 2);
        l.paragraph(
            tr("Each vault's configuration, as captured in the snapshot, was evaluated offline against the "
               "Azure Policy definitions below, mapped to the controls of the Microsoft cloud security "
               "benchmark. Results are compliant, non-compliant, unknown (a property the definition needs "
               "was not captured) or not applicable. Reviews are the auditor's conclusions, with their "
               "history kept in the Vaultscope store."));
        l.heading(tr("Policy definitions"), 2);
        QList<QStringList> rows;
        for (const SnapshotDefinition &d : c.snapshot.definitions)
            rows.append({d.displayName, d.name, d.version, d.effect});
        l.table(
            {{tr("Policy definition"), 0.5}, {tr("Name"), 0.3}, {tr("Version"), 0.08}, {tr("Effect"), 0.12}},
            rows);
        l.heading(tr("Evidence"), 2);
        rows.clear();
        for (const Evidence &e : c.evidence)
            rows.append({e.fileName, e.target, e.sha256});
        if (rows.isEmpty())
            l.paragraph(tr("No evidence files are attached."));
        else
            l.table({{tr("File"), 0.2}, {tr("Item"), 0.38}, {tr("SHA-256"), 0.42}}, rows);
        l.heading(tr("Snapshot"), 2);
        l.paragraph(tr("Snapshot %1 “%2”, captured %3, source %4. SHA-256 over its canonical resources: %5")
                        .arg(c.snapshot.id)
                        .arg(c.snapshot.name, localTime(c.snapshot.capturedAt), c.snapshot.source,
                             c.snapshot.sha256));
    }
}

void ReportSections::cover(QPainter &p, QPdfWriter &writer, const QRectF &area) const
{
    const ReportContent &c = m_content;
    QFont title(QStringLiteral("Noto Sans"));
    title.setPointSizeF(24);
    title.setBold(true);
    QFont text(QStringLiteral("Noto Sans"));
    text.setPointSizeF(11);
    p.setPen(Qt::black);
    p.setFont(title);
    qreal y = area.top() + area.height() * 0.22;
    p.drawText(QRectF(area.left(), y, area.width(), 80), Qt::TextWordWrap,
               tr("Azure vault security audit report"));
    y += 90;
    p.setFont(text);
    const QFontMetricsF fm(text, &writer);
    QList<QPair<QString, QString>> facts = {
        {tr("Tenant"), c.snapshot.tenant.isEmpty() ? tr("not recorded") : c.snapshot.tenant},
        {tr("Scope"), tr("%1 vaults in %2 subscriptions").arg(c.vaults).arg(c.subscriptions.size())}};
    // A live scan says what it covered; a partial one never passes for complete.
    const Completeness &scan = c.snapshot.completeness;
    if (scan.recorded) {
        const QString summary = scan.summary(&c.language);
        facts.append({tr("Completeness"),
                      scan.complete() ? tr("Complete: %1").arg(summary) : tr("INCOMPLETE: %1").arg(summary)});
        for (qsizetype i = 0; i < scan.failed.size() && i < 5; ++i)
            facts.append({i == 0 ? tr("Not scanned") : QString(), scan.failed.at(i).text()});
        if (scan.failed.size() > 5)
            facts.append({QString(), tr("and %1 more subscriptions").arg(scan.failed.size() - 5)});
    }
    facts += QList<QPair<QString, QString>>{
        {tr("Snapshot"), tr("%1 (id %2)").arg(c.snapshot.name).arg(c.snapshot.id)},
        {tr("Captured"), localTime(c.snapshot.capturedAt)},
        {tr("Reviewer"), c.reviewer.isEmpty() ? tr("not recorded") : c.reviewer},
        {tr("Generated"), localTime(c.generated)},
        {tr("Snapshot SHA-256"), c.snapshot.sha256}};
    for (const auto &[label, value] : facts) {
        p.setFont(text);
        p.drawText(QPointF(area.left(), y), label);
        QRectF box(area.left() + area.width() * 0.28, y - fm.ascent(), area.width() * 0.72, fm.height() * 4);
        QRectF used;
        // Sentences wrap between words; the hash anywhere.
        p.drawText(box, value.contains(QLatin1Char(' ')) ? Qt::TextWordWrap : Qt::TextWrapAnywhere, value,
                   &used);
        y += std::max(used.height(), fm.height()) + 6;
    }
}

} // namespace vaultscope
