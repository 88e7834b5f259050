#include "importjob.h"

#include "store/database.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

namespace {
void runImport(QPromise<FileImportResult> &promise, const QString &databasePath, const QStringList &files)
{
    promise.setProgressRange(0, int(files.size()));
    Database db(databasePath);
    QString error;
    if (!db.open(&error)) {
        for (const QString &f : files)
            promise.addResult(FileImportResult{f, FileImportResult::Failed, error, {}, {}, 0, 0});
        return;
    }
    CatalogueImporter importer(db);
    for (int i = 0; i < files.size(); ++i) {
        if (promise.isCanceled())
            return;
        promise.setProgressValueAndText(i, QFileInfo(files.at(i)).fileName());
        promise.addResult(importer.importFile(files.at(i)));
    }
    promise.setProgressValue(int(files.size()));
}
} // namespace

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, int(m_files.size()), m_watcher.progressText()); });
    // Collected as they arrive: a cancelled future may drop its stored results.
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this,
            [this](int index) { m_results.append(m_watcher.resultAt(index)); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { Q_EMIT finished(m_watcher.isCanceled()); });
}

ImportJob::~ImportJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString &databasePath, const QStringList &files)
{
    m_files = files;
    m_results.clear();
    m_watcher.setFuture(QtConcurrent::run(runImport, databasePath, files));
}

void ImportJob::cancel()
{
    m_watcher.cancel();
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace vaultscope
