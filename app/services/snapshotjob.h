#pragma once

#include "posture/demoestate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace vaultscope {

// Creates a snapshot (from export files or the demo generator) on a worker thread with its own
// database connection. Cancelling stops the evaluation; nothing is stored then.
class SnapshotJob final : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        qint64 snapshotId = 0;
        QString error;
    };

    explicit SnapshotJob(QObject *parent = nullptr);
    ~SnapshotJob() override;

    void importFiles(const QString &databasePath, const QStringList &files);
    void createDemo(const QString &databasePath, const DemoEstateOptions &options);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const vaultscope::SnapshotJob::Outcome &outcome);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace vaultscope
