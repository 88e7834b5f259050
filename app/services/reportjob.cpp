#include "reportjob.h"

#include "common/logging.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome o = m_watcher.result();
        const bool cancelled = !o.ok && m_cancel && m_cancel->load();
        QStringList written;
        for (const QString &file : {m_request.pdf, m_request.csv, m_request.json}) {
            if (!file.isEmpty())
                written.append(file);
        }
        const QString message =
            o.ok ? tr("Report written: %1").arg(written.join(QStringLiteral(", "))) : o.error;
        if (!o.ok)
            qCInfo(lcReport) << "report not written:" << o.error;
        Q_EMIT finished(o.ok, cancelled, message, m_request);
    });
}

ReportJob::~ReportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ReportJob::start(const ReportRequest &request, QString *refusal)
{
    if (isRunning()) {
        *refusal = tr("A report is being written already; wait for it or cancel it first.");
        return false;
    }
    m_request = request;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Stage texts cross to the window's thread through a queued call on this object.
    const auto say = [this](const QString &text) {
        QMetaObject::invokeMethod(
            this, [this, text] { Q_EMIT stage(text); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([request, cancel = m_cancel, say] {
        Outcome o;
        o.ok = writeReports(
            request, &o.error, [cancel] { return cancel->load(); }, say);
        return o;
    }));
    return true;
}

void ReportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ReportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace vaultscope
