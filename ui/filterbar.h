#pragma once

#include "posture/postureview.h"
#include "posture/snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace vaultscope {

struct VaultRow;

// The one filter of the dashboard and the vault table, always in view and clearable.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Offers the snapshot's subscriptions, groups, regions, types and definitions; clears the filter.
    void setSnapshot(const Snapshot &snapshot, const PostureChoices &choices);
    void setFilter(const PostureFilter &filter);
    PostureFilter filter() const { return m_filter; }
    void setMatchCount(int vaults);
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void filterChanged(const vaultscope::PostureFilter &filter);

private:
    void readCombos();
    QComboBox *addCombo(const QString &accessibleName);

    PostureFilter m_filter;
    Snapshot m_snapshot; // header only: names for the summary
    QComboBox *m_subscription, *m_group, *m_region, *m_type, *m_definition, *m_control, *m_result;
    QLabel *m_summary;
    QPushButton *m_clear;
    bool m_updating = false;
    int m_matches = -1;
};

} // namespace vaultscope
