#pragma once

#include "completeness.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vaultscope {

// Resources of an estate as read from exports: the vaults, and the related resources (diagnostic
// settings, Resource Guard proxies) attached to them by resource id.
struct Estate
{
    QList<QJsonObject> vaults;
    QHash<QString, QList<QJsonObject>> related; // lower-case parent id -> related resources
    QSet<QString> relatedTypesCaptured;         // lower-case types seen in the input
    QHash<QString, QString> apiVersions;        // lower-case resource id -> api-version read with
    QHash<QString, QString> subscriptionNames;  // subscription id -> display name
    // Related resources a live scan could not read: "lower-case vault id|lower-case type" -> reason.
    // Definitions that need them are unknown for that vault, with the reason.
    QHash<QString, QString> relatedGaps;
    // Key Vault and Managed HSM objects as given (posture/dataplane.h): keys, secrets, certificates;
    // rotation policies by their key (DataPlane::keyOf).
    QList<QJsonObject> objects;
    QHash<QString, QJsonObject> rotationPolicies;
    int objectListItems = 0;   // keys or certificates from list answers: no type, size or policy to judge
    int ignored = 0;           // resources of other types
    QStringList skipped;       // items of odd shape that were not taken, each with its place and reason
    QString tenant;            // from a snapshot export
    QString capturedAt;        // ISO 8601, from a snapshot export
    Completeness completeness; // a live scan's, from a snapshot export

    void add(const QJsonObject &resource, const QString &apiVersion);
    void merge(const Estate &other);
    QList<QJsonObject> relatedOf(const QString &vaultId, const QString &type) const;
    // A related resource read for this vault (a live scan knows the vault it asked about).
    void addRelated(const QString &vaultId, const QJsonObject &resource);
    void addRelatedGap(const QString &vaultId, const QString &type, const QString &reason);
    QString relatedGapOf(const QString &vaultId, const QString &type) const;

    static bool isVaultType(const QString &type);
    // The related gap that stands for all of a vault's Key Vault objects (a live scan refused).
    static QString objectsGapType() { return QStringLiteral("microsoft.keyvault.data/objects"); }
    static QString defaultApiVersion(const QString &type);
    static QString subscriptionOf(const QString &resourceId);
    static QString resourceGroupOf(const QString &resourceId);
};

// Reads the input shapes Vaultscope accepts, auto-detected: `az graph query` output, Resource Graph
// REST pages, ARM list responses ({"value": [...]}), REST examples ({"responses": {"200": {"body"}}}),
// Vaultscope's own snapshot export, a plain array of resources, or one resource.
class EstateReader
{
public:
    static bool readFile(const QString &path, Estate *estate, QString *error);
    static bool readJson(const QByteArray &json, const QString &source, Estate *estate, QString *error);
};

} // namespace vaultscope
