#pragma once

#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace vaultscope {

struct Entry;

// What the catalogue knows around an entry: the benchmark's definition of its control, the
// baselines whose entries name a benchmark control, the Azure Policy definitions Vaultscope evaluates.
struct EntryContext
{
    const Entry *benchmarkControl = nullptr; // from the newest benchmark workbook in the catalogue
    QString benchmarkTitle;
    QUrl benchmarkLink;
    QList<QPair<QString, QUrl>> usedBy; // for a benchmark control: "Azure Backup · 6 entries" -> link
    QSet<QString> evaluatedPolicies;    // lower-case display names and GUIDs
};

// The details pane: every field of one catalogue entry, with clickable references. Document text
// is escaped, so nothing in a baseline can inject markup or load remote content.
class EntryDetailsView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit EntryDetailsView(QWidget *parent = nullptr);

    void showEntry(const Entry &entry, const QString &baselineTitle, const QString &service,
                   const QString &sourceName = {}, const EntryContext &context = {});
    void showPlaceholder(const QString &text);

    static QString entryHtml(const Entry &entry, const QString &baselineTitle, const QString &service,
                             const QString &sourceName = {}, const EntryContext &context = {});
    // Plain text with "• " list lines and blank-line paragraphs, as HTML.
    static QString textToHtml(const QString &text);

Q_SIGNALS:
    // A vaultscope:// link (another catalogue entry) was activated; web links open in the browser.
    void entryLinkActivated(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace vaultscope
