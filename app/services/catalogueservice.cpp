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
    if (!CatalogueStore(m_db).loadAll(&baselines, &m_error)) {
        Q_EMIT failed(m_error);
        return false;
    }
    m_baselines = baselines;
    m_error.clear();
    Q_EMIT changed();
    return true;
}

bool CatalogueService::remove(qint64 baselineId, QString *error)
{
    return CatalogueStore(m_db).remove(baselineId, error) && reload();
}

const Baseline *CatalogueService::baseline(qint64 id) const
{
    for (const Baseline &b : m_baselines) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

int CatalogueService::entryCount() const
{
    int entries = 0;
    for (const Baseline &b : m_baselines)
        entries += int(b.entries.size());
    return entries;
}

} // namespace vaultscope
