#include "ruleset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultscope {

bool RuleSet::addFile(const QString &path, const QJsonObject &parameters)
{
    QJsonObject declared;
    if (!parameters.isEmpty()) {
        QFile f(path);
        const QJsonObject root =
            f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        const QJsonObject names =
            root.value(QLatin1String("properties")).toObject().value(QLatin1String("parameters")).toObject();
        for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
            if (names.contains(it.key()))
                declared.insert(it.key(), it.value());
        }
    }
    policy::PolicyDefinition d;
    QString error;
    if (!policy::PolicyDefinition::load(path, &d, &error, declared)) {
        refused.append(error);
        return false;
    }
    definitions.append(d);
    return true;
}

void RuleSet::addInitiative(const QByteArray &json)
{
    static const QString groupPrefix = QStringLiteral("Azure_Security_Benchmark_v3.0_");
    const QJsonObject props =
        QJsonDocument::fromJson(json).object().value(QLatin1String("properties")).toObject();
    const QJsonArray refs = props.value(QLatin1String("policyDefinitions")).toArray();
    for (const QJsonValue &ref : refs) {
        const QString name =
            ref[QLatin1String("policyDefinitionId")].toString().section(QLatin1Char('/'), -1).toLower();
        const QJsonArray groups = ref[QLatin1String("groupNames")].toArray();
        QStringList &ids = controls[name];
        for (const QJsonValue &g : groups) {
            QString id = g.toString();
            if (id.startsWith(groupPrefix))
                id = id.mid(groupPrefix.size());
            if (!ids.contains(id))
                ids.append(id);
        }
    }
}

QStringList RuleSet::controlsOf(const policy::PolicyDefinition &definition) const
{
    return controls.value(definition.name.toLower());
}

int RuleSet::indexOf(const QString &definitionName) const
{
    for (int i = 0; i < definitions.size(); ++i) {
        if (definitions.at(i).name.compare(definitionName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const RuleSet &RuleSet::shipped()
{
    static const RuleSet rules = [] {
        RuleSet r;
        const QDir dir(QStringLiteral(":/policy/definitions"));
        for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            r.addFile(dir.filePath(f));
        // Key Vault objects: the data-plane definitions, with the values of
        // parameters/dataplane.json where a parameter has no default (README explains them).
        QFile values(QStringLiteral(":/policy/parameters/dataplane.json"));
        const QJsonObject parameters = values.open(QIODevice::ReadOnly)
                                           ? QJsonDocument::fromJson(values.readAll()).object()
                                           : QJsonObject();
        const QDir dataPlane(QStringLiteral(":/policy/definitions-dataplane"));
        for (const QString &f : dataPlane.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            r.addFile(dataPlane.filePath(f), parameters);
        // Both published generations of the benchmark initiative; their mappings are merged.
        const QDir initiatives(QStringLiteral(":/policy/initiatives"));
        for (const QString &f : initiatives.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile initiative(initiatives.filePath(f));
            if (initiative.open(QIODevice::ReadOnly))
                r.addInitiative(initiative.readAll());
        }
        return r;
    }();
    return rules;
}

} // namespace vaultscope
