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
    // "name.vault.azure.net" -> https://vault.azure.net (and .cn, .usgovcloudapi.net …);
    // "name.managedhsm.azure.net" -> https://managedhsm.azure.net; a loopback stand-in -> Key Vault's.
    const QString host = vaultUri.host().toLower();
    const bool azure =
        host.contains(QLatin1String(".vault.")) || host.contains(QLatin1String(".managedhsm."));
    const QString audience = QStringLiteral("https://") +
                             (azure ? host.section(QLatin1Char('.'), 1) : QStringLiteral("vault.azure.net"));
    ArmClient *&client = m_dataClients[audience];
    if (!client) {
        client = new ArmClient(m_tokens, QUrl(audience), m_tenant, this);
        client->setPolicy(m_policy.arm);
        connect(client, &ArmClient::waiting, this, [this](int ms, const QString &reason) {
            m_progress.waitedMs += ms;
            Q_EMIT waiting(ms, reason);
        });
    }
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
    const auto failed = [gap](const ArmError &error) { gap(error.reason()); };
    // A list gives names; each key and certificate is read on its own for its type, size and policy.
    const auto nameOf = [](const QJsonValue &item) {
        const QString url = item[QLatin1String("kid")].toString(item[QLatin1String("id")].toString());
        return url.section(QLatin1Char('/'), 4, 4);
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
