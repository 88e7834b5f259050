#pragma once

#include "aliasresolver.h"
#include "expression.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace vaultscope::policy {

// A literal value or a template expression in a rule.
struct Operand
{
    bool isExpression = false;
    Expression expression;
    QJsonValue literal;
};

// One node of a compiled policy rule.
struct Condition
{
    enum Kind { AllOf, AnyOf, Not, Leaf } kind = Leaf;
    enum Subject { Field, Value, FieldCount, ValueCount } subject = Field;
    QList<Condition> children;

    QString alias; // Field, FieldCount
    ResolvedPath path;
    bool isType = false; // the "type" field
    Operand value;       // Value, ValueCount
    QString countName;   // ValueCount
    std::shared_ptr<Condition> where;
    QString op;       // operator, as written
    Operand operand;  // right-hand side
    QString location; // "policyRule.if.allOf[1]"
};

// A policy definition loaded and compiled for offline evaluation. Loading checks everything the
// evaluator relies on (shape, operators, functions, aliases, parameters, effect) so that a
// definition either runs completely or is refused with the reason.
class PolicyDefinition
{
public:
    // DeployIfNotExists is judged as AuditIfNotExists (whether the related resource exists), Modify
    // and Append as Audit (whether the rule matches): their compliance, without acting.
    enum class Effect { Audit, Deny, AuditIfNotExists, Disabled, DeployIfNotExists, Modify, Append };

    static bool load(const QString &path, PolicyDefinition *out, QString *error,
                     const QJsonObject &parameterValues = {});
    static bool fromJson(const QByteArray &json, const QString &source, PolicyDefinition *out, QString *error,
                         const QJsonObject &parameterValues = {});

    QString source; // file the definition came from
    QString name;   // the definition's name (a GUID for built-ins)
    QString id;
    QString displayName;
    QString description;
    QString version;
    QString category;
    Effect effect = Effect::Audit;
    QJsonObject parameters;    // effective values: supplied, else defaultValue
    Condition rule;            // the "if"
    QStringList selectedTypes; // resource types the "if" requires (lower case)
    // Mode Microsoft.KeyVault.Data or Microsoft.ManagedHSM.Data: applies to Key Vault objects only,
    // and the other modes never do.
    bool dataPlane = false;
    QSet<QString> aliases; // the field aliases its "if" reads (lower case)
    bool readsAlias(const QString &alias) const;
    // auditIfNotExists, deployIfNotExists
    bool checksExistence() const
    {
        return effect == Effect::AuditIfNotExists || effect == Effect::DeployIfNotExists;
    }
    QString relatedType;
    QString relatedName; // details.name: only the related resource of that name counts
    std::shared_ptr<Condition> existenceCondition;

    static QString effectName(Effect effect);
};

} // namespace vaultscope::policy
