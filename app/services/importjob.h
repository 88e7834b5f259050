#pragma once

#include "catalogueimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace vaultscope {

// Imports files on a worker thread (its own database connection), one result per file, with
// progress and cancellation between files. A cancelled import keeps the files already stored.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QString &databasePath, const QStringList &files);
    void cancel();
    bool isRunning() const;
    QList<FileImportResult> results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total, const QString &currentFile);
    void finished(bool cancelled);

private:
    QFutureWatcher<FileImportResult> m_watcher;
    QList<FileImportResult> m_results;
    QStringList m_files;
};

} // namespace vaultscope
