#pragma once

#include <QLabel>

namespace vaultscope {

class SnapshotSession;

// What the current snapshot covers, above the dashboard and the vault table: a quiet line for a
// complete live scan, a warning with the failed subscriptions for a partial one (never passed off
// as complete), nothing for imports and the demo.
class CompletenessBanner final : public QLabel
{
    Q_OBJECT
public:
    explicit CompletenessBanner(SnapshotSession &session, QWidget *parent = nullptr);

private:
    void update();

    SnapshotSession &m_session;
};

} // namespace vaultscope
