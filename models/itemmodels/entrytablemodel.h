#pragma once

#include "catalogue/baseline.h"
#include "posture/posture.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vaultscope {

// The entries of the selected part of the catalogue, one row each.
class EntryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ControlColumn,
        NameColumn,
        CategoryColumn,
        SupportedColumn,
        EnabledByDefaultColumn,
        ResponsibilityColumn,
        BaselineColumn,
        PostureColumn, // live: results of the definitions mapped to the control, in the current snapshot
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value that sorts naturally ("1.10" after "1.9")
        NormalizedRole,              // Supported / Responsibility columns: Yes, No, N/A, Customer, ...
        BaselineIdRole,
    };

    struct Row
    {
        Entry entry;
        qint64 baselineId = 0;
        QString baselineTitle;
        QString service;
        QString sourceName;
    };

    explicit EntryTableModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    // Live posture per "<service key>/<control id>" (PostureView::controlsByService).
    void setPosture(const QHash<QString, PostureCounts> &posture, const QString &snapshotName);
    bool hasPosture(const Row &row) const;
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString naturalSortKey(const QString &controlId);
    static QString displayText(const Entry &entry, int column);

private:
    const PostureCounts *postureOf(const Row &row) const;

    QList<Row> m_rows;
    QHash<QString, PostureCounts> m_posture;
    QString m_snapshotName;
};

} // namespace vaultscope
