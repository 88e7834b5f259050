#include "review.h"

#include "catalogue/baseline.h"
#include "common/translation.h"

#include <QCoreApplication>

namespace vaultscope {

namespace {
struct StatusName
{
    ReviewStatus status;
    const char *key;
};
constexpr StatusName kStatuses[] = {{ReviewStatus::NotReviewed, "not-reviewed"},
                                    {ReviewStatus::Satisfied, "satisfied"},
                                    {ReviewStatus::Finding, "finding"},
                                    {ReviewStatus::Exception, "exception"},
                                    {ReviewStatus::NotApplicable, "not-applicable"}};
} // namespace

QString statusKey(ReviewStatus status)
{
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.key);
    }
    return {};
}

bool statusFromKey(const QString &key, ReviewStatus *status)
{
    for (const auto &s : kStatuses) {
        if (key.compare(QLatin1String(s.key), Qt::CaseInsensitive) == 0) {
            *status = s.status;
            return true;
        }
    }
    return false;
}

QString statusLabel(ReviewStatus status, const Translation *language)
{
    switch (status) {
    case ReviewStatus::NotReviewed:
        return translated(language, "vaultscope::Review",
                          QT_TRANSLATE_NOOP("vaultscope::Review", "Not reviewed"));
    case ReviewStatus::Satisfied:
        return translated(language, "vaultscope::Review",
                          QT_TRANSLATE_NOOP("vaultscope::Review", "Satisfied"));
    case ReviewStatus::Finding:
        return translated(language, "vaultscope::Review", QT_TRANSLATE_NOOP("vaultscope::Review", "Finding"));
    case ReviewStatus::Exception:
        return translated(language, "vaultscope::Review",
                          QT_TRANSLATE_NOOP("vaultscope::Review", "Exception"));
    case ReviewStatus::NotApplicable:
        return translated(language, "vaultscope::Review",
                          QT_TRANSLATE_NOOP("vaultscope::Review", "Not applicable"));
    }
    return {};
}

QString ReviewTarget::key() const
{
    return kind == Control ? QStringLiteral("control:%1/%2").arg(service, control)
                           : QStringLiteral("finding:%1|%2").arg(resourceId, definition);
}

QString ReviewTarget::controlKey(const QString &service, const QString &controlIdOrName)
{
    ReviewTarget t;
    t.service = canonicalServiceName(service);
    t.control = controlIdOrName.simplified();
    return t.key();
}

QString ReviewTarget::entryKey(const QString &service, const Entry &entry)
{
    return controlKey(service, entry.controlId.isEmpty() ? entry.name : entry.controlId);
}

QString ReviewTarget::findingKey(const QString &resourceId, const QString &definition)
{
    ReviewTarget t;
    t.kind = Finding;
    t.resourceId = resourceId.trimmed().toLower();
    t.definition = definition.trimmed();
    return t.key();
}

bool ReviewTarget::parse(const QString &text, ReviewTarget *out, QString *error)
{
    const QString t = text.trimmed();
    ReviewTarget r;
    if (t.startsWith(QLatin1String("control:"), Qt::CaseInsensitive)) {
        const QString rest = t.mid(8);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        r.kind = Control;
        r.service = canonicalServiceName(rest.left(slash));
        r.control = rest.mid(slash + 1).simplified();
        if (slash <= 0 || r.service.isEmpty() || r.control.isEmpty()) {
            *error = QCoreApplication::translate(
                         "vaultscope::ReviewTarget",
                         "'%1': a control target is control:<service>/<control id or entry name>")
                         .arg(t);
            return false;
        }
    } else if (t.startsWith(QLatin1String("finding:"), Qt::CaseInsensitive)) {
        const QString rest = t.mid(8);
        const qsizetype bar = rest.lastIndexOf(QLatin1Char('|'));
        r.kind = Finding;
        r.resourceId = rest.left(bar).trimmed().toLower();
        r.definition = rest.mid(bar + 1).trimmed();
        if (bar <= 0 || !r.resourceId.startsWith(QLatin1Char('/')) || r.definition.isEmpty()) {
            *error = QCoreApplication::translate(
                         "vaultscope::ReviewTarget",
                         "'%1': a finding target is finding:<resource id>|<policy definition name>")
                         .arg(t);
            return false;
        }
    } else {
        *error = QCoreApplication::translate("vaultscope::ReviewTarget",
                                             "'%1': a target starts with control: or finding:")
                     .arg(t);
        return false;
    }
    *out = r;
    return true;
}

bool Evidence::isActive(const QString &fileName, const QByteArray &data)
{
    static const QStringList kinds = {
        QStringLiteral("desktop"),  QStringLiteral("sh"),      QStringLiteral("bash"),
        QStringLiteral("zsh"),      QStringLiteral("csh"),     QStringLiteral("ksh"),
        QStringLiteral("fish"),     QStringLiteral("py"),      QStringLiteral("pl"),
        QStringLiteral("rb"),       QStringLiteral("php"),     QStringLiteral("js"),
        QStringLiteral("mjs"),      QStringLiteral("jar"),     QStringLiteral("jnlp"),
        QStringLiteral("exe"),      QStringLiteral("com"),     QStringLiteral("bat"),
        QStringLiteral("cmd"),      QStringLiteral("ps1"),     QStringLiteral("psm1"),
        QStringLiteral("vbs"),      QStringLiteral("vbe"),     QStringLiteral("wsf"),
        QStringLiteral("msi"),      QStringLiteral("scr"),     QStringLiteral("lnk"),
        QStringLiteral("url"),      QStringLiteral("reg"),     QStringLiteral("hta"),
        QStringLiteral("html"),     QStringLiteral("htm"),     QStringLiteral("xhtml"),
        QStringLiteral("shtml"),    QStringLiteral("svg"),     QStringLiteral("svgz"),
        QStringLiteral("appimage"), QStringLiteral("run"),     QStringLiteral("bin"),
        QStringLiteral("deb"),      QStringLiteral("rpm"),     QStringLiteral("dll"),
        QStringLiteral("so"),       QStringLiteral("command"), QStringLiteral("app"),
        QStringLiteral("apk"),      QStringLiteral("elf"),     QStringLiteral("xpi")};
    const QString name = fileName.trimmed().toLower();
    const QString suffix = name.section(QLatin1Char('.'), -1);
    if (name.contains(QLatin1Char('.')) && kinds.contains(suffix))
        return true;
    // Whatever the name says: an ELF or PE program, or a script with an interpreter line.
    return data.startsWith("\x7f"
                           "ELF") ||
           data.startsWith("MZ") || data.startsWith("#!");
}

} // namespace vaultscope
