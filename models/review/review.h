#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vaultscope {

enum class ReviewStatus { NotReviewed, Satisfied, Finding, Exception, NotApplicable };
QString
statusKey(ReviewStatus status); // "not-reviewed", "satisfied", "finding", "exception", "not-applicable"
bool statusFromKey(const QString &key, ReviewStatus *status);

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
};

struct ReviewChange
{
    QString target;
    QDateTime at; // UTC
    QString reviewer;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace vaultscope
