#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;

namespace vaultscope {

struct VaultDetails;
struct VaultRow;

// One vault's results (each definition's outcome, the condition that decided it, the controls it
// evidences, the remediation, a portal link) above its configuration as captured, searchable.
class VaultDetailsView final : public QWidget
{
    Q_OBJECT
public:
    explicit VaultDetailsView(QWidget *parent = nullptr);
    ~VaultDetailsView() override;

    // The vault's name and id at once, while its results are read.
    void showPending(const VaultRow &row);
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
    static QString headerHtml(const VaultRow &row, const QString &portalUrl);
    // The objects from `from` up to the page's end, the heading with the first.
    QString objectsHtml(const VaultDetails &details, qsizetype from) const;
    void showMoreObjects();

    QSplitter *m_splitter;
    QTextBrowser *m_results;
    QPlainTextEdit *m_json;
    QLineEdit *m_jsonSearch;
    // What is shown, kept for "show more objects": thousands of objects are shown a page at a time,
    // worst first, so that a vault never costs the window more than a page's layout.
    std::unique_ptr<VaultDetails> m_shown;
    qsizetype m_objectsShown = 0;
};

} // namespace vaultscope
