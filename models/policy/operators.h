#pragma once

#include <QJsonValue>
#include <QString>

namespace vaultscope::policy {

// The condition operators of the policy language over values, as the evaluator applies them.

// Undefined or null: the field is not there.
bool isAbsent(const QJsonValue &v);
// A value for a reason text: compact JSON, shortened, or "absent".
QString describeValue(const QJsonValue &v);
// equals, in, like, match, contains, containsKey, less ... and their negations, and exists; a
// negated operator holds for an absent value. *error names an unknown operator or a bad operand.
bool applyOperator(const QString &op, const QJsonValue &v, const QJsonValue &rhs, QString *error);

} // namespace vaultscope::policy
