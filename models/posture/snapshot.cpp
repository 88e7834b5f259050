#include "snapshot.h"

#include "common/logging.h"
#include "posture.h"
#include "ruleset.h"

#include <QByteArray>
#include <QCborValue>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

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
    return all;
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
        order.append({all.at(i)->value(QLatin1String("id")).toString().toLower(), i});
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
    QElapsedTimer timer;
    timer.start();
    outcomes = evaluateEstate(rules, estate, apiVersionOverride, cancelled);
    if (cancelled && cancelled())
        return false;
    qCDebug(lcPolicy) << "evaluate" << timer.restart() << "ms";
    serialize(); // the hash is computed where it is needed: the store does it while it writes
    sha256.clear();
    return true;
    qCDebug(lcPolicy) << "hash" << timer.restart() << "ms";
}

} // namespace vaultscope
