#pragma once

#include "mainwindow.h"
#include "services/snapshotsession.h"
#include "services/workspace.h"

#include <QTest>

namespace vaultscope {

// What a window test starts from: a workspace on the store and its main window, shown offscreen,
// without dialogs that wait for a person. loaded() waits until the snapshot is read (on a worker).
struct WindowFixture
{
    explicit WindowFixture(Database &db)
        : workspace(db)
        , window(workspace)
    {
        workspace.load();
        window.setInteractive(false);
        window.resize(1400, 900);
        window.show();
    }
    bool loaded()
    {
        return QTest::qWaitFor([this] { return !workspace.snapshots().isLoading(); }, 30000) &&
               QTest::qWaitForWindowExposed(&window);
    }

    Workspace workspace;
    MainWindow window;
};

} // namespace vaultscope
