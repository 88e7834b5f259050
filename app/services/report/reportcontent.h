#pragma once

#include "catalogue/baseline.h"
#include "common/translation.h"
#include "posture/posture.h"
#include "posture/snapshot.h"
#include "review/review.h"
#include "store/snapshotstore.h"

#include <QHash>

namespace vaultscope {

class Database;

struct ReportOptions
{
    enum Paper { A4, Letter };
    Paper paper = A4;
    bool summary = true;
    bool catalogue = true;
    bool findings = true;
    bool appendix = true;
};

struct ReportEntry
{
    QString service;
    QString baseline;
    QString category;
    QString control; // id, or empty
    QString name;
    QString supported;
    QString responsibility;
    Review review;   // status NotReviewed when none
    QString posture; // "12 of 30 compliant" from the definitions mapped to the control, or empty
};

// A failing vault or Key Vault object as a report lists it, made when a writer reaches it.
struct ReportResource
{
    QString subscription; // display name
    QString resourceGroup;
    QString vault;
    QString resourceId;
    Review review;
    QString object; // a Key Vault object's name, when the finding is about one of the vault's objects
};

// A Key Vault object that fails at least one definition.
struct ReportObject
{
    QString id; // identifier URL as captured
    QString name;
    int row = -1; // its vault in ReportContent::rows
};

struct ReportFinding
{
    QString definition;
    QString displayName;
    QString version;
    QString effect;
    QStringList controls;
    bool dataPlane = false; // its failures are Key Vault objects
    PostureCounts counts;
    // The non-compliant ones in listed order (subscription, resource group, vault, object): indices
    // into ReportContent::failingObjects when dataPlane, else into ReportContent::rows. Four bytes each,
    // so that half a million failing results do not hold half a million records.
    QList<int> failing;
};

// Everything a report shows, gathered once from the store; the PDF, CSV and JSON writers only
// lay it out.
struct ReportContent
{
    // Reports have a language of their own, independent of the window's, passed with the request.
    Translation language;
    QString tr(const char *source) const { return language.translate("vaultscope::ReportContent", source); }

    Snapshot snapshot; // header: id, name, tenant, capture time, hash, definitions
    int vaults = 0;
    QString reviewer;
    QDateTime generated; // UTC
    PostureCounts overall;
    ObjectTally objects;                                // the Key Vault objects, counted as of the capture
    QList<QPair<QString, PostureCounts>> subscriptions; // worst score first
    QList<ReportEntry> entries;
    QList<ReportFinding> findings; // definitions with failing vaults or objects, most first
    QList<Review> exceptions;
    QList<Evidence> evidence;
    QList<VaultRow> rows;               // the snapshot's vaults, which findings point into
    QList<ReportObject> failingObjects; // its failing Key Vault objects, which findings point into
    // Reviews of findings: lower-case resource id -> definition name -> review.
    QHash<QString, QHash<QString, Review>> findingReviews;

    ReportResource resource(const ReportFinding &finding, qsizetype i) const;
    // The review of a finding's i-th resource, or null when it has none.
    const Review *reviewOf(const ReportFinding &finding, qsizetype i) const;

    static bool build(Database &db, const Snapshot &header, const QList<VaultRow> &rows,
                      const Translation &language, ReportContent *out, QString *error);
};

} // namespace vaultscope
