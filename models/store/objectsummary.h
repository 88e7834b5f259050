#pragma once

#include "posture/posture.h"
#include "posture/snapshot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace vaultscope {

// A vault's Key Vault objects in one text beside the vault's row, written with the snapshot, so
// that a snapshot opens without reading its objects: the tally, then the results per definition
// that has any ("2,3,1,1,0,0;27:1,2,0;31:0,3,0": keys, secrets, certificates, without expiry,
// expiring soon, expired; definition index: compliant, non-compliant, unknown).
QString encodeObjectSummary(const ObjectTally &tally, const QList<PostureCounts> &perDefinition);
// The summary of every vault with objects (by index in snapshot.estate.vaults), as of the capture.
QHash<int, QString> objectSummaries(const Snapshot &snapshot);
void decodeObjectSummary(const QString &text, int definitions, ObjectTally *tally,
                         QList<PostureCounts> *perDefinition);

} // namespace vaultscope
