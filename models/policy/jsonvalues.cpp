#include "jsonvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace vaultscope::policy {

QString compactJson(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return textOf(v);
}

qint64 toInt64(double d)
{
    if (std::isnan(d))
        return 0;
    constexpr double limit = 9.2e18; // just inside the int64 range
    return qint64(std::clamp(d, -limit, limit));
}

QString textOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::abs(d) < 9.0e15 && d == std::trunc(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return compactJson(v);
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool valuesEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!valuesEqual(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject() || b.isObject())
        return a == b;
    return textOf(a).compare(textOf(b), Qt::CaseInsensitive) == 0;
}

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    auto number = [](const QJsonValue &v, double *out) {
        if (v.isDouble()) {
            *out = v.toDouble();
            return true;
        }
        if (v.isString()) {
            bool ok = false;
            *out = v.toString().toDouble(&ok);
            return ok;
        }
        return false;
    };
    double x = 0;
    double y = 0;
    if ((a.isDouble() || b.isDouble()) && number(a, &x) && number(b, &y))
        return x < y ? -1 : (x > y ? 1 : 0);
    if (a.isString() && b.isString()) {
        // Expiry dates against addDays(utcNow(), n): instants, whatever their fractions and offsets.
        const QDateTime s = parseDateTime(a.toString());
        const QDateTime t = s.isValid() ? parseDateTime(b.toString()) : QDateTime();
        if (t.isValid())
            return s < t ? -1 : (s > t ? 1 : 0);
    }
    return textOf(a).compare(textOf(b), Qt::CaseInsensitive);
}

QDateTime parseDateTime(const QString &text)
{
    // Cheap refusal first: compareValues asks this of every pair of strings.
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        !text.at(0).isDigit())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() && text.size() > 23) {
        // .NET writes seven fraction digits ("2019-10-05T18:13:00.0000000Z"); Qt reads three.
        static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
        t = QDateTime::fromString(QString(text).replace(fraction, QStringLiteral("\\1")), Qt::ISODateWithMs);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset given: Azure means UTC
    return t;
}

QString isoDateTime(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return utc.addMSecs(-utc.time().msec()).toString(Qt::ISODate);
}

bool likeMatch(const QString &value, const QString &pattern)
{
    // Iterative glob with '*' only, case-insensitive.
    const QString v = value.toLower();
    const QString p = pattern.toLower();
    qsizetype vi = 0, pi = 0, star = -1, mark = 0;
    while (vi < v.size()) {
        if (pi < p.size() && p.at(pi) == QLatin1Char('*')) {
            star = pi++;
            mark = vi;
        } else if (pi < p.size() && p.at(pi) == v.at(vi)) {
            ++pi;
            ++vi;
        } else if (star >= 0) {
            pi = star + 1;
            vi = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p.at(pi) == QLatin1Char('*'))
        ++pi;
    return pi == p.size();
}

bool patternMatch(const QString &value, const QString &pattern, bool caseSensitive)
{
    if (value.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const QChar p = pattern.at(i);
        if (p == QLatin1Char('#')) {
            if (!c.isDigit())
                return false;
        } else if (p == QLatin1Char('?')) {
            if (!c.isLetter())
                return false;
        } else if (p == QLatin1Char('.')) {
            continue;
        } else if (caseSensitive ? c != p : c.toLower() != p.toLower()) {
            return false;
        }
    }
    return true;
}

bool containsValue(const QJsonValue &container, const QJsonValue &item)
{
    if (container.isArray()) {
        const QJsonArray array = container.toArray();
        return std::any_of(array.begin(), array.end(),
                           [&item](const QJsonValue &v) { return valuesEqual(v, item); });
    }
    if (container.isObject())
        return containsKey(container, textOf(item));
    if (container.isUndefined() || container.isNull())
        return false;
    return textOf(container).contains(textOf(item), Qt::CaseInsensitive);
}

bool containsKey(const QJsonValue &object, const QString &key)
{
    if (!object.isObject())
        return false;
    return !member(object.toObject(), key).isUndefined();
}

QJsonValue member(const QJsonObject &object, const QString &key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace vaultscope::policy
