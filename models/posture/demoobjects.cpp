#include "demoobjects.h"

#include "dataplane.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace vaultscope {

namespace {

const char *const kKeyNames[] = {"cmk-storage", "sql-tde",   "disk-encryption", "jwt-signing",
                                 "backup-cmk",  "code-sign", "app-encryption",  "token-wrap"};
const char *const kSecretNames[] = {"db-password",   "api-key",       "storage-connection",
                                    "smtp-password", "client-secret", "service-bus-sas",
                                    "redis-key",     "webhook-token"};
const char *const kCertNames[] = {"www-contoso-com", "api-gateway", "mtls-client", "internal-ca",
                                  "sso-signing"};

class Objects
{
public:
    Objects(Estate *estate, const QString &host, bool mature, const QDateTime &asOf, quint32 seed)
        : m_estate(estate)
        , m_host(host)
        , m_mature(mature)
        , m_asOf(asOf)
        , m_rng(seed)
    {
    }

    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    int pick(int n) { return int(m_rng.bounded(n)); }
    template <size_t N> QString pick(const char *const (&names)[N])
    {
        return QString::fromLatin1(names[m_rng.bounded(int(N))]);
    }
    QString hex(int bytes)
    {
        QByteArray b(bytes, Qt::Uninitialized);
        for (char &c : b)
            c = char(m_rng.bounded(256));
        return QString::fromLatin1(b.toHex());
    }
    // A public modulus of exactly `bits` bits, base64url as in a JWK.
    QString modulus(int bits)
    {
        QByteArray b(bits / 8, Qt::Uninitialized);
        for (char &c : b)
            c = char(m_rng.bounded(256));
        b[0] = char(b.at(0) | 0x80);
        return QString::fromLatin1(
            b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    // created, and exp: mostly a year or two later; never, soon after asOf, or already past for some.
    QJsonObject attributes(int neverPercent, qint64 *createdOut = nullptr, int validityDays = 0)
    {
        const qint64 now = m_asOf.toSecsSinceEpoch();
        const qint64 created = now - qint64(1 + pick(900)) * 86400;
        QJsonObject a{{QStringLiteral("enabled"), true},
                      {QStringLiteral("created"), created},
                      {QStringLiteral("updated"), created},
                      {QStringLiteral("recoveryLevel"), QStringLiteral("Recoverable+Purgeable")}};
        const int roll = pick(100);
        if (validityDays == 0 && roll < neverPercent) {
            // no exp
        } else if (roll < neverPercent + 6) {
            a.insert(QStringLiteral("exp"), now + qint64(1 + pick(29)) * 86400); // expiring soon
        } else if (roll < neverPercent + 9) {
            a.insert(QStringLiteral("exp"), now - qint64(1 + pick(60)) * 86400); // expired
        } else {
            const int days = validityDays ? validityDays : (chance(70) ? 365 : 730);
            a.insert(QStringLiteral("exp"), std::max(created + qint64(days) * 86400, now + 31 * 86400));
        }
        if (createdOut)
            *createdOut = created;
        return a;
    }

    void key(const QString &name, bool hsm)
    {
        const QString kid = QStringLiteral("https://%1/keys/%2/%3").arg(m_host, name, hex(16));
        QJsonObject key{{QStringLiteral("kid"), kid}};
        const int kind = pick(100);
        if (kind < 70) {
            key.insert(QStringLiteral("kty"),
                       hsm || chance(m_mature ? 50 : 15) ? QStringLiteral("RSA-HSM") : QStringLiteral("RSA"));
            const int bits = chance(m_mature ? 2 : 12) ? 1024 : chance(75) ? 2048 : chance(60) ? 3072 : 4096;
            key.insert(QStringLiteral("n"), modulus(bits));
            key.insert(QStringLiteral("e"), QStringLiteral("AQAB"));
        } else if (kind < 92 || !hsm) {
            key.insert(QStringLiteral("kty"),
                       hsm || chance(40) ? QStringLiteral("EC-HSM") : QStringLiteral("EC"));
            static const char *const curves[] = {"P-256", "P-256", "P-384", "P-521", "P-256K"};
            key.insert(QStringLiteral("crv"), pick(curves));
        } else {
            key.insert(QStringLiteral("kty"), QStringLiteral("oct-HSM"));
            key.insert(QStringLiteral("key_size"), chance(80) ? 256 : 128);
        }
        qint64 created = 0;
        m_estate->objects.append(
            QJsonObject{{QStringLiteral("key"), key},
                        {QStringLiteral("attributes"), attributes(m_mature ? 10 : 35, &created)}});
        if (hsm || !chance(m_mature ? 75 : 30))
            return;
        static const char *const rotateAfter[] = {"P30D", "P90D", "P90D", "P1Y", "P18M"};
        const QString policyId = QStringLiteral("https://%1/keys/%2/rotationpolicy").arg(m_host, name);
        m_estate->rotationPolicies.insert(
            DataPlane::keyOf(policyId),
            QJsonObject{
                {QStringLiteral("id"), policyId},
                {QStringLiteral("lifetimeActions"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("trigger"),
                                  QJsonObject{{QStringLiteral("timeAfterCreate"), pick(rotateAfter)}}},
                                 {QStringLiteral("action"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Rotate")}}}},
                     QJsonObject{{QStringLiteral("trigger"),
                                  QJsonObject{{QStringLiteral("timeBeforeExpiry"), QStringLiteral("P30D")}}},
                                 {QStringLiteral("action"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Notify")}}}}}},
                {QStringLiteral("attributes"),
                 QJsonObject{{QStringLiteral("expiryTime"), QStringLiteral("P2Y")},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("updated"), created}}}});
    }

    void secret(const QString &name)
    {
        QJsonObject s{{QStringLiteral("id"), QStringLiteral("https://%1/secrets/%2").arg(m_host, name)},
                      {QStringLiteral("attributes"), attributes(m_mature ? 15 : 45)}};
        if (chance(m_mature ? 85 : 50))
            s.insert(QStringLiteral("contentType"),
                     chance(70) ? QStringLiteral("text/plain") : QStringLiteral("application/json"));
        m_estate->objects.append(s);
    }

    void certificate(const QString &name)
    {
        static const int months[] = {12, 12, 12, 24, 36, 60};
        const int validity = m_mature ? (chance(85) ? 12 : 24) : months[pick(6)];
        const QString id = QStringLiteral("https://%1/certificates/%2/%3").arg(m_host, name, hex(16));
        const bool ec = chance(15);
        QJsonObject keyProps{{QStringLiteral("exportable"), true},
                             {QStringLiteral("kty"), ec ? QStringLiteral("EC") : QStringLiteral("RSA")},
                             {QStringLiteral("reuse_key"), false}};
        if (ec)
            keyProps.insert(QStringLiteral("crv"),
                            chance(70) ? QStringLiteral("P-256") : QStringLiteral("P-384"));
        else
            keyProps.insert(QStringLiteral("key_size"), chance(m_mature ? 2 : 10) ? 1024 : 2048);
        QJsonObject trigger;
        if (chance(80))
            trigger.insert(QStringLiteral("lifetime_percentage"), chance(85) ? 80 : 95);
        else
            trigger.insert(QStringLiteral("days_before_expiry"), chance(70) ? 30 : 7);
        static const char *const issuers[] = {"Self", "Self", "DigiCert", "GlobalSign", "Unknown"};
        const QJsonObject policy{
            {QStringLiteral("id"), QStringLiteral("https://%1/certificates/%2/policy").arg(m_host, name)},
            {QStringLiteral("key_props"), keyProps},
            {QStringLiteral("secret_props"),
             QJsonObject{{QStringLiteral("contentType"), QStringLiteral("application/x-pkcs12")}}},
            {QStringLiteral("x509_props"),
             QJsonObject{{QStringLiteral("subject"), QString(QStringLiteral("CN=") + name)},
                         {QStringLiteral("validity_months"), validity}}},
            {QStringLiteral("lifetime_actions"),
             QJsonArray{QJsonObject{{QStringLiteral("trigger"), trigger},
                                    {QStringLiteral("action"), QJsonObject{{QStringLiteral("action_type"),
                                                                            QStringLiteral("AutoRenew")}}}}}},
            {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), pick(issuers)}}}};
        m_estate->objects.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("x5t"), hex(20)},
                        {QStringLiteral("attributes"), attributes(0, nullptr, validity * 30)},
                        {QStringLiteral("policy"), policy}});
    }

private:
    Estate *m_estate;
    QString m_host;
    bool m_mature;
    QDateTime m_asOf;
    QRandomGenerator m_rng;
};

} // namespace

void addDemoObjects(Estate *estate, const QString &vaultName, bool hsm, bool mature, int average,
                    const QDateTime &asOf, quint32 seed)
{
    const QString host = vaultName.toLower() +
                         (hsm ? QLatin1String(".managedhsm.azure.net") : QLatin1String(".vault.azure.net"));
    Objects o(estate, host, mature, asOf, seed);
    const int count = o.pick(2 * average + 1);
    for (int i = 0; i < count; ++i) {
        const int kind = hsm ? 0 : o.pick(100);
        const QString suffix = QStringLiteral("-%1").arg(i + 1);
        if (kind < 40)
            o.key(o.pick(kKeyNames) + suffix, hsm);
        else if (kind < 80)
            o.secret(o.pick(kSecretNames) + suffix);
        else
            o.certificate(o.pick(kCertNames) + suffix);
    }
}

} // namespace vaultscope
