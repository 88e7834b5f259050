#pragma once

#include "catalogue/baseline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vaultscope {

class Database;

// Reads and writes the control catalogue. Each baseline is written in one transaction, so an
// import never leaves half a baseline behind.
class CatalogueStore
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::CatalogueStore)

public:
    explicit CatalogueStore(Database &db);

    enum class SaveOutcome { Added, AlreadyPresent };
    // Adds the baseline (and its service) unless a baseline with the same content hash exists.
    bool save(const Baseline &baseline, SaveOutcome *outcome, QString *error, qint64 *baselineId = nullptr);
    // All baselines with their entries, by service and date.
    bool loadAll(QList<Baseline> *out, QString *error);
    // All baselines without entries; entryCounts receives the number of entries of each.
    bool listBaselines(QList<Baseline> *out, QList<int> *entryCounts, QString *error);
    bool remove(qint64 baselineId, QString *error);
    bool isEmpty(bool *empty, QString *error);

private:
    bool queryBaselines(QList<Baseline> *out, QString *error);

    Database &m_db;
};

} // namespace vaultscope
