#include "dataplane.h"

#include "policy/jsonvalues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <memory>
#include <openssl/x509.h>

namespace vaultscope::DataPlane {

namespace {

// "https://host/keys/NAME[/VERSION]": segment 2 is the host, 3 the collection, 4 the name. Plain
// string work: a million objects are read per snapshot, and Key Vault's URLs carry no user info,
// port or escapes.
QString segment(const QString &url, int n)
{
    return url.section(QLatin1Char('/'), n, n);
}

QString collection(const QString &url)
{
    return segment(url, 3).toLower();
}

bool isVaultUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return false;
    const QString host = segment(url, 2);
    return host.contains(QLatin1String(".vault."), Qt::CaseInsensitive) ||
           host.contains(QLatin1String(".managedhsm."), Qt::CaseInsensitive);
}

// Unix seconds (REST) or an ISO 8601 text (the Azure CLI) as an ISO 8601 date-time; null and
// absent stay absent.
QJsonValue dateOf(const QJsonValue &v)
{
    if (v.isDouble())
        return policy::isoDateTime(QDateTime::fromSecsSinceEpoch(policy::toInt64(v.toDouble()), Qt::UTC));
    const QDateTime t = policy::parseDateTime(v.toString());
    return t.isValid() ? QJsonValue(policy::isoDateTime(t)) : QJsonValue(QJsonValue::Undefined);
}

// The first of the names that the object holds with a value (REST and CLI spell fields apart).
QJsonValue firstOf(const QJsonObject &o, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Null counts as absent: the CLI prints every field, unset ones as null.
void insertIfPresent(QJsonObject *o, const QString &key, const QJsonValue &v)
{
    if (!v.isUndefined() && !v.isNull())
        o->insert(key, v);
}

// REST {enabled, created, updated, nbf, exp} (Unix seconds) or the CLI's {enabled, created, updated,
// notBefore, expires} (ISO text) -> {enabled, createdOn, updatedOn, notBefore, expiresOn}.
QJsonObject attributesOf(const QJsonObject &a)
{
    QJsonObject out;
    insertIfPresent(&out, QStringLiteral("enabled"), a.value(QLatin1String("enabled")));
    insertIfPresent(&out, QStringLiteral("createdOn"), dateOf(a.value(QLatin1String("created"))));
    insertIfPresent(&out, QStringLiteral("updatedOn"), dateOf(a.value(QLatin1String("updated"))));
    insertIfPresent(&out, QStringLiteral("notBefore"), dateOf(firstOf(a, {"nbf", "notBefore"})));
    insertIfPresent(&out, QStringLiteral("expiresOn"), dateOf(firstOf(a, {"exp", "expires"})));
    return out;
}

// Bits of a big-endian unsigned integer given in base64 (a JWK's "n").
int modulusBits(const QString &n)
{
    // base64url in REST, plain base64 from the CLI: read both alphabets.
    QByteArray text = n.toLatin1();
    text.replace('-', '+').replace('_', '/');
    const QByteArray bytes = QByteArray::fromBase64(text);
    qsizetype first = 0;
    while (first < bytes.size() && bytes.at(first) == 0)
        ++first;
    if (first == bytes.size())
        return 0;
    int bits = int(bytes.size() - first) * 8;
    for (unsigned char top = static_cast<unsigned char>(bytes.at(first)); !(top & 0x80); top <<= 1)
        --bits;
    return bits;
}

// An ISO 8601 duration as Key Vault writes them ("P90D", "P2Y", "P1Y6M", "PT12H") added to t.
QDateTime addDuration(const QDateTime &t, const QString &duration, int sign)
{
    static const QRegularExpression iso(
        QStringLiteral(
            "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = iso.match(duration.trimmed());
    if (!m.hasMatch() || !t.isValid())
        return {};
    const auto n = [&m, sign](int i) { return m.captured(i).toInt() * sign; };
    return t.addYears(n(1))
        .addMonths(n(2))
        .addDays(qint64(n(3)) * 7 + n(4))
        .addSecs(qint64(n(5)) * 3600 + qint64(n(6)) * 60 + n(7));
}

// When the rotation policy rotates the key: its "Rotate" action's trigger from creation or expiry.
QJsonValue scheduledRotation(const QJsonObject &policy, const QJsonObject &attributes)
{
    for (const QJsonValue &action : policy.value(QLatin1String("lifetimeActions")).toArray()) {
        // REST: {"trigger": {...}, "action": {"type": "Rotate"}}; CLI: {"action": "Rotate",
        // "timeAfterCreate": ...}.
        const QJsonValue kind = action[QLatin1String("action")];
        const QString type = kind.isObject() ? kind[QLatin1String("type")].toString() : kind.toString();
        if (type.compare(QLatin1String("rotate"), Qt::CaseInsensitive) != 0)
            continue;
        const QJsonObject trigger = action[QLatin1String("trigger")].isObject()
                                        ? action[QLatin1String("trigger")].toObject()
                                        : action.toObject();
        QDateTime at;
        if (trigger.value(QLatin1String("timeAfterCreate")).isString())
            at = addDuration(policy::parseDateTime(attributes.value(QLatin1String("createdOn")).toString()),
                             trigger.value(QLatin1String("timeAfterCreate")).toString(), 1);
        else if (trigger.value(QLatin1String("timeBeforeExpiry")).isString())
            at = addDuration(policy::parseDateTime(attributes.value(QLatin1String("expiresOn")).toString()),
                             trigger.value(QLatin1String("timeBeforeExpiry")).toString(), -1);
        if (at.isValid())
            return policy::isoDateTime(at);
    }
    return QJsonValue(QJsonValue::Undefined);
}

// The issuer's common name in a certificate (base64 DER, the "cer" field), through OpenSSL.
QString issuerCommonName(const QString &cer)
{
    const QByteArray der = QByteArray::fromBase64(cer.toLatin1());
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &data, long(der.size())), &X509_free);
    if (!x509)
        return {};
    char name[256] = {};
    const int length =
        X509_NAME_get_text_by_NID(X509_get_issuer_name(x509.get()), NID_commonName, name, int(sizeof name));
    return length > 0 ? QString::fromUtf8(name, length) : QString();
}

QString nameOf(const QString &url)
{
    return segment(url, 4);
}

} // namespace

Kind kindOf(const QJsonObject &item)
{
    if (item.value(QLatin1String("key")).isObject()) {
        const QString kid =
            item.value(QLatin1String("key")).toObject().value(QLatin1String("kid")).toString();
        return isVaultUrl(kid) ? Kind::Key : Kind::None;
    }
    if (item.contains(QLatin1String("type")))
        return Kind::None; // a resource of Resource Manager
    const QString id = item.value(QLatin1String("id")).toString();
    const QString kid = item.value(QLatin1String("kid")).toString();
    if (!id.isEmpty() && isVaultUrl(id)) {
        if (id.endsWith(QLatin1String("/rotationpolicy"), Qt::CaseInsensitive))
            return Kind::RotationPolicy;
        const QString c = collection(id);
        if (c == QLatin1String("secrets"))
            return Kind::Secret;
        if (c == QLatin1String("certificates"))
            return item.value(QLatin1String("policy")).isObject() ? Kind::Certificate
                                                                  : Kind::CertificateListItem;
    }
    if (!kid.isEmpty() && isVaultUrl(kid) && collection(kid) == QLatin1String("keys"))
        return Kind::KeyListItem;
    return Kind::None;
}

QString identifierOf(const QJsonObject &raw)
{
    if (raw.value(QLatin1String("key")).isObject())
        return raw.value(QLatin1String("key")).toObject().value(QLatin1String("kid")).toString();
    return raw.value(QLatin1String("id")).toString(raw.value(QLatin1String("kid")).toString());
}

QString keyOf(const QString &url)
{
    return QStringLiteral("https://%1/keys/%2").arg(segment(url, 2), segment(url, 4)).toLower();
}

QJsonObject normalize(const QJsonObject &raw, const QJsonObject &rotationPolicy)
{
    const QString id = identifierOf(raw);
    const bool hsm = segment(id, 2).contains(QLatin1String(".managedhsm."), Qt::CaseInsensitive);
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("name"), nameOf(id)}};
    const QJsonObject attributes = attributesOf(raw.value(QLatin1String("attributes")).toObject());
    out.insert(QStringLiteral("attributes"), attributes);
    switch (kindOf(raw)) {
    case Kind::Key: {
        const QJsonObject key = raw.value(QLatin1String("key")).toObject();
        out.insert(QStringLiteral("type"), hsm ? QStringLiteral("Microsoft.ManagedHSM.Data/managedHsms/keys")
                                               : QStringLiteral("Microsoft.KeyVault.Data/vaults/keys"));
        insertIfPresent(&out, QStringLiteral("keyType"), key.value(QLatin1String("kty")));
        if (key.value(QLatin1String("n")).isString())
            out.insert(QStringLiteral("keySize"), modulusBits(key.value(QLatin1String("n")).toString()));
        else
            insertIfPresent(&out, QStringLiteral("keySize"), firstOf(key, {"key_size", "keySize"}));
        insertIfPresent(&out, QStringLiteral("ellipticCurveName"), key.value(QLatin1String("crv")));
        const QJsonValue rotation = scheduledRotation(rotationPolicy, attributes);
        if (!rotation.isUndefined())
            out.insert(QStringLiteral("scheduledRotationDate"), rotation);
        break;
    }
    case Kind::Secret:
        out.insert(QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault.Data/vaults/secrets"));
        insertIfPresent(&out, QStringLiteral("contentType"), raw.value(QLatin1String("contentType")));
        break;
    case Kind::Certificate: {
        // REST snake_case (key_props, x509_props, issuer, lifetime_actions) or the CLI's camelCase
        // (keyProperties, x509CertificateProperties, issuerParameters, lifetimeActions).
        const QJsonObject policy = raw.value(QLatin1String("policy")).toObject();
        const QJsonObject keyProps = firstOf(policy, {"key_props", "keyProperties"}).toObject();
        QJsonObject keyProperties;
        insertIfPresent(&keyProperties, QStringLiteral("keyType"), firstOf(keyProps, {"kty", "keyType"}));
        insertIfPresent(&keyProperties, QStringLiteral("keySize"),
                        firstOf(keyProps, {"key_size", "keySize"}));
        insertIfPresent(&keyProperties, QStringLiteral("ellipticCurveName"),
                        firstOf(keyProps, {"crv", "curve"}));
        out.insert(QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault.Data/vaults/certificates"));
        out.insert(QStringLiteral("keyProperties"), keyProperties);
        const QJsonObject x509 = firstOf(policy, {"x509_props", "x509CertificateProperties"}).toObject();
        const QJsonValue months = firstOf(x509, {"validity_months", "validityInMonths"});
        if (!months.isUndefined())
            out.insert(QStringLiteral("properties"),
                       QJsonObject{{QStringLiteral("validityInMonths"), months}});
        QJsonObject issuer;
        insertIfPresent(
            &issuer, QStringLiteral("name"),
            firstOf(policy, {"issuer", "issuerParameters"}).toObject().value(QLatin1String("name")));
        const QString cn = issuerCommonName(raw.value(QLatin1String("cer")).toString());
        if (!cn.isEmpty())
            issuer.insert(QStringLiteral("commonName"), cn);
        out.insert(QStringLiteral("issuer"), issuer);
        QJsonObject lifetime;
        for (const QJsonValue &action : firstOf(policy, {"lifetime_actions", "lifetimeActions"}).toArray()) {
            const QJsonObject trigger = action[QLatin1String("trigger")].toObject();
            if (!lifetime.contains(QLatin1String("daysBeforeExpiry")))
                insertIfPresent(&lifetime, QStringLiteral("daysBeforeExpiry"),
                                firstOf(trigger, {"days_before_expiry", "daysBeforeExpiry"}));
            if (!lifetime.contains(QLatin1String("lifetimePercentage")))
                insertIfPresent(&lifetime, QStringLiteral("lifetimePercentage"),
                                firstOf(trigger, {"lifetime_percentage", "lifetimePercentage"}));
        }
        out.insert(QStringLiteral("lifetimeAction"), lifetime);
        break;
    }
    default:
        break;
    }
    return out;
}

} // namespace vaultscope::DataPlane
