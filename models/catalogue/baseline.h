#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vaultscope {

// The document generations Microsoft has published security baselines in; Asb3 exists only as a
// spreadsheet, Benchmark is a benchmark workbook (the controls themselves, not a service's baseline).
enum class BaselineFormat { Attributes, Controls, Asb1, Asb2, Mcsb, Overview, Asb3, Benchmark };

QString formatKey(BaselineFormat format); // "attributes", "controls", ... (stable, used in JSON)
bool formatFromKey(const QString &key, BaselineFormat *format);

struct Reference
{
    QString text;
    QString url; // absolute, or empty when the source gives only a title
    bool operator==(const Reference &) const = default;
};

// A control's counterparts in another framework, as the source names them:
// {"NIST SP800-53 r4", {"AC-4", "SC-7"}}.
struct Mapping
{
    QString framework;
    QStringList ids;
    bool operator==(const Mapping &) const = default;
};

// "CIS Controls v8 3.12, 13.4; NIST SP800-53 r4 AC-4, SC-2" (what the catalogue filter searches).
QString mappingsText(const QList<Mapping> &mappings);

// One row, recommendation, feature or overview section of a baseline.
struct Entry
{
    QString category;
    QString controlId;       // "NS-2", "1.1"; empty for table rows and overview sections
    QString controlTitle;    // the recommendation's title for feature entries (MCSB)
    QString name;            // plain text
    QStringList nameDetails; // list items that qualified the name in the source (<ul> in a cell)
    QString supported;       // the document's own values, trimmed; empty where the format has none
    QString enabledByDefault;
    QString responsibility;
    QString monitoring;  // "Azure Security Center monitoring" in ASB documents
    QString description; // MCSB feature description
    QString notes;       // plain text; list items start with "• ", paragraphs split by blank lines
    QString guidance;
    QList<Reference> references;
    QStringList policies; // Azure Policy definitions the document lists (names or GUIDs)
    QList<Mapping> mappings;
    int sourceLine = 0;
};

struct Baseline
{
    BaselineFormat format = BaselineFormat::Attributes;
    QString service; // canonical display name, e.g. "Azure Key Vault"
    QString title;
    QDate date;
    QString benchmark;  // e.g. "Azure Security Benchmark v1", empty when the format has none
    QString language;   // "en", "de", "fr"
    QString sourceName; // file name the document came from
    QString sha256;     // of the file's bytes
    QList<Entry> entries;
    qint64 id = 0; // set once stored
    QDateTime importedAt;

    QStringList categories() const; // in document order, without duplicates
};

// Canonical service naming: "Backup", "Azure Backup" and ms.service "backup" are one service.
QString serviceKey(const QString &serviceName);
QString canonicalServiceName(const QString &name);

} // namespace vaultscope
