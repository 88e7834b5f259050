#pragma once

#include "completeness.h"
#include "estate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace vaultscope {

class RuleSet;

// Which definitions a snapshot was evaluated with, in the order of its outcome codes.
struct SnapshotDefinition
{
    QString name;
    QString displayName;
    QString version;
    QString effect;
    QStringList controls;
};

// What the store keeps beside a Key Vault object (from its normalized form); its identifier and
// name come from the object itself (DataPlane::identifierOf).
struct SnapshotObject
{
    QString type;       // Microsoft.KeyVault.Data/vaults/keys, …/secrets, …/certificates, HSM keys
    qint64 expires = 0; // Unix seconds; 0 when the object never expires
    int vault = -1;     // index into estate.vaults; -1 when its vault is not in the snapshot
};

// An immutable capture of an estate: scope, source, time, the raw resources (kept as evidence),
// a SHA-256 over their canonical form, and the outcome of every definition for every vault.
struct Snapshot
{
    qint64 id = 0;
    QString name;
    QString source; // "file import", "demo generator", "live scan"
    QString tenant;
    QDateTime capturedAt; // UTC
    QString sha256;
    QString apiVersionOverride;
    Estate estate;
    Completeness completeness; // recorded by live scans
    QList<SnapshotDefinition> definitions;
    QList<QByteArray> outcomes; // per vault (estate.vaults order): one OutcomeCode per definition
    // Key Vault objects (estate.objects order, grouped by vault) and their outcomes, evaluated as of
    // capturedAt: a report rendered later says what was true then.
    QList<SnapshotObject> objects;
    QList<QByteArray> objectOutcomes;
    QList<int> rotationPolicyVaults; // per estate.rotationPolicies in key order: its vault, or -1
    // Whether the keys' rotation policies were read (a live scan reads them; an import has some):
    // if not, what they decide is unknown.
    bool rotationPoliciesCaptured = true;
    // The canonical CBOR of every resource (vaults, related in estate.related order, objects, rotation
    // policies),
    // made once on all cores and shared by the hash and the store.
    QList<QByteArray> serialized;

    // Canonical form: every resource as the CBOR encoding of its parsed JSON (keys sorted, numbers
    // as parsed), ordered by lower-case id. CBOR because it encodes several times faster than JSON.
    static QString hashOf(const Estate &estate);
    // Now, in UTC, to the second (the precision stored and exported).
    static QDateTime now();
    void serialize();
    QString computeHash() const; // needs serialize()
    // Evaluates the estate with the rules as of capturedAt (now when unset): fills definitions,
    // outcomes, objects, objectOutcomes and serialized (the hash is left to computeHash(), which the
    // store runs while it writes). Objects are put in their vault's order first.
    // Returns false if cancelled() asked to stop.
    bool evaluate(const RuleSet &rules, const std::function<bool()> &cancelled = {});

private:
    bool evaluateObjects(const RuleSet &rules, const std::function<bool()> &cancelled);
};

} // namespace vaultscope
