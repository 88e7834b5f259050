#pragma once

#include "catalogue/baseline.h"

#include <QObject>
#include <QSet>

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
    // Names and display names (lower case) of the definitions Vaultscope evaluates, so that the
    // catalogue can mark the policies a benchmark lists. Empty until the shipped rule set, compiled
    // on a worker when the service starts, is ready; evaluatedPoliciesChanged() then.
    const QSet<QString> &evaluatedPolicies() const { return m_evaluatedPolicies; }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);
    void evaluatedPoliciesChanged();

private:
    Database &m_db;
    QList<Baseline> m_baselines;
    QSet<QString> m_evaluatedPolicies;
};

} // namespace vaultscope
