#pragma once

#include "posture/posture.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace vaultscope {

struct Snapshot;
struct VaultRow;

// What the dashboard and the vault table show: one filter for all of them. Empty sets mean "any".
struct PostureFilter
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::PostureFilter)

public:
    QSet<QString> subscriptions;  // subscription ids
    QSet<QString> resourceGroups; // lower case
    QSet<QString> locations;
    QSet<QString> types;       // lower case
    QSet<QString> definitions; // definition names
    QString control;           // only the definitions mapped to this control ("NS-2")
    QSet<char> results;        // OutcomeCode values

    bool isEmpty() const;
    bool acceptsVault(const VaultRow &row) const;
    // Whether definition d of the snapshot is in the filter (definitions and control).
    bool acceptsDefinition(const Snapshot &snapshot, int d) const;
    // For people: "subscription Contoso prod 001 · result non-compliant", or "no filter".
    QString describe(const Snapshot &snapshot) const;
    bool operator==(const PostureFilter &) const = default;
};

// The values a filter can choose from in a snapshot, each as label -> key.
struct PostureChoices
{
    QHash<QString, QString> subscriptions; // display name -> id
    QHash<QString, QString> resourceGroups;
    QHash<QString, QString> locations;
    QHash<QString, QString> types;
    QHash<QString, QString> definitions; // display name -> name
    QHash<QString, QString> controls;

    static PostureChoices of(const Snapshot &snapshot, const QList<VaultRow> &rows);
};

// Counts of a snapshot under a filter: overall, per subscription, definition and control, the
// subscription x control heat map, and which vaults match (rows with at least one counted result,
// their objects' included).
struct PostureView
{
    struct Group
    {
        QString key;   // subscription id, definition name or control id
        QString label; // what people read
        PostureCounts counts;
    };

    PostureCounts overall;            // the vaults' results and their Key Vault objects'
    ObjectTally objects;              // the Key Vault objects of the vaults the filter accepts
    QList<Group> subscriptions;       // lowest score first
    QList<Group> definitions;         // lowest score first
    QList<Group> controls;            // lowest score first
    QList<int> vaults;                // indexes into the rows
    QList<QList<PostureCounts>> heat; // [subscription in `subscriptions` order][control in `controls` order]

    static PostureView compute(const Snapshot &snapshot, const QList<VaultRow> &rows,
                               const PostureFilter &filter);
    // Per control, separately for each service's vault types (a definition that does not apply to
    // a type counts nothing there): keys "<service key>/<control id>", e.g. "key vault/NS-2".
    static QHash<QString, PostureCounts> controlsByService(const Snapshot &snapshot,
                                                           const QList<VaultRow> &rows);
};

} // namespace vaultscope
