#pragma once

#include "catalogue/baseline.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vaultscope {

// The public JSON shapes of `vaultscope catalog show` and `catalog list` (a stable contract:
// only add fields, never rename or remove).
QJsonObject baselineToJson(const Baseline &baseline);
QJsonObject entryToJson(const Entry &entry);
QJsonObject baselineSummaryToJson(const Baseline &baseline, int entryCount);

} // namespace vaultscope
