#pragma once

#include <QTextBrowser>

namespace vaultscope {

struct Entry;

// The details pane: every field of one catalogue entry, with clickable references. Document text
// is escaped, so nothing in a baseline can inject markup or load remote content.
class EntryDetailsView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit EntryDetailsView(QWidget *parent = nullptr);

    void showEntry(const Entry &entry, const QString &baselineTitle, const QString &service,
                   const QString &sourceName = {});
    void showPlaceholder(const QString &text);

    static QString entryHtml(const Entry &entry, const QString &baselineTitle, const QString &service,
                             const QString &sourceName = {});
    // Plain text with "• " list lines and blank-line paragraphs, as HTML.
    static QString textToHtml(const QString &text);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace vaultscope
