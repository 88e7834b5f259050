#pragma once

#include <QString>

namespace vaultscope {

class Database;

// Opens the store and gives it the embedded defaults: the bundled baselines when the catalogue is
// empty and, with `withDemo` (the default store), the demo estate the first time it has no snapshot.
// A store named with --db starts without an estate, so the window shows its empty state.
bool openWithDefaults(Database &db, bool withDemo, QString *error);

} // namespace vaultscope
