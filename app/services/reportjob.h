#pragma once

#include "report/reportexport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace vaultscope {

// Writes one report at a time on a worker thread, in the language the request names (the window
// keeps its own). The window and the command line both go through writeReports; this adds the
// thread, progress, cancel and the one-at-a-time rule for the window.
class ReportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ReportJob(QObject *parent = nullptr);
    ~ReportJob() override;

    // False, with *refusal saying why, while another report is being written.
    bool start(const ReportRequest &request, QString *refusal);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void stage(const QString &text);
    // ok: every file asked for was written. message: what was written, or the reason it was not.
    void finished(bool ok, bool cancelled, const QString &message, const vaultscope::ReportRequest &request);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ReportRequest m_request;
};

} // namespace vaultscope
