// The live scan's reading of Key Vault objects: keys, secrets and certificates through each vault's
// data plane (REST API 7.5), with a token for the data plane's audience. GET only, and never a
// secret's value: secrets are read from their list, whose items carry no value.
#include "posture/dataplane.h"
#include "scanner.h"

namespace vaultscope {

namespace {
const QString kApi = QStringLiteral("?api-version=7.5");
} // namespace

ArmClient *Scanner::dataClient(const QUrl &vaultUri)
{
    // One client per token audience (https://vault.azure.net, https://managedhsm.azure.net), each
    // checking every URL against the cloud's Key Vault hosts before its token goes out.
    const QUrl audience = m_origins.dataPlaneAudience(vaultUri);
    ArmClient *&client = m_dataClients[audience.toString()];
    if (!client)
        client = newClient(audience,
                           [origins = m_origins](const QUrl &url) { return origins.dataPlaneRefusal(url); });
    return client;
}

void Scanner::enqueueData(const QString &url, bool single,
                          std::function<void(const QJsonArray &, const ArmError &)> done)
{
    ++m_progress.relatedQueued;
    Task task{url,
              [this, done = std::move(done)](const QJsonArray &items, const ArmError &error) {
                  ++m_progress.relatedDone;
                  done(items, error);
              },
              dataClient(QUrl(url)), single};
    m_queue.enqueue(std::move(task));
    pump();
}

void Scanner::readObjects(const QJsonObject &vault)
{
    const QString id = vault.value(QLatin1String("id")).toString();
    const bool hsm = vault.value(QLatin1String("type"))
                         .toString()
                         .endsWith(QLatin1String("/managedhsms"), Qt::CaseInsensitive);
    const QJsonObject properties = vault.value(QLatin1String("properties")).toObject();
    QString base = properties.value(hsm ? QLatin1String("hsmUri") : QLatin1String("vaultUri")).toString();
    const auto gap = [this, id](const QString &reason) {
        if (m_estate.relatedGapOf(id, Estate::objectsGapType()).isEmpty())
            Q_EMIT logged(
                tr("Key Vault objects of %1 not read: %2").arg(id.section(QLatin1Char('/'), -1), reason));
        m_estate.addRelatedGap(id, Estate::objectsGapType(), reason);
        m_gapVaults.insert(id.toLower());
    };
    if (base.isEmpty())
        return gap(tr("the vault's properties name no %1")
                       .arg(hsm ? QStringLiteral("hsmUri") : QStringLiteral("vaultUri")));
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    // The vault's URI is an answer's word, not a place a token goes unchecked.
    if (const QString refusal = m_origins.dataPlaneRefusal(QUrl(base, QUrl::StrictMode)); !refusal.isEmpty())
        return gap(refusal);
    const auto failed = [gap](const ArmError &error) { gap(error.reason()); };
    // A list gives names; each key and certificate is read on its own for its type, size and policy.
    // Only the name is taken from an item's URL, encoded as one path segment of the vault's own.
    const auto nameOf = [](const QJsonValue &item) {
        const QString url = item[QLatin1String("kid")].toString(item[QLatin1String("id")].toString());
        return QString::fromLatin1(QUrl::toPercentEncoding(url.section(QLatin1Char('/'), 4, 4)));
    };
    enqueueData(
        base + QLatin1String("keys") + kApi, false, [=, this](const QJsonArray &keys, const ArmError &error) {
            if (error.isError())
                return failed(error);
            for (const QJsonValue &item : keys) {
                const QString key = base + QLatin1String("keys/") + nameOf(item);
                enqueueData(key + kApi, true, [=, this](const QJsonArray &body, const ArmError &e) {
                    if (e.isError())
                        return failed(e);
                    m_estate.objects.append(body.first().toObject());
                });
                if (hsm)
                    continue;
                enqueueData(key + QLatin1String("/rotationpolicy") + kApi, true,
                            [=, this](const QJsonArray &body, const ArmError &e) {
                                if (e.status == 404)
                                    return; // no rotation policy
                                if (e.isError())
                                    return failed(e);
                                const QJsonObject policy = body.first().toObject();
                                m_estate.rotationPolicies.insert(
                                    DataPlane::keyOf(policy.value(QLatin1String("id")).toString()), policy);
                            });
            }
        });
    if (hsm)
        return; // a Managed HSM holds keys only
    enqueueData(base + QLatin1String("secrets") + kApi, false,
                [=, this](const QJsonArray &secrets, const ArmError &error) {
                    if (error.isError())
                        return failed(error);
                    for (const QJsonValue &item : secrets)
                        m_estate.objects.append(item.toObject());
                });
    enqueueData(base + QLatin1String("certificates") + kApi, false,
                [=, this](const QJsonArray &certificates, const ArmError &error) {
                    if (error.isError())
                        return failed(error);
                    for (const QJsonValue &item : certificates)
                        enqueueData(base + QLatin1String("certificates/") + nameOf(item) + kApi, true,
                                    [=, this](const QJsonArray &body, const ArmError &e) {
                                        if (e.isError())
                                            return failed(e);
                                        m_estate.objects.append(body.first().toObject());
                                    });
                });
}

} // namespace vaultscope
