// Format (e) as rendered plain text (copied from the published page): no markdown marks, so the
// structure comes from the labels. A feature's name is the line before its "Description:"; when
// that line is missing the name is derived from the description.
#include "importers.h"
#include "vocabulary.h"

#include <QRegularExpression>

namespace vaultscope {

namespace {

struct Line
{
    int number;
    QString text;
};

const QRegularExpression kControl(QStringLiteral("^([A-Z]{2,3}-\\d+)\\s*:\\s+(.+)$"));
const QRegularExpression kLabel(QStringLiteral("^([^:]{3,60}?)\\s*:\\s*(.*)$"));
const QRegularExpression kSeeBenchmark(
    QStringLiteral("^(For more information, see the Microsoft cloud security benchmark|"
                   "Weitere Informationen finden Sie unter|Pour plus d.informations, consultez)"),
    QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kTableHeader(
    QStringLiteral(
        "^(Supported|Unterstützt|Prise en charge)\\s+.*(Responsibility|verantwortung|responsabilité)"),
    QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kPolicyVersion(QStringLiteral("\\s(\\d+\\.\\d+\\.\\d+(?:-preview)?)$"));

// "True False Customer" / "False Not Applicable Not Applicable": three values, some of two words.
QStringList splitValues(const QString &line)
{
    static const QRegularExpression token(
        QStringLiteral("^(Not Applicable|Nicht zutreffend|Non applicable|True|False|Wahr|Falsch|Vrai|Faux|"
                       "Customer|Microsoft|Shared|Kunde|Client|Gemeinsam|Partagé|Yes|No)\\b\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList values;
    QString rest = line.trimmed();
    while (!rest.isEmpty() && values.size() < 3) {
        const auto m = token.match(rest);
        if (!m.hasMatch())
            break;
        values.append(m.captured(1));
        rest = rest.mid(m.capturedLength());
    }
    if (!rest.isEmpty() && values.size() == 2)
        values.append(rest.trimmed()); // an unknown responsibility wording: keep it as written
    return values;
}

} // namespace

bool looksLikeMcsbText(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool table = false;
    bool control = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('|')))
            return false; // markdown
        table |= kTableHeader.match(line).hasMatch();
        control |= kControl.match(line).hasMatch();
    }
    return table && control;
}

bool importMcsbText(const QString &text, Baseline *out, ImportError *error)
{
    QList<Line> lines;
    {
        const QStringList raw = text.split(QLatin1Char('\n'));
        for (int i = 0; i < raw.size(); ++i) {
            const QString t = raw.at(i).simplified();
            if (!t.isEmpty())
                lines.append({i + 1, t});
        }
    }
    if (!lines.isEmpty())
        out->title = lines.constFirst().text;

    QString category;
    QString controlId;
    QString controlTitle;
    Entry *feature = nullptr;
    QString *openField = nullptr;
    bool inPolicies = false;

    auto nextStartsDescription = [&](int i) {
        if (i + 1 >= lines.size())
            return false;
        const auto m = kLabel.match(lines.at(i + 1).text);
        return m.hasMatch() && vocabulary::labelKind(m.captured(1)) == vocabulary::Label::Description;
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &t = lines.at(i).text;
        if (vocabulary::isNextSteps(t))
            break;
        if (i + 1 < lines.size() && kSeeBenchmark.match(lines.at(i + 1).text).hasMatch()) {
            category = t;
            controlId.clear();
            feature = nullptr;
            openField = nullptr;
            inPolicies = false;
            ++i;
            continue;
        }
        if (category.isEmpty())
            continue; // introduction and security profile
        if (const auto m = kControl.match(t); m.hasMatch()) {
            controlId = m.captured(1);
            controlTitle = m.captured(2);
            feature = nullptr;
            openField = nullptr;
            inPolicies = false;
            continue;
        }
        if (controlId.isEmpty())
            continue;
        if (vocabulary::isMonitoringHeading(t)) {
            inPolicies = true;
            openField = nullptr;
            continue;
        }
        if (inPolicies) {
            const auto v = kPolicyVersion.match(t);
            if (v.hasMatch())
                attachPolicies(&out->entries, category, controlId, {t});
            continue;
        }
        if (kTableHeader.match(t).hasMatch()) {
            if (feature && i + 1 < lines.size()) {
                const QStringList values = splitValues(lines.at(i + 1).text);
                if (values.size() == 3) {
                    feature->supported = values.at(0);
                    feature->enabledByDefault = values.at(1);
                    feature->responsibility = values.at(2);
                    ++i;
                }
            }
            openField = nullptr;
            continue;
        }
        const auto label = kLabel.match(t);
        const vocabulary::Label kind =
            label.hasMatch() ? vocabulary::labelKind(label.captured(1)) : vocabulary::Label::None;
        if (kind == vocabulary::Label::Description) {
            Entry e;
            e.category = category;
            e.controlId = controlId;
            e.controlTitle = controlTitle;
            const QString previous = i > 0 ? lines.at(i - 1).text : QString();
            const auto previousLabel = kLabel.match(previous);
            const bool named = i > 0 && !vocabulary::isFeaturesHeading(previous) &&
                               !kControl.match(previous).hasMatch() &&
                               !(previousLabel.hasMatch() &&
                                 vocabulary::labelKind(previousLabel.captured(1)) != vocabulary::Label::None);
            e.name = named ? previous : nameFromDescription(label.captured(2));
            e.description = label.captured(2);
            e.sourceLine = lines.at(i).number;
            out->entries.append(e);
            feature = &out->entries.last();
            openField = &feature->description;
            continue;
        }
        if (!feature)
            continue;
        switch (kind) {
        case vocabulary::Label::FeatureNotes:
            openField = &feature->notes;
            appendParagraph(openField, label.captured(2));
            continue;
        case vocabulary::Label::ConfigurationGuidance:
            openField = &feature->guidance;
            appendParagraph(openField, label.captured(2));
            continue;
        case vocabulary::Label::Reference:
            openField = nullptr;
            appendReferences(&feature->references, {{label.captured(2), QString()}});
            continue;
        default:
            break;
        }
        if (vocabulary::isFeaturesHeading(t) || nextStartsDescription(i))
            continue; // the name line of the next feature
        if (openField)
            appendParagraph(openField, t);
    }
    return finishMcsb(out, error);
}

} // namespace vaultscope
