#include "cli.h"
#include "commands.h"
#include "store/database.h"
#include "store/reviewstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultscope::cli {

namespace {

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
    review.reviewer = parser.value(QStringLiteral("reviewer"));
    if (review.reviewer.isEmpty())
        review.reviewer = qEnvironmentVariable("USER", QStringLiteral("local reviewer"));
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

} // namespace

int reviewCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set or list"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
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
    if (!parser.parse(QStringList{QStringLiteral("vaultscope review")} + args)) {
        io.err << "vaultscope: " << parser.errorText() << '\n';
        return UsageError;
    }
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("set") && action != QLatin1String("list")) {
        io.err << "vaultscope: unknown review action '" << action << "'\n";
        return UsageError;
    }
    Database db(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                   : Database::defaultPath());
    QString error;
    if (!db.open(&error)) {
        io.err << error << '\n';
        return DatabaseError;
    }
    return action == QLatin1String("set") ? set(parser, db, io) : list(parser, db, io);
}

} // namespace vaultscope::cli
