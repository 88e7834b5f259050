#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace vaultscope::policy::TemplateFunctions {

// The Resource Manager template functions that policy rules may use beyond the core set the
// expression evaluator handles itself: numbers (add, sub, mul, div, mod, float, min, max, range),
// arrays and objects (array, createObject, intersection, items, skip, take, json), strings and
// encodings (format, padLeft, split, substring, replace, base64, base64ToString, base64ToJson,
// dataUri, dataUriToString, uri, uriComponent, uriComponentToString). Pure: they read only their
// arguments.
struct Spec
{
    const char *name;
    int minArgs;
    int maxArgs; // -1: any
};
const Spec *find(const QString &name);

// No function makes a string longer or an array larger than these (the built-ins stay far below).
constexpr qint64 MaxTextLength = 1 << 20;
constexpr qint64 MaxArrayLength = 1000000;

// The function's value; *error says why the arguments do not fit (then the value is undefined).
QJsonValue call(const QString &name, const QList<QJsonValue> &args, QString *error);

// Whether the IPv4 CIDR range (or single address) `range` contains `target` (an address or range).
bool ipRangeContains(const QString &range, const QString &target, QString *error);

// resourceGroup() and subscription() as far as a resource id tells them: {id, name} and
// {id, subscriptionId}; empty when the id has no such part.
QJsonObject resourceGroupOf(const QString &resourceId);
QJsonObject subscriptionOf(const QString &resourceId);

} // namespace vaultscope::policy::TemplateFunctions
