#include "snapshot.h"

#include "common/logging.h"
#include "dataplane.h"
#include "posture.h"
#include "ruleset.h"

#include <QByteArray>
#include <QCborValue>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <limits>
#include <memory>
#include <openssl/evp.h>

namespace vaultscope {

namespace {
QList<const QJsonObject *> allResources(const Estate &estate)
{
    QList<const QJsonObject *> all;
    all.reserve(estate.vaults.size());
    for (const QJsonObject &v : estate.vaults)
        all.append(&v);
    for (const QList<QJsonObject> &rel : estate.related) {
        for (const QJsonObject &r : rel)
            all.append(&r);
    }
    for (const QJsonObject &o : estate.objects)
        all.append(&o);
    QStringList keys = estate.rotationPolicies.keys();
    keys.sort(); // a stable order for the store's positions
    for (const QString &k : std::as_const(keys))
        all.append(&*estate.rotationPolicies.constFind(k));
    return all;
}

// Key Vault names are unique in a cloud: an object's host names its vault ("name.vault.azure.net",
// "name.managedhsm.azure.net").
QString ownerKey(const QString &name, bool hsm)
{
    return name.toLower() + (hsm ? QLatin1String("|hsm") : QLatin1String("|kv"));
}

QHash<QString, int> vaultsByName(const Estate &estate)
{
    QHash<QString, int> out;
    for (int i = 0; i < estate.vaults.size(); ++i) {
        const QJsonObject &v = estate.vaults.at(i);
        const QString type = v.value(QLatin1String("type")).toString();
        if (!type.startsWith(QLatin1String("Microsoft.KeyVault/"), Qt::CaseInsensitive))
            continue;
        out.insert(ownerKey(v.value(QLatin1String("name")).toString(),
                            type.endsWith(QLatin1String("/managedHSMs"), Qt::CaseInsensitive)),
                   i);
    }
    return out;
}

int ownerOf(const QHash<QString, int> &vaults, const QString &url)
{
    const QString host = url.section(QLatin1Char('/'), 2, 2).toLower(); // https://HOST/…
    return vaults.value(
        ownerKey(host.section(QLatin1Char('.'), 0, 0), host.contains(QLatin1String(".managedhsm."))), -1);
}

// Shared copies of the few type names, so that a million objects do not each hold one.
QString internedType(const QString &type)
{
    static const QStringList known = {QStringLiteral("Microsoft.KeyVault.Data/vaults/keys"),
                                      QStringLiteral("Microsoft.KeyVault.Data/vaults/secrets"),
                                      QStringLiteral("Microsoft.KeyVault.Data/vaults/certificates"),
                                      QStringLiteral("Microsoft.ManagedHSM.Data/managedHsms/keys")};
    for (const QString &k : known) {
        if (k == type)
            return k;
    }
    return type;
}
} // namespace

QDateTime Snapshot::now()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    return t.addMSecs(-t.time().msec());
}

void Snapshot::serialize()
{
    serialized = QtConcurrent::blockingMapped(
        allResources(estate), [](const QJsonObject *r) { return QCborValue::fromJsonValue(*r).toCbor(); });
}

QString Snapshot::computeHash() const
{
    const QList<const QJsonObject *> all = allResources(estate);
    QList<QPair<QString, qsizetype>> order;
    order.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        order.append({DataPlane::identifierOf(*all.at(i)).toLower(), i});
    std::sort(order.begin(), order.end());
    // OpenSSL's SHA-256 (hardware-assisted where the CPU has it): tens of megabytes per snapshot.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
    for (const auto &[key, index] : std::as_const(order)) {
        const QByteArray &json = serialized.at(index);
        EVP_DigestUpdate(ctx.get(), json.constData(), size_t(json.size()));
        EVP_DigestUpdate(ctx.get(), "\n", 1);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Snapshot::hashOf(const Estate &estate)
{
    Snapshot s;
    s.estate = estate;
    s.serialize();
    return s.computeHash();
}

bool Snapshot::evaluate(const RuleSet &rules, const std::function<bool()> &cancelled)
{
    definitions.clear();
    for (const policy::PolicyDefinition &d : rules.definitions)
        definitions.append({d.name, d.displayName, d.version, policy::PolicyDefinition::effectName(d.effect),
                            rules.controlsOf(d)});
    if (!capturedAt.isValid())
        capturedAt = now();
    QElapsedTimer timer;
    timer.start();
    outcomes = evaluateEstate(rules, estate, apiVersionOverride, cancelled, capturedAt);
    if (cancelled && cancelled())
        return false;
    qCDebug(lcPolicy) << "evaluate" << timer.restart() << "ms";
    if (!evaluateObjects(rules, cancelled))
        return false;
    qCDebug(lcPolicy) << "objects" << timer.restart() << "ms";
    serialize(); // the hash is computed where it is needed: the store does it while it writes
    sha256.clear();
    return true;
}

bool Snapshot::evaluateObjects(const RuleSet &rules, const std::function<bool()> &cancelled)
{
    // Each vault's objects together: the store writes them next to each other, and a vault page
    // reads them in one go.
    const QHash<QString, int> vaults = vaultsByName(estate);
    QList<QPair<int, qsizetype>> order;
    order.reserve(estate.objects.size());
    for (qsizetype i = 0; i < estate.objects.size(); ++i) {
        const int owner = ownerOf(vaults, DataPlane::identifierOf(estate.objects.at(i)));
        order.append({owner < 0 ? std::numeric_limits<int>::max() : owner, i});
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QJsonObject> sorted;
    sorted.reserve(order.size());
    for (const auto &[owner, i] : std::as_const(order))
        sorted.append(estate.objects.at(i));
    estate.objects = sorted;

    rotationPoliciesCaptured = !estate.rotationPolicies.isEmpty() || source == QLatin1String("live scan");
    constexpr qsizetype chunk = 1024;
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < estate.objects.size(); i += chunk)
        starts.append(i);
    using Part = QPair<QList<SnapshotObject>, QList<QByteArray>>;
    std::atomic_bool stop = false;
    const QList<Part> parts = QtConcurrent::blockingMapped(starts, [&](qsizetype start) {
        Part part;
        for (qsizetype i = start; i < std::min(start + chunk, estate.objects.size()); ++i) {
            if (stop || (cancelled && cancelled())) {
                stop = true;
                break;
            }
            const QJsonObject &raw = estate.objects.at(i);
            const QString objectId = DataPlane::identifierOf(raw);
            const QJsonObject normalized =
                DataPlane::normalize(raw, estate.rotationPolicies.value(DataPlane::keyOf(objectId)));
            QByteArray codes;
            codes.reserve(rules.definitions.size());
            for (const policy::Evaluation &e :
                 evaluateObject(rules, normalized, capturedAt, false, rotationPoliciesCaptured))
                codes.append(OutcomeCode::of(e.outcome));
            const QDateTime expires = QDateTime::fromString(
                normalized[QLatin1String("attributes")][QLatin1String("expiresOn")].toString(), Qt::ISODate);
            part.first.append(
                {internedType(normalized.value(QLatin1String("type")).toString()),
                 expires.isValid() ? expires.toSecsSinceEpoch() : 0,
                 order.at(i).first == std::numeric_limits<int>::max() ? -1 : order.at(i).first});
            part.second.append(codes);
        }
        return part;
    });
    if (stop)
        return false;
    QStringList keys = estate.rotationPolicies.keys();
    keys.sort();
    rotationPolicyVaults.clear();
    for (const QString &key : std::as_const(keys))
        rotationPolicyVaults.append(ownerOf(vaults, key));
    objects.clear();
    objectOutcomes.clear();
    objects.reserve(estate.objects.size());
    objectOutcomes.reserve(estate.objects.size());
    for (const Part &p : parts) {
        objects += p.first;
        objectOutcomes += p.second;
    }
    return true;
}

} // namespace vaultscope
