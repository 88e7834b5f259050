#include "cli.h"
#include "commands.h"
#include "policy/jsonvalues.h"
#include "posture/dataplane.h"
#include "posture/posture.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultscope::cli {

namespace {

int eval(const QCommandLineParser &parser, Io io)
{
    // --definition takes one or more files: repeated options and the words that follow.
    QStringList definitions = parser.values(QStringLiteral("definition"));
    definitions += parser.positionalArguments().mid(1);
    const QStringList resources = parser.values(QStringLiteral("resources"));
    if (definitions.isEmpty() || resources.isEmpty()) {
        io.err << "vaultscope: policy eval needs --definition DEF.json... and --resources FILE.json\n";
        return UsageError;
    }
    Estate estate;
    for (const QString &file : resources) {
        QString error;
        if (!EstateReader::readFile(file, &estate, &error)) {
            io.err << error << '\n';
            return InputError;
        }
    }
    const QString apiOverride = parser.value(QStringLiteral("api-version"));
    // --parameter NAME=JSON, for every definition that declares NAME.
    QJsonObject parameters;
    for (const QString &p : parser.values(QStringLiteral("parameter"))) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            io.err << "vaultscope: --parameter takes NAME=JSON, e.g. minimumRSAKeySize=2048 or "
                      "allowedECNames='[\"P-256\"]': '"
                   << p << "'\n";
            return UsageError;
        }
        // Any JSON value; a bare word (effect=Audit) is taken as the string it spells.
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + p.mid(eq + 1).toUtf8() + "]", &parseError);
        parameters.insert(p.left(eq), parseError.error == QJsonParseError::NoError && doc.array().size() == 1
                                          ? doc.array().at(0)
                                          : QJsonValue(p.mid(eq + 1)));
    }
    // --now: the instant utcNow() stands for (a capture time), else the clock.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        now = policy::parseDateTime(parser.value(QStringLiteral("now")));
        if (!now.isValid()) {
            io.err << "vaultscope: --now takes an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z\n";
            return UsageError;
        }
    }

    // The same rule set and per-vault evaluation a snapshot uses, with these definitions only.
    RuleSet rules;
    QJsonArray errors;
    for (const QString &file : std::as_const(definitions)) {
        if (!rules.addFile(file, parameters)) {
            errors.append(QJsonObject{{QStringLiteral("definition"), file},
                                      {QStringLiteral("message"), rules.refused.constLast()}});
            io.err << rules.refused.constLast() << '\n';
        }
    }
    QJsonArray results;
    QStringList lines;
    const auto record = [&](const QString &id, const QString &file, const policy::Evaluation &e,
                            const QString &apiVersion) {
        results.append(QJsonObject{{QStringLiteral("resourceId"), id},
                                   {QStringLiteral("definition"), file},
                                   {QStringLiteral("result"), policy::outcomeKey(e.outcome)},
                                   {QStringLiteral("reason"), e.reason},
                                   {QStringLiteral("apiVersion"), apiVersion}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4").arg(policy::outcomeKey(e.outcome), id, file, e.reason));
    };
    for (const QJsonObject &vault : std::as_const(estate.vaults)) {
        const QString id = vault.value(QLatin1String("id")).toString();
        const QString apiVersion = apiVersionFor(estate, vault, apiOverride);
        const QList<policy::Evaluation> evaluations = evaluateVault(rules, estate, vault, apiOverride);
        for (qsizetype d = 0; d < evaluations.size(); ++d)
            record(id, rules.definitions.at(d).source, evaluations.at(d), apiVersion);
    }
    // Key Vault objects: each definition against the object's evaluated form, as of --now.
    for (const QJsonObject &raw : std::as_const(estate.objects)) {
        const QString id = DataPlane::identifierOf(raw);
        const QJsonObject object =
            DataPlane::normalize(raw, estate.rotationPolicies.value(DataPlane::keyOf(id)));
        const QList<policy::Evaluation> evaluations =
            evaluateObject(rules, object, now, true, !estate.rotationPolicies.isEmpty());
        for (qsizetype d = 0; d < evaluations.size(); ++d)
            record(id, rules.definitions.at(d).source, evaluations.at(d), QString());
    }
    if (estate.objectListItems > 0)
        io.err << "vaultscope: " << estate.objectListItems
               << " keys or certificates from list answers were skipped: lists carry no key type, size or "
                  "policy; export each with GetKey or GetCertificate\n";
    if (parser.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(
                      QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("errors"), errors}})
                      .toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : std::as_const(lines))
            io.out << line << '\n';
        if (estate.ignored > 0)
            io.err << "vaultscope: " << estate.ignored << " resources of other types were ignored\n";
    }
    return errors.isEmpty() ? Success : InputError;
}

} // namespace

int policyCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("eval"));
    parser.addOption({QStringLiteral("definition"), QStringLiteral("Policy definition file(s)."),
                      QStringLiteral("DEF.json")});
    parser.addOption(
        {QStringLiteral("resources"), QStringLiteral("Resources to evaluate."), QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("api-version"),
                      QStringLiteral("api-version the resources were read with."), QStringLiteral("V")});
    parser.addOption(
        {QStringLiteral("parameter"),
         QStringLiteral("A parameter value for every definition that declares NAME (repeatable)."),
         QStringLiteral("NAME=JSON")});
    parser.addOption({QStringLiteral("now"),
                      QStringLiteral("The instant utcNow() stands for (default: the current time)."),
                      QStringLiteral("ISO8601")});
    addCommonOptions(parser, JsonOption);
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral("policy eval --definition DEF.json... --resources FILE.json [--api-version V] "
                           "[--parameter NAME=JSON]... [--now ISO8601] [--json]"),
            args, io, &code))
        return code;
    if (parser.positionalArguments().value(0) == QLatin1String("eval"))
        return eval(parser, io);
    io.err << "vaultscope: unknown policy action '" << parser.positionalArguments().value(0) << "'\n";
    return UsageError;
}

} // namespace vaultscope::cli
