#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace vaultscope::policy {

// Azure Policy's comparison semantics over JSON values. Strings compare case-insensitively
// (except match); a value of another type compares by its text ("true" equals true).

QString textOf(const QJsonValue &v); // "true", "3", "abc"; arrays and objects as compact JSON
// A JSON number as an integer, towards zero and saturated at the int64 range (NaN: 0): converting
// a double beyond it directly is undefined behaviour, and inputs carry numbers of any size.
qint64 toInt64(double d);
bool valuesEqual(const QJsonValue &a, const QJsonValue &b);
// Negative, zero or positive; numbers numerically, two ISO 8601 date-times as instants, everything
// else as case-insensitive text.
int compareValues(const QJsonValue &a, const QJsonValue &b);
// An ISO 8601 date-time ("2026-12-01T10:00:00Z", fractions and offsets too; a date alone is
// midnight UTC); invalid when the text is not one.
QDateTime parseDateTime(const QString &text);
QString isoDateTime(const QDateTime &t);                      // "2026-12-01T10:00:00Z" (UTC, to the second)
bool likeMatch(const QString &value, const QString &pattern); // '*' wildcards
bool patternMatch(const QString &value, const QString &pattern, bool caseSensitive); // # ? .
bool containsValue(const QJsonValue &container, const QJsonValue &item);
bool containsKey(const QJsonValue &object, const QString &key);
// Member lookup that tries the exact key first, then any casing (Azure property names are
// case-insensitive: "immutabilitySettings.State" reads "state").
QJsonValue member(const QJsonObject &object, const QString &key);
QString compactJson(const QJsonValue &v);

} // namespace vaultscope::policy
