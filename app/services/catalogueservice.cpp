#include "catalogueservice.h"

#include "store/cataloguestore.h"

namespace vaultscope {

CatalogueService::CatalogueService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
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
