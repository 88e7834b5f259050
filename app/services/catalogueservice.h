#pragma once

#include "catalogue/baseline.h"

#include <QObject>

namespace vaultscope {

class Database;

// The control catalogue as stored: every baseline with its entries. The catalogue page, the review
// progress and reports read it from here; an import or a removal reloads it once for all of them.
class CatalogueService final : public QObject
{
    Q_OBJECT
public:
    explicit CatalogueService(Database &db, QObject *parent = nullptr);

    bool reload();
    bool remove(qint64 baselineId, QString *error);
    const QList<Baseline> &baselines() const { return m_baselines; }
    int entryCount() const;

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    Database &m_db;
    QList<Baseline> m_baselines;
};

} // namespace vaultscope
