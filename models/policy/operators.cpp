#include "operators.h"

#include "jsonvalues.h"

#include <QCoreApplication>

namespace vaultscope::policy {

namespace {
bool truthy(const QJsonValue &v)
{
    return v.isBool() ? v.toBool() : textOf(v).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

QString describeValue(const QJsonValue &v)
{
    if (isAbsent(v))
        return QCoreApplication::translate("vaultscope::policy::Evaluator", "absent");
    QString text = compactJson(v);
    if (text.size() > 120)
        text = text.left(117) + QLatin1String("...");
    return text;
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
    *error = QCoreApplication::translate("vaultscope::policy::Evaluator", "unknown operator '%1'").arg(op);
    return false;
}

} // namespace vaultscope::policy
