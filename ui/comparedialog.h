#pragma once

#include "posture/snapshotdiff.h"

#include <QDialog>

class QTableWidget;

namespace vaultscope {

// The result changes between two snapshots, as a sortable table.
class CompareDialog final : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const QString &olderName, const QString &newerName, const QList<ResultChange> &changes,
                  QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace vaultscope
