#pragma once

#include "baseline.h"

namespace vaultscope {

// One difference between two versions of a baseline.
struct EntryChange
{
    enum Kind { Added, Removed, Changed };
    Kind kind = Changed;
    int older = -1;     // entry index in the older baseline; -1 for Added
    int newer = -1;     // entry index in the newer baseline; -1 for Removed
    QStringList fields; // for Changed: the keys of entryField() that differ
};

struct BaselineDiff
{
    QList<EntryChange> changes; // changed and added in the newer baseline's order, then removed
    int unchanged = 0;
    int matchedById = 0;   // by control id alone (renamed recommendations)
    int matchedByName = 0; // by name alone (renumbered controls)
    int count(EntryChange::Kind kind) const;
};

// Entries are matched by control id and name (case and whitespace ignored), then by control id
// alone where it is unique on both sides, then by name alone where it is unique on both sides.
// What is left is added or removed.
BaselineDiff diffBaselines(const Baseline &older, const Baseline &newer);

// The compared fields, by stable key: category, controlId, controlTitle, name, supported,
// enabledByDefault, responsibility, monitoring, description, notes, guidance, references, policies,
// mappings.
const QStringList &comparedFields();
QString entryField(const Entry &e, const QString &key); // as plain text

} // namespace vaultscope
