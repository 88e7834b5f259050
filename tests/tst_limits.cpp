// The limits no input gets around (tests/fuzz finds the rest): JSON nesting, expression nesting,
// the growth of template function results and the work of counts. Each hostile input gets a
// clear error or the right answer, and returns (the test would hang or crash otherwise).
#include "policy/evaluator.h"
#include "policy/expression.h"
#include "policy/policydefinition.h"
#include "posture/estate.h"
#include "review/reviewbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vaultscope;
using namespace vaultscope::policy;

namespace {

// {"pad": "<50 MB>", "deep": [[[ ... 100,000 levels ... ]]]}
QByteArray fiftyMegabytesNestedDeep()
{
    constexpr int levels = 100000;
    QByteArray json = "{\"pad\": \"" + QByteArray(50 * 1024 * 1024, 'a') + "\", \"deep\": ";
    json += QByteArray(levels, '[') + QByteArray(levels, ']') + '}';
    return json;
}

QByteArray definitionWithRule(const QByteArray &rule, const QByteArray &parameters = "{}")
{
    return R"({"properties":{"displayName":"t","mode":"All","parameters":)" + parameters +
           R"(,"policyRule":{"if":)" + rule + R"(,"then":{"effect":"audit"}}}})";
}

class NullHost final : public ExpressionHost
{
public:
    QJsonValue parameter(const QString &) const override { return QJsonValue(QJsonValue::Undefined); }
    QJsonValue field(const QString &) override { return QJsonValue(QJsonValue::Undefined); }
    QJsonValue current(const QString &) override { return QJsonValue(QJsonValue::Undefined); }
    QString apiVersion() const override { return {}; }
};

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deepJsonIsRefusedByEveryReader();
    void deepExpressionIsRefused();
    void functionResultsAreBounded_data();
    void functionResultsAreBounded();
    void countOverAMillion();
    void nestedCountsRunOutOfBudget();
};

void TestLimits::deepJsonIsRefusedByEveryReader()
{
    const QByteArray json = fiftyMegabytesNestedDeep();
    Estate estate;
    QString error;
    QVERIFY(!EstateReader::readJson(json, QStringLiteral("deep.json"), &estate, &error));
    QVERIFY2(error.startsWith(QLatin1String("deep.json:1: invalid JSON: ")) &&
                 error.contains(QLatin1String("nested")),
             qPrintable(error));

    PolicyDefinition d;
    error.clear();
    QVERIFY(!PolicyDefinition::fromJson(json, QStringLiteral("deep-definition.json"), &d, &error));
    QVERIFY2(error.contains(QLatin1String("deep-definition.json")) && error.contains(QLatin1String("nested")),
             qPrintable(error));

    ReviewBundle bundle;
    error.clear();
    QVERIFY(!ReviewBundle::fromBytes(json, QStringLiteral("deep.vsreviews"), &bundle, &error));
    QVERIFY2(error.startsWith(QLatin1String("deep.vsreviews: not a readable review bundle")) &&
                 error.contains(QLatin1String("nested")),
             qPrintable(error));
}

void TestLimits::deepExpressionIsRefused()
{
    QString text = QStringLiteral("[");
    for (int i = 0; i < 10000; ++i)
        text += QLatin1String("concat(");
    text += QLatin1String("'x'") + QString(10000, QLatin1Char(')')) + QLatin1Char(']');
    Expression e;
    QString error;
    QVERIFY(!e.parse(text, &error));
    QCOMPARE(
        error,
        QStringLiteral(
            "expression [concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(concat(co…: "
            "the expression nests deeper than 64 levels"));

    // A member chain nests as well: a.b.c... ten thousand long.
    QString chain = QStringLiteral("[parameters('p')");
    for (int i = 0; i < 10000; ++i)
        chain += QLatin1String(".x");
    QVERIFY(!e.parse(chain + QLatin1Char(']'), &error));
    QVERIFY2(error.endsWith(QLatin1String(": the expression nests deeper than 64 levels")),
             qPrintable(error));

    // In a definition the whole definition is refused, naming where.
    PolicyDefinition d;
    error.clear();
    const QByteArray rule = R"({"value":")" + text.toUtf8() + R"(","equals":"x"})";
    QVERIFY(!PolicyDefinition::fromJson(definitionWithRule(rule), QStringLiteral("deep.json"), &d, &error));
    QVERIFY2(error.contains(QLatin1String("nests deeper than 64 levels")), qPrintable(error));

    // Sixty levels parse and evaluate.
    QString fine = QStringLiteral("[");
    for (int i = 0; i < 60; ++i)
        fine += QLatin1String("concat(");
    fine += QLatin1String("'x'") + QString(60, QLatin1Char(')')) + QLatin1Char(']');
    QVERIFY2(e.parse(fine, &error), qPrintable(error));
    NullHost host;
    error.clear();
    QCOMPARE(e.evaluate(host, &error).toString(), QStringLiteral("x"));
}

void TestLimits::functionResultsAreBounded_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("padLeft width") << "[padLeft('x', 2000000000)]"
                                   << "padLeft(): the width must be from 0 to 1048576";
    QTest::newRow("replace growth")
        << "[replace(replace(replace(replace(replace(padLeft('', 1000, 'a'), 'a', 'aaaaaaaaaa'), 'a', "
           "'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa')]"
        << "replace(): the result would exceed 1048576 characters";
    QTest::newRow("concat growth") << "[concat(padLeft('', 1000000), padLeft('', 1000000))]"
                                   << "concat(): the result would exceed 1048576 characters or items";
    QTest::newRow("range size") << "[range(0, 100001)]"
                                << "range(): needs a start and a count from 0 to 100000";
}

void TestLimits::functionResultsAreBounded()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    Expression e;
    QString error;
    QVERIFY2(e.parse(expression, &error), qPrintable(error));
    NullHost host;
    e.evaluate(host, &error); // the first error stands; what outer calls make of it does not count
    QCOMPARE(error, message);
}

void TestLimits::countOverAMillion()
{
    // A value count over a million-element parameter, each member compared: the right answer.
    QJsonArray million;
    for (int i = 0; i < 1000000; ++i)
        million.append(i);
    const QByteArray rule =
        R"({"count":{"value":"[parameters('list')]","name":"n","where":{"value":"[current('n')]","greaterOrEquals":999990}},"equals":10})";
    PolicyDefinition d;
    QString error;
    QVERIFY2(PolicyDefinition::fromJson(definitionWithRule(rule, R"({"list":{"type":"Array"}})"),
                                        QStringLiteral("million.json"), &d, &error,
                                        QJsonObject{{QStringLiteral("list"), million}}),
             qPrintable(error));
    const QJsonObject resource{
        {QStringLiteral("id"), QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                              "Microsoft.KeyVault/vaults/v")},
        {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")}};
    EvaluationInput input;
    input.resource = &resource;
    const Evaluation result = evaluate(d, input);
    QCOMPARE(result.outcome, Outcome::NonCompliant); // the rule matched: audit says non-compliant
}

void TestLimits::nestedCountsRunOutOfBudget()
{
    // A count inside a count over the same 3,000 members asks for 9 million where evaluations: more
    // than the budget, so the result is unknown and says why, instead of running on.
    const QByteArray rule =
        R"({"count":{"value":"[range(0, 3000)]","name":"a","where":{"count":{"value":"[range(0, 3000)]","name":"b","where":{"value":"[current('b')]","equals":"[current('a')]"}},"equals":1}},"equals":3000})";
    PolicyDefinition d;
    QString error;
    QVERIFY2(PolicyDefinition::fromJson(definitionWithRule(rule), QStringLiteral("nested.json"), &d, &error),
             qPrintable(error));
    const QJsonObject resource{{QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")}};
    EvaluationInput input;
    input.resource = &resource;
    const Evaluation result = evaluate(d, input);
    QCOMPARE(result.outcome, Outcome::Unknown);
    QVERIFY2(
        result.reason.contains(QLatin1String("the counts evaluated their where more than 2000000 times")),
        qPrintable(result.reason));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
