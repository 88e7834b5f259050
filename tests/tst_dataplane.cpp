// Key Vault objects against Microsoft's 29 data-plane definitions: the REST examples of the
// corpus and generated objects at every boundary (no expiry, expiry exactly N days after the
// evaluation instant, a 2,047- against a 2,048-bit RSA modulus, EC curves, HSM key types, oct-HSM
// sizes, 12 against 13 months of validity, a missing or late rotation policy, lifetime actions,
// the issuer's common name read from the certificate), utcNow() as a given instant, and
// `policy eval --parameter/--now` on the command line.
#include "policy/evaluator.h"
#include "policy/jsonvalues.h"
#include "posture/dataplane.h"
#include "posture/estate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vaultscope;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

QString definitionPath(const QString &name)
{
    return QStringLiteral(VAULTSCOPE_TEST_DATA "/policy-dataplane/") + name + QStringLiteral(".json");
}

// The parameters the tests assign where the definitions have no default.
const QJsonObject kParameters{
    {QStringLiteral("minimumRSAKeySize"), 2048},
    {QStringLiteral("allowedECNames"), QJsonArray{QStringLiteral("P-256"), QStringLiteral("P-384")}},
    {QStringLiteral("allowedKeyTypes"), QJsonArray{QStringLiteral("RSA-HSM"), QStringLiteral("EC-HSM")}},
    {QStringLiteral("minimumDaysBeforeExpiration"), 30},
    {QStringLiteral("maximumValidityInDays"), 365},
    {QStringLiteral("daysToExpire"), 30},
    {QStringLiteral("maximumValidityInMonths"), 12},
    {QStringLiteral("maximumDaysToRotate"), 90},
    {QStringLiteral("caCommonNames"), QJsonArray{QStringLiteral("DigiCert")}},
    {QStringLiteral("caCommonName"), QStringLiteral("DigiCert")},
    {QStringLiteral("allowedCAs"), QJsonArray{QStringLiteral("DigiCert"), QStringLiteral("GlobalSign")}},
    {QStringLiteral("minimumDaysBeforeExpiry"), 30},
    {QStringLiteral("maximumPercentageLife"), 80},
    {QStringLiteral("minimumOCTKeySize"), 256},
};

policy::PolicyDefinition load(const QString &name)
{
    QFile f(definitionPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    const QJsonObject declared = QJsonDocument::fromJson(f.readAll())
                                     .object()[QLatin1String("properties")][QLatin1String("parameters")]
                                     .toObject();
    QJsonObject values;
    for (auto it = kParameters.constBegin(); it != kParameters.constEnd(); ++it) {
        if (declared.contains(it.key()))
            values.insert(it.key(), it.value());
    }
    policy::PolicyDefinition d;
    QString error;
    if (!policy::PolicyDefinition::load(definitionPath(name), &d, &error, values))
        qFatal("%s", qPrintable(error));
    return d;
}

qint64 unixAt(int daysFromNow, int seconds = 0)
{
    return kNow.addDays(daysFromNow).addSecs(seconds).toSecsSinceEpoch();
}

// A JWK modulus of exactly `bits` bits, base64url.
QString modulus(int bits)
{
    QByteArray n((bits + 7) / 8, '\x5a');
    const int top = bits % 8 == 0 ? 8 : bits % 8;
    n[0] = char(1 << (top - 1));
    return QString::fromLatin1(n.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject key(const QJsonObject &jwk, const QJsonObject &attributes,
                const QString &host = QStringLiteral("kv1.vault.azure.net"))
{
    QJsonObject k = jwk;
    k.insert(QStringLiteral("kid"), QStringLiteral("https://%1/keys/k1/0123456789abcdef").arg(host));
    return {{QStringLiteral("key"), k}, {QStringLiteral("attributes"), attributes}};
}

QJsonObject rsa(int bits, const QString &kty = QStringLiteral("RSA"))
{
    return {{QStringLiteral("kty"), kty},
            {QStringLiteral("n"), modulus(bits)},
            {QStringLiteral("e"), QStringLiteral("AQAB")}};
}

QJsonObject created(int daysAgo, const QJsonObject &more = {})
{
    QJsonObject a = more;
    a.insert(QStringLiteral("enabled"), true);
    a.insert(QStringLiteral("created"), unixAt(-daysAgo));
    return a;
}

QJsonObject secret(const QJsonObject &attributes, const QJsonValue &contentType = QJsonValue::Undefined)
{
    QJsonObject s{{QStringLiteral("id"), QStringLiteral("https://kv1.vault.azure.net/secrets/s1")},
                  {QStringLiteral("attributes"), attributes}};
    if (!contentType.isUndefined())
        s.insert(QStringLiteral("contentType"), contentType);
    return s;
}

QJsonObject certificate(const QJsonObject &keyProps, const QJsonObject &x509, const QJsonArray &lifetime,
                        const QString &issuer = QStringLiteral("Self"))
{
    return {{QStringLiteral("id"), QStringLiteral("https://kv1.vault.azure.net/certificates/c1/00ff")},
            {QStringLiteral("attributes"), created(10, {{QStringLiteral("exp"), unixAt(355)}})},
            {QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("key_props"), keyProps},
                         {QStringLiteral("x509_props"), x509},
                         {QStringLiteral("lifetime_actions"), lifetime},
                         {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), issuer}}}}}};
}

QJsonObject rotation(const QString &trigger, const QString &duration)
{
    return {{QStringLiteral("id"), QStringLiteral("https://kv1.vault.azure.net/keys/k1/rotationpolicy")},
            {QStringLiteral("lifetimeActions"),
             QJsonArray{QJsonObject{{QStringLiteral("trigger"), QJsonObject{{trigger, duration}}},
                                    {QStringLiteral("action"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Rotate")}}}}}}};
}

// The Azure CLI's shapes (az keyvault key show, secret list, certificate show, key rotation-policy
// show): camelCase, ISO 8601 attribute texts named expires and notBefore, null for what is unset,
// plain base64 for the modulus, rotation actions flattened.
QString iso(int daysFromNow)
{
    return kNow.addDays(daysFromNow)
        .toString(Qt::ISODate)
        .replace(QLatin1Char('Z'), QStringLiteral("+00:00"));
}

QJsonObject cliAttributes(const QJsonValue &expires)
{
    return {{QStringLiteral("created"), iso(-10)},   {QStringLiteral("enabled"), true},
            {QStringLiteral("expires"), expires},    {QStringLiteral("notBefore"), QJsonValue::Null},
            {QStringLiteral("recoverableDays"), 90}, {QStringLiteral("updated"), iso(-10)}};
}

QJsonObject cliKey(int bits, const QJsonValue &expires = QJsonValue::Null)
{
    QByteArray n = QByteArray::fromBase64(modulus(bits).toLatin1(), QByteArray::Base64UrlEncoding);
    return {{QStringLiteral("attributes"), cliAttributes(expires)},
            {QStringLiteral("key"),
             QJsonObject{{QStringLiteral("crv"), QJsonValue::Null},
                         {QStringLiteral("e"), QStringLiteral("AQAB")},
                         {QStringLiteral("kid"),
                          QStringLiteral("https://kv1.vault.azure.net/keys/k1/0123456789abcdef")},
                         {QStringLiteral("kty"), QStringLiteral("RSA")},
                         {QStringLiteral("n"), QString::fromLatin1(n.toBase64())}}},
            {QStringLiteral("managed"), QJsonValue::Null},
            {QStringLiteral("name"), QStringLiteral("k1")}};
}

QJsonObject cliSecret(const QJsonValue &contentType)
{
    return {{QStringLiteral("attributes"), cliAttributes(QJsonValue::Null)},
            {QStringLiteral("contentType"), contentType},
            {QStringLiteral("id"), QStringLiteral("https://kv1.vault.azure.net/secrets/s1")},
            {QStringLiteral("managed"), QJsonValue::Null},
            {QStringLiteral("name"), QStringLiteral("s1")}};
}

QJsonObject cliCertificate(int months, int keySize, int daysBeforeExpiry, const QString &issuer)
{
    const QJsonObject policy{
        {QStringLiteral("issuerParameters"),
         QJsonObject{{QStringLiteral("certificateType"), QJsonValue::Null},
                     {QStringLiteral("name"), issuer}}},
        {QStringLiteral("keyProperties"), QJsonObject{{QStringLiteral("curve"), QJsonValue::Null},
                                                      {QStringLiteral("exportable"), true},
                                                      {QStringLiteral("keySize"), keySize},
                                                      {QStringLiteral("keyType"), QStringLiteral("RSA")},
                                                      {QStringLiteral("reuseKey"), true}}},
        {QStringLiteral("lifetimeActions"),
         QJsonArray{QJsonObject{{QStringLiteral("action"),
                                 QJsonObject{{QStringLiteral("actionType"), QStringLiteral("AutoRenew")}}},
                                {QStringLiteral("trigger"),
                                 QJsonObject{{QStringLiteral("daysBeforeExpiry"), daysBeforeExpiry},
                                             {QStringLiteral("lifetimePercentage"), QJsonValue::Null}}}}}},
        {QStringLiteral("x509CertificateProperties"),
         QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=app")},
                     {QStringLiteral("validityInMonths"), months}}}};
    return {{QStringLiteral("attributes"), cliAttributes(iso(300))},
            {QStringLiteral("id"), QStringLiteral("https://kv1.vault.azure.net/certificates/c1/00ff")},
            {QStringLiteral("name"), QStringLiteral("c1")},
            {QStringLiteral("policy"), policy}};
}

QJsonObject cliRotation(const QString &afterCreate)
{
    return {{QStringLiteral("id"), QStringLiteral("https://kv1.vault.azure.net/keys/k1/rotationpolicy")},
            {QStringLiteral("lifetimeActions"),
             QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("Rotate")},
                                    {QStringLiteral("timeAfterCreate"), afterCreate},
                                    {QStringLiteral("timeBeforeExpiry"), QJsonValue::Null}}}}};
}

// The outcome of one definition for one object's evaluated form, as of kNow: "key: reason" on failure.
QString outcomeOf(const QString &definition, const QJsonObject &normalized, QString *reason)
{
    const policy::PolicyDefinition d = load(definition);
    policy::EvaluationInput input;
    input.resource = &normalized;
    input.now = kNow;
    const policy::Evaluation e = policy::evaluate(d, input);
    *reason = e.reason;
    return policy::outcomeKey(e.outcome);
}

} // namespace

class TestDataPlane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDefinitionLoads();
    void boundaries_data();
    void boundaries();
    void restExamples_data();
    void restExamples();
    void readerKeepsObjectsAndSaysWhatListsLack();
    void commandLine();
};

void TestDataPlane::everyDefinitionLoads()
{
    const QStringList files = QDir(QStringLiteral(VAULTSCOPE_TEST_DATA "/policy-dataplane"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 29);
    for (const QString &file : files)
        QVERIFY(!load(file.chopped(5)).name.isEmpty());
    // Without the parameters it needs, a definition is refused, naming the parameter.
    policy::PolicyDefinition d;
    QString error;
    QVERIFY(!policy::PolicyDefinition::load(definitionPath(QStringLiteral("Keys_RSA_MinimumKeySize")), &d,
                                            &error));
    QVERIFY2(error.contains(QLatin1String("'minimumRSAKeySize' has no default value")), qPrintable(error));
}

void TestDataPlane::boundaries_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QJsonObject>("rotationPolicy");
    QTest::addColumn<QString>("expected");

    const QJsonObject none;
    const QJsonObject noExpiry = created(10);
    QTest::newRow("key without exp: expiration not set")
        << "Keys_ExpirationSet" << key(rsa(2048), noExpiry) << none << "noncompliant";
    QTest::newRow("key with exp: expiration set")
        << "Keys_ExpirationSet" << key(rsa(2048), created(10, {{QStringLiteral("exp"), unixAt(100)}})) << none
        << "compliant";
    // Expiry within 30 days of the instant: exactly 30 days is not less, a second earlier is.
    QTest::newRow("exp exactly 30 days after now")
        << "Keys_Expiry_ByDays" << key(rsa(2048), created(10, {{QStringLiteral("exp"), unixAt(30)}})) << none
        << "compliant";
    QTest::newRow("exp a second under 30 days")
        << "Keys_Expiry_ByDays" << key(rsa(2048), created(10, {{QStringLiteral("exp"), unixAt(30, -1)}}))
        << none << "noncompliant";
    QTest::newRow("no exp: expiry by days not applicable")
        << "Keys_Expiry_ByDays" << key(rsa(2048), noExpiry) << none << "compliant";
    QTest::newRow("RSA 2,048 bits") << "Keys_RSA_MinimumKeySize" << key(rsa(2048), noExpiry) << none
                                    << "compliant";
    QTest::newRow("RSA 2,047 bits") << "Keys_RSA_MinimumKeySize" << key(rsa(2047), noExpiry) << none
                                    << "noncompliant";
    QTest::newRow("RSA-HSM 1,024 bits")
        << "Keys_RSA_MinimumKeySize" << key(rsa(1024, QStringLiteral("RSA-HSM")), noExpiry) << none
        << "noncompliant";
    const QJsonObject p256{{QStringLiteral("kty"), QStringLiteral("EC")},
                           {QStringLiteral("crv"), QStringLiteral("P-256")}};
    const QJsonObject p521{{QStringLiteral("kty"), QStringLiteral("EC-HSM")},
                           {QStringLiteral("crv"), QStringLiteral("P-521")}};
    QTest::newRow("EC P-256 allowed")
        << "Keys_EC_AllowedCurveNames" << key(p256, noExpiry) << none << "compliant";
    QTest::newRow("EC-HSM P-521 not allowed")
        << "Keys_EC_AllowedCurveNames" << key(p521, noExpiry) << none << "noncompliant";
    QTest::newRow("RSA: curve rule not applicable")
        << "Keys_EC_AllowedCurveNames" << key(rsa(2048), noExpiry) << none << "compliant";
    QTest::newRow("RSA software key: not HSM-backed")
        << "Keys_HSMBacked" << key(rsa(2048), noExpiry) << none << "noncompliant";
    QTest::newRow("RSA-HSM key: HSM-backed")
        << "Keys_HSMBacked" << key(rsa(2048, QStringLiteral("RSA-HSM")), noExpiry) << none << "compliant";
    QTest::newRow("allowed types RSA-HSM, EC-HSM: EC refused")
        << "Keys_AllowedKeyTypes" << key(p256, noExpiry) << none << "noncompliant";
    const QString hsm = QStringLiteral("hsm1.managedhsm.azure.net");
    QTest::newRow("Managed HSM oct-HSM 128 bits")
        << "ManagedHsm_Keys_OCT_MinimumKeySize"
        << key({{QStringLiteral("kty"), QStringLiteral("oct-HSM")}, {QStringLiteral("key_size"), 128}},
               noExpiry, hsm)
        << none << "noncompliant";
    QTest::newRow("Managed HSM oct-HSM 256 bits")
        << "ManagedHsm_Keys_OCT_MinimumKeySize"
        << key({{QStringLiteral("kty"), QStringLiteral("oct-HSM")}, {QStringLiteral("key_size"), 256}},
               noExpiry, hsm)
        << none << "compliant";
    QTest::newRow("Managed HSM key against a vault rule: not applicable")
        << "Keys_ExpirationSet" << key(rsa(2048, QStringLiteral("RSA-HSM")), noExpiry, hsm) << none
        << "notapplicable";
    QTest::newRow("Managed HSM key without exp")
        << "ManagedHsm_Keys_ExpirationSet" << key(rsa(3072, QStringLiteral("RSA-HSM")), noExpiry, hsm) << none
        << "noncompliant";
    // Active period: created (or not-before) plus 365 days against the instant.
    QTest::newRow("key active 366 days")
        << "Keys_ActivePeriod" << key(rsa(2048), created(366)) << none << "noncompliant";
    QTest::newRow("key active 364 days")
        << "Keys_ActivePeriod" << key(rsa(2048), created(364)) << none << "compliant";
    QTest::newRow("not-before counts over created")
        << "Keys_ActivePeriod" << key(rsa(2048), created(400, {{QStringLiteral("nbf"), unixAt(-10)}})) << none
        << "compliant";
    QTest::newRow("validity over 365 days")
        << "Keys_ValidityPeriod" << key(rsa(2048), created(10, {{QStringLiteral("exp"), unixAt(400)}}))
        << none << "noncompliant";
    QTest::newRow("validity within 365 days")
        << "Keys_ValidityPeriod" << key(rsa(2048), created(10, {{QStringLiteral("exp"), unixAt(300)}}))
        << none << "compliant";
    QTest::newRow("no rotation policy")
        << "Keys_KeyRotationPolicy_MaximumDaysToRotate" << key(rsa(2048), noExpiry) << none << "noncompliant";
    QTest::newRow("rotation 90 days after creation")
        << "Keys_KeyRotationPolicy_MaximumDaysToRotate" << key(rsa(2048), noExpiry)
        << rotation(QStringLiteral("timeAfterCreate"), QStringLiteral("P90D")) << "compliant";
    QTest::newRow("rotation 91 days after creation")
        << "Keys_KeyRotationPolicy_MaximumDaysToRotate" << key(rsa(2048), noExpiry)
        << rotation(QStringLiteral("timeAfterCreate"), QStringLiteral("P91D")) << "noncompliant";
    QTest::newRow("rotation 1 year after creation")
        << "Keys_KeyRotationPolicy_MaximumDaysToRotate" << key(rsa(2048), noExpiry)
        << rotation(QStringLiteral("timeAfterCreate"), QStringLiteral("P1Y")) << "noncompliant";

    QTest::newRow("secret without content type")
        << "Secrets_ContentTypeSet" << secret(created(1)) << none << "noncompliant";
    QTest::newRow("secret with content type")
        << "Secrets_ContentTypeSet" << secret(created(1), QStringLiteral("application/json")) << none
        << "compliant";
    QTest::newRow("secret expiring in 10 days")
        << "Secrets_Expiry_ByDays" << secret(created(1, {{QStringLiteral("exp"), unixAt(10)}})) << none
        << "noncompliant";
    QTest::newRow("secret active 400 days")
        << "Secrets_ActivePeriod" << secret(created(400)) << none << "noncompliant";
    QTest::newRow("secret without exp")
        << "Secrets_ExpirationSet" << secret(created(1)) << none << "noncompliant";

    const QJsonObject rsaProps{{QStringLiteral("kty"), QStringLiteral("RSA")},
                               {QStringLiteral("key_size"), 2048}};
    const auto validity = [](int months) { return QJsonObject{{QStringLiteral("validity_months"), months}}; };
    const auto daysBefore = [](int days) {
        return QJsonArray{QJsonObject{
            {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("days_before_expiry"), days}}}}};
    };
    const auto percentage = [](int p) {
        return QJsonArray{QJsonObject{
            {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("lifetime_percentage"), p}}}}};
    };
    QTest::newRow("certificate valid 12 months")
        << "Certificates_ValidityPeriod" << certificate(rsaProps, validity(12), {}) << none << "compliant";
    QTest::newRow("certificate valid 13 months")
        << "Certificates_ValidityPeriod" << certificate(rsaProps, validity(13), {}) << none << "noncompliant";
    QTest::newRow("certificate RSA 1,024")
        << "Certificates_RSA_MinimumKeySize"
        << certificate({{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("key_size"), 1024}},
                       validity(12), {})
        << none << "noncompliant";
    QTest::newRow("certificate EC P-521") << "Certificates_EC_AllowedCurveNames"
                                          << certificate({{QStringLiteral("kty"), QStringLiteral("EC")},
                                                          {QStringLiteral("crv"), QStringLiteral("P-521")}},
                                                         validity(12), {})
                                          << none << "noncompliant";
    QTest::newRow("renewal 20 days before expiry")
        << "Certificates_LifetimeAction" << certificate(rsaProps, validity(12), daysBefore(20)) << none
        << "noncompliant";
    QTest::newRow("renewal 30 days before expiry")
        << "Certificates_LifetimeAction" << certificate(rsaProps, validity(12), daysBefore(30)) << none
        << "compliant";
    QTest::newRow("renewal at 90 % of life")
        << "Certificates_LifetimeAction" << certificate(rsaProps, validity(12), percentage(90)) << none
        << "noncompliant";
    QTest::newRow("certificate expiring in 355 days")
        << "Certificates_Expiry_ByDays" << certificate(rsaProps, validity(12), {}) << none << "compliant";
    QTest::newRow("self-signed, not an allowed CA")
        << "Certificates_Issuers_SupportedCAs" << certificate(rsaProps, validity(12), {}) << none
        << "noncompliant";
    QTest::newRow("DigiCert allowed")
        << "Certificates_Issuers_SupportedCAs"
        << certificate(rsaProps, validity(12), {}, QStringLiteral("DigiCert")) << none << "compliant";
    // The Azure CLI's shapes give the same results as the REST ones.
    QTest::newRow("CLI key 2,047 bits")
        << "Keys_RSA_MinimumKeySize" << cliKey(2047) << none << "noncompliant";
    QTest::newRow("CLI key 2,048 bits") << "Keys_RSA_MinimumKeySize" << cliKey(2048) << none << "compliant";
    QTest::newRow("CLI key expires null") << "Keys_ExpirationSet" << cliKey(2048) << none << "noncompliant";
    QTest::newRow("CLI key expiring in 10 days")
        << "Keys_Expiry_ByDays" << cliKey(2048, iso(10)) << none << "noncompliant";
    QTest::newRow("CLI key expiring in 40 days")
        << "Keys_Expiry_ByDays" << cliKey(2048, iso(40)) << none << "compliant";
    QTest::newRow("CLI rotation P91D") << "Keys_KeyRotationPolicy_MaximumDaysToRotate" << cliKey(2048)
                                       << cliRotation(QStringLiteral("P91D")) << "noncompliant";
    QTest::newRow("CLI rotation P90D") << "Keys_KeyRotationPolicy_MaximumDaysToRotate" << cliKey(2048)
                                       << cliRotation(QStringLiteral("P90D")) << "compliant";
    QTest::newRow("CLI secret contentType null")
        << "Secrets_ContentTypeSet" << cliSecret(QJsonValue::Null) << none << "noncompliant";
    QTest::newRow("CLI secret with content type")
        << "Secrets_ContentTypeSet" << cliSecret(QStringLiteral("application/json")) << none << "compliant";
    QTest::newRow("CLI certificate 13 months")
        << "Certificates_ValidityPeriod" << cliCertificate(13, 2048, 30, QStringLiteral("Self")) << none
        << "noncompliant";
    QTest::newRow("CLI certificate 12 months")
        << "Certificates_ValidityPeriod" << cliCertificate(12, 2048, 30, QStringLiteral("Self")) << none
        << "compliant";
    QTest::newRow("CLI certificate RSA 1,024")
        << "Certificates_RSA_MinimumKeySize" << cliCertificate(12, 1024, 30, QStringLiteral("Self")) << none
        << "noncompliant";
    QTest::newRow("CLI certificate renewal 20 days before expiry")
        << "Certificates_LifetimeAction" << cliCertificate(12, 2048, 20, QStringLiteral("Self")) << none
        << "noncompliant";
    QTest::newRow("CLI certificate from DigiCert")
        << "Certificates_Issuers_SupportedCAs" << cliCertificate(12, 2048, 30, QStringLiteral("DigiCert"))
        << none << "compliant";
}

void TestDataPlane::boundaries()
{
    QFETCH(QString, definition);
    QFETCH(QJsonObject, object);
    QFETCH(QJsonObject, rotationPolicy);
    QFETCH(QString, expected);
    QString reason;
    const QString outcome = outcomeOf(definition, DataPlane::normalize(object, rotationPolicy), &reason);
    QVERIFY2(outcome == expected, qPrintable(outcome + QStringLiteral(": ") + reason));
}

void TestDataPlane::restExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("expected");
    // GetKey: RSA, 2,048-bit modulus, no expiry, created 2017-05-05 (so active far longer than a year).
    QTest::newRow("key: 2,048 bits") << "GetKey"
                                     << "Keys_RSA_MinimumKeySize"
                                     << "compliant";
    QTest::newRow("key: no expiry") << "GetKey"
                                    << "Keys_ExpirationSet"
                                    << "noncompliant";
    QTest::newRow("key: software RSA") << "GetKey"
                                       << "Keys_HSMBacked"
                                       << "noncompliant";
    QTest::newRow("key: active since 2017") << "GetKey"
                                            << "Keys_ActivePeriod"
                                            << "noncompliant";
    QTest::newRow("key: no rotation policy") << "GetKey"
                                             << "Keys_KeyRotationPolicy_MaximumDaysToRotate"
                                             << "noncompliant";
    // GetSecrets: plainText content type, no expiry.
    QTest::newRow("secret: content type set") << "GetSecrets"
                                              << "Secrets_ContentTypeSet"
                                              << "compliant";
    QTest::newRow("secret: no expiry") << "GetSecrets"
                                       << "Secrets_ExpirationSet"
                                       << "noncompliant";
    // GetCertificate: RSA 2,048, 297 months, renewal at 80 %, issuer "Unknown", issued by "Root Agency".
    QTest::newRow("certificate: 297 months") << "GetCertificate"
                                             << "Certificates_ValidityPeriod"
                                             << "noncompliant";
    QTest::newRow("certificate: 80 % is not over 80 %") << "GetCertificate"
                                                        << "Certificates_LifetimeAction"
                                                        << "compliant";
    QTest::newRow("certificate: RSA 2,048") << "GetCertificate"
                                            << "Certificates_RSA_MinimumKeySize"
                                            << "compliant";
    QTest::newRow("certificate: issued by Root Agency, not DigiCert") << "GetCertificate"
                                                                      << "Certificates_Issuers_CustomCAs"
                                                                      << "noncompliant";
    QTest::newRow("certificate: expires 2039") << "GetCertificate"
                                               << "Certificates_Expiry_ByDays"
                                               << "compliant";
}

void TestDataPlane::restExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, definition);
    QFETCH(QString, expected);
    Estate estate;
    QString error;
    QVERIFY2(
        EstateReader::readFile(QStringLiteral(VAULTSCOPE_TEST_DATA "/arm/keyvault-dataplane/keyvault-7.5-") +
                                   file + QStringLiteral(".json"),
                               &estate, &error),
        qPrintable(error));
    QCOMPARE(estate.objects.size(), 1);
    QString reason;
    const QString outcome = outcomeOf(definition, DataPlane::normalize(estate.objects.constFirst()), &reason);
    QVERIFY2(outcome == expected, qPrintable(outcome + QStringLiteral(": ") + reason));
}

void TestDataPlane::readerKeepsObjectsAndSaysWhatListsLack()
{
    Estate estate;
    QString error;
    for (const char *file :
         {"GetKeys", "GetKey", "GetKeyRotationPolicy", "GetCertificates", "GetCertificate", "GetSecrets"})
        QVERIFY2(EstateReader::readFile(
                     QStringLiteral(VAULTSCOPE_TEST_DATA "/arm/keyvault-dataplane/keyvault-7.5-%1.json")
                         .arg(QLatin1String(file)),
                     &estate, &error),
                 qPrintable(error));
    QCOMPARE(estate.objects.size(), 3);  // the key, the certificate, the secret
    QCOMPARE(estate.objectListItems, 3); // one key and two certificates from lists
    QCOMPARE(estate.rotationPolicies.size(), 1);
    QVERIFY(estate.rotationPolicies.contains(QStringLiteral("https://myvault.vault.azure.net/keys/key01")));
    // The identifier is the URL as given; the certificate's issuer CN comes from its DER.
    const QJsonObject cert = DataPlane::normalize(estate.objects.at(1));
    QCOMPARE(cert.value(QLatin1String("id")).toString(),
             QStringLiteral("https://myvault.vault.azure.net/certificates/selfSignedCert01/"
                            "f60f2a4f8ae442cfb41ca2090bd4b769"));
    QCOMPARE(cert[QLatin1String("issuer")][QLatin1String("commonName")].toString(),
             QStringLiteral("Root Agency"));
    QCOMPARE(cert[QLatin1String("attributes")][QLatin1String("expiresOn")].toString(),
             QStringLiteral("2039-12-31T23:59:59Z"));
    // `az keyvault secret list` prints a plain array: each item is a secret.
    Estate cli;
    const QByteArray list =
        QJsonDocument(QJsonArray{cliSecret(QJsonValue::Null), cliSecret(QStringLiteral("text/plain"))})
            .toJson();
    QVERIFY2(EstateReader::readJson(list, QStringLiteral("secrets.json"), &cli, &error), qPrintable(error));
    QCOMPARE(cli.objects.size(), 2);
    QVERIFY(!DataPlane::normalize(cli.objects.at(0)).contains(QLatin1String("contentType"))); // null: absent
    // A rotation policy joins its key: P90D after creation.
    const QJsonObject rotated = DataPlane::normalize(
        key(rsa(2048), created(0)), rotation(QStringLiteral("timeAfterCreate"), QStringLiteral("P90D")));
    QCOMPARE(rotated.value(QLatin1String("scheduledRotationDate")).toString(),
             policy::isoDateTime(kNow.addDays(90)));
}

void TestDataPlane::commandLine()
{
    const QString data = QStringLiteral(VAULTSCOPE_TEST_DATA);
    QProcess p;
    p.start(QStringLiteral(VAULTSCOPE_BINARY),
            {QStringLiteral("policy"), QStringLiteral("eval"), QStringLiteral("--definition"),
             data + QStringLiteral("/policy-dataplane/Keys_RSA_MinimumKeySize.json"),
             QStringLiteral("--resources"),
             data + QStringLiteral("/arm/keyvault-dataplane/keyvault-7.5-GetKey.json"),
             QStringLiteral("--parameter"), QStringLiteral("minimumRSAKeySize=4096"), QStringLiteral("--now"),
             QStringLiteral("2026-12-01T09:00:00Z"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray results =
        QJsonDocument::fromJson(p.readAllStandardOutput()).object()[QLatin1String("results")].toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0)[QLatin1String("resourceId")].toString(),
             QStringLiteral(
                 "https://myvault.vault.azure.net/keys/CreateSoftKeyTest/78deebed173b48e48f55abf87ed4cf71"));
    QCOMPARE(results.at(0)[QLatin1String("result")].toString(),
             QStringLiteral("noncompliant")); // 2,048 < 4,096

    // Without the parameter the definition is refused, naming it; a bad --now is a usage error.
    QProcess refused;
    refused.start(QStringLiteral(VAULTSCOPE_BINARY),
                  {QStringLiteral("policy"), QStringLiteral("eval"), QStringLiteral("--definition"),
                   data + QStringLiteral("/policy-dataplane/Keys_RSA_MinimumKeySize.json"),
                   QStringLiteral("--resources"),
                   data + QStringLiteral("/arm/keyvault-dataplane/keyvault-7.5-GetKey.json")});
    QVERIFY(refused.waitForFinished(30000));
    QCOMPARE(refused.exitCode(), 1);
    QVERIFY(refused.readAllStandardError().contains("'minimumRSAKeySize' has no default value"));
    QProcess badNow;
    badNow.start(QStringLiteral(VAULTSCOPE_BINARY),
                 {QStringLiteral("policy"), QStringLiteral("eval"), QStringLiteral("--definition"),
                  data + QStringLiteral("/policy-dataplane/Keys_ExpirationSet.json"),
                  QStringLiteral("--resources"),
                  data + QStringLiteral("/arm/keyvault-dataplane/keyvault-7.5-GetKey.json"),
                  QStringLiteral("--now"), QStringLiteral("yesterday")});
    QVERIFY(badNow.waitForFinished(30000));
    QCOMPARE(badNow.exitCode(), 2);

    // Objects whose vault is not in the input are kept, and the import says they are not counted.
    QTemporaryDir dir;
    QProcess import;
    import.start(QStringLiteral(VAULTSCOPE_BINARY),
                 {QStringLiteral("snapshot"), QStringLiteral("import"),
                  data + QStringLiteral("/arm/keyvault-2024-11-01-getVault.json"),
                  data + QStringLiteral("/arm/keyvault-dataplane/keyvault-7.5-GetKey.json"),
                  QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db"))});
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);
    QVERIFY(import.readAllStandardError().contains(
        "1 Key Vault objects belong to vaults that are not in the input"));
}

QTEST_GUILESS_MAIN(TestDataPlane)
#include "tst_dataplane.moc"
