#pragma once

#include "services/report/reportcontent.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace vaultscope {

// File › Export report: formats, file, language, paper and sections.
class ReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    ReportOptions options() const;
    QString language() const;
    // The files to write; empty for a format not chosen.
    QString pdfPath() const;
    QString csvPath() const;
    QString jsonPath() const;
    bool csvBom() const;

private:
    void browse();
    QString pathWith(const char *suffix) const;

    QLineEdit *m_path;
    QCheckBox *m_pdf, *m_csv, *m_json, *m_bom;
    QComboBox *m_language, *m_paper;
    QCheckBox *m_summary, *m_catalogue, *m_findings, *m_appendix;
};

} // namespace vaultscope
