#include "catalogueservice.h"

#include "posture/ruleset.h"
#include "store/cataloguestore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace vaultscope {

CatalogueService::CatalogueService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // Compiling the fifty shipped definitions takes a moment: never on the window's thread.
    auto *watcher = new QFutureWatcher<QSet<QString>>(this);
    connect(watcher, &QFutureWatcher<QSet<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_evaluatedPolicies = watcher->result();
        Q_EMIT evaluatedPoliciesChanged();
    });
    watcher->setFuture(QtConcurrent::run([] {
        QSet<QString> names;
        for (const policy::PolicyDefinition &d : RuleSet::shipped().definitions) {
            names.insert(d.name.toLower());
            names.insert(d.displayName.toLower());
        }
        return names;
    }));
}

bool CatalogueService::reload()
{
    QList<Baseline> baselines;
    QString error;
    if (!CatalogueStore(m_db).loadAll(&baselines, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_baselines = baselines;
    Q_EMIT changed();
    return true;
}

bool CatalogueService::remove(qint64 baselineId, QString *error)
{
    return CatalogueStore(m_db).remove(baselineId, error) && reload();
}

int CatalogueService::entryCount() const
{
    int entries = 0;
    for (const Baseline &b : m_baselines)
        entries += int(b.entries.size());
    return entries;
}

} // namespace vaultscope
