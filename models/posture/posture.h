#pragma once

#include "estate.h"
#include "policy/evaluator.h"
#include "ruleset.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>

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
// ✗, ✓ or ? before a result, so that it reads without colour too.
QString outcomeMark(char code);

// Evaluates one vault against every definition as of `now` (the clock when invalid); the reasons
// come with it (for a vault page).
QList<policy::Evaluation> evaluateVault(const RuleSet &rules, const Estate &estate, const QJsonObject &vault,
                                        const QString &apiVersionOverride = {}, bool explain = true,
                                        const QDateTime &now = {});
QString apiVersionFor(const Estate &estate, const QJsonObject &vault, const QString &apiVersionOverride);

// Evaluates one Key Vault object (DataPlane::normalize's form) against every definition, as of `now`.
// Without rotation policies in the input (rotationPoliciesCaptured false), what a key's rotation
// policy decides is unknown, not "none".
QList<policy::Evaluation> evaluateObject(const RuleSet &rules, const QJsonObject &normalized,
                                         const QDateTime &now, bool explain = true,
                                         bool rotationPoliciesCaptured = true);

// Evaluates every vault on all cores. Returns one code string per vault (estate.vaults order).
// progress(done, total) is called from worker threads; cancelled() is polled between vaults.
QList<QByteArray> evaluateEstate(const RuleSet &rules, const Estate &estate,
                                 const QString &apiVersionOverride = {},
                                 const std::function<bool()> &cancelled = {}, const QDateTime &now = {});

// Counts over a set of results.
struct PostureCounts
{
    int compliant = 0;
    int nonCompliant = 0;
    int unknown = 0;
    void add(char code);
    // Adds the counts of `other` whose result is in `results` (all when empty).
    void add(const PostureCounts &other, const QSet<char> &results = {});
    int evaluated() const { return compliant + nonCompliant + unknown; }
    // Compliant share of what was evaluated; unknown never counts as compliant.
    double score() const { return evaluated() ? double(compliant) / evaluated() : 0.0; }
};

// What an auditor of Key Vault asks first about the objects of some vaults: how many keys, secrets
// and certificates, how many never expire, and how many expire soon after the capture.
struct ObjectTally
{
    static constexpr int SoonDays = 30;
    int keys = 0;
    int secrets = 0;
    int certificates = 0;
    int withoutExpiry = 0;
    int expiringSoon = 0; // within SoonDays after the capture
    int expired = 0;      // already at the capture

    int total() const { return keys + secrets + certificates; }
    // The definitions that fail an object without expiry (keys, secrets, Managed HSM keys).
    static QStringList expiryDefinitions();
    enum class Expiry { Never, Expired, Soon, Later };
    // One object: its type (…/keys, …/secrets, …/certificates) and when it expires.
    void count(const QString &type, Expiry expiry);
    void add(const ObjectTally &other);
    // {keys, secrets, certificates, withoutExpiry, expiringWithin30Days, expired}
    QJsonObject toJson() const;
};

} // namespace vaultscope
