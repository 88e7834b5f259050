#include "posture.h"

#include "common/translation.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>

namespace vaultscope {

QString outcomeMark(char code)
{
    return QString::fromUtf8(code == OutcomeCode::NonCompliant ? "✗"
                             : code == OutcomeCode::Compliant  ? "✓"
                                                               : "?");
}

QString outcomeLabel(char code, const Translation *language)
{
    switch (code) {
    case OutcomeCode::Compliant:
        return translated(language, "vaultscope::Outcome",
                          QT_TRANSLATE_NOOP("vaultscope::Outcome", "Compliant"));
    case OutcomeCode::NonCompliant:
        return translated(language, "vaultscope::Outcome",
                          QT_TRANSLATE_NOOP("vaultscope::Outcome", "Non-compliant"));
    case OutcomeCode::Unknown:
        return translated(language, "vaultscope::Outcome",
                          QT_TRANSLATE_NOOP("vaultscope::Outcome", "Unknown"));
    default:
        return translated(language, "vaultscope::Outcome",
                          QT_TRANSLATE_NOOP("vaultscope::Outcome", "Not applicable"));
    }
}

char OutcomeCode::of(policy::Outcome outcome)
{
    switch (outcome) {
    case policy::Outcome::Compliant:
        return Compliant;
    case policy::Outcome::NonCompliant:
        return NonCompliant;
    case policy::Outcome::NotApplicable:
        return NotApplicable;
    case policy::Outcome::Unknown:
        break;
    }
    return Unknown;
}

void PostureCounts::add(char code)
{
    if (code == OutcomeCode::Compliant)
        ++compliant;
    else if (code == OutcomeCode::NonCompliant)
        ++nonCompliant;
    else if (code == OutcomeCode::Unknown)
        ++unknown;
}

void PostureCounts::add(const PostureCounts &other, const QSet<char> &results)
{
    const auto wanted = [&results](char code) { return results.isEmpty() || results.contains(code); };
    if (wanted(OutcomeCode::Compliant))
        compliant += other.compliant;
    if (wanted(OutcomeCode::NonCompliant))
        nonCompliant += other.nonCompliant;
    if (wanted(OutcomeCode::Unknown))
        unknown += other.unknown;
}

void ObjectTally::count(const QString &type, Expiry expiry)
{
    if (type.endsWith(QLatin1String("/keys"), Qt::CaseInsensitive))
        ++keys;
    else if (type.endsWith(QLatin1String("/secrets"), Qt::CaseInsensitive))
        ++secrets;
    else if (type.endsWith(QLatin1String("/certificates"), Qt::CaseInsensitive))
        ++certificates;
    else
        return;
    withoutExpiry += expiry == Expiry::Never;
    expired += expiry == Expiry::Expired;
    expiringSoon += expiry == Expiry::Soon;
}

QStringList ObjectTally::expiryDefinitions()
{
    return {QStringLiteral("152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0"),
            QStringLiteral("98728c90-32c7-4049-8429-847dc0f4fe37"),
            QStringLiteral("1d478a74-21ba-4b9f-9d8f-8e6fced0eec5")};
}

QJsonObject ObjectTally::toJson() const
{
    static_assert(SoonDays == 30, "the JSON field names the window");
    return {{QStringLiteral("keys"), keys},
            {QStringLiteral("secrets"), secrets},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("withoutExpiry"), withoutExpiry},
            {QStringLiteral("expiringWithin30Days"), expiringSoon},
            {QStringLiteral("expired"), expired}};
}

void ObjectTally::add(const ObjectTally &o)
{
    keys += o.keys;
    secrets += o.secrets;
    certificates += o.certificates;
    withoutExpiry += o.withoutExpiry;
    expiringSoon += o.expiringSoon;
    expired += o.expired;
}

QList<policy::Evaluation> evaluateObject(const RuleSet &rules, const QJsonObject &normalized,
                                         const QDateTime &now, bool explain, bool rotationPoliciesCaptured)
{
    static const QString rotationAlias =
        QStringLiteral("Microsoft.KeyVault.Data/vaults/keys/scheduledRotationDate");
    QList<policy::Evaluation> out;
    out.reserve(rules.definitions.size());
    policy::EvaluationInput input;
    input.resource = &normalized;
    input.explain = explain;
    input.typeLower = normalized.value(QLatin1String("type")).toString().toLower();
    input.now = now;
    const bool key = input.typeLower == QLatin1String("microsoft.keyvault.data/vaults/keys");
    for (const policy::PolicyDefinition &d : rules.definitions) {
        if (!d.dataPlane) { // a vault's definition: never an object's
            out.append({policy::Outcome::NotApplicable, {}});
            continue;
        }
        policy::Evaluation e = policy::evaluate(d, input);
        if (key && !rotationPoliciesCaptured && e.outcome != policy::Outcome::NotApplicable &&
            d.readsAlias(rotationAlias))
            e = {policy::Outcome::Unknown,
                 explain
                     ? QCoreApplication::translate("vaultscope::policy::Evaluator",
                                                   "the input holds no key rotation policies: export them "
                                                   "with az keyvault key rotation-policy show")
                     : QString()};
        out.append(e);
    }
    return out;
}

QString apiVersionFor(const Estate &estate, const QJsonObject &vault, const QString &apiVersionOverride)
{
    if (!apiVersionOverride.isEmpty())
        return apiVersionOverride;
    const QString type = vault.value(QLatin1String("type")).toString();
    if (estate.apiVersions.isEmpty())
        return Estate::defaultApiVersion(type);
    const QString id = vault.value(QLatin1String("id")).toString().toLower();
    return estate.apiVersions.value(id, Estate::defaultApiVersion(type));
}

QList<policy::Evaluation> evaluateVault(const RuleSet &rules, const Estate &estate, const QJsonObject &vault,
                                        const QString &apiVersionOverride, bool explain, const QDateTime &now)
{
    QList<policy::Evaluation> out;
    out.reserve(rules.definitions.size());
    const QString id = vault.value(QLatin1String("id")).toString();
    const QString apiVersion = apiVersionFor(estate, vault, apiVersionOverride);
    const QString typeLower = vault.value(QLatin1String("type")).toString().toLower();
    for (const policy::PolicyDefinition &d : rules.definitions) {
        policy::EvaluationInput input;
        input.resource = &vault;
        input.apiVersion = apiVersion;
        input.explain = explain;
        input.typeLower = typeLower;
        input.now = now;
        // Related resources only for the definitions that select this type.
        if (d.checksExistence() && (d.selectedTypes.isEmpty() || d.selectedTypes.contains(typeLower))) {
            input.related = estate.relatedOf(id, d.relatedType);
            input.relatedCaptured = estate.relatedTypesCaptured.contains(d.relatedType.toLower());
            input.relatedGap = estate.relatedGapOf(id, d.relatedType);
        }
        out.append(policy::evaluate(d, input));
    }
    return out;
}

QList<QByteArray> evaluateEstate(const RuleSet &rules, const Estate &estate,
                                 const QString &apiVersionOverride, const std::function<bool()> &cancelled,
                                 const QDateTime &now)
{
    // Chunks keep the per-task overhead low for tens of thousands of vaults.
    constexpr int chunk = 256;
    QList<int> starts;
    for (int i = 0; i < estate.vaults.size(); i += chunk)
        starts.append(i);
    std::atomic_bool stop = false;
    const QList<QList<QByteArray>> parts = QtConcurrent::blockingMapped(starts, [&](int start) {
        QList<QByteArray> codes;
        const int end = std::min<int>(start + chunk, int(estate.vaults.size()));
        for (int i = start; i < end; ++i) {
            if (stop || (cancelled && cancelled())) {
                stop = true;
                break;
            }
            QByteArray code;
            code.reserve(rules.definitions.size());
            for (const policy::Evaluation &e :
                 evaluateVault(rules, estate, estate.vaults.at(i), apiVersionOverride, false, now))
                code.append(OutcomeCode::of(e.outcome));
            codes.append(code);
        }
        return codes;
    });
    QList<QByteArray> out;
    out.reserve(estate.vaults.size());
    for (const QList<QByteArray> &p : parts)
        out += p;
    return out;
}

} // namespace vaultscope
