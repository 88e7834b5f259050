#include "cli.h"
#include "commands.h"
#include "review/reviewbundle.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultscope::cli {

namespace {

// Who writes or imports: --reviewer, else the login name.
QString reviewerOf(const QCommandLineParser &parser)
{
    const QString named = parser.value(QStringLiteral("reviewer"));
    return named.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("local reviewer")) : named;
}

QJsonObject reviewJson(const Review &r)
{
    return QJsonObject{
        {QStringLiteral("target"), r.target},
        {QStringLiteral("status"), statusKey(r.status)},
        {QStringLiteral("note"), r.note},
        {QStringLiteral("reviewer"), r.reviewer},
        {QStringLiteral("updated"), r.updated.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("expiry"),
         r.expiry.isValid() ? QJsonValue(r.expiry.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("approver"), r.approver.isEmpty() ? QJsonValue() : QJsonValue(r.approver)}};
}

int set(const QCommandLineParser &parser, Database &db, Io io)
{
    ReviewTarget target;
    ReviewStatus status;
    QString error;
    if (!parser.isSet(QStringLiteral("target")) || !parser.isSet(QStringLiteral("status"))) {
        io.err << "vaultscope: review set needs --target KEY and --status STATUS\n";
        return UsageError;
    }
    if (!ReviewTarget::parse(parser.value(QStringLiteral("target")), &target, &error)) {
        io.err << "vaultscope: " << error << '\n';
        return UsageError;
    }
    if (!statusFromKey(parser.value(QStringLiteral("status")), &status)) {
        io.err << "vaultscope: unknown status '" << parser.value(QStringLiteral("status"))
               << "' (not-reviewed, satisfied, finding, exception, not-applicable)\n";
        return UsageError;
    }
    Review review;
    review.target = target.key();
    review.status = status;
    review.note = parser.value(QStringLiteral("note"));
    review.reviewer = reviewerOf(parser);
    if (parser.isSet(QStringLiteral("expiry"))) {
        review.expiry = QDate::fromString(parser.value(QStringLiteral("expiry")), Qt::ISODate);
        if (!review.expiry.isValid()) {
            io.err << "vaultscope: --expiry takes a date like 2027-03-31\n";
            return UsageError;
        }
    }
    review.approver = parser.value(QStringLiteral("approver"));
    ReviewStore store(db);
    Review existing;
    bool found = false;
    if (!parser.isSet(QStringLiteral("note")) && store.get(review.target, &existing, &found, &error) && found)
        review.note = existing.note; // a status change keeps the note
    bool known = false;
    if (!store.targetKnown(target, &known, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    if (!known)
        io.err << "vaultscope: warning: " << review.target
               << " matches nothing in the catalogue or the snapshots yet; the review is kept and attaches "
                  "when a "
                  "matching baseline or snapshot arrives\n";
    if (!store.set(review, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    io.out << review.target << ": " << statusKey(review.status) << '\n';
    return Success;
}

int list(const QCommandLineParser &parser, Database &db, Io io)
{
    QString filter;
    if (parser.isSet(QStringLiteral("status"))) {
        ReviewStatus status;
        if (!statusFromKey(parser.value(QStringLiteral("status")), &status)) {
            io.err << "vaultscope: unknown status '" << parser.value(QStringLiteral("status")) << "'\n";
            return UsageError;
        }
        filter = statusKey(status);
    }
    QList<Review> reviews;
    QString error;
    if (!ReviewStore(db).list(&reviews, &error, filter)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Review &r : std::as_const(reviews))
            array.append(reviewJson(r));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const Review &r : std::as_const(reviews))
        io.out << statusKey(r.status) << '\t' << r.target << '\t' << r.reviewer << '\t'
               << r.updated.toUTC().toString(Qt::ISODate) << '\t'
               << QString(r.note).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    return Success;
}

int exportBundle(const QCommandLineParser &parser, Database &db, Io io)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << "vaultscope: review export needs --out FILE\n";
        return UsageError;
    }
    ReviewStore store(db);
    ReviewBundle bundle;
    QString error;
    if (!ReviewBundle::collect(store, parser.values(QStringLiteral("scope")), &bundle, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    if (!bundle.write(out, &error)) {
        io.err << error << '\n';
        return InputError;
    }
    io.out << "exported " << bundle.reviews.size() << " reviews, " << bundle.history.size()
           << " history entries and " << bundle.evidence.size() << " evidence files to " << out << '\n';
    return Success;
}

QString oneLine(const Review &r)
{
    return statusKey(r.status) + QStringLiteral(" by ") + r.reviewer + QStringLiteral(" ") +
           r.updated.toUTC().toString(Qt::ISODate) + QStringLiteral(": ") +
           QString(r.note).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

int importBundle(const QCommandLineParser &parser, Database &db, Io io)
{
    const QString file = parser.positionalArguments().value(1);
    const QString prefer = parser.value(QStringLiteral("prefer"));
    if (file.isEmpty() || (prefer != QLatin1String("mine") && prefer != QLatin1String("theirs"))) {
        io.err << "vaultscope: usage: review import FILE [--prefer mine|theirs]\n";
        return UsageError;
    }
    ReviewBundle bundle;
    QString error;
    if (!ReviewBundle::read(file, &bundle, &error)) {
        io.err << error << '\n';
        return InputError;
    }
    ReviewStore store(db);
    MergeResult result;
    if (!Backups::create(db, nullptr, &error) ||
        !mergeBundle(store, bundle, reviewerOf(parser), &result, &error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    for (const MergeConflict &c : std::as_const(result.conflicts)) {
        io.out << "conflict " << c.mine.target << "\n  mine:   " << oneLine(c.mine)
               << "\n  theirs: " << oneLine(c.theirs) << '\n';
        if (prefer == QLatin1String("theirs") && !takeTheirs(store, c, &error)) {
            io.err << error << '\n';
            return DatabaseError;
        }
    }
    io.out << "added " << result.added << ", equal " << result.same << ", conflicts "
           << result.conflicts.size() << " (kept " << prefer << "), history entries added "
           << result.historyAdded << ", evidence files added " << result.evidenceAdded << '\n';
    return Success;
}

} // namespace

int reviewCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set, list, export or import"));
    addCommonOptions(parser, DatabaseOption | JsonOption);
    parser.addOption({QStringLiteral("target"),
                      QStringLiteral("control:<service>/<id or name> or finding:<resource id>|<definition>"),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("status"), QStringLiteral("Review status."), QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("note"), QStringLiteral("Note."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("reviewer"), QStringLiteral("Reviewer name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("expiry"), QStringLiteral("Exception expiry date."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("approver"), QStringLiteral("Exception approver."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Bundle to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("scope"),
                      QStringLiteral("Target prefix to export, e.g. control: or \"control:Azure Key Vault/\" "
                                     "(repeatable; all when omitted)."),
                      QStringLiteral("PREFIX")});
    parser.addOption({QStringLiteral("prefer"),
                      QStringLiteral("Conflicts: keep mine (default) or take theirs."),
                      QStringLiteral("SIDE"), QStringLiteral("mine")});
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral("review set --target KEY --status STATUS [--note TEXT] [--reviewer NAME] "
                           "[--expiry DATE] [--approver NAME] | review list [--json] [--status S] | "
                           "review export --out FILE [--scope PREFIX]... | review import FILE "
                           "[--prefer mine|theirs]   (each with [--db PATH])"),
            args, io, &code))
        return code;
    const QString action = parser.positionalArguments().value(0);
    const QStringList actions = {QStringLiteral("set"), QStringLiteral("list"), QStringLiteral("export"),
                                 QStringLiteral("import")};
    if (!actions.contains(action)) {
        io.err << "vaultscope: unknown review action '" << action << "'\n";
        return UsageError;
    }
    Database db(databasePath(parser));
    QString error;
    if (!db.open(&error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    if (action == QLatin1String("set"))
        return set(parser, db, io);
    if (action == QLatin1String("list"))
        return list(parser, db, io);
    return action == QLatin1String("export") ? exportBundle(parser, db, io) : importBundle(parser, db, io);
}

} // namespace vaultscope::cli
