#include "templatefunctions.h"

#include "jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <limits>

namespace vaultscope::policy::TemplateFunctions {

namespace {

constexpr Spec kSpecs[] = {
    {"add", 2, 2},
    {"sub", 2, 2},
    {"mul", 2, 2},
    {"div", 2, 2},
    {"mod", 2, 2},
    {"float", 1, 1},
    {"min", 1, -1},
    {"max", 1, -1},
    {"range", 2, 2},
    {"array", 1, 1},
    {"createObject", 0, -1},
    {"intersection", 2, -1},
    {"items", 1, 1},
    {"skip", 2, 2},
    {"take", 2, 2},
    {"json", 1, 1},
    {"format", 1, -1},
    {"base64", 1, 1},
    {"base64ToString", 1, 1},
    {"base64ToJson", 1, 1},
    {"dataUri", 1, 1},
    {"dataUriToString", 1, 1},
    {"uri", 2, 2},
    {"uriComponent", 1, 1},
    {"uriComponentToString", 1, 1},
    {"padLeft", 2, 3},
    {"split", 2, 2},
    {"substring", 2, 3},
    {"replace", 3, 3},
};

// Ranges and repetitions stay small: a rule that asks for more is a mistake or an attack.
constexpr qint64 kMaxItems = 100000;

QString tr(const char *text)
{
    return QCoreApplication::translate("vaultscope::policy::Expression", text);
}

bool integer(const QJsonValue &v, qint64 *out)
{
    bool ok = v.isDouble();
    const double d = ok ? v.toDouble() : textOf(v).toDouble(&ok);
    if (!ok || std::floor(d) != d || std::abs(d) > 9.0e15)
        return false;
    *out = qint64(d);
    return true;
}

QJsonValue parseJson(const QString &text, const char *function, QString *error)
{
    QJsonParseError parseError;
    // A bare value ("3", "\"a\"") is JSON too: read it as the only item of an array.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *error = tr("%1(): not JSON: %2").arg(QLatin1String(function), text.left(80));
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.array().first();
}

QJsonValue arithmetic(const QString &f, const QList<QJsonValue> &a, QString *error)
{
    qint64 x = 0, y = 0;
    if (!integer(a.at(0), &x) || !integer(a.at(1), &y)) {
        *error = tr("%1(): '%2' and '%3' must be integers").arg(f, textOf(a.at(0)), textOf(a.at(1)));
        return QJsonValue(QJsonValue::Undefined);
    }
    if ((f == QLatin1String("div") || f == QLatin1String("mod")) && y == 0) {
        *error = tr("%1(): division by zero").arg(f);
        return QJsonValue(QJsonValue::Undefined);
    }
    if (f == QLatin1String("add"))
        return double(x + y);
    if (f == QLatin1String("sub"))
        return double(x - y);
    if (f == QLatin1String("mul"))
        return double(x * y);
    if (f == QLatin1String("div"))
        return double(x / y); // integer division, as Resource Manager's
    return double(x % y);
}

QJsonValue extreme(const QString &f, const QList<QJsonValue> &a, QString *error)
{
    QList<QJsonValue> values = a;
    if (a.size() == 1 && a.at(0).isArray()) { // max([1, 2]) as max(1, 2)
        values.clear();
        for (const QJsonValue &v : a.at(0).toArray())
            values.append(v);
    }
    if (values.isEmpty()) {
        *error = tr("%1(): no values").arg(f);
        return QJsonValue(QJsonValue::Undefined);
    }
    qint64 best = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        qint64 v = 0;
        if (!integer(values.at(i), &v)) {
            *error = tr("%1(): '%2' is not an integer").arg(f, textOf(values.at(i)));
            return QJsonValue(QJsonValue::Undefined);
        }
        if (i == 0 || (f == QLatin1String("min") ? v < best : v > best))
            best = v;
    }
    return double(best);
}

QJsonValue slice(const QString &f, const QList<QJsonValue> &a, QString *error)
{
    qint64 n = 0;
    if (!integer(a.at(1), &n)) {
        *error = tr("%1(): '%2' is not an integer").arg(f, textOf(a.at(1)));
        return QJsonValue(QJsonValue::Undefined);
    }
    const bool skip = f == QLatin1String("skip");
    if (a.at(0).isArray()) {
        const QJsonArray in = a.at(0).toArray();
        const qsizetype k = qBound<qint64>(0, n, in.size());
        QJsonArray out;
        for (qsizetype i = skip ? k : 0; i < (skip ? in.size() : k); ++i)
            out.append(in.at(i));
        return out;
    }
    const QString s = textOf(a.at(0));
    const qsizetype k = qBound<qint64>(0, n, s.size());
    return skip ? s.mid(k) : s.left(k);
}

QJsonValue intersection(const QList<QJsonValue> &a, QString *error)
{
    if (std::all_of(a.cbegin(), a.cend(), [](const QJsonValue &v) { return v.isArray(); })) {
        QJsonArray out;
        for (const QJsonValue &item : a.at(0).toArray()) {
            const bool everywhere = std::all_of(a.cbegin() + 1, a.cend(), [&item](const QJsonValue &other) {
                return containsValue(other, item);
            });
            if (everywhere && !containsValue(out, item))
                out.append(item);
        }
        return out;
    }
    if (std::all_of(a.cbegin(), a.cend(), [](const QJsonValue &v) { return v.isObject(); })) {
        QJsonObject out;
        const QJsonObject first = a.at(0).toObject();
        for (auto it = first.constBegin(); it != first.constEnd(); ++it) {
            const bool everywhere = std::all_of(a.cbegin() + 1, a.cend(), [&it](const QJsonValue &other) {
                return other.toObject().contains(it.key()) &&
                       valuesEqual(other.toObject().value(it.key()), it.value());
            });
            if (everywhere)
                out.insert(it.key(), it.value());
        }
        return out;
    }
    *error = tr("intersection(): the arguments must be all arrays or all objects");
    return QJsonValue(QJsonValue::Undefined);
}

// .NET composite formatting as Resource Manager's format(): "{0}", "{1}", "{{" and "}}".
QJsonValue format(const QList<QJsonValue> &a, QString *error)
{
    const QString pattern = textOf(a.at(0));
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < pattern.size() &&
            pattern.at(i + 1) == c) {
            out += c;
            ++i;
            continue;
        }
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        const qsizetype end = pattern.indexOf(QLatin1Char('}'), i);
        bool ok = false;
        const int index = end < 0 ? -1 : pattern.mid(i + 1, end - i - 1).toInt(&ok);
        if (!ok || index < 0 || index + 1 >= a.size()) {
            *error = tr("format(): '%1' has a placeholder without an argument").arg(pattern);
            return QJsonValue(QJsonValue::Undefined);
        }
        out += textOf(a.at(index + 1));
        i = end;
    }
    return out;
}

} // namespace

const Spec *find(const QString &name)
{
    for (const Spec &s : kSpecs) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QJsonValue call(const QString &f, const QList<QJsonValue> &a, QString *error)
{
    if (f == QLatin1String("add") || f == QLatin1String("sub") || f == QLatin1String("mul") ||
        f == QLatin1String("div") || f == QLatin1String("mod"))
        return arithmetic(f, a, error);
    if (f == QLatin1String("min") || f == QLatin1String("max"))
        return extreme(f, a, error);
    if (f == QLatin1String("skip") || f == QLatin1String("take"))
        return slice(f, a, error);
    if (f == QLatin1String("intersection"))
        return intersection(a, error);
    if (f == QLatin1String("format"))
        return format(a, error);
    if (f == QLatin1String("padLeft")) {
        const QString pad = a.size() > 2 ? textOf(a.at(2)) : QStringLiteral(" ");
        if (pad.size() != 1) {
            *error = tr("padLeft(): the padding must be one character");
            return QJsonValue(QJsonValue::Undefined);
        }
        const double width = a.at(1).toDouble();
        if (!(width >= 0 && width <= double(MaxTextLength))) {
            *error = tr("padLeft(): the width must be from 0 to %1").arg(MaxTextLength);
            return QJsonValue(QJsonValue::Undefined);
        }
        return textOf(a.at(0)).rightJustified(int(width), pad.at(0));
    }
    if (f == QLatin1String("split"))
        return QJsonArray::fromStringList(textOf(a.at(0)).split(textOf(a.at(1))));
    if (f == QLatin1String("substring")) {
        const QString s = textOf(a.at(0));
        const qint64 start = toInt64(a.at(1).toDouble());
        const qint64 length = a.size() > 2 ? toInt64(a.at(2).toDouble()) : s.size() - start;
        if (start < 0 || length < 0 || start > s.size() || length > s.size() - start) {
            *error = tr("substring(): range outside '%1'").arg(s);
            return QJsonValue(QJsonValue::Undefined);
        }
        return s.mid(start, length);
    }
    if (f == QLatin1String("replace")) {
        const QString text = textOf(a.at(0));
        const QString before = textOf(a.at(1));
        const QString after = textOf(a.at(2));
        // Measured before it is built: nested replaces could otherwise grow without end.
        const qint64 hits = before.isEmpty() ? text.size() + 1 : text.count(before);
        if (text.size() + hits * (after.size() - before.size()) > MaxTextLength) {
            *error = tr("replace(): the result would exceed %1 characters").arg(MaxTextLength);
            return QJsonValue(QJsonValue::Undefined);
        }
        return QString(text).replace(before, after);
    }
    if (f == QLatin1String("float")) {
        bool ok = a.at(0).isDouble();
        const double d = ok ? a.at(0).toDouble() : textOf(a.at(0)).toDouble(&ok);
        if (!ok)
            *error = tr("float(): '%1' is not a number").arg(textOf(a.at(0)));
        return ok ? QJsonValue(d) : QJsonValue(QJsonValue::Undefined);
    }
    if (f == QLatin1String("range")) {
        qint64 start = 0, count = 0;
        if (!integer(a.at(0), &start) || !integer(a.at(1), &count) || count < 0 || count > kMaxItems) {
            *error = tr("range(): needs a start and a count from 0 to %1").arg(kMaxItems);
            return QJsonValue(QJsonValue::Undefined);
        }
        QJsonArray out;
        for (qint64 i = 0; i < count; ++i)
            out.append(double(start + i));
        return out;
    }
    if (f == QLatin1String("array"))
        return a.at(0).isArray() ? a.at(0) : QJsonArray{a.at(0)};
    if (f == QLatin1String("createObject")) {
        if (a.size() % 2 != 0) {
            *error = tr("createObject(): needs pairs of a key and a value");
            return QJsonValue(QJsonValue::Undefined);
        }
        QJsonObject out;
        for (qsizetype i = 0; i < a.size(); i += 2)
            out.insert(textOf(a.at(i)), a.at(i + 1));
        return out;
    }
    if (f == QLatin1String("items")) {
        QJsonArray out;
        const QJsonObject o = a.at(0).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) // QJsonObject keeps its keys sorted
            out.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}});
        return out;
    }
    if (f == QLatin1String("json"))
        return parseJson(textOf(a.at(0)), "json", error);
    if (f == QLatin1String("base64"))
        return QString::fromLatin1(textOf(a.at(0)).toUtf8().toBase64());
    if (f == QLatin1String("base64ToString") || f == QLatin1String("base64ToJson")) {
        const auto decoded = QByteArray::fromBase64Encoding(textOf(a.at(0)).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = tr("%1(): '%2' is not base64").arg(f, textOf(a.at(0)).left(80));
            return QJsonValue(QJsonValue::Undefined);
        }
        const QString text = QString::fromUtf8(*decoded);
        return f == QLatin1String("base64ToString") ? QJsonValue(text)
                                                    : parseJson(text, "base64ToJson", error);
    }
    if (f == QLatin1String("dataUri"))
        return QString(QStringLiteral("data:text/plain;charset=utf8;base64,") +
                       QString::fromLatin1(textOf(a.at(0)).toUtf8().toBase64()));
    if (f == QLatin1String("dataUriToString")) {
        const QString uri = textOf(a.at(0));
        const qsizetype comma = uri.indexOf(QLatin1Char(','));
        if (!uri.startsWith(QLatin1String("data:")) || comma < 0) {
            *error = tr("dataUriToString(): '%1' is not a data URI").arg(uri.left(80));
            return QJsonValue(QJsonValue::Undefined);
        }
        const QString payload = uri.mid(comma + 1);
        return uri.left(comma).endsWith(QLatin1String(";base64"))
                   ? QString::fromUtf8(QByteArray::fromBase64(payload.toLatin1()))
                   : QUrl::fromPercentEncoding(payload.toUtf8());
    }
    if (f == QLatin1String("uri"))
        return QUrl(textOf(a.at(0))).resolved(QUrl(textOf(a.at(1)))).toString();
    if (f == QLatin1String("uriComponent"))
        return QString::fromLatin1(QUrl::toPercentEncoding(textOf(a.at(0))));
    if (f == QLatin1String("uriComponentToString"))
        return QUrl::fromPercentEncoding(textOf(a.at(0)).toUtf8());
    *error = tr("unsupported template function '%1'").arg(f);
    return QJsonValue(QJsonValue::Undefined);
}

namespace {
quint32 ipv4(const QString &text, bool *ok)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    *ok = parts.size() == 4;
    quint32 address = 0;
    for (const QString &part : parts) {
        bool partOk = false;
        const uint octet = part.toUInt(&partOk);
        *ok = *ok && partOk && octet <= 255 && !part.isEmpty();
        address = (address << 8) | (octet & 0xFF);
    }
    return *ok ? address : 0;
}

} // namespace

// Whether the CIDR range (or single address) `range` contains `target` (an address or range).
bool ipRangeContains(const QString &range, const QString &target, QString *error)
{
    const auto parse = [&](const QString &s, quint32 *lo, quint32 *hi) {
        const QString base = s.section(QLatin1Char('/'), 0, 0).trimmed();
        bool ok = false;
        const quint32 addr = ipv4(base, &ok);
        if (!ok) {
            *error = QCoreApplication::translate("vaultscope::policy::Expression",
                                                 "ipRangeContains: '%1' is not an IPv4 address or range")
                         .arg(s);
            return false;
        }
        int prefix = 32;
        if (s.contains(QLatin1Char('/'))) {
            prefix = s.section(QLatin1Char('/'), 1).toInt(&ok);
            if (!ok || prefix < 0 || prefix > 32) {
                *error = QCoreApplication::translate("vaultscope::policy::Expression",
                                                     "ipRangeContains: bad prefix in '%1'")
                             .arg(s);
                return false;
            }
        }
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        *lo = addr & mask;
        *hi = *lo | ~mask;
        return true;
    };
    quint32 rlo, rhi, tlo, thi;
    if (!parse(range, &rlo, &rhi) || !parse(target, &tlo, &thi))
        return false;
    return tlo >= rlo && thi <= rhi;
}

QJsonObject resourceGroupOf(const QString &id)
{
    const qsizetype at = id.indexOf(QLatin1String("/resourceGroups/"), 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    const QString name = id.mid(at + 16).section(QLatin1Char('/'), 0, 0);
    return {{QStringLiteral("id"), QString(id.left(at + 16) + name)}, {QStringLiteral("name"), name}};
}

QJsonObject subscriptionOf(const QString &id)
{
    if (!id.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive))
        return {};
    const QString sub = id.section(QLatin1Char('/'), 2, 2);
    return {{QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + sub)},
            {QStringLiteral("subscriptionId"), sub}};
}

} // namespace vaultscope::policy::TemplateFunctions
