#include "expression.h"

#include "jsonvalues.h"
#include "templatefunctions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vaultscope::policy {

struct Expression::Node
{
    enum Kind { Literal, Call, Member, Index } kind = Literal;
    QJsonValue literal;
    QString name;                            // function or member name
    QList<std::shared_ptr<const Node>> args; // call arguments; Member/Index: args[0] is the object
};

namespace {

using NodePtr = std::shared_ptr<const Expression::Node>;

using FunctionSpec = TemplateFunctions::Spec;

constexpr FunctionSpec kFunctions[] = {
    {"parameters", 1, 1},   {"field", 1, 1},        {"current", 0, 1},       {"requestContext", 0, 0},
    {"concat", 1, -1},      {"toLower", 1, 1},      {"toUpper", 1, 1},       {"if", 3, 3},
    {"empty", 1, 1},        {"first", 1, 1},        {"last", 1, 1},          {"length", 1, 1},
    {"equals", 2, 2},       {"not", 1, 1},          {"and", 2, -1},          {"or", 2, -1},
    {"less", 2, 2},         {"lessOrEquals", 2, 2}, {"greater", 2, 2},       {"greaterOrEquals", 2, 2},
    {"contains", 2, 2},     {"startsWith", 2, 2},   {"endsWith", 2, 2},      {"trim", 1, 1},
    {"string", 1, 1},       {"int", 1, 1},          {"bool", 1, 1},          {"coalesce", 1, -1},
    {"createArray", 0, -1}, {"indexOf", 2, 2},      {"lastIndexOf", 2, 2},   {"ipRangeContains", 2, 2},
    {"true", 0, 0},         {"false", 0, 0},        {"null", 0, 0},          {"union", 1, -1},
    {"utcNow", 0, 1},       {"addDays", 2, 2},      {"resourceGroup", 0, 0}, {"subscription", 0, 0},
};

const FunctionSpec *findFunction(const QString &name)
{
    for (const auto &f : kFunctions) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return TemplateFunctions::find(name);
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_s(text)
    {
    }

    NodePtr parse(QString *error)
    {
        NodePtr n = expression();
        skipSpace();
        if (!m_error.isEmpty() || m_pos != m_s.size()) {
            *error = m_error.isEmpty() ? QCoreApplication::translate("vaultscope::policy::Expression",
                                                                     "unexpected '%1' at position %2")
                                             .arg(m_s.mid(m_pos, 10))
                                             .arg(m_pos)
                                       : m_error;
            return {};
        }
        return n;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s.at(m_pos).isSpace())
            ++m_pos;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (m_pos < m_s.size() && m_s.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return {};
    }

    NodePtr expression()
    {
        // Each level is a frame here and in evaluation: real rules nest a handful, hostile text
        // could nest until the stack ends. A member chain a.b[0].c nests as deep as it is long.
        const int depth = m_depth;
        NodePtr n = deeper() ? primary() : NodePtr();
        while (n) {
            if (eat(QLatin1Char('.'))) {
                const QString name = identifier();
                if (name.isEmpty())
                    return fail(QCoreApplication::translate("vaultscope::policy::Expression",
                                                            "a property name must follow '.'"));
                auto m = std::make_shared<Expression::Node>();
                m->kind = Expression::Node::Member;
                m->name = name;
                m->args = {n};
                n = m;
            } else if (eat(QLatin1Char('['))) {
                NodePtr index = expression();
                if (!index || !eat(QLatin1Char(']')))
                    return fail(
                        QCoreApplication::translate("vaultscope::policy::Expression", "unclosed '['"));
                auto m = std::make_shared<Expression::Node>();
                m->kind = Expression::Node::Index;
                m->args = {n, index};
                n = m;
            } else {
                break;
            }
            if (!deeper())
                return {};
        }
        m_depth = depth;
        return n;
    }

    bool deeper()
    {
        if (++m_depth <= Expression::MaxDepth)
            return true;
        fail(QCoreApplication::translate("vaultscope::policy::Expression",
                                         "the expression nests deeper than %1 levels")
                 .arg(Expression::MaxDepth));
        return false;
    }

    QString identifier()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && (m_s.at(m_pos).isLetterOrNumber() || m_s.at(m_pos) == QLatin1Char('_')))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }

    NodePtr primary()
    {
        skipSpace();
        if (m_pos >= m_s.size())
            return fail(QCoreApplication::translate("vaultscope::policy::Expression",
                                                    "the expression ends too early"));
        const QChar c = m_s.at(m_pos);
        auto node = std::make_shared<Expression::Node>();
        if (c == QLatin1Char('\'')) {
            QString value;
            ++m_pos;
            while (true) {
                if (m_pos >= m_s.size())
                    return fail(
                        QCoreApplication::translate("vaultscope::policy::Expression", "unterminated string"));
                if (m_s.at(m_pos) == QLatin1Char('\'')) {
                    if (m_pos + 1 < m_s.size() && m_s.at(m_pos + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                value += m_s.at(m_pos++);
            }
            node->literal = value;
            return node;
        }
        if (c.isDigit() || c == QLatin1Char('-')) {
            const qsizetype start = m_pos++;
            while (m_pos < m_s.size() && (m_s.at(m_pos).isDigit() || m_s.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            bool ok = false;
            const double d = m_s.mid(start, m_pos - start).toDouble(&ok);
            if (!ok)
                return fail(
                    QCoreApplication::translate("vaultscope::policy::Expression", "bad number at position %1")
                        .arg(start));
            node->literal = d;
            return node;
        }
        const QString name = identifier();
        if (name.isEmpty())
            return fail(QCoreApplication::translate("vaultscope::policy::Expression",
                                                    "unexpected '%1' at position %2")
                            .arg(c)
                            .arg(m_pos));
        if (!eat(QLatin1Char('('))) {
            if (name == QLatin1String("true") || name == QLatin1String("false")) {
                node->literal = name == QLatin1String("true");
                return node;
            }
            if (name == QLatin1String("null")) {
                node->literal = QJsonValue(QJsonValue::Null);
                return node;
            }
            return fail(
                QCoreApplication::translate("vaultscope::policy::Expression", "'%1' is not a function call")
                    .arg(name));
        }
        const FunctionSpec *spec = findFunction(name);
        if (!spec)
            return fail(QCoreApplication::translate("vaultscope::policy::Expression",
                                                    "unsupported template function '%1'")
                            .arg(name));
        node->kind = Expression::Node::Call;
        node->name = QString::fromLatin1(spec->name);
        if (!eat(QLatin1Char(')'))) {
            do {
                NodePtr arg = expression();
                if (!arg)
                    return {};
                node->args.append(arg);
            } while (eat(QLatin1Char(',')));
            if (!eat(QLatin1Char(')')))
                return fail(QCoreApplication::translate("vaultscope::policy::Expression",
                                                        "missing ')' after the arguments of %1")
                                .arg(name));
        }
        const int n = int(node->args.size());
        if (n < spec->minArgs || (spec->maxArgs >= 0 && n > spec->maxArgs))
            return fail(
                QCoreApplication::translate("vaultscope::policy::Expression",
                                            "%1() takes %2 argument(s), not %3")
                    .arg(node->name)
                    .arg(spec->maxArgs == spec->minArgs
                             ? QString::number(spec->minArgs)
                             : QCoreApplication::translate("vaultscope::policy::Expression", "%1 or more")
                                   .arg(spec->minArgs))
                    .arg(n));
        if (node->name == QLatin1String("field") && !node->args.at(0)->literal.isString())
            return fail(QCoreApplication::translate("vaultscope::policy::Expression",
                                                    "field() takes a literal alias"));
        return node;
    }

    const QString m_s;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

class Evaluator
{
public:
    Evaluator(ExpressionHost &host, QString *error)
        : m_host(host)
        , m_error(error)
    {
    }

    QJsonValue eval(const Expression::Node &n)
    {
        switch (n.kind) {
        case Expression::Node::Literal:
            return n.literal;
        case Expression::Node::Member: {
            const QJsonValue object = eval(*n.args.at(0));
            const Expression::Node &of = *n.args.at(0);
            // resourceGroup().location: a property a snapshot does not hold makes the result unknown.
            if (of.kind == Expression::Node::Call &&
                (of.name == QLatin1String("resourceGroup") || of.name == QLatin1String("subscription")) &&
                !object.toObject().contains(n.name))
                return failWith(
                    QCoreApplication::translate("vaultscope::policy::Expression",
                                                "%1().%2 was not captured: a snapshot holds its id "
                                                "and name only")
                        .arg(of.name, n.name));
            return object.isObject() ? member(object.toObject(), n.name) : QJsonValue(QJsonValue::Undefined);
        }
        case Expression::Node::Index: {
            const QJsonValue object = eval(*n.args.at(0));
            const QJsonValue index = eval(*n.args.at(1));
            if (object.isArray())
                return object.toArray().at(qsizetype(toInt64(index.toDouble())));
            if (object.isObject())
                return member(object.toObject(), textOf(index));
            return QJsonValue(QJsonValue::Undefined);
        }
        case Expression::Node::Call:
            return call(n);
        }
        return {};
    }

private:
    QJsonValue failWith(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
        return QJsonValue(QJsonValue::Undefined);
    }

    // Every function's value is bounded, so that nesting cannot grow strings or arrays without end.
    QJsonValue call(const Expression::Node &n)
    {
        const QJsonValue v = apply(n);
        if ((v.isString() && v.toString().size() > TemplateFunctions::MaxTextLength) ||
            (v.isArray() && v.toArray().size() > TemplateFunctions::MaxArrayLength))
            return failWith(QCoreApplication::translate("vaultscope::policy::Expression",
                                                        "%1(): the result exceeds %2 characters or %3 items")
                                .arg(n.name)
                                .arg(TemplateFunctions::MaxTextLength)
                                .arg(TemplateFunctions::MaxArrayLength));
        return v;
    }

    QJsonValue apply(const Expression::Node &n)
    {
        const QString &f = n.name;
        QList<QJsonValue> a;
        // if() evaluates only the branch it takes.
        if (f == QLatin1String("if")) {
            const QJsonValue c = eval(*n.args.at(0));
            return eval(*n.args.at(
                c.toBool() || textOf(c).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ? 1 : 2));
        }
        for (const auto &arg : n.args)
            a.append(eval(*arg));
        if (f == QLatin1String("parameters"))
            return m_host.parameter(textOf(a.at(0)));
        if (f == QLatin1String("field"))
            return m_host.field(textOf(a.at(0)));
        if (f == QLatin1String("current"))
            return m_host.current(a.isEmpty() ? QString() : textOf(a.at(0)));
        if (f == QLatin1String("requestContext"))
            return QJsonObject{{QStringLiteral("apiVersion"), m_host.apiVersion()}};
        if (f == QLatin1String("utcNow"))
            return isoDateTime(m_host.now());
        if (f == QLatin1String("addDays")) {
            const QDateTime start = parseDateTime(textOf(a.at(0)));
            bool ok = false;
            const double days = a.at(1).isDouble() ? a.at(1).toDouble() : textOf(a.at(1)).toDouble(&ok);
            if (!start.isValid() || (!a.at(1).isDouble() && !ok))
                return failWith(
                    QCoreApplication::translate("vaultscope::policy::Expression",
                                                "addDays(): '%1' plus '%2' days is not a date-time")
                        .arg(textOf(a.at(0)), textOf(a.at(1))));
            const QDateTime end = start.addSecs(toInt64(days * 86400));
            if (!end.isValid())
                return failWith(
                    QCoreApplication::translate("vaultscope::policy::Expression",
                                                "addDays(): '%1' plus '%2' days is not a date-time")
                        .arg(textOf(a.at(0)), textOf(a.at(1))));
            return isoDateTime(end);
        }
        if (f == QLatin1String("true"))
            return true;
        if (f == QLatin1String("false"))
            return false;
        if (f == QLatin1String("null"))
            return QJsonValue(QJsonValue::Null);
        if (f == QLatin1String("concat")) {
            qint64 size = 0;
            for (const QJsonValue &v : a)
                size += v.isArray() ? v.toArray().size() : textOf(v).size();
            if (size > TemplateFunctions::MaxTextLength)
                return failWith(
                    QCoreApplication::translate("vaultscope::policy::Expression",
                                                "concat(): the result would exceed %1 characters or items")
                        .arg(TemplateFunctions::MaxTextLength));
            if (a.at(0).isArray()) {
                QJsonArray out;
                for (const QJsonValue &v : a) {
                    const QJsonArray part = v.toArray();
                    for (const QJsonValue &x : part)
                        out.append(x);
                }
                return out;
            }
            QString out;
            for (const QJsonValue &v : a)
                out += textOf(v);
            return out;
        }
        if (f == QLatin1String("union") || f == QLatin1String("createArray")) {
            QJsonArray out;
            for (const QJsonValue &v : a) {
                if (f == QLatin1String("createArray") || !v.isArray()) {
                    out.append(v);
                    continue;
                }
                const QJsonArray part = v.toArray();
                for (const QJsonValue &x : part) {
                    if (!containsValue(out, x))
                        out.append(x);
                }
            }
            return out;
        }
        if (f == QLatin1String("toLower"))
            return textOf(a.at(0)).toLower();
        if (f == QLatin1String("toUpper"))
            return textOf(a.at(0)).toUpper();
        if (f == QLatin1String("trim"))
            return textOf(a.at(0)).trimmed();
        if (f == QLatin1String("string"))
            return a.at(0).isString() ? a.at(0) : QJsonValue(textOf(a.at(0)));
        if (f == QLatin1String("int")) {
            bool ok = false;
            const double d = a.at(0).isDouble() ? a.at(0).toDouble() : textOf(a.at(0)).toDouble(&ok);
            if (!a.at(0).isDouble() && !ok)
                return failWith(QCoreApplication::translate("vaultscope::policy::Expression",
                                                            "int(): '%1' is not a number")
                                    .arg(textOf(a.at(0))));
            return double(toInt64(d));
        }
        if (f == QLatin1String("bool"))
            return a.at(0).isBool()
                       ? a.at(0).toBool()
                       : textOf(a.at(0)).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        if (f == QLatin1String("empty")) {
            const QJsonValue &v = a.at(0);
            if (v.isUndefined() || v.isNull())
                return true;
            if (v.isArray())
                return v.toArray().isEmpty();
            if (v.isObject())
                return v.toObject().isEmpty();
            return textOf(v).isEmpty();
        }
        if (f == QLatin1String("length")) {
            const QJsonValue &v = a.at(0);
            if (v.isArray())
                return double(v.toArray().size());
            if (v.isObject())
                return double(v.toObject().size());
            if (v.isUndefined() || v.isNull())
                return 0.0;
            return double(textOf(v).size());
        }
        if (f == QLatin1String("first") || f == QLatin1String("last")) {
            const QJsonValue &v = a.at(0);
            const bool first = f == QLatin1String("first");
            if (v.isArray()) {
                const QJsonArray array = v.toArray();
                return array.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                       : (first ? array.first() : array.last());
            }
            const QString s = textOf(v);
            return s.isEmpty() ? QString() : QString(first ? s.front() : s.back());
        }
        if (f == QLatin1String("equals"))
            return valuesEqual(a.at(0), a.at(1));
        if (f == QLatin1String("not"))
            return !a.at(0).toBool();
        if (f == QLatin1String("and"))
            return std::all_of(a.cbegin(), a.cend(), [](const QJsonValue &v) { return v.toBool(); });
        if (f == QLatin1String("or"))
            return std::any_of(a.cbegin(), a.cend(), [](const QJsonValue &v) { return v.toBool(); });
        if (f == QLatin1String("less"))
            return compareValues(a.at(0), a.at(1)) < 0;
        if (f == QLatin1String("lessOrEquals"))
            return compareValues(a.at(0), a.at(1)) <= 0;
        if (f == QLatin1String("greater"))
            return compareValues(a.at(0), a.at(1)) > 0;
        if (f == QLatin1String("greaterOrEquals"))
            return compareValues(a.at(0), a.at(1)) >= 0;
        if (f == QLatin1String("contains"))
            return containsValue(a.at(0), a.at(1));
        if (f == QLatin1String("startsWith"))
            return textOf(a.at(0)).startsWith(textOf(a.at(1)), Qt::CaseInsensitive);
        if (f == QLatin1String("endsWith"))
            return textOf(a.at(0)).endsWith(textOf(a.at(1)), Qt::CaseInsensitive);
        if (f == QLatin1String("indexOf"))
            return double(textOf(a.at(0)).indexOf(textOf(a.at(1)), 0, Qt::CaseInsensitive));
        if (f == QLatin1String("lastIndexOf"))
            return double(textOf(a.at(0)).lastIndexOf(textOf(a.at(1)), -1, Qt::CaseInsensitive));
        if (f == QLatin1String("coalesce")) {
            for (const QJsonValue &v : a) {
                if (!v.isUndefined() && !v.isNull())
                    return v;
            }
            return QJsonValue(QJsonValue::Null);
        }
        if (f == QLatin1String("resourceGroup"))
            return m_host.resourceGroup();
        if (f == QLatin1String("subscription"))
            return m_host.subscription();
        if (TemplateFunctions::find(f)) {
            QString error;
            const QJsonValue v = TemplateFunctions::call(f, a, &error);
            return error.isEmpty() ? v : failWith(error);
        }
        if (f == QLatin1String("ipRangeContains")) {
            QString error;
            const bool inside = TemplateFunctions::ipRangeContains(textOf(a.at(0)), textOf(a.at(1)), &error);
            if (!error.isEmpty())
                return failWith(error);
            return inside;
        }
        return failWith(QCoreApplication::translate("vaultscope::policy::Expression",
                                                    "unsupported template function '%1'")
                            .arg(f));
    }

    ExpressionHost &m_host;
    QString *m_error;
};

void collectCalls(const NodePtr &n, const QString &function, QStringList *out)
{
    if (!n)
        return;
    if (n->kind == Expression::Node::Call && n->name == function && !n->args.isEmpty() &&
        n->args.at(0)->kind == Expression::Node::Literal)
        out->append(textOf(n->args.at(0)->literal));
    for (const auto &arg : n->args)
        collectCalls(arg, function, out);
}

} // namespace

bool Expression::isExpression(const QString &text)
{
    return text.size() >= 2 && text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')) &&
           !text.startsWith(QLatin1String("[["));
}

QString Expression::unescape(const QString &text)
{
    return text.startsWith(QLatin1String("[[")) ? text.mid(1) : text;
}

bool Expression::parse(const QString &text, QString *error)
{
    m_text = text;
    Parser parser(text.mid(1, text.size() - 2));
    QString message;
    m_root = parser.parse(&message);
    if (!m_root) {
        // A hostile expression can be megabytes long: the message quotes its start.
        const QString quoted = text.size() > 80 ? text.left(80) + QChar(0x2026) : text;
        *error = QCoreApplication::translate("vaultscope::policy::Expression", "expression %1: %2")
                     .arg(quoted, message);
        return false;
    }
    return true;
}

QJsonValue Expression::evaluate(ExpressionHost &host, QString *error) const
{
    Evaluator e(host, error);
    return m_root ? e.eval(*m_root) : QJsonValue(QJsonValue::Undefined);
}

QStringList Expression::fieldArguments() const
{
    QStringList out;
    collectCalls(m_root, QStringLiteral("field"), &out);
    return out;
}

QStringList Expression::currentArguments() const
{
    QStringList out;
    collectCalls(m_root, QStringLiteral("current"), &out);
    return out;
}

QStringList Expression::parameterNames() const
{
    QStringList out;
    collectCalls(m_root, QStringLiteral("parameters"), &out);
    return out;
}

QStringList Expression::supportedFunctions()
{
    QStringList out;
    for (const auto &f : kFunctions)
        out.append(QString::fromLatin1(f.name));
    return out;
}

} // namespace vaultscope::policy
