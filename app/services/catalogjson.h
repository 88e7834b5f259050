#pragma once

#include "catalogue/baseline.h"
#include "catalogue/baselinediff.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vaultscope {

// The public JSON shapes of `vaultscope catalog show` and `catalog list` (a stable contract:
// only add fields, never rename or remove).
QJsonObject baselineToJson(const Baseline &baseline);
QJsonObject entryToJson(const Entry &entry);
QJsonObject baselineSummaryToJson(const Baseline &baseline, int entryCount);
// `vaultscope catalog diff --json`: both baselines, counts, and each change.
QJsonObject diffToJson(const Baseline &older, const Baseline &newer, const BaselineDiff &diff);

} // namespace vaultscope
