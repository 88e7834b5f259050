#pragma once

#include "review/reviewbundle.h"

#include <QDialog>

class QTableWidget;

namespace vaultscope {

// Conflicts of a review bundle side by side; the user ticks the ones where the bundle's side wins.
class MergeConflictsDialog final : public QDialog
{
    Q_OBJECT
public:
    MergeConflictsDialog(const QList<MergeConflict> &conflicts, QWidget *parent = nullptr);
    // Indexes into the conflicts whose bundle side was chosen.
    QList<int> takeTheirs() const;
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace vaultscope
