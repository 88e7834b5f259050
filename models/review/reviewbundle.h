#pragma once

#include "review/review.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace vaultscope {

class ReviewStore;

// Reviews of a scope with their history and evidence, in one file to hand to a colleague. The file
// is JSON with a SHA-256 over its content, so a damaged or truncated bundle is refused whole.
struct ReviewBundle
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::ReviewBundle)

public:
    static constexpr int FormatVersion = 1;
    // A bundle larger than this is refused before it is read (evidence is base64 in the JSON).
    static constexpr qint64 MaxBytes = 512ll * 1024 * 1024;

    QStringList scope; // target key prefixes; empty means everything
    QDateTime created;
    QString generator;
    QList<Review> reviews;
    QList<ReviewChange> history;
    QList<Evidence> evidence;
    QHash<QString, QByteArray> blobs; // by SHA-256
    QString source;                   // as read: the file's name
    QString contentSha256;            // as read: the SHA-256 of its content, as it states

    // Whether a target key falls in the scope (prefixes compare case-insensitively).
    static bool inScope(const QStringList &scope, const QString &target);
    static bool collect(ReviewStore &store, const QStringList &scope, ReviewBundle *out, QString *error);
    // Written atomically: the file is complete or not there.
    bool write(const QString &path, QString *error) const;
    // Checks everything (format, version, checksum, targets, evidence hashes) before returning.
    static bool read(const QString &path, ReviewBundle *out, QString *error);
    // The same checks on bytes already in memory; path only names them in messages.
    static bool fromBytes(const QByteArray &bytes, const QString &path, ReviewBundle *out, QString *error);
};

struct MergeConflict
{
    Review mine;
    Review theirs;
};

struct MergeResult
{
    int added = 0;
    int same = 0;
    int historyAdded = 0;
    int evidenceAdded = 0;
    QList<MergeConflict> conflicts; // left as they are locally until resolved
};

// Merges a bundle in one durable transaction: new reviews are added, equal ones skipped, differing
// ones listed as conflicts; history and evidence of both sides are kept.
// Every change it brings keeps its provenance beside the author the bundle claims: "from bundle B
// (sha256 …), imported by `importedBy` on D".
bool mergeBundle(ReviewStore &store, const ReviewBundle &bundle, const QString &importedBy,
                 MergeResult *result, QString *error);
// Takes their side of a conflict (keeping mine needs no write).
bool takeTheirs(ReviewStore &store, const MergeConflict &conflict, QString *error);

} // namespace vaultscope
