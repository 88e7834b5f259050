#include "importers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vaultscope {

bool finishMcsb(Baseline *out, ImportError *error)
{
    if (out->entries.isEmpty()) {
        *error = {QString(), 0,
                  QCoreApplication::translate("vaultscope::Import", "no benchmark features found")};
        return false;
    }
    out->format = BaselineFormat::Mcsb;
    out->benchmark = QStringLiteral("Microsoft cloud security benchmark v1");
    return true;
}

void appendParagraph(QString *field, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    if (!field->isEmpty())
        *field += QLatin1String("\n\n");
    *field += t;
}

void appendReferences(QList<Reference> *to, const QList<Reference> &from)
{
    for (const Reference &r : from) {
        const bool seen = std::any_of(to->cbegin(), to->cend(), [&r](const Reference &o) {
            return r.url.isEmpty() ? o.text == r.text : o.url == r.url;
        });
        if (!seen)
            to->append(r);
    }
}

void attachPolicies(QList<Entry> *entries, const QString &category, const QString &controlId,
                    const QStringList &names)
{
    for (Entry &e : *entries) {
        if (e.controlId == controlId && e.category == category)
            e.policies += names;
    }
}

QString nameFromDescription(const QString &description)
{
    QString name = description;
    name.remove(QRegularExpression(QStringLiteral("\\s*Learn more\\.?\\s*$")));
    const int stop = name.indexOf(QRegularExpression(QStringLiteral("[.(:;]")));
    if (stop > 0)
        name = name.left(stop);
    name = name.simplified();
    constexpr int maxLength = 80;
    if (name.size() > maxLength) {
        name.truncate(maxLength);
        name = name.left(name.lastIndexOf(QLatin1Char(' '))) + QChar(0x2026);
    }
    return name;
}

QString nameFromSlug(const QString &slug)
{
    static const QStringList upper = {QStringLiteral("api"), QStringLiteral("sql"), QStringLiteral("cdn"),
                                      QStringLiteral("hsm"), QStringLiteral("vm"),  QStringLiteral("vpn"),
                                      QStringLiteral("dns"), QStringLiteral("ddos")};
    QStringList words =
        slug.toLower().split(QRegularExpression(QStringLiteral("[-_ ]+")), Qt::SkipEmptyParts);
    for (QString &w : words)
        w = upper.contains(w) ? w.toUpper() : w.left(1).toUpper() + w.mid(1);
    return words.join(QLatin1Char(' '));
}

} // namespace vaultscope
