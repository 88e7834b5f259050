#pragma once

#include <QString>

namespace vaultscope::vocabulary {

// Header words and labels of the baseline documents, in English, German and French. Microsoft
// publishes the same pages translated; the importers keep the document's own text and only use
// these to find their way.

bool isAttributeHeader(const QString &cell); // "Security Attribute", "Sicherheitsattribut", ...
bool isControlHeader(const QString &cell);   // "Security control", "Sicherheitskontrolle", ...
bool isDocumentationHeader(const QString &cell);
bool isSupportedHeader(const QString &cell);      // MCSB feature table: "Supported"
bool isPolicyNameHeader(const QString &cell);     // Azure Policy tables: "Name"
bool isAttributeCategory(const QString &heading); // 2019 attribute sections: "Preventative", ...
bool isNextSteps(const QString &heading);
bool isSecurityProfile(const QString &heading);
bool isFeaturesHeading(const QString &heading);
bool isMonitoringHeading(const QString &heading); // "Microsoft Defender for Cloud monitoring"

enum class Label {
    None,
    Guidance,
    Monitoring,
    Responsibility,
    Description,
    FeatureNotes,
    ConfigurationGuidance,
    Reference
};
Label labelKind(const QString &label);

// The normalised value used for filtering: Yes, No, N/A, True, False; empty when unknown.
QString normalizedSupport(const QString &value);
// Customer, Microsoft, Shared, N/A; empty when unknown.
QString normalizedResponsibility(const QString &value);
// "en", "de" or "fr", guessed from header words; "en" when nothing else matches.
QString languageOfHeader(const QString &cell);

} // namespace vaultscope::vocabulary
