#pragma once

#include "completeness.h"
#include "posture.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vaultscope {

// What the views of a stored snapshot work from, without the resources' JSON: the store reads
// them, posture, reviews and item models count and show them.

// One vault of a stored snapshot, without its JSON (enough for tables and charts).
struct VaultRow
{
    int position = 0;
    QString id;
    QString name;
    QString type;
    QString subscriptionId;
    QString resourceGroup;
    QString location;
    QByteArray outcomes;
    // The vault's Key Vault objects: how many of each, their expiries, and per definition their
    // results (empty when the vault has no objects).
    ObjectTally objectTally;
    QList<PostureCounts> objectCounts;
};

// A Key Vault object of a stored snapshot, without its JSON (enough for a report's findings).
struct ObjectRow
{
    QString vaultId; // lower case; the object's host when its vault is not in the snapshot
    QString id;      // identifier URL as captured
    QString name;
    QString type;
    QByteArray outcomes;
};

// A stored snapshot as lists show it.
struct SnapshotSummary
{
    qint64 id = 0;
    QString name;
    QString source;
    QDateTime capturedAt;
    QString sha256;
    int vaultCount = 0;
    int subscriptionCount = 0;
    QString tenant;
    Completeness completeness;
};

} // namespace vaultscope

// Its members are all relocatable: a list of fifty thousand grows by moving memory, not copying rows.
Q_DECLARE_TYPEINFO(vaultscope::VaultRow, Q_RELOCATABLE_TYPE);
