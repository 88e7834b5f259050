#pragma once

#include "policydefinition.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vaultscope::policy {

enum class Outcome { Compliant, NonCompliant, NotApplicable, Unknown };
QString outcomeKey(Outcome outcome); // "compliant", "noncompliant", "notapplicable", "unknown"

struct Evaluation
{
    Outcome outcome = Outcome::Unknown;
    QString reason; // for a failure: the condition, property path and value that decided it
};

// What one evaluation sees of the estate.
struct EvaluationInput
{
    const QJsonObject *resource = nullptr;
    QString apiVersion; // requestContext().apiVersion
    // auditIfNotExists: the related resources of the definition's type attached to this resource,
    // and whether the snapshot captured that type at all (if not, the result is unknown).
    QList<QJsonObject> related;
    bool relatedCaptured = false;
    QString relatedGap;  // why this resource's related resources could not be read (a live scan's gap)
    bool explain = true; // build the reason text (off for bulk evaluation, where only outcomes are kept)
    QString typeLower;   // the resource's type in lower case, if the caller has it already
    QDateTime now;       // utcNow(): the snapshot's capture time; the clock when invalid
};

// Evaluates a compiled definition against one resource, offline. Thread-safe: no shared state.
// All counts of one evaluation together evaluate their where at most MaxCountSteps times (a count
// over a million members fits; counts nested over large arrays make the result unknown, saying so).
constexpr qint64 MaxCountSteps = 2000000;
Evaluation evaluate(const PolicyDefinition &definition, const EvaluationInput &input);

} // namespace vaultscope::policy
