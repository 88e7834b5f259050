#include "evaluator.h"

#include "jsonvalues.h"
#include "operators.h"
#include "templatefunctions.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vaultscope::policy {

namespace {

constexpr int kMaxReasons = 4;

// One condition's part in a result, with what orders it among the others (see joinReasons).
struct Why
{
    QString text;
    int rank = 0;  // 0 a present value decided, 1 an absent one, 2 an expression, 3 a negated guard
    int depth = 0; // of the condition in the rule
};
using Whys = QList<Why>;

// The state of one evaluation: the resource, parameters and the count frames in effect.
class RuleContext final : public ExpressionHost
{
public:
    struct Frame
    {
        QString name;        // value count name, or the counted alias
        ResolvedPath prefix; // field count: the counted path
        bool isField = false;
        QJsonValue current;
    };

    RuleContext(const QJsonObject &resource, const QJsonObject &parameters, const QString &apiVersion)
        : m_resource(resource)
        , m_params(parameters)
        , m_apiVersion(apiVersion)
    {
    }

    QList<Frame> frames;
    bool missingProperties = false;
    QDateTime instant; // utcNow(); the clock when invalid

    QDateTime now() const override { return instant.isValid() ? instant : ExpressionHost::now(); }
    QJsonObject resourceGroup() const override { return TemplateFunctions::resourceGroupOf(resourceId()); }
    QJsonObject subscription() const override { return TemplateFunctions::subscriptionOf(resourceId()); }
    QString resourceId() const { return m_resource.value(QLatin1String("id")).toString(); }
    QString runtimeError;
    qint64 countSteps = 0; // where-conditions evaluated by every count so far

    // The one value of a plain path outside any count, walked without building lists; false when
    // the path needs the general selection (a wildcard, a count frame, an array on the way).
    bool selectOne(const ResolvedPath &path, QJsonValue *out)
    {
        if (!frames.isEmpty() || path.hasWildcard())
            return false;
        QJsonValue v = m_resource;
        for (const PathSegment &seg : path.segments) {
            if (v.isArray())
                return false;
            if (!v.isObject()) {
                v = QJsonValue(QJsonValue::Undefined);
                break;
            }
            v = member(v.toObject(), seg.key);
        }
        if (!path.segments.isEmpty() && path.segments.constFirst().key == QLatin1String("properties") &&
            !m_resource.contains(QLatin1String("properties")))
            missingProperties = true;
        *out = v;
        return true;
    }

    // The values a path selects; *collection is set when a "[*]" outside the current count applies.
    QList<QJsonValue> select(const ResolvedPath &path, bool *collection)
    {
        QJsonValue one;
        if (selectOne(path, &one)) {
            *collection = false;
            return {one};
        }
        return selectSlow(path, collection);
    }

    QList<QJsonValue> selectSlow(const ResolvedPath &path, bool *collection)
    {
        qsizetype skip = 0;
        QJsonValue base = m_resource;
        for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
            if (it->isField && path.startsWith(it->prefix)) {
                base = it->current;
                skip = it->prefix.segments.size();
                break;
            }
        }
        if (skip == 0 && !path.segments.isEmpty() &&
            path.segments.constFirst().key.compare(QLatin1String("properties"), Qt::CaseInsensitive) == 0 &&
            member(m_resource, QStringLiteral("properties")).isUndefined())
            missingProperties = true;
        *collection = false;
        QList<QJsonValue> values{base};
        for (qsizetype i = skip; i < path.segments.size(); ++i) {
            const PathSegment &seg = path.segments.at(i);
            QList<QJsonValue> next;
            for (const QJsonValue &v : std::as_const(values)) {
                if (v.isObject()) {
                    const QJsonValue m = member(v.toObject(), seg.key);
                    if (seg.all) {
                        const QJsonArray array = m.toArray();
                        for (const QJsonValue &x : array)
                            next.append(x);
                    } else {
                        next.append(m);
                    }
                } else if (v.isArray()) { // a legacy alias walking into array members
                    const QJsonArray array = v.toArray();
                    for (const QJsonValue &x : array)
                        next.append(x.isObject() ? member(x.toObject(), seg.key)
                                                 : QJsonValue(QJsonValue::Undefined));
                    *collection = true;
                } else if (!seg.all) {
                    next.append(QJsonValue(QJsonValue::Undefined));
                }
            }
            *collection = *collection || seg.all;
            values = next;
        }
        return values;
    }

    QJsonValue valueOf(const ResolvedPath &path)
    {
        bool collection = false;
        const QList<QJsonValue> values = select(path, &collection);
        if (!collection)
            return values.value(0, QJsonValue(QJsonValue::Undefined));
        QJsonArray array;
        for (const QJsonValue &v : values)
            array.append(v);
        return array;
    }

    QJsonValue parameter(const QString &name) const override { return m_params.value(name); }

    QJsonValue field(const QString &alias) override
    {
        ResolvedPath path;
        QString error;
        if (!AliasResolver::shipped().resolve(alias, &path, &error)) {
            runtimeError = error;
            return QJsonValue(QJsonValue::Undefined);
        }
        return valueOf(path);
    }

    QJsonValue current(const QString &name) override
    {
        if (frames.isEmpty()) {
            runtimeError =
                QCoreApplication::translate("vaultscope::policy::Evaluator", "current() outside a count");
            return QJsonValue(QJsonValue::Undefined);
        }
        if (name.isEmpty())
            return frames.constLast().current;
        for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
            if (!it->isField && it->name == name)
                return it->current;
        }
        ResolvedPath path;
        QString error;
        if (AliasResolver::shipped().resolve(name, &path, &error)) {
            for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
                if (it->isField && path.startsWith(it->prefix))
                    return valueOf(path);
            }
        }
        runtimeError = QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                   "current('%1') names no enclosing count")
                           .arg(name);
        return QJsonValue(QJsonValue::Undefined);
    }

    QString apiVersion() const override { return m_apiVersion; }

    QJsonValue operandValue(const Operand &o)
    {
        if (!o.isExpression)
            return o.literal;
        QString error;
        const QJsonValue v = o.expression.evaluate(*this, &error);
        if (!error.isEmpty() && runtimeError.isEmpty())
            runtimeError = error;
        return v;
    }

private:
    const QJsonObject &m_resource;
    const QJsonObject &m_params;
    QString m_apiVersion;
};

class ConditionEvaluator
{
public:
    ConditionEvaluator(RuleContext &ctx, bool explain)
        : m_ctx(ctx)
        , m_explain(explain)
    {
    }

    // *why explains the result: what held (true) or what did not (false).
    bool eval(const Condition &c, Whys *why)
    {
        switch (c.kind) {
        case Condition::AllOf: {
            Whys held;
            for (const Condition &child : c.children) {
                Whys childWhy;
                if (!eval(child, &childWhy)) {
                    *why = childWhy;
                    return false;
                }
                held += childWhy;
            }
            *why = held;
            return true;
        }
        case Condition::AnyOf: {
            Whys failed;
            for (const Condition &child : c.children) {
                Whys childWhy;
                if (eval(child, &childWhy)) {
                    *why = childWhy;
                    return true;
                }
                failed += childWhy;
            }
            *why = failed.mid(0, kMaxReasons);
            return false;
        }
        case Condition::Not: {
            Whys childWhy;
            const bool inner = eval(c.children.constFirst(), &childWhy);
            for (Why &w : childWhy) {
                w.text = QCoreApplication::translate("vaultscope::policy::Evaluator", "not (%1)").arg(w.text);
                w.rank = 3;
            }
            *why = childWhy;
            return !inner;
        }
        case Condition::Leaf:
            return leaf(c, why);
        }
        return false;
    }

private:
    QString rhsText(const Condition &c, const QJsonValue &rhs) const
    {
        const QString value = describeValue(rhs);
        return c.operand.isExpression
                   ? QStringLiteral("%1 %2 (%3)").arg(c.op, c.operand.expression.text(), value)
                   : QStringLiteral("%1 %2").arg(c.op, value);
    }

    bool leaf(const Condition &c, Whys *why)
    {
        const QJsonValue rhs = m_ctx.operandValue(c.operand);
        QString error;
        bool result = false;
        QString subject;
        bool absent = false;
        switch (c.subject) {
        case Condition::Field: {
            bool collection = false;
            QJsonValue one;
            const bool single = m_ctx.selectOne(c.path, &one);
            const QList<QJsonValue> values = single ? QList<QJsonValue>() : m_ctx.select(c.path, &collection);
            if (!collection) {
                const QJsonValue v = single ? one : values.value(0, QJsonValue(QJsonValue::Undefined));
                result = applyOperator(c.op, v, rhs, &error);
                if (m_explain)
                    subject = QStringLiteral("%1 = %2").arg(c.path.text, describeValue(v));
                absent = isAbsent(v);
            } else {
                // Every selected member must satisfy the condition; an empty selection does.
                result = true;
                QJsonValue failing;
                for (const QJsonValue &v : values) {
                    if (!applyOperator(c.op, v, rhs, &error)) {
                        result = false;
                        failing = v;
                        break;
                    }
                }
                if (m_explain)
                    subject = values.isEmpty() ? QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                                             "%1 selects nothing")
                                                     .arg(c.path.text)
                              : result
                                  ? QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                                "every %1 (%2 values)")
                                        .arg(c.path.text)
                                        .arg(values.size())
                                  : QCoreApplication::translate("vaultscope::policy::Evaluator", "%1 has %2")
                                        .arg(c.path.text, describeValue(failing));
            }
            break;
        }
        case Condition::Value: {
            const QJsonValue v = m_ctx.operandValue(c.value);
            result = applyOperator(c.op, v, rhs, &error);
            if (m_explain)
                subject = QStringLiteral("%1 = %2").arg(c.value.isExpression ? c.value.expression.text()
                                                                             : describeValue(c.value.literal),
                                                        describeValue(v));
            absent = isAbsent(v);
            break;
        }
        case Condition::FieldCount:
        case Condition::ValueCount: {
            const int n = count(c, &error);
            result = applyOperator(c.op, double(n), rhs, &error);
            if (m_explain)
                subject = c.subject == Condition::FieldCount
                              ? (c.where ? QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                                       "count of %1 matching the where = %2")
                                         : QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                                       "count of %1 = %2"))
                                    .arg(c.path.text)
                                    .arg(n)
                              : (c.where ? QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                                       "count of %1 matching the where = %2")
                                         : QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                                       "count of %1 = %2"))
                                    .arg(c.countName.isEmpty()
                                             ? QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                                           "the value")
                                             : c.countName)
                                    .arg(n);
            break;
        }
        }
        if (!error.isEmpty() && m_ctx.runtimeError.isEmpty())
            m_ctx.runtimeError = c.location + QLatin1String(": ") + error;
        if (m_explain && !c.isType) {
            Why w;
            w.text = QCoreApplication::translate("vaultscope::policy::Evaluator", "%1 (condition: %2, at %3)")
                         .arg(subject, rhsText(c, rhs), c.location);
            const bool expression = c.subject == Condition::Value && c.value.isExpression;
            w.rank = expression ? 2 : absent ? 1 : 0;
            w.depth = int(c.location.count(QLatin1Char('.')) + c.location.count(QLatin1Char('[')));
            *why = {w};
        }
        return result;
    }

    int count(const Condition &c, QString *error)
    {
        QList<QJsonValue> members;
        RuleContext::Frame frame;
        if (c.subject == Condition::FieldCount) {
            bool collection = false;
            members = m_ctx.select(c.path, &collection);
            frame.isField = true;
            frame.prefix = c.path;
            frame.name = c.alias;
        } else {
            const QJsonValue v = m_ctx.operandValue(c.value);
            if (isAbsent(v)) {
                members = {};
            } else if (!v.isArray()) {
                *error = QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                     "a value count needs an array, got %1")
                             .arg(describeValue(v));
                return 0;
            } else {
                const QJsonArray array = v.toArray();
                members = QList<QJsonValue>(array.begin(), array.end());
            }
            frame.name = c.countName;
        }
        if (!c.where)
            return int(members.size());
        int n = 0;
        for (const QJsonValue &m : std::as_const(members)) {
            // Nested counts multiply: a budget keeps a hostile rule or resource from running for hours.
            if (++m_ctx.countSteps > MaxCountSteps) {
                *error = QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                     "the counts evaluated their where more than %1 times; "
                                                     "the rule is too costly to judge")
                             .arg(MaxCountSteps);
                return n;
            }
            frame.current = m;
            m_ctx.frames.append(frame);
            Whys ignored;
            if (eval(*c.where, &ignored))
                ++n;
            m_ctx.frames.removeLast();
        }
        return n;
    }

    RuleContext &m_ctx;
    bool m_explain;
};

bool typeSelected(const PolicyDefinition &d, const EvaluationInput &input)
{
    const QString type = input.typeLower.isEmpty()
                             ? input.resource->value(QLatin1String("type")).toString().toLower()
                             : input.typeLower;
    if (d.dataPlane != type.contains(QLatin1String(".data/")))
        return false;
    return d.selectedTypes.isEmpty() || d.selectedTypes.contains(type);
}

// The most specific conditions first: in a rule, the deepest ones are the decisive checks, the
// shallow ones usually guard the type and create mode. Present values that decided the result
// first; absent values next; expression checks (api version, parameters) and negated guards last.
QString joinReasons(Whys reasons)
{
    std::stable_sort(reasons.begin(), reasons.end(), [](const Why &a, const Why &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.depth > b.depth;
    });
    QStringList texts;
    for (qsizetype i = 0; i < reasons.size() && i < kMaxReasons; ++i)
        texts.append(reasons.at(i).text);
    return texts.join(QLatin1String("; "));
}

} // namespace

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Compliant:
        return QStringLiteral("compliant");
    case Outcome::NonCompliant:
        return QStringLiteral("noncompliant");
    case Outcome::NotApplicable:
        return QStringLiteral("notapplicable");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

Evaluation evaluate(const PolicyDefinition &d, const EvaluationInput &input)
{
    const QJsonObject &resource = *input.resource;
    // Bulk evaluation keeps outcomes only: no reason text is built for it.
    const auto because = [&input](const char *text, const auto &...args) {
        if (!input.explain)
            return QString();
        const QString t = QCoreApplication::translate("vaultscope::policy::Evaluator", text);
        if constexpr (sizeof...(args) == 0)
            return t;
        else
            return t.arg(args...);
    };
    if (d.effect == PolicyDefinition::Effect::Disabled)
        return {Outcome::NotApplicable, because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                                                  "the definition's effect is Disabled"))};
    if (!typeSelected(d, input))
        return {Outcome::NotApplicable, because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                                                  "the rule does not select type %1"),
                                                resource.value(QLatin1String("type")).toString())};

    RuleContext ctx(resource, d.parameters, input.apiVersion);
    ctx.instant = input.now;
    ConditionEvaluator conditions(ctx, input.explain);
    Whys why;
    const bool matched = conditions.eval(d.rule, &why);
    if (!ctx.runtimeError.isEmpty())
        return {Outcome::Unknown,
                QCoreApplication::translate("vaultscope::policy::Evaluator", "evaluation failed: %1")
                    .arg(ctx.runtimeError)};
    if (ctx.missingProperties)
        return {Outcome::Unknown,
                because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                          "the resource was captured without its properties"))};
    if (!matched) {
        return {Outcome::Compliant,
                why.isEmpty() ? because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                                          "the rule's condition does not hold"))
                              : because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator", "not matched: %1"),
                                        joinReasons(why))};
    }
    if (!d.checksExistence())
        return {Outcome::NonCompliant, joinReasons(why)};

    // auditIfNotExists: compliant when a related resource satisfies the existence condition.
    if (!input.relatedGap.isEmpty())
        return {Outcome::Unknown,
                because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                          "the %1 resources of this resource could not be read: %2"),
                        d.relatedType, input.relatedGap)};
    if (!input.relatedCaptured)
        return {Outcome::Unknown,
                because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                          "the snapshot holds no %1 resources: they were not captured"),
                        d.relatedType)};
    qsizetype considered = 0;
    for (const QJsonObject &related : input.related) {
        // details.name: only the related resource of that name counts.
        if (!d.relatedName.isEmpty() &&
            related.value(QLatin1String("name")).toString().compare(d.relatedName, Qt::CaseInsensitive) != 0)
            continue;
        ++considered;
        if (!d.existenceCondition)
            return {
                Outcome::Compliant,
                because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator", "a %1 exists"), d.relatedType)};
        RuleContext relatedCtx(related, d.parameters, input.apiVersion);
        ConditionEvaluator existence(relatedCtx, false);
        Whys ignored;
        if (existence.eval(*d.existenceCondition, &ignored) && relatedCtx.runtimeError.isEmpty())
            return {Outcome::Compliant,
                    because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                              "%1 '%2' satisfies the existence condition"),
                            d.relatedType, related.value(QLatin1String("name")).toString())};
    }
    if (considered == 0 && !d.relatedName.isEmpty())
        return {Outcome::NonCompliant,
                because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                          "no %1 named '%2' is attached to the resource"),
                        d.relatedType, d.relatedName)};
    return {
        Outcome::NonCompliant,
        considered == 0
            ? because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator", "no %1 is attached to the resource"),
                      d.relatedType)
            : because(QT_TRANSLATE_NOOP("vaultscope::policy::Evaluator",
                                        "none of the %1 %2 attached satisfies the existence condition"),
                      QString::number(considered), d.relatedType)};
}

} // namespace vaultscope::policy
