#pragma once

#include "posture/postureview.h"
#include "posture/snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace vaultscope {

class SnapshotSession;

// The one filter of the dashboard and the vault table, always in view and clearable.
// Shows the session's filter and choices; a choice made here becomes the session's filter.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(SnapshotSession &session, QWidget *parent = nullptr);

    PostureFilter filter() const { return m_filter; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *clearButton() const { return m_clear; }

private:
    // Offers the snapshot's subscriptions, groups, regions, types and definitions; clears the filter.
    void setChoices();
    void setFilter(const PostureFilter &filter);
    void readCombos();
    QComboBox *addCombo(const QString &accessibleName);

    SnapshotSession &m_session;
    PostureFilter m_filter;
    Snapshot m_snapshot; // header only: names for the summary
    QComboBox *m_subscription, *m_group, *m_region, *m_type, *m_definition, *m_control, *m_result;
    QLabel *m_summary;
    QPushButton *m_clear;
    bool m_updating = false;
};

} // namespace vaultscope
