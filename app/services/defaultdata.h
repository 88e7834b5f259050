#pragma once

#include <QString>

namespace vaultscope {

class Database;

// Opens the store and gives it the embedded defaults a first start needs: the bundled baselines
// when the catalogue is empty, the demo estate when there is no snapshot yet.
bool openWithDefaults(Database &db, QString *error);

} // namespace vaultscope
