#include "reviewbundle.h"

#include "common/atomicfile.h"
#include "store/reviewstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace vaultscope {

namespace {

const QString kFormat = QStringLiteral("vaultscope-review-bundle");

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtc(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QJsonObject toJson(const Review &r)
{
    return {{QStringLiteral("target"), r.target},
            {QStringLiteral("status"), statusKey(r.status)},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("expiry"), r.expiry.isValid() ? r.expiry.toString(Qt::ISODate) : QString()},
            {QStringLiteral("approver"), r.approver},
            {QStringLiteral("updated"), utc(r.updated)},
            {QStringLiteral("context"), r.context},
            {QStringLiteral("contextLabel"), r.contextLabel}};
}

QJsonObject toJson(const ReviewChange &c)
{
    return {{QStringLiteral("target"), c.target},     {QStringLiteral("at"), utc(c.at)},
            {QStringLiteral("reviewer"), c.reviewer}, {QStringLiteral("field"), c.field},
            {QStringLiteral("old"), c.oldValue},      {QStringLiteral("new"), c.newValue}};
}

QJsonObject toJson(const Evidence &e)
{
    return {{QStringLiteral("target"), e.target},     {QStringLiteral("sha256"), e.sha256},
            {QStringLiteral("fileName"), e.fileName}, {QStringLiteral("size"), e.size},
            {QStringLiteral("added"), utc(e.added)},  {QStringLiteral("addedBy"), e.addedBy}};
}

QString checksum(const QJsonObject &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

bool targetKey(const QJsonValue &v, QString *key, QString *error)
{
    ReviewTarget t;
    if (!ReviewTarget::parse(v.toString(), &t, error))
        return false;
    *key = t.key();
    return true;
}

} // namespace

bool ReviewBundle::inScope(const QStringList &scope, const QString &target)
{
    if (scope.isEmpty())
        return true;
    for (const QString &prefix : scope) {
        if (target.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ReviewBundle::collect(ReviewStore &store, const QStringList &scope, ReviewBundle *out, QString *error)
{
    ReviewBundle b;
    b.scope = scope;
    b.created = QDateTime::currentDateTimeUtc();
    b.generator = QStringLiteral("Vaultscope " VAULTSCOPE_VERSION);
    QList<Review> reviews;
    QList<ReviewChange> history;
    QList<Evidence> evidence;
    if (!store.list(&reviews, error) || !store.history(QString(), &history, error) ||
        !store.evidence(QString(), &evidence, error))
        return false;
    for (const Review &r : std::as_const(reviews)) {
        if (inScope(scope, r.target))
            b.reviews.append(r);
    }
    for (const ReviewChange &c : std::as_const(history)) {
        if (inScope(scope, c.target))
            b.history.append(c);
    }
    for (const Evidence &e : std::as_const(evidence)) {
        if (!inScope(scope, e.target))
            continue;
        b.evidence.append(e);
        if (!b.blobs.contains(e.sha256) && !store.evidenceData(e.sha256, &b.blobs[e.sha256], error))
            return false;
    }
    *out = std::move(b);
    return true;
}

bool ReviewBundle::write(const QString &path, QString *error) const
{
    QJsonArray reviewArray, historyArray, evidenceArray;
    for (const Review &r : reviews)
        reviewArray.append(toJson(r));
    for (const ReviewChange &c : history)
        historyArray.append(toJson(c));
    for (const Evidence &e : evidence)
        evidenceArray.append(toJson(e));
    QJsonObject blobObject;
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it)
        blobObject.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QJsonObject content{{QStringLiteral("reviews"), reviewArray},
                              {QStringLiteral("history"), historyArray},
                              {QStringLiteral("evidence"), evidenceArray},
                              {QStringLiteral("blobs"), blobObject}};
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("formatVersion"), FormatVersion},
                           {QStringLiteral("generator"), generator},
                           {QStringLiteral("created"), utc(created)},
                           {QStringLiteral("scope"), QJsonArray::fromStringList(scope)},
                           {QStringLiteral("content"), content},
                           {QStringLiteral("sha256"), checksum(content)}};
    return writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool ReviewBundle::read(const QString &path, ReviewBundle *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the bundle: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxBytes) {
        *error =
            tr("%1: the bundle is %2, more than the %3 a review bundle may be; nothing was imported")
                .arg(path, QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(MaxBytes));
        return false;
    }
    return fromBytes(file.read(MaxBytes + 1), path, out, error);
}

bool ReviewBundle::fromBytes(const QByteArray &bytes, const QString &path, ReviewBundle *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: not a readable review bundle (damaged or truncated?): %2 at byte %3; nothing was "
                    "imported")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = tr("%1: not a Vaultscope review bundle; nothing was imported").arg(path);
        return false;
    }
    const int version = root.value(QStringLiteral("formatVersion")).toInt();
    if (version > FormatVersion || version < 1) {
        *error = tr("%1: the bundle was written by %2 in format %3; this Vaultscope reads format %4. Update "
                    "Vaultscope to import it; nothing was imported.")
                     .arg(path, root.value(QStringLiteral("generator")).toString())
                     .arg(version)
                     .arg(FormatVersion);
        return false;
    }
    const QJsonObject content = root.value(QStringLiteral("content")).toObject();
    if (checksum(content) != root.value(QStringLiteral("sha256")).toString()) {
        *error = tr("%1: the bundle is damaged (its content does not match its SHA-256); nothing was "
                    "imported")
                     .arg(path);
        return false;
    }
    ReviewBundle b;
    b.generator = root.value(QStringLiteral("generator")).toString();
    b.created = fromUtc(root.value(QStringLiteral("created")));
    b.source = QFileInfo(path).fileName();
    b.contentSha256 = root.value(QStringLiteral("sha256")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("scope")).toArray())
        b.scope.append(v.toString());
    const auto bad = [&](const QString &what, int index, const QString &why) {
        *error =
            tr("%1: %2 %3 is invalid (%4); nothing was imported").arg(path, what).arg(index + 1).arg(why);
        return false;
    };
    const QJsonArray reviewArray = content.value(QStringLiteral("reviews")).toArray();
    for (int i = 0; i < reviewArray.size(); ++i) {
        const QJsonObject o = reviewArray.at(i).toObject();
        Review r;
        QString why;
        if (!targetKey(o.value(QStringLiteral("target")), &r.target, &why))
            return bad(tr("review"), i, why);
        if (!statusFromKey(o.value(QStringLiteral("status")).toString(), &r.status))
            return bad(tr("review"), i, tr("unknown status"));
        r.note = o.value(QStringLiteral("note")).toString();
        r.reviewer = o.value(QStringLiteral("reviewer")).toString();
        r.expiry = QDate::fromString(o.value(QStringLiteral("expiry")).toString(), Qt::ISODate);
        r.approver = o.value(QStringLiteral("approver")).toString();
        r.updated = fromUtc(o.value(QStringLiteral("updated")));
        r.context = o.value(QStringLiteral("context")).toString();
        r.contextLabel = o.value(QStringLiteral("contextLabel")).toString();
        b.reviews.append(r);
    }
    const QJsonArray historyArray = content.value(QStringLiteral("history")).toArray();
    for (int i = 0; i < historyArray.size(); ++i) {
        const QJsonObject o = historyArray.at(i).toObject();
        ReviewChange c;
        QString why;
        if (!targetKey(o.value(QStringLiteral("target")), &c.target, &why))
            return bad(tr("history entry"), i, why);
        c.at = fromUtc(o.value(QStringLiteral("at")));
        if (!c.at.isValid())
            return bad(tr("history entry"), i, tr("no time"));
        c.reviewer = o.value(QStringLiteral("reviewer")).toString();
        c.field = o.value(QStringLiteral("field")).toString();
        c.oldValue = o.value(QStringLiteral("old")).toString();
        c.newValue = o.value(QStringLiteral("new")).toString();
        b.history.append(c);
    }
    const QJsonObject blobObject = content.value(QStringLiteral("blobs")).toObject();
    for (auto it = blobObject.constBegin(); it != blobObject.constEnd(); ++it) {
        // Base64 is 4/3 of the data: a text far over the limit is not even decoded.
        const QString text = it.value().toString();
        const bool farTooLarge = text.size() / 4 * 3 > ReviewStore::MaxEvidenceBytes + 3;
        const QByteArray data = farTooLarge ? QByteArray() : QByteArray::fromBase64(text.toLatin1());
        if (farTooLarge || data.size() > ReviewStore::MaxEvidenceBytes) {
            *error = tr("%1: evidence %2 is larger than the %3 an evidence file may be; nothing was imported")
                         .arg(path, it.key(), QLocale().formattedDataSize(ReviewStore::MaxEvidenceBytes));
            return false;
        }
        if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) !=
            it.key()) {
            *error =
                tr("%1: evidence %2 does not match its SHA-256; nothing was imported").arg(path, it.key());
            return false;
        }
        b.blobs.insert(it.key(), data);
    }
    const QJsonArray evidenceArray = content.value(QStringLiteral("evidence")).toArray();
    for (int i = 0; i < evidenceArray.size(); ++i) {
        const QJsonObject o = evidenceArray.at(i).toObject();
        Evidence e;
        QString why;
        if (!targetKey(o.value(QStringLiteral("target")), &e.target, &why))
            return bad(tr("evidence entry"), i, why);
        e.sha256 = o.value(QStringLiteral("sha256")).toString();
        if (!b.blobs.contains(e.sha256))
            return bad(tr("evidence entry"), i, tr("its file is missing"));
        e.fileName = o.value(QStringLiteral("fileName")).toString();
        e.size = b.blobs.value(e.sha256).size();
        e.added = fromUtc(o.value(QStringLiteral("added")));
        e.addedBy = o.value(QStringLiteral("addedBy")).toString();
        b.evidence.append(e);
    }
    *out = std::move(b);
    return true;
}

bool mergeBundle(ReviewStore &store, const ReviewBundle &bundle, const QString &importedBy,
                 MergeResult *result, QString *error)
{
    MergeResult r;
    const QString origin =
        ReviewBundle::tr("from bundle %1 (sha256 %2), imported by %3 on %4")
            .arg(bundle.source.isEmpty() ? ReviewBundle::tr("without a name") : bundle.source,
                 bundle.contentSha256.left(12), importedBy,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QList<ReviewChange> history = bundle.history;
    for (ReviewChange &c : history)
        c.origin = origin;
    const bool ok = store.durably(
        [&](QString *e) {
            for (const Review &theirs : bundle.reviews) {
                Review mine;
                bool found = false;
                if (!store.get(theirs.target, &mine, &found, e))
                    return false;
                if (!found) {
                    // The bundle's own history of it is the record; the row alone writes none again.
                    const bool historyComes =
                        std::any_of(history.cbegin(), history.cend(),
                                    [&theirs](const ReviewChange &c) { return c.target == theirs.target; });
                    if (!store.set(theirs, e, nullptr, origin, !historyComes))
                        return false;
                    ++r.added;
                } else if (mine.sameDecision(theirs)) {
                    ++r.same;
                } else {
                    r.conflicts.append({mine, theirs});
                }
            }
            for (Evidence ev : bundle.evidence) {
                bool already = false;
                if (!store.attachEvidence(&ev, bundle.blobs.value(ev.sha256), &already, e))
                    return false;
                r.evidenceAdded += already ? 0 : 1;
            }
            return store.mergeHistory(history, &r.historyAdded, e);
        },
        error);
    if (ok)
        *result = r;
    return ok;
}

bool takeTheirs(ReviewStore &store, const MergeConflict &conflict, QString *error)
{
    return store.set(conflict.theirs, error);
}

} // namespace vaultscope
