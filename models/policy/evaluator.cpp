#include "evaluator.h"

#include "jsonvalues.h"

#include <QJsonArray>

namespace vaultscope::policy {

namespace {

constexpr int kMaxReasons = 4;

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

QString describeValue(const QJsonValue &v)
{
    if (isAbsent(v))
        return QStringLiteral("absent");
    QString text = compactJson(v);
    if (text.size() > 120)
        text = text.left(117) + QLatin1String("...");
    return text;
}

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
    QString runtimeError;

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
            runtimeError = QStringLiteral("current() outside a count");
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
        runtimeError = QStringLiteral("current('%1') names no enclosing count").arg(name);
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

bool truthy(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : textOf(v).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool applyOperator(const QString &op, const QJsonValue &v, const QJsonValue &rhs, QString *error)
{
    if (op == QLatin1String("exists"))
        return !isAbsent(v) == truthy(rhs);
    const bool negated = op.startsWith(QLatin1String("not"));
    if (isAbsent(v))
        return negated;
    if (op == QLatin1String("equals"))
        return valuesEqual(v, rhs);
    if (op == QLatin1String("notEquals"))
        return !valuesEqual(v, rhs);
    if (op == QLatin1String("in") || op == QLatin1String("notIn")) {
        if (!rhs.isArray()) {
            *error = QStringLiteral("'%1' needs an array, got %2").arg(op, describeValue(rhs));
            return false;
        }
        return containsValue(rhs, v) != negated;
    }
    if (op == QLatin1String("like") || op == QLatin1String("notLike"))
        return likeMatch(textOf(v), textOf(rhs)) != negated;
    if (op == QLatin1String("match") || op == QLatin1String("notMatch"))
        return patternMatch(textOf(v), textOf(rhs), true) != negated;
    if (op == QLatin1String("matchInsensitively") || op == QLatin1String("notMatchInsensitively"))
        return patternMatch(textOf(v), textOf(rhs), false) != negated;
    if (op == QLatin1String("contains") || op == QLatin1String("notContains"))
        return containsValue(v, rhs) != negated;
    if (op == QLatin1String("containsKey") || op == QLatin1String("notContainsKey"))
        return containsKey(v, textOf(rhs)) != negated;
    const int c = compareValues(v, rhs);
    if (op == QLatin1String("less"))
        return c < 0;
    if (op == QLatin1String("lessOrEquals"))
        return c <= 0;
    if (op == QLatin1String("greater"))
        return c > 0;
    if (op == QLatin1String("greaterOrEquals"))
        return c >= 0;
    *error = QStringLiteral("unknown operator '%1'").arg(op);
    return false;
}

class ConditionEvaluator
{
public:
    ConditionEvaluator(RuleContext &ctx, bool explain)
        : m_ctx(ctx)
        , m_explain(explain)
    {
    }

    // *why explains the result: what held (true) or what did not (false).
    bool eval(const Condition &c, QStringList *why)
    {
        switch (c.kind) {
        case Condition::AllOf: {
            QStringList held;
            for (const Condition &child : c.children) {
                QStringList childWhy;
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
            QStringList failed;
            for (const Condition &child : c.children) {
                QStringList childWhy;
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
            QStringList childWhy;
            const bool inner = eval(c.children.constFirst(), &childWhy);
            for (QString &w : childWhy)
                w = QStringLiteral("not (%1)").arg(w);
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

    bool leaf(const Condition &c, QStringList *why)
    {
        const QJsonValue rhs = m_ctx.operandValue(c.operand);
        QString error;
        bool result = false;
        QString subject;
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
                    subject = values.isEmpty() ? QStringLiteral("%1 selects nothing").arg(c.path.text)
                              : result
                                  ? QStringLiteral("every %1 (%2 values)").arg(c.path.text).arg(values.size())
                                  : QStringLiteral("%1 has %2").arg(c.path.text, describeValue(failing));
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
            break;
        }
        case Condition::FieldCount:
        case Condition::ValueCount: {
            const int n = count(c, &error);
            result = applyOperator(c.op, double(n), rhs, &error);
            if (m_explain)
                subject =
                    c.subject == Condition::FieldCount
                        ? QStringLiteral("count of %1%2 = %3")
                              .arg(c.path.text, c.where ? QStringLiteral(" matching the where") : QString())
                              .arg(n)
                        : QStringLiteral("count of %1%2 = %3")
                              .arg(c.countName.isEmpty() ? QStringLiteral("the value") : c.countName,
                                   c.where ? QStringLiteral(" matching the where") : QString())
                              .arg(n);
            break;
        }
        }
        if (!error.isEmpty() && m_ctx.runtimeError.isEmpty())
            m_ctx.runtimeError = c.location + QLatin1String(": ") + error;
        if (m_explain && !c.isType)
            *why = {QStringLiteral("%1 (condition: %2, at %3)").arg(subject, rhsText(c, rhs), c.location)};
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
                *error = QStringLiteral("a value count needs an array, got %1").arg(describeValue(v));
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
            frame.current = m;
            m_ctx.frames.append(frame);
            QStringList ignored;
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
    if (d.selectedTypes.isEmpty())
        return true;
    return d.selectedTypes.contains(input.typeLower.isEmpty()
                                        ? input.resource->value(QLatin1String("type")).toString().toLower()
                                        : input.typeLower);
}

// The most specific conditions first: in a rule, the deepest ones are the decisive checks, the
// shallow ones usually guard the type and create mode.
QString joinReasons(QStringList reasons)
{
    // Present values that decided the result first; absent values next; expression checks (api
    // version, parameters) and negated guards last. Deeper conditions before shallower ones.
    auto rank = [](const QString &r) {
        if (r.startsWith(QLatin1String("not (")))
            return 3;
        if (r.startsWith(QLatin1Char('[')))
            return 2;
        return r.contains(QLatin1String(" = absent")) ? 1 : 0;
    };
    auto depth = [](const QString &r) {
        const QString at = r.section(QLatin1String(", at "), -1);
        return at.count(QLatin1Char('.')) + at.count(QLatin1Char('['));
    };
    std::stable_sort(reasons.begin(), reasons.end(), [&](const QString &a, const QString &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return depth(a) > depth(b);
    });
    return reasons.mid(0, kMaxReasons).join(QLatin1String("; "));
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
    if (d.effect == PolicyDefinition::Effect::Disabled)
        return {Outcome::NotApplicable, QStringLiteral("the definition's effect is Disabled")};
    if (!typeSelected(d, input))
        return {Outcome::NotApplicable, QStringLiteral("the rule does not select type %1")
                                            .arg(resource.value(QLatin1String("type")).toString())};

    RuleContext ctx(resource, d.parameters, input.apiVersion);
    ConditionEvaluator conditions(ctx, input.explain);
    QStringList why;
    const bool matched = conditions.eval(d.rule, &why);
    if (!ctx.runtimeError.isEmpty())
        return {Outcome::Unknown, QStringLiteral("evaluation failed: %1").arg(ctx.runtimeError)};
    if (ctx.missingProperties)
        return {Outcome::Unknown, QStringLiteral("the resource was captured without its properties")};
    if (!matched) {
        return {Outcome::Compliant, why.isEmpty() ? QStringLiteral("the rule's condition does not hold")
                                                  : QStringLiteral("not matched: %1").arg(joinReasons(why))};
    }
    if (d.effect != PolicyDefinition::Effect::AuditIfNotExists)
        return {Outcome::NonCompliant, joinReasons(why)};

    // auditIfNotExists: compliant when a related resource satisfies the existence condition.
    if (!input.relatedCaptured)
        return {
            Outcome::Unknown,
            QStringLiteral("the snapshot holds no %1 resources: they were not captured").arg(d.relatedType)};
    for (const QJsonObject &related : input.related) {
        if (!d.existenceCondition)
            return {Outcome::Compliant, QStringLiteral("a %1 exists").arg(d.relatedType)};
        RuleContext relatedCtx(related, d.parameters, input.apiVersion);
        ConditionEvaluator existence(relatedCtx, false);
        QStringList ignored;
        if (existence.eval(*d.existenceCondition, &ignored) && relatedCtx.runtimeError.isEmpty())
            return {Outcome::Compliant,
                    QStringLiteral("%1 '%2' satisfies the existence condition")
                        .arg(d.relatedType, related.value(QLatin1String("name")).toString())};
    }
    return {Outcome::NonCompliant,
            input.related.isEmpty()
                ? QStringLiteral("no %1 is attached to the resource").arg(d.relatedType)
                : QStringLiteral("none of the %1 %2 attached satisfies the existence condition")
                      .arg(input.related.size())
                      .arg(d.relatedType)};
}

} // namespace vaultscope::policy
