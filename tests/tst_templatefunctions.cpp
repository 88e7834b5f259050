// The rest of the policy language real definitions use: a row per template function (each rule
// matches, so the result is non-compliant, only if the function gives the expected value),
// resourceGroup() and subscription() from the resource's id and "unknown" for what a snapshot does
// not hold, and the compliance of DeployIfNotExists (existence, with details.name), Modify and Append
// definitions written in the shape of Microsoft's built-ins.
#include "policy/evaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vaultscope;
using namespace vaultscope::policy;

Q_DECLARE_METATYPE(vaultscope::policy::Outcome)

namespace {

const QJsonObject kVault{
    {QStringLiteral("id"),
     QStringLiteral("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/"
                    "rg-Keys/providers/Microsoft.KeyVault/vaults/kv1")},
    {QStringLiteral("name"), QStringLiteral("kv1")},
    {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")},
    {QStringLiteral("location"), QStringLiteral("westeurope")},
    {QStringLiteral("properties"),
     QJsonObject{{QStringLiteral("networkAcls"),
                  QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Allow")}}}}}};

Evaluation run(const QByteArray &definition, const QList<QJsonObject> &related = {}, bool captured = true)
{
    PolicyDefinition d;
    QString error;
    if (!PolicyDefinition::fromJson(definition, QStringLiteral("inline"), &d, &error))
        return {Outcome::Unknown, QStringLiteral("refused: ") + error};
    EvaluationInput input;
    input.resource = &kVault;
    input.apiVersion = QStringLiteral("2025-05-01");
    input.related = related;
    input.relatedCaptured = captured;
    return evaluate(d, input);
}

QByteArray ruleOf(const QByteArray &condition)
{
    return R"({"properties":{"mode":"Indexed","policyRule":{"if":)" + condition +
           R"(,"then":{"effect":"audit"}}}})";
}

QJsonObject diagnosticSetting(const char *name, bool logs)
{
    const QString n = QString::fromLatin1(name);
    const QString id = kVault.value(QLatin1String("id")).toString() +
                       QStringLiteral("/providers/microsoft.insights/diagnosticSettings/") + n;
    const QJsonObject properties{
        {QStringLiteral("logs"), QJsonArray{QJsonObject{{QStringLiteral("enabled"), logs}}}}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), n},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Insights/diagnosticSettings")},
            {QStringLiteral("properties"), properties}};
}

// The shape of the built-in "Deploy Diagnostic Settings for Key Vault …" (DeployIfNotExists).
const QByteArray kDeploy = R"({"properties":{"mode":"Indexed",
  "parameters":{"profileName":{"type":"String","defaultValue":"setbypolicy"},
                "effect":{"type":"String","defaultValue":"DeployIfNotExists"}},
  "policyRule":{"if":{"field":"type","equals":"Microsoft.KeyVault/vaults"},
    "then":{"effect":"[parameters('effect')]","details":{"type":"Microsoft.Insights/diagnosticSettings",
      "name":"[parameters('profileName')]",
      "existenceCondition":{"count":{"field":"Microsoft.Insights/diagnosticSettings/logs[*]",
        "where":{"field":"Microsoft.Insights/diagnosticSettings/logs[*].enabled","equals":"true"}},"greaterOrEquals":1},
      "roleDefinitionIds":["/providers/microsoft.authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"],
      "deployment":{"properties":{"mode":"incremental","template":{}}}}}}}})";

} // namespace

class TestTemplateFunctions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void functions_data();
    void functions();
    void resourceGroupAndSubscription();
    void deployIfNotExistsChecksExistence();
    void modifyAndAppendAreJudgedByTheirRule();
};

void TestTemplateFunctions::functions_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected"); // JSON
    const auto row = [](const char *tag, const char *value, const char *expected) {
        QTest::newRow(tag) << QByteArray(value) << QByteArray(expected);
    };
    row("add", "[add(40, 2)]", "42");
    row("sub", "[sub(40, 2)]", "38");
    row("mul", "[mul(6, 7)]", "42");
    row("div rounds toward zero", "[div(7, 2)]", "3");
    row("mod", "[mod(7, 2)]", "1");
    row("float", "[float('2.5')]", "2.5");
    row("min of arguments", "[min(3, 1, 2)]", "1");
    row("max of an array", "[max(createArray(3, 9, 2))]", "9");
    row("range", "[range(5, 3)]", "[5,6,7]");
    row("array of a value", "[array('a')]", R"(["a"])");
    row("createObject", "[createObject('a', 1, 'b', 'x')]", R"({"a":1,"b":"x"})");
    row("intersection of arrays", "[intersection(createArray('a', 'b', 'c'), createArray('c', 'a'))]",
        R"(["a","c"])");
    row("intersection of objects", "[intersection(json('{\"a\":1,\"b\":2}'), json('{\"a\":1,\"b\":3}'))]",
        R"({"a":1})");
    row("items", "[items(json('{\"b\":2,\"a\":1}'))]", R"([{"key":"a","value":1},{"key":"b","value":2}])");
    row("skip of a string", "[skip('vaultscope', 5)]", R"("scope")");
    row("take of an array", "[take(createArray(1, 2, 3), 2)]", "[1,2]");
    row("json", "[json('[1, true, \"x\"]')]", R"([1,true,"x"])");
    row("format", "[format('{0}-{1} {{literal}}', 'kv', 7)]", R"("kv-7 {literal}")");
    row("base64", "[base64('Key Vault')]", R"("S2V5IFZhdWx0")");
    row("base64ToString", "[base64ToString('S2V5IFZhdWx0')]", R"("Key Vault")");
    row("base64ToJson", "[base64ToJson('eyJhIjoxfQ==')]", R"({"a":1})");
    row("dataUri", "[dataUri('hi')]", R"("data:text/plain;charset=utf8;base64,aGk=")");
    row("dataUriToString", "[dataUriToString('data:;base64,aGk=')]", R"("hi")");
    row("uri", "[uri('https://vault.azure.net/keys/', 'k1')]", R"("https://vault.azure.net/keys/k1")");
    row("uriComponent", "[uriComponent('a b/c')]", R"("a%20b%2Fc")");
    row("uriComponentToString", "[uriComponentToString('a%20b%2Fc')]", R"("a b/c")");
    row("resourceGroup().name", "[resourceGroup().name]", R"("rg-Keys")");
    row("subscription().subscriptionId", "[subscription().subscriptionId]",
        R"("11111111-1111-1111-1111-111111111111")");
    // Numbers beyond the int64 range (found by fuzz_expression and fuzz_policy): saturated, never
    // converted with undefined behaviour; addDays beyond the calendar is an error (a regression input).
    row("int of 1e30 saturates", "[int(float('1e30'))]", "9200000000000000000");
    row("huge number as text", "[string(4444444444444444444444)]", R"("4.4444444444444443e+21")");
}

void TestTemplateFunctions::functions()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    // equals compares whole values: the rule matches (non-compliant) exactly when the value is right.
    const QJsonValue want = QJsonDocument::fromJson("[" + expected + "]").array().first();
    QJsonObject condition{{QStringLiteral("value"), QString::fromUtf8(value)},
                          {QStringLiteral("equals"), want}};
    const Evaluation e = run(ruleOf(QJsonDocument(condition).toJson(QJsonDocument::Compact)));
    QVERIFY2(e.outcome == Outcome::NonCompliant,
             qPrintable(outcomeKey(e.outcome) + QLatin1String(": ") + e.reason));
}

void TestTemplateFunctions::resourceGroupAndSubscription()
{
    // The group's id comes from the resource's; its location is not in a snapshot: unknown, saying so.
    Evaluation e = run(ruleOf(
        R"({"value":"[resourceGroup().id]","equals":"/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-Keys"})"));
    QCOMPARE(e.outcome, Outcome::NonCompliant);
    e = run(ruleOf(R"({"field":"location","notEquals":"[resourceGroup().location]"})"));
    QCOMPARE(e.outcome, Outcome::Unknown);
    QVERIFY2(e.reason.contains(QStringLiteral("resourceGroup().location was not captured")),
             qPrintable(e.reason));
    e = run(ruleOf(R"({"value":"[subscription().displayName]","equals":"x"})"));
    QCOMPARE(e.outcome, Outcome::Unknown);
    // Bad arguments name the function.
    e = run(ruleOf(R"({"value":"[div(1, 0)]","equals":0})"));
    QCOMPARE(e.outcome, Outcome::Unknown);
    QVERIFY2(e.reason.contains(QStringLiteral("div(): division by zero")), qPrintable(e.reason));
    e = run(ruleOf(R"({"value":"[range(0, 1000000000)]","equals":0})"));
    QCOMPARE(e.outcome, Outcome::Unknown);
}

void TestTemplateFunctions::deployIfNotExistsChecksExistence()
{
    // Only the setting named by details.name counts; its existence condition decides.
    Evaluation e = run(kDeploy, {diagnosticSetting("setbypolicy", true)});
    QCOMPARE(e.outcome, Outcome::Compliant);
    e = run(kDeploy, {diagnosticSetting("setbypolicy", false)});
    QCOMPARE(e.outcome, Outcome::NonCompliant);
    e = run(kDeploy, {diagnosticSetting("other", true)});
    QCOMPARE(e.outcome, Outcome::NonCompliant);
    QVERIFY2(e.reason.contains(QStringLiteral("named 'setbypolicy'")), qPrintable(e.reason));
    e = run(kDeploy, {}, false);
    QCOMPARE(e.outcome, Outcome::Unknown); // diagnostic settings were not captured
    // details.name that needs the resource cannot be known beforehand: refused, saying why.
    QByteArray byField = kDeploy;
    byField.replace("\"name\":\"[parameters('profileName')]\"", "\"name\":\"[field('name')]\"");
    e = run(byField);
    QVERIFY2(e.reason.startsWith(QStringLiteral("refused: ")) &&
                 e.reason.contains(QStringLiteral("details.name")),
             qPrintable(e.reason));
}

void TestTemplateFunctions::modifyAndAppendAreJudgedByTheirRule()
{
    // The shape of "Configure key vaults to enable firewall": Modify when the default action is not Deny.
    const QByteArray modify = R"({"properties":{"mode":"Indexed","policyRule":{"if":{"allOf":[
      {"field":"type","equals":"Microsoft.KeyVault/vaults"},
      {"field":"Microsoft.KeyVault/vaults/networkAcls.defaultAction","notEquals":"Deny"}]},
      "then":{"effect":"modify","details":{"conflictEffect":"audit",
        "roleDefinitionIds":["/providers/Microsoft.Authorization/roleDefinitions/f25e0fa2-a7c8-4377-a976-54943a77a395"],
        "operations":[{"operation":"addOrReplace","field":"Microsoft.KeyVault/vaults/networkAcls.defaultAction","value":"Deny"}]}}}}})";
    Evaluation e = run(modify);
    QCOMPARE(e.outcome, Outcome::NonCompliant);
    QVERIFY2(e.reason.contains(QStringLiteral("Allow")), qPrintable(e.reason));
    QByteArray append = modify;
    append.replace("\"effect\":\"modify\"", "\"effect\":\"Append\"").replace("notEquals", "equals");
    QCOMPARE(run(append).outcome, Outcome::Compliant); // Allow is not Deny: the rule does not match
    PolicyDefinition d;
    QString error;
    QVERIFY(PolicyDefinition::fromJson(modify, QStringLiteral("inline"), &d, &error));
    QCOMPARE(PolicyDefinition::effectName(d.effect), QStringLiteral("Modify"));
}

QTEST_GUILESS_MAIN(TestTemplateFunctions)
#include "tst_templatefunctions.moc"
