#include "fuzzentries.h"

#include "import/baselineimporter.h"
#include "policy/evaluator.h"
#include "policy/expression.h"
#include "policy/policydefinition.h"
#include "policy/templatefunctions.h"
#include "posture/dataplane.h"
#include "posture/estate.h"
#include "posture/posture.h"
#include "posture/ruleset.h"
#include "posture/snapshot.h"
#include "review/reviewbundle.h"
#include "services/auth/jwt.h"
#include "services/auth/oauthanswers.h"
#include "services/azure/graphpage.h"
#include "store/database.h"
#include "store/reviewstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace vaultscope::fuzz {

namespace {

// A fixed instant, so that a run is reproducible whatever the day.
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

// The part before the first NUL, and the part after it (empty when there is none).
std::pair<QByteArray, QByteArray> split(const QByteArray &data)
{
    const qsizetype nul = data.indexOf('\0');
    return nul < 0 ? std::pair{data, QByteArray()} : std::pair{data.left(nul), data.mid(nul + 1)};
}

const QJsonObject &sampleVault()
{
    static const QJsonObject vault = QJsonDocument::fromJson(R"({
        "id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv",
        "name": "kv", "type": "Microsoft.KeyVault/vaults", "location": "westeurope",
        "tags": {"env": "prod", "owner": ["a", "b"]},
        "properties": {"enableSoftDelete": true, "enablePurgeProtection": false, "enableRbacAuthorization": true,
                       "publicNetworkAccess": "Enabled",
                       "networkAcls": {"defaultAction": "Allow", "ipRules": [{"value": "10.0.0.0/24"}]},
                       "privateEndpointConnections": [{"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}})")
                                         .object();
    return vault;
}

class FuzzHost final : public policy::ExpressionHost
{
public:
    QJsonValue parameter(const QString &name) const override
    {
        return name == QLatin1String("list") ? QJsonValue(QJsonArray{1, QStringLiteral("two"), QJsonArray{3}})
                                             : QJsonValue(name);
    }
    QJsonValue field(const QString &alias) override
    {
        return sampleVault().value(alias.section(QLatin1Char('/'), -1));
    }
    QJsonValue current(const QString &) override { return sampleVault().value(QLatin1String("tags")); }
    QString apiVersion() const override { return QStringLiteral("2023-07-01"); }
    QDateTime now() const override { return kNow; }
    QJsonObject resourceGroup() const override
    {
        return policy::TemplateFunctions::resourceGroupOf(
            sampleVault().value(QLatin1String("id")).toString());
    }
};

// A store for merges, made once per process and emptied after each input so that it stays small.
// Never destroyed: at exit Qt SQL's own statics may be gone before it.
Database &scratchStore()
{
    static QTemporaryDir *dir = new QTemporaryDir;
    static Database *db = [] {
        auto *d = new Database(dir->filePath(QStringLiteral("fuzz.db")));
        QString error;
        d->open(&error);
        return d;
    }();
    return *db;
}

void mergeAndForget(const ReviewBundle &bundle)
{
    Database &db = scratchStore();
    ReviewStore store(db);
    MergeResult result;
    QString error;
    if (mergeBundle(store, bundle, QStringLiteral("fuzz"), &result, &error)) {
        for (const MergeConflict &c : std::as_const(result.conflicts))
            takeTheirs(store, c, &error);
    }
    QSqlQuery q(db.connection());
    for (const char *table : {"evidence", "evidence_blobs", "review_history", "reviews"})
        q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
}

} // namespace

void document(const QByteArray &data)
{
    Baseline b;
    ImportError error;
    BaselineImporter::importBytes(data, QStringLiteral("fuzz.md"), &b, &error);
}

void workbook(const QByteArray &data)
{
    Baseline b;
    ImportError error;
    BaselineImporter::importBytes(data, QStringLiteral("fuzz.xlsx"), &b, &error);
}

void estate(const QByteArray &data)
{
    Estate e;
    QString error;
    if (!EstateReader::readJson(data, QStringLiteral("fuzz.json"), &e, &error))
        return;
    Snapshot::hashOf(e);
    const RuleSet &rules = RuleSet::shipped();
    for (const QJsonObject &vault : std::as_const(e.vaults))
        evaluateVault(rules, e, vault, {}, true, kNow);
    for (const QJsonObject &object : std::as_const(e.objects)) {
        const QString key = DataPlane::keyOf(
            object.value(QLatin1String("key")).toObject().value(QLatin1String("kid")).toString());
        evaluateObject(rules, DataPlane::normalize(object, e.rotationPolicies.value(key)), kNow, true,
                       !e.rotationPolicies.isEmpty());
    }
}

void definition(const QByteArray &data)
{
    const auto [definitionJson, resourceJson] = split(data);
    // A value for each declared parameter without a default, by its type, as policy eval users give.
    QJsonObject parameters;
    const QJsonObject declared = QJsonDocument::fromJson(definitionJson)
                                     .object()
                                     .value(QLatin1String("properties"))
                                     .toObject()
                                     .value(QLatin1String("parameters"))
                                     .toObject();
    for (auto it = declared.constBegin(); it != declared.constEnd(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (p.contains(QLatin1String("defaultValue")))
            continue;
        const QString type = p.value(QLatin1String("type")).toString().toLower();
        parameters.insert(it.key(), type == QLatin1String("array")
                                        ? QJsonValue(QJsonArray{1, QStringLiteral("x")})
                                    : type == QLatin1String("integer") ? QJsonValue(30)
                                    : type == QLatin1String("boolean") ? QJsonValue(true)
                                    : type == QLatin1String("object")  ? QJsonValue(QJsonObject())
                                                                       : QJsonValue(QStringLiteral("Audit")));
    }
    policy::PolicyDefinition d;
    QString error;
    if (!policy::PolicyDefinition::fromJson(definitionJson, QStringLiteral("fuzz.json"), &d, &error,
                                            parameters))
        return;
    const QJsonDocument given = QJsonDocument::fromJson(resourceJson);
    const QJsonObject resource = given.isObject() ? given.object() : sampleVault();
    policy::EvaluationInput input;
    input.resource = &resource;
    input.now = kNow;
    input.relatedCaptured = true;
    input.related = {sampleVault()};
    policy::evaluate(d, input);
    input.explain = false;
    policy::evaluate(d, input);
}

void expression(const QByteArray &data)
{
    policy::Expression e;
    QString error;
    if (!e.parse(QString::fromUtf8(data), &error))
        return;
    FuzzHost host;
    e.evaluate(host, &error);
}

void reviewBundle(const QByteArray &data)
{
    ReviewBundle bundle;
    QString error;
    if (ReviewBundle::fromBytes(data, QStringLiteral("fuzz.vsreviews"), &bundle, &error))
        mergeAndForget(bundle);
    // The checksum stops almost every mutation at the door: sealed again, the content gets through
    // to the checks and the merge behind it.
    QJsonObject root = QJsonDocument::fromJson(data).object();
    const QJsonObject content = root.value(QLatin1String("content")).toObject();
    if (content.isEmpty())
        return;
    root.insert(
        QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha256)
                                .toHex()));
    if (ReviewBundle::fromBytes(QJsonDocument(root).toJson(), QStringLiteral("fuzz.vsreviews"), &bundle,
                                &error))
        mergeAndForget(bundle);
}

void idToken(const QByteArray &data)
{
    const auto [token, jwks] = split(data);
    Jwt jwt;
    QString error;
    Jwt::parse(token, &jwt, &error);
    IdTokenExpectations expect;
    expect.issuer = QStringLiteral("https://login.example/{tenantid}/v2.0");
    expect.clientId = QStringLiteral("vaultscope");
    expect.now = kNow;
    QJsonObject claims;
    IdTokenVerifier::verify(token, QJsonDocument::fromJson(jwks).object(), expect, &claims, &error);
}

void oauthAnswer(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    OidcMetadata metadata;
    QString error;
    for (const char *authority :
         {"https://login.microsoftonline.com/organizations", "http://127.0.0.1:8080/t"})
        OAuthAnswers::discovery(json, QUrl(QLatin1String(authority)), true, &metadata, &error);
    OAuthAnswers::token(json, kNow);
    OAuthAnswers::deviceCode(json);
}

void graphPage(const QByteArray &data)
{
    const GraphPage page = GraphPage::read(QJsonDocument::fromJson(data).object());
    Estate estate;
    for (const QJsonObject &item : page.items)
        estate.add(item, {});
}

Entry entryFor(const QString &target)
{
    static const QHash<QString, Entry> entries = {
        {QStringLiteral("fuzz_document"), &document},
        {QStringLiteral("fuzz_workbook"), &workbook},
        {QStringLiteral("fuzz_estate"), &estate},
        {QStringLiteral("fuzz_policy"), &definition},
        {QStringLiteral("fuzz_expression"), &expression},
        {QStringLiteral("fuzz_reviewbundle"), &reviewBundle},
        {QStringLiteral("fuzz_idtoken"), &idToken},
        {QStringLiteral("fuzz_oauth"), &oauthAnswer},
        {QStringLiteral("fuzz_graphpage"), &graphPage},
    };
    return entries.value(target);
}

} // namespace vaultscope::fuzz
