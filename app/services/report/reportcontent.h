#pragma once

#include "catalogue/baseline.h"
#include "common/translation.h"
#include "posture/posture.h"
#include "posture/snapshot.h"
#include "review/review.h"

namespace vaultscope {

class Database;
struct VaultRow;

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

struct ReportResource
{
    QString subscription; // display name
    QString resourceGroup;
    QString vault;
    QString resourceId;
    Review review;
    QString object; // a Key Vault object's name, when the finding is about one of the vault's objects
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
    QList<ReportResource> resources; // non-compliant ones
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

    static bool build(Database &db, const Snapshot &header, const QList<VaultRow> &rows,
                      const Translation &language, ReportContent *out, QString *error);
};

} // namespace vaultscope
