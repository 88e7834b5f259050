#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;

namespace vaultscope {

struct VaultDetails;
struct VaultRow;

// ✗, ✓ or ? before a result, so that it reads without colour too.
QString outcomeMark(char outcome);

// One vault's results (each definition's outcome, the condition that decided it, the controls it
// evidences, the remediation, a portal link) above its configuration as captured, searchable.
class VaultDetailsView final : public QWidget
{
    Q_OBJECT
public:
    explicit VaultDetailsView(QWidget *parent = nullptr);

    void showVault(const VaultRow &row, const VaultDetails &details);
    void showError(const QString &message);
    void clear();

    // Between the results and the configuration: the review of the chosen result.
    void setReviewArea(QWidget *area);
    QSplitter *splitter() const { return m_splitter; }
    QTextBrowser *resultsView() const { return m_results; }
    QPlainTextEdit *jsonView() const { return m_json; }

Q_SIGNALS:
    // "Review…" next to a result: of the vault (resourceId empty) or of one of its objects.
    void reviewRequested(const QString &definition, const QString &resourceId);

private:
    void find(bool fromStart);
    static QString objectsHtml(const VaultDetails &details);

    QSplitter *m_splitter;
    QTextBrowser *m_results;
    QPlainTextEdit *m_json;
    QLineEdit *m_jsonSearch;
};

} // namespace vaultscope
