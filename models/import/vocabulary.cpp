#include "vocabulary.h"

#include <QStringList>

namespace vaultscope::vocabulary {

namespace {

// Lower case, apostrophes unified, no trailing colon, single spaces.
QString key(const QString &text)
{
    QString k = text.toLower().simplified();
    k.replace(QChar(0x2019), QLatin1Char('\''));
    k.replace(QChar(0x00A0), QLatin1Char(' '));
    while (k.endsWith(QLatin1Char(':')) || k.endsWith(QLatin1Char(' ')))
        k.chop(1);
    return k;
}

bool inList(const QString &text, std::initializer_list<const char *> words)
{
    const QString k = key(text);
    for (const char *w : words) {
        if (k == QString::fromUtf8(w))
            return true;
    }
    return false;
}

bool startsWithAny(const QString &text, std::initializer_list<const char *> words)
{
    const QString k = key(text);
    for (const char *w : words) {
        if (k.startsWith(QString::fromUtf8(w)))
            return true;
    }
    return false;
}

} // namespace

bool isAttributeHeader(const QString &cell)
{
    return inList(cell, {"security attribute", "sicherheitsattribut", "attribut de sécurité"});
}

bool isControlHeader(const QString &cell)
{
    return inList(cell, {"security control", "sicherheitskontrolle", "contrôle de sécurité"});
}

bool isDocumentationHeader(const QString &cell)
{
    return inList(cell, {"documentation", "dokumentation"});
}

bool isSupportedHeader(const QString &cell)
{
    return inList(cell, {"supported", "unterstützt", "prise en charge", "pris en charge"});
}

bool isPolicyNameHeader(const QString &cell)
{
    return startsWithAny(cell, {"name", "nom"});
}

bool isAttributeCategory(const QString &heading)
{
    return inList(heading,
                  {"preventative", "network segmentation", "detection", "iam support", "audit trail",
                   "identity and access management", "präventiv", "prävention", "netzwerksegmentierung",
                   "erkennung", "préventif", "segmentation du réseau", "détection"});
}

bool isNextSteps(const QString &heading)
{
    return inList(heading,
                  {"next steps", "nächste schritte", "étapes suivantes", "related content", "see also"});
}

bool isSecurityProfile(const QString &heading)
{
    return inList(heading, {"security profile", "sicherheitsprofil", "profil de sécurité"});
}

bool isFeaturesHeading(const QString &heading)
{
    return inList(heading, {"features", "funktionen", "fonctionnalités"});
}

bool isMonitoringHeading(const QString &heading)
{
    return startsWithAny(heading,
                         {"microsoft defender for cloud monitoring", "azure security center monitoring",
                          "microsoft defender für cloud-überwachung",
                          "surveillance de microsoft defender pour le cloud"});
}

Label labelKind(const QString &label)
{
    if (inList(label, {"guidance", "anleitung", "leitfaden", "conseils", "aide"}))
        return Label::Guidance;
    if (startsWithAny(label, {"azure security center monitoring", "microsoft defender for cloud monitoring",
                              "azure security center-überwachung", "überwachung durch azure security center",
                              "supervision d'azure security center", "supervision azure security center"}))
        return Label::Monitoring;
    if (inList(label, {"responsibility", "verantwortlichkeit", "zuständigkeit", "responsabilité"}))
        return Label::Responsibility;
    if (inList(label, {"description", "beschreibung"}))
        return Label::Description;
    if (inList(label, {"feature notes", "featurehinweise", "hinweise zum feature", "notes de fonctionnalité",
                       "notes sur les fonctionnalités"}))
        return Label::FeatureNotes;
    if (inList(label, {"configuration guidance", "konfigurationsleitfaden", "konfigurationsanleitung",
                       "conseils de configuration", "aide à la configuration"}))
        return Label::ConfigurationGuidance;
    if (inList(label,
               {"reference", "references", "referenz", "verweis", "référence", "informations de référence"}))
        return Label::Reference;
    return Label::None;
}

QString normalizedSupport(const QString &value)
{
    const QString k = key(value);
    auto starts = [&k](std::initializer_list<const char *> words) {
        for (const char *w : words) {
            const QString word = QString::fromUtf8(w);
            if (k == word || k.startsWith(word + QLatin1Char(' ')) || k.startsWith(word + QLatin1Char('(')) ||
                k.startsWith(word + QLatin1Char(',')))
                return true;
        }
        return false;
    };
    if (k == QLatin1String("-") || k == QStringLiteral("–") || k == QStringLiteral("—") ||
        starts({"n/a", "not applicable", "nicht zutreffend", "non applicable", "k. a.", "s/o"}))
        return QStringLiteral("N/A");
    if (starts({"yes", "ja", "oui"}))
        return QStringLiteral("Yes");
    if (starts({"no", "nein", "non"}))
        return QStringLiteral("No");
    if (starts({"true", "wahr", "vrai"}))
        return QStringLiteral("True");
    if (starts({"false", "falsch", "faux"}))
        return QStringLiteral("False");
    return {};
}

QString normalizedResponsibility(const QString &value)
{
    const QString k = key(value);
    if (k.isEmpty())
        return {};
    if (k.startsWith(QLatin1String("shared")) || k.startsWith(QLatin1String("gemeinsam")) ||
        k.startsWith(QLatin1String("partag")) || k.contains(QLatin1String(" and ")))
        return QStringLiteral("Shared");
    if (k.startsWith(QLatin1String("customer")) || k.startsWith(QLatin1String("kunde")) ||
        k.startsWith(QLatin1String("client")))
        return QStringLiteral("Customer");
    if (k.startsWith(QLatin1String("microsoft")))
        return QStringLiteral("Microsoft");
    if (k.startsWith(QLatin1String("not applicable")) || k == QLatin1String("n/a") ||
        k.startsWith(QLatin1String("nicht zutreffend")) || k.startsWith(QLatin1String("non applicable")))
        return QStringLiteral("N/A");
    return {};
}

QString languageOfHeader(const QString &cell)
{
    const QString k = key(cell);
    if (k.startsWith(QLatin1String("sicherheits")))
        return QStringLiteral("de");
    if (k.contains(QStringLiteral("sécurité")))
        return QStringLiteral("fr");
    return QStringLiteral("en");
}

} // namespace vaultscope::vocabulary
