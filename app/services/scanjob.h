#pragma once

#include "azure/scanner.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace vaultscope {

class TokenProvider;

// A live scan: reads the estate (Scanner, on this thread, answers arriving through the event loop),
// then evaluates and stores it on a worker thread with its own database connection. Cancel stops
// either part; nothing is stored then. One scan at a time. If storing fails after the read, the read
// is kept as a snapshot export beside the store, which `snapshot import` takes.
class ScanJob final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString databasePath;
        CloudOrigins origins; // the account's cloud: where its tokens may go
        QString tenant;
        QStringList subscriptions; // empty: all the account can read
        QString name;              // the snapshot's; a default names the scope and time
    };
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 snapshotId = 0;
        Completeness completeness;
        QString error;
    };

    explicit ScanJob(TokenProvider &tokens, QObject *parent = nullptr);
    ~ScanJob() override;

    void setPolicy(const Scanner::Policy &policy) { m_policy = policy; }
    // False, with *refusal saying why, while another scan runs.
    bool start(const Request &request, QString *refusal);
    void cancel();
    bool isRunning() const { return m_running; }
    // The subscriptions the account can read, for a scope picker.
    void listSubscriptions(const CloudOrigins &origins, const QString &tenant, QObject *context,
                           std::function<void(const QList<SubscriptionInfo> &, const QString &)> done);

Q_SIGNALS:
    void progressed(const vaultscope::ScanProgress &progress);
    void logged(const QString &line);
    void waiting(int milliseconds, const QString &reason);
    void finished(const vaultscope::ScanJob::Outcome &outcome);

private:
    void store(const Request &request, const QDateTime &startedAt);
    void end(const Outcome &outcome);

    TokenProvider &m_tokens;
    Scanner::Policy m_policy;
    Scanner *m_scanner = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace vaultscope
