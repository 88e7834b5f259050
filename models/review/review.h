#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vaultscope {

struct Entry;

enum class ReviewStatus { NotReviewed, Satisfied, Finding, Exception, NotApplicable };
QString
statusKey(ReviewStatus status); // "not-reviewed", "satisfied", "finding", "exception", "not-applicable"
bool statusFromKey(const QString &key, ReviewStatus *status);
class Translation;
// For people: in `language`, or in the window's language when it is null.
QString statusLabel(ReviewStatus status, const Translation *language = nullptr);

// What a review is about, by a stable identity that survives new snapshots and new baselines:
// "control:<service>/<control id or entry name>" or "finding:<resource id>|<definition name>".
struct ReviewTarget
{
    enum Kind { Control, Finding };
    Kind kind = Control;
    QString service;    // canonical service name ("Azure Key Vault")
    QString control;    // control id ("NS-2") or entry name
    QString resourceId; // lower case: Azure ids compare case-insensitively
    QString definition; // policy definition name (a GUID for built-ins)

    // The normalised key: same review however the target was typed.
    QString key() const;
    static bool parse(const QString &text, ReviewTarget *out, QString *error);
    // Keys of what the catalogue and the snapshots show, normalised like parse() does.
    static QString controlKey(const QString &service, const QString &controlIdOrName);
    static QString entryKey(const QString &service, const Entry &entry);
    static QString findingKey(const QString &resourceId, const QString &definition);
};

struct Review
{
    QString target; // ReviewTarget::key()
    ReviewStatus status = ReviewStatus::NotReviewed;
    QString note;
    QString reviewer;
    QDate expiry;      // exceptions
    QString approver;  // exceptions
    QDateTime updated; // UTC
    // What the review was written against: "baseline:<sha256>" or "snapshot:<sha256>", and its
    // human name. A review shown against anything else was carried over from this.
    QString context;
    QString contextLabel;

    // The fields a reviewer decides; two reviews with the same ones agree.
    bool carriedOver(const QString &currentContext) const
    {
        return !context.isEmpty() && context != currentContext;
    }
    bool sameDecision(const Review &other) const
    {
        return status == other.status && note == other.note && expiry == other.expiry &&
               approver == other.approver;
    }
};

// A file attached to a review, stored by its content's SHA-256.
struct Evidence
{
    qint64 id = 0;
    QString target;
    QString sha256;
    QString fileName;
    qint64 size = 0;
    QDateTime added; // UTC
    QString addedBy;

    // A program, script or active document (.desktop, .sh, .html, .exe, an ELF or PE file, a #!
    // script …): offered for saving, never opened from the review pane.
    static bool isActive(const QString &fileName, const QByteArray &data);
};

struct ReviewChange
{
    QString target;
    QDateTime at; // UTC
    QString reviewer;
    QString field;
    QString oldValue;
    QString newValue;
    QString origin; // empty: written in this store; else where it came from ("from bundle …")
};

} // namespace vaultscope
