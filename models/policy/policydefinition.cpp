#include "policydefinition.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace vaultscope::policy {

namespace {

// What an expression may use when it is evaluated while loading: the parameters alone.
struct ParamsOnly : ExpressionHost
{
    const QJsonObject &params;
    explicit ParamsOnly(const QJsonObject &p)
        : params(p)
    {
    }
    QJsonValue parameter(const QString &n) const override { return params.value(n); }
    QJsonValue field(const QString &) override { return QJsonValue(QJsonValue::Undefined); }
    QJsonValue current(const QString &) override { return QJsonValue(QJsonValue::Undefined); }
    QString apiVersion() const override { return {}; }
};

const QStringList kOperators = {
    QStringLiteral("equals"),      QStringLiteral("notEquals"),
    QStringLiteral("like"),        QStringLiteral("notLike"),
    QStringLiteral("match"),       QStringLiteral("matchInsensitively"),
    QStringLiteral("notMatch"),    QStringLiteral("notMatchInsensitively"),
    QStringLiteral("contains"),    QStringLiteral("notContains"),
    QStringLiteral("in"),          QStringLiteral("notIn"),
    QStringLiteral("containsKey"), QStringLiteral("notContainsKey"),
    QStringLiteral("less"),        QStringLiteral("lessOrEquals"),
    QStringLiteral("greater"),     QStringLiteral("greaterOrEquals"),
    QStringLiteral("exists"),
};

int lineOf(const QByteArray &json, int offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

class Compiler
{
public:
    Compiler(const AliasResolver &aliases, const QJsonObject &parameters)
        : m_aliases(aliases)
        , m_params(parameters)
    {
    }

    bool compile(const QJsonValue &node, const QString &location, Condition *out, QString *error,
                 int depth = 0)
    {
        if (depth > 64)
            return fail(
                error, location,
                QCoreApplication::translate("vaultscope::policy::Definition", "conditions nest too deeply"));
        if (!node.isObject())
            return fail(error, location,
                        QCoreApplication::translate("vaultscope::policy::Definition",
                                                    "a condition must be an object"));
        const QJsonObject o = node.toObject();
        out->location = location;
        for (const char *logical : {"allOf", "anyOf"}) {
            const QString key = QString::fromLatin1(logical);
            if (!o.contains(key))
                continue;
            if (o.size() != 1)
                return fail(error, location,
                            QCoreApplication::translate("vaultscope::policy::Definition",
                                                        "'%1' cannot be combined with other keys")
                                .arg(key));
            const QJsonArray items = o.value(key).toArray();
            if (!o.value(key).isArray() || items.isEmpty())
                return fail(error, location,
                            QCoreApplication::translate("vaultscope::policy::Definition",
                                                        "'%1' needs a non-empty array")
                                .arg(key));
            out->kind = key == QLatin1String("allOf") ? Condition::AllOf : Condition::AnyOf;
            for (qsizetype i = 0; i < items.size(); ++i) {
                Condition child;
                if (!compile(items.at(i),
                             location + QLatin1Char('.') + key + QLatin1Char('[') + QString::number(i) +
                                 QLatin1Char(']'),
                             &child, error, depth + 1))
                    return false;
                out->children.append(child);
            }
            return true;
        }
        if (o.contains(QLatin1String("not"))) {
            if (o.size() != 1)
                return fail(error, location,
                            QCoreApplication::translate("vaultscope::policy::Definition",
                                                        "'not' cannot be combined with other keys"));
            out->kind = Condition::Not;
            Condition child;
            if (!compile(o.value(QLatin1String("not")), location + QLatin1String(".not"), &child, error,
                         depth + 1))
                return false;
            out->children.append(child);
            return true;
        }
        out->kind = Condition::Leaf;
        QStringList subjectKeys;
        if (o.contains(QLatin1String("field"))) {
            out->subject = Condition::Field;
            subjectKeys << QStringLiteral("field");
            if (!resolveField(o.value(QLatin1String("field")), location, out, error))
                return false;
        }
        if (o.contains(QLatin1String("value"))) {
            out->subject = Condition::Value;
            subjectKeys << QStringLiteral("value");
            if (!operand(o.value(QLatin1String("value")), location, &out->value, error))
                return false;
        }
        if (o.contains(QLatin1String("count"))) {
            subjectKeys << QStringLiteral("count");
            if (!compileCount(o.value(QLatin1String("count")), location + QLatin1String(".count"), out, error,
                              depth))
                return false;
        }
        if (subjectKeys.size() != 1)
            return fail(
                error, location,
                subjectKeys.isEmpty()
                    ? QStringLiteral(
                          "unknown condition: expected allOf, anyOf, not, field, value or count (keys: %1)")
                          .arg(o.keys().join(QLatin1String(", ")))
                    : QCoreApplication::translate("vaultscope::policy::Definition",
                                                  "a condition has exactly one of field, value and count"));
        QStringList ops;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == subjectKeys.constFirst())
                continue;
            const auto known = std::find_if(kOperators.cbegin(), kOperators.cend(), [&](const QString &op) {
                return op.compare(it.key(), Qt::CaseInsensitive) == 0;
            });
            if (known == kOperators.cend())
                return fail(
                    error, location,
                    QCoreApplication::translate("vaultscope::policy::Definition", "unknown operator '%1'")
                        .arg(it.key()));
            ops << *known;
            out->op = *known;
            if (!operand(it.value(), location, &out->operand, error))
                return false;
        }
        if (ops.size() != 1)
            return fail(error, location,
                        ops.isEmpty()
                            ? QCoreApplication::translate("vaultscope::policy::Definition",
                                                          "the condition has no operator")
                            : QCoreApplication::translate("vaultscope::policy::Definition",
                                                          "the condition has several operators (%1)")
                                  .arg(ops.join(QLatin1String(", "))));
        if (out->op == QLatin1String("exists") && out->operand.isExpression)
            return fail(error, location,
                        QCoreApplication::translate("vaultscope::policy::Definition",
                                                    "'exists' takes true or false"));
        return true;
    }

private:
    bool fail(QString *error, const QString &location, const QString &message)
    {
        *error = location + QLatin1String(": ") + message;
        return false;
    }

    bool resolveField(const QJsonValue &value, const QString &location, Condition *out, QString *error)
    {
        if (!value.isString())
            return fail(
                error, location,
                QCoreApplication::translate("vaultscope::policy::Definition", "'field' must name an alias"));
        QString alias = value.toString();
        if (Expression::isExpression(alias)) {
            // "[concat('tags[', parameters('tagName'), ']')]": the alias follows from the parameters,
            // so it is known once the definition is loaded.
            Expression e;
            QString message;
            QJsonValue named;
            if (e.parse(alias, &message)) {
                ParamsOnly host(m_params);
                named = e.evaluate(host, &message);
            }
            if (!message.isEmpty() || !named.isString() || named.toString().isEmpty())
                return fail(error, location,
                            QCoreApplication::translate("vaultscope::policy::Definition",
                                                        "'field' expression %1 names no alias (%2)")
                                .arg(alias, message.isEmpty() ? QStringLiteral("not a text") : message));
            alias = named.toString();
        }
        out->alias = alias;
        out->isType = alias.compare(QLatin1String("type"), Qt::CaseInsensitive) == 0;
        QString message;
        if (!m_aliases.resolve(alias, &out->path, &message))
            return fail(error, location, message);
        return true;
    }

    bool operand(const QJsonValue &value, const QString &location, Operand *out, QString *error)
    {
        if (value.isString() && Expression::isExpression(value.toString())) {
            out->isExpression = true;
            QString message;
            if (!out->expression.parse(value.toString(), &message))
                return fail(error, location, message);
            for (const QString &p : out->expression.parameterNames()) {
                if (!m_params.contains(p))
                    return fail(error, location,
                                QCoreApplication::translate("vaultscope::policy::Definition",
                                                            "parameter '%1' has no value and no default")
                                    .arg(p));
            }
            for (const QString &alias : out->expression.fieldArguments()) {
                ResolvedPath ignored;
                if (!m_aliases.resolve(alias, &ignored, &message))
                    return fail(error, location, message);
            }
            return true;
        }
        out->literal = value.isString() ? QJsonValue(Expression::unescape(value.toString())) : value;
        return true;
    }

    bool compileCount(const QJsonValue &value, const QString &location, Condition *out, QString *error,
                      int depth)
    {
        if (!value.isObject())
            return fail(
                error, location,
                QCoreApplication::translate("vaultscope::policy::Definition", "'count' must be an object"));
        const QJsonObject c = value.toObject();
        for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
            if (it.key() != QLatin1String("field") && it.key() != QLatin1String("value") &&
                it.key() != QLatin1String("where") && it.key() != QLatin1String("name"))
                return fail(
                    error, location,
                    QCoreApplication::translate("vaultscope::policy::Definition", "unknown key '%1' in count")
                        .arg(it.key()));
        }
        if (c.contains(QLatin1String("field")) == c.contains(QLatin1String("value")))
            return fail(error, location,
                        QCoreApplication::translate("vaultscope::policy::Definition",
                                                    "'count' needs exactly one of field and value"));
        if (c.contains(QLatin1String("field"))) {
            out->subject = Condition::FieldCount;
            if (!resolveField(c.value(QLatin1String("field")), location, out, error))
                return false;
            if (out->path.segments.isEmpty() || !out->path.segments.constLast().all)
                return fail(error, location,
                            QCoreApplication::translate("vaultscope::policy::Definition",
                                                        "a field count needs an alias ending in [*] ('%1')")
                                .arg(out->alias));
        } else {
            out->subject = Condition::ValueCount;
            out->countName = c.value(QLatin1String("name")).toString();
            if (!operand(c.value(QLatin1String("value")), location, &out->value, error))
                return false;
        }
        if (c.contains(QLatin1String("where"))) {
            out->where = std::make_shared<Condition>();
            if (!compile(c.value(QLatin1String("where")), location + QLatin1String(".where"),
                         out->where.get(), error, depth + 1))
                return false;
        }
        return true;
    }

    const AliasResolver &m_aliases;
    const QJsonObject &m_params;
};

// Resource types the rule requires: "type" equals/in conditions on the path every match must take.
void collectSelectedTypes(const Condition &c, QStringList *types)
{
    if (c.kind == Condition::AllOf) {
        for (const Condition &child : c.children)
            collectSelectedTypes(child, types);
        return;
    }
    if (c.kind != Condition::Leaf || !c.isType || c.operand.isExpression)
        return;
    if (c.op == QLatin1String("equals") && c.operand.literal.isString())
        types->append(c.operand.literal.toString().toLower());
    if (c.op == QLatin1String("in") && c.operand.literal.isArray()) {
        const QJsonArray list = c.operand.literal.toArray();
        for (const QJsonValue &v : list)
            types->append(v.toString().toLower());
    }
}

void collectAliases(const Condition &c, QSet<QString> *aliases)
{
    if (!c.alias.isEmpty())
        aliases->insert(c.alias.toLower());
    for (const Condition &child : c.children)
        collectAliases(child, aliases);
    if (c.where)
        collectAliases(*c.where, aliases);
}

} // namespace

bool PolicyDefinition::readsAlias(const QString &alias) const
{
    return aliases.contains(alias.toLower());
}

QString PolicyDefinition::effectName(Effect effect)
{
    switch (effect) {
    case Effect::Audit:
        return QStringLiteral("Audit");
    case Effect::Deny:
        return QStringLiteral("Deny");
    case Effect::AuditIfNotExists:
        return QStringLiteral("AuditIfNotExists");
    case Effect::Disabled:
        return QStringLiteral("Disabled");
    case Effect::DeployIfNotExists:
        return QStringLiteral("DeployIfNotExists");
    case Effect::Modify:
        return QStringLiteral("Modify");
    case Effect::Append:
        return QStringLiteral("Append");
    }
    return {};
}

bool PolicyDefinition::load(const QString &path, PolicyDefinition *out, QString *error,
                            const QJsonObject &parameterValues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        *error = path + QLatin1String(": larger than 16 MB; not a policy definition");
        return false;
    }
    return fromJson(file.readAll(), path, out, error, parameterValues);
}

bool PolicyDefinition::fromJson(const QByteArray &json, const QString &source, PolicyDefinition *out,
                                QString *error, const QJsonObject &parameterValues)
{
    auto fail = [&](const QString &message) {
        *error = source + QLatin1String(": ") + message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("vaultscope::policy::Definition", "%1:%2: invalid JSON: %3")
                     .arg(source)
                     .arg(lineOf(json, parseError.offset))
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                "a policy definition is a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonObject props = root.value(QLatin1String("properties")).isObject()
                                  ? root.value(QLatin1String("properties")).toObject()
                                  : root;
    PolicyDefinition d;
    d.source = source;
    d.name = root.value(QLatin1String("name")).toString();
    d.id = root.value(QLatin1String("id")).toString();
    d.displayName = props.value(QLatin1String("displayName")).toString();
    d.description = props.value(QLatin1String("description")).toString();
    const QJsonObject metadata = props.value(QLatin1String("metadata")).toObject();
    d.version =
        props.value(QLatin1String("version")).toString(metadata.value(QLatin1String("version")).toString());
    d.category = metadata.value(QLatin1String("category")).toString();
    if (d.name.isEmpty())
        d.name = d.displayName;

    const QJsonObject rule = props.value(QLatin1String("policyRule")).toObject();
    if (!props.value(QLatin1String("policyRule")).isObject())
        return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                "no 'policyRule' object: not a policy definition"));
    if (!rule.value(QLatin1String("if")).isObject())
        return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                "policyRule has no 'if' condition"));
    if (!rule.value(QLatin1String("then")).isObject()) {
        if (props.contains(QLatin1String("then")))
            return fail(QStringLiteral(
                "malformed definition: 'then' stands beside 'policyRule' instead of inside it; "
                "Vaultscope does not guess which effect was meant"));
        return fail(
            QCoreApplication::translate("vaultscope::policy::Definition", "policyRule has no 'then' block"));
    }

    // Parameters: supplied values win over defaults.
    const QJsonObject declared = props.value(QLatin1String("parameters")).toObject();
    for (auto it = declared.constBegin(); it != declared.constEnd(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (parameterValues.contains(it.key()))
            d.parameters.insert(it.key(), parameterValues.value(it.key()));
        else if (p.contains(QLatin1String("defaultValue")))
            d.parameters.insert(it.key(), p.value(QLatin1String("defaultValue")));
        else
            return fail(
                QCoreApplication::translate("vaultscope::policy::Definition",
                                            "parameter '%1' has no default value: give one (policy eval "
                                            "--parameter %1=JSON)")
                    .arg(it.key()));
    }
    for (auto it = parameterValues.constBegin(); it != parameterValues.constEnd(); ++it) {
        if (!declared.contains(it.key()))
            return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                    "parameter '%1' is not declared by the definition")
                            .arg(it.key()));
    }

    Compiler compiler(AliasResolver::shipped(), d.parameters);
    QString message;
    if (!compiler.compile(rule.value(QLatin1String("if")), QStringLiteral("policyRule.if"), &d.rule,
                          &message))
        return fail(message);
    collectSelectedTypes(d.rule, &d.selectedTypes);
    collectAliases(d.rule, &d.aliases);
    d.dataPlane =
        props.value(QLatin1String("mode")).toString().endsWith(QLatin1String(".Data"), Qt::CaseInsensitive);

    const QJsonObject then = rule.value(QLatin1String("then")).toObject();
    QString effect = then.value(QLatin1String("effect")).toString();
    if (Expression::isExpression(effect)) {
        Expression e;
        if (!e.parse(effect, &message))
            return fail(QStringLiteral("policyRule.then.effect: ") + message);
        ParamsOnly host(d.parameters);
        const QJsonValue v = e.evaluate(host, &message);
        if (!message.isEmpty() || !v.isString())
            return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                    "policyRule.then.effect: %1 gives no effect (%2)")
                            .arg(effect, message));
        effect = v.toString();
    }
    const QString lower = effect.toLower();
    if (lower == QLatin1String("audit"))
        d.effect = Effect::Audit;
    else if (lower == QLatin1String("deny"))
        d.effect = Effect::Deny;
    else if (lower == QLatin1String("auditifnotexists"))
        d.effect = Effect::AuditIfNotExists;
    else if (lower == QLatin1String("disabled"))
        d.effect = Effect::Disabled;
    else if (lower == QLatin1String("deployifnotexists"))
        d.effect = Effect::DeployIfNotExists;
    else if (lower == QLatin1String("modify"))
        d.effect = Effect::Modify;
    else if (lower == QLatin1String("append"))
        d.effect = Effect::Append;
    else
        return fail(QCoreApplication::translate(
                        "vaultscope::policy::Definition",
                        "effect '%1' is not evaluated offline (supported: Audit, Deny, AuditIfNotExists, "
                        "DeployIfNotExists, Modify, Append, Disabled)")
                        .arg(effect.isEmpty() ? QStringLiteral("(none)") : effect));

    if (d.checksExistence()) {
        const QJsonObject details = then.value(QLatin1String("details")).toObject();
        d.relatedType = details.value(QLatin1String("type")).toString();
        if (d.relatedType.isEmpty())
            return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                    "policyRule.then.details.type is missing for %1")
                            .arg(effectName(d.effect)));
        // details.name: a literal or an expression of the parameters ("[parameters('profileName')]").
        const QString name = details.value(QLatin1String("name")).toString();
        if (Expression::isExpression(name)) {
            Expression e;
            ParamsOnly host(d.parameters);
            QJsonValue v;
            if (e.parse(name, &message))
                v = e.evaluate(host, &message);
            if (!message.isEmpty() || !v.isString())
                return fail(
                    QCoreApplication::translate("vaultscope::policy::Definition",
                                                "policyRule.then.details.name %1 is not evaluated offline "
                                                "(only parameters are known before a resource): %2")
                        .arg(name, message));
            d.relatedName = v.toString();
        } else {
            d.relatedName = Expression::unescape(name);
        }
        if (!AliasResolver::knownTypes().contains(d.relatedType.toLower()))
            return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                    "related type '%1' is not captured in snapshots")
                            .arg(d.relatedType));
        for (const char *unsupported : {"existenceScope", "resourceGroupName"}) {
            if (details.contains(QLatin1String(unsupported)))
                return fail(QCoreApplication::translate("vaultscope::policy::Definition",
                                                        "policyRule.then.details.%1 is not evaluated offline")
                                .arg(QLatin1String(unsupported)));
        }
        if (details.contains(QLatin1String("existenceCondition"))) {
            d.existenceCondition = std::make_shared<Condition>();
            if (!compiler.compile(details.value(QLatin1String("existenceCondition")),
                                  QStringLiteral("policyRule.then.details.existenceCondition"),
                                  d.existenceCondition.get(), &message))
                return fail(message);
        }
    }
    *out = d;
    return true;
}

} // namespace vaultscope::policy
