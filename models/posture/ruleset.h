#pragma once

#include "policy/policydefinition.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace vaultscope {

// The policy definitions a posture is evaluated with, and the baseline controls each one
// evidences (from the Microsoft cloud security benchmark initiative's policyDefinitionGroups).
class RuleSet
{
public:
    QList<policy::PolicyDefinition> definitions;
    QHash<QString, QStringList> controls; // definition name (GUID) -> control ids ("NS-2", "DP-5")
    QStringList refused;                  // "file: reason" for definitions that cannot be evaluated

    // The built-in definitions Vaultscope ships, mapped through the shipped initiative.
    static const RuleSet &shipped();
    // Adds one definition file (a custom policy); false, with the reason in refused, if it cannot run.
    // parameters: values by name; each definition takes those it declares.
    bool addFile(const QString &path, const QJsonObject &parameters = {});
    void addInitiative(const QByteArray &json);

    QStringList controlsOf(const policy::PolicyDefinition &definition) const;
    int indexOf(const QString &definitionName) const;
};

} // namespace vaultscope
