#include "reportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace vaultscope {

ReportDialog::ReportDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath))
    , m_pdf(new QCheckBox(tr("&PDF")))
    , m_csv(new QCheckBox(tr("&CSV")))
    , m_json(new QCheckBox(tr("&JSON")))
    , m_bom(new QCheckBox(tr("CSV for &Excel (byte order mark)")))
    , m_language(new QComboBox)
    , m_paper(new QComboBox)
    , m_summary(new QCheckBox(tr("Executive summary")))
    , m_catalogue(new QCheckBox(tr("Catalogue with reviews")))
    , m_findings(new QCheckBox(tr("Findings and exceptions")))
    , m_appendix(new QCheckBox(tr("Appendix (method, definitions, evidence, hashes)")))
{
    setWindowTitle(tr("Export report"));
    m_path->setAccessibleName(tr("Report file"));
    for (QCheckBox *box : {m_pdf, m_summary, m_catalogue, m_findings, m_appendix})
        box->setChecked(true);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    const int current = m_language->findData(QLocale().name().section(QLatin1Char('_'), 0, 0));
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_paper->addItem(tr("A4"), int(ReportOptions::A4));
    m_paper->addItem(tr("US Letter"), int(ReportOptions::Letter));
    if (QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada)
        m_paper->setCurrentIndex(1);

    auto *browse = new QPushButton(tr("Choose…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *formats = new QHBoxLayout;
    for (QCheckBox *box : {m_pdf, m_csv, m_json})
        formats->addWidget(box);
    formats->addStretch();
    auto *sections = new QVBoxLayout;
    for (QCheckBox *box : {m_summary, m_catalogue, m_findings, m_appendix})
        sections->addWidget(box);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("Formats:"), formats);
    form->addRow(QString(), m_bom);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(tr("Sections:"), sections);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_path->text().trimmed().isEmpty() &&
                         (m_pdf->isChecked() || m_csv->isChecked() || m_json->isChecked()));
        m_bom->setEnabled(m_csv->isChecked());
    };
    for (QCheckBox *box : {m_pdf, m_csv, m_json})
        connect(box, &QCheckBox::toggled, this, update);
    connect(m_path, &QLineEdit::textChanged, this, update);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void ReportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), m_path->text(),
                                                      tr("PDF documents (*.pdf);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

QString ReportDialog::pathWith(const char *suffix) const
{
    const QFileInfo info(m_path->text().trimmed());
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') +
           QLatin1String(suffix);
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.paper = ReportOptions::Paper(m_paper->currentData().toInt());
    o.summary = m_summary->isChecked();
    o.catalogue = m_catalogue->isChecked();
    o.findings = m_findings->isChecked();
    o.appendix = m_appendix->isChecked();
    return o;
}

QString ReportDialog::language() const
{
    return m_language->currentData().toString();
}

QString ReportDialog::pdfPath() const
{
    return m_pdf->isChecked() ? pathWith("pdf") : QString();
}

QString ReportDialog::csvPath() const
{
    return m_csv->isChecked() ? pathWith("csv") : QString();
}

QString ReportDialog::jsonPath() const
{
    return m_json->isChecked() ? pathWith("json") : QString();
}

bool ReportDialog::csvBom() const
{
    return m_bom->isChecked();
}

} // namespace vaultscope
