#include "snapshot.h"

#include "posture.h"
#include "ruleset.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentMap>

Q_LOGGING_CATEGORY(lcSnapshot, "vaultscope.timing.snapshot", QtWarningMsg)

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
    serialized = QtConcurrent::blockingMapped(allResources(estate), [](const QJsonObject *r) {
        return QJsonDocument(*r).toJson(QJsonDocument::Compact);
    });
}

QString Snapshot::computeHash() const
{
    const QList<const QJsonObject *> all = allResources(estate);
    QList<QPair<QString, qsizetype>> order;
    order.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        order.append({all.at(i)->value(QLatin1String("id")).toString().toLower(), i});
    std::sort(order.begin(), order.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[key, index] : std::as_const(order)) {
        hash.addData(serialized.at(index));
        hash.addData("\n");
    }
    return QString::fromLatin1(hash.result().toHex());
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
    qCDebug(lcSnapshot) << "evaluate" << timer.restart() << "ms";
    serialize(); // the hash is computed where it is needed: the store does it while it writes
    sha256.clear();
    return true;
    qCDebug(lcSnapshot) << "hash" << timer.restart() << "ms";
}

} // namespace vaultscope
