#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace vaultscope::policy {

// What a template expression may ask of the evaluation in progress.
class ExpressionHost
{
public:
    virtual ~ExpressionHost() = default;
    virtual QJsonValue parameter(const QString &name) const = 0;
    virtual QJsonValue field(const QString &alias) = 0;
    virtual QJsonValue current(const QString &name) = 0; // empty name: the innermost count
    virtual QString apiVersion() const = 0;
    // utcNow(): the evaluation instant (a snapshot's capture time), the clock when not given.
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    // resourceGroup() and subscription(): what a snapshot knows of them (id and name, from the
    // resource's id); reading any other property is an error that makes the result unknown.
    virtual QJsonObject resourceGroup() const { return {}; }
    virtual QJsonObject subscription() const { return {}; }
};

// An ARM template expression as used in policy rules: "[parameters('effect')]",
// "[padLeft(current('x'), 3, '0')]", "[requestContext().apiVersion]". Parsed once; functions
// Vaultscope does not implement are refused at parse time, never guessed.
class Expression
{
public:
    struct Node;

    // "[...]" (but not the "[[" escape for a literal bracket).
    static bool isExpression(const QString &text);
    // A literal string value: "[[x]" stands for "[x]".
    static QString unescape(const QString &text);

    bool parse(const QString &text, QString *error);
    // Undefined for a missing value (an absent field); sets *error for runtime failures.
    QJsonValue evaluate(ExpressionHost &host, QString *error) const;

    QString text() const { return m_text; }
    // String-literal arguments of field(...) and current(...), and the parameters referenced,
    // for checks at load time.
    QStringList fieldArguments() const;
    QStringList currentArguments() const;
    QStringList parameterNames() const;

    static QStringList supportedFunctions();
    // Calls, brackets and member chains nest at most this deep (the built-ins nest 4).
    static constexpr int MaxDepth = 64;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace vaultscope::policy
