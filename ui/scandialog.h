#pragma once

#include "services/scanjob.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace vaultscope {

class Workspace;

// Scan: pick the scope (every subscription the account can read, or a selection, filtered), then
// follow the scan (phases, counts, throttling waits, an estimate of the time left, its log) and
// cancel it if need be. Not modal: the auditor keeps working while it runs. The scan itself is the
// workspace's job; closing this dialog does not stop it.
class ScanDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ScanDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ScanDialog() override;

    // Reads the subscriptions the active account can see (done on show).
    void loadSubscriptions();
    void selectAll(bool selected);
    void startScan();

    QTableView *subscriptionTable() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QRadioButton *allButton() const { return m_all; }
    QPushButton *scanButton() const { return m_scan; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *countsLabel() const { return m_counts; }
    QPlainTextEdit *logView() const { return m_log; }
    bool isScanning() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void subscriptionsRead(const QList<SubscriptionInfo> &subscriptions, const QString &error);
    void updateSelection();
    void showProgress(const ScanProgress &progress);
    void showWait(int milliseconds, const QString &reason);
    void finished(const ScanJob::Outcome &outcome);
    QStringList checkedIds() const;

    Workspace &m_workspace;
    QStackedWidget *m_pages;
    QLabel *m_account;
    QRadioButton *m_all;
    QRadioButton *m_selected;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_selection;
    QLineEdit *m_name;
    QPushButton *m_scan;
    QList<QLabel *> m_phases;
    QLabel *m_counts;
    QLabel *m_wait;
    QLabel *m_eta;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QLabel *m_result;
    QPushButton *m_cancel;
    QPushButton *m_close;
    bool m_loaded = false;
    bool m_bulkCheck = false;
};

} // namespace vaultscope
