#include "defaultdata.h"

#include "catalogueimporter.h"
#include "snapshotservice.h"
#include "store/cataloguestore.h"
#include "store/database.h"

namespace vaultscope {

bool openWithDefaults(Database &db, bool withDemo, QString *error)
{
    bool empty = false;
    return db.open(error) && CatalogueStore(db).isEmpty(&empty, error) &&
           (!empty || importBundledBaselines(db, error)) &&
           (!withDemo || SnapshotService::ensureDemo(db, error));
}

} // namespace vaultscope
