#pragma once

#include "estate.h"
#include "policy/evaluator.h"
#include "ruleset.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace vaultscope {

// Outcome codes stored per vault and definition: one character each, in rule-set order.
namespace OutcomeCode {
constexpr char Compliant = 'C';
constexpr char NonCompliant = 'N';
constexpr char NotApplicable = '-';
constexpr char Unknown = 'U';
char of(policy::Outcome outcome);
} // namespace OutcomeCode

class Translation;
// "Compliant", "Non-compliant", "Unknown", "Not applicable": in `language`, or the window's when null.
QString outcomeLabel(char code, const Translation *language = nullptr);

// Evaluates one vault against every definition; the reasons come with it (for a vault page).
QList<policy::Evaluation> evaluateVault(const RuleSet &rules, const Estate &estate, const QJsonObject &vault,
                                        const QString &apiVersionOverride = {}, bool explain = true);
QString apiVersionFor(const Estate &estate, const QJsonObject &vault, const QString &apiVersionOverride);

// Evaluates every vault on all cores. Returns one code string per vault (estate.vaults order).
// progress(done, total) is called from worker threads; cancelled() is polled between vaults.
QList<QByteArray> evaluateEstate(const RuleSet &rules, const Estate &estate,
                                 const QString &apiVersionOverride = {},
                                 const std::function<bool()> &cancelled = {});

// Counts over a set of results.
struct PostureCounts
{
    int compliant = 0;
    int nonCompliant = 0;
    int unknown = 0;
    void add(char code);
    int evaluated() const { return compliant + nonCompliant + unknown; }
    // Compliant share of what was evaluated; unknown never counts as compliant.
    double score() const { return evaluated() ? double(compliant) / evaluated() : 0.0; }
};

} // namespace vaultscope
