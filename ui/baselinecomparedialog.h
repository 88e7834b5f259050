#pragma once

#include "catalogue/baselinediff.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSplitter;
class QTableWidget;
class QTextBrowser;

namespace vaultscope {

// Two baselines side by side: which entries were added, removed or changed, and for the current
// one every field of both versions with the changed ones marked.
class BaselineCompareDialog final : public QDialog
{
    Q_OBJECT
public:
    BaselineCompareDialog(const QList<Baseline> &baselines, qint64 olderId, qint64 newerId,
                          QWidget *parent = nullptr);
    ~BaselineCompareDialog() override;

    // The baseline of the same service dated just before this one (else the one just after), or 0.
    static qint64 previousVersion(const QList<Baseline> &baselines, qint64 baselineId);

    QComboBox *olderBox() const { return m_older; }
    QComboBox *newerBox() const { return m_newer; }
    QComboBox *kindFilter() const { return m_kind; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *changesTable() const { return m_table; }
    QTextBrowser *detailsView() const { return m_details; }

private:
    const Baseline *chosen(const QComboBox *box) const;
    void compare();
    void applyKindFilter();
    void showCurrentChange();

    QList<Baseline> m_baselines;
    BaselineDiff m_diff;
    QComboBox *m_older;
    QComboBox *m_newer;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
};

} // namespace vaultscope
