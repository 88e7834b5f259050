// Microsoft's baseline spreadsheets and benchmark workbooks. The layout is told by the header row,
// never by the file name: ASB v1 (Azure Control, Azure ID, CIS Controls, Benchmark Recommendation),
// ASB v2 (adds NIST ids and Recommendation Scope), ASB v3 (a "Feature Summary" sheet: ASB Control
// ID, Feature Name, ...) and benchmark workbooks (ID or ASB ID, Control Domain, Recommendation, and
// CIS / NIST / PCI mappings; one sheet per domain or one for all).
#include "importers.h"
#include "xlsxreader.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace vaultscope {

namespace {

enum class Layout { None, Asb1, Asb2, Features, Benchmark };

QString tr(const char *text)
{
    return QCoreApplication::translate("vaultscope::Import", text);
}

QString headerKey(const QString &cell)
{
    QString key = cell.simplified().toLower();
    while (key.endsWith(QLatin1Char(':')))
        key.chop(1);
    return key.trimmed();
}

// Cell text as the catalogue keeps prose: "- " and "• " lines as list items, at most one blank line.
QString prose(const QString &cell)
{
    static const QRegularExpression bullet(QStringLiteral("^[ \\t]*[-•*][ \\t]+"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n(?:[ \\t]*\\n)+"));
    QString text = cell.trimmed();
    text.replace(bullet, QStringLiteral("• "));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text;
}

// The spreadsheets write "None" where a field is empty.
QString valueOrEmpty(const QString &value)
{
    const QString v = value.trimmed();
    return v.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0 ? QString() : v;
}

struct Columns
{
    QHash<QString, int> index; // header key -> first column with it
    QStringList frameworks;    // "NIST SP800-53 r4" per mapping column
    QList<int> frameworkColumns;

    explicit Columns(const SheetRow &header)
    {
        for (int c = 0; c < header.cells.size(); ++c) {
            const QString key = headerKey(header.cells.at(c));
            if (key.isEmpty())
                continue;
            if (!index.contains(key))
                index.insert(key, c);
            if (key.startsWith(QLatin1String("cis controls")) || key.startsWith(QLatin1String("nist")) ||
                key.startsWith(QLatin1String("pci"))) {
                QString label = header.cells.at(c).simplified();
                label.remove(QRegularExpression(QStringLiteral("\\s*ID\\(s\\)\\s*:?$"),
                                                QRegularExpression::CaseInsensitiveOption));
                frameworks.append(label);
                frameworkColumns.append(c);
            }
        }
    }
    bool has(const char *key) const { return index.contains(QLatin1String(key)); }
    QString get(const SheetRow &row, std::initializer_list<const char *> keys) const
    {
        for (const char *key : keys) {
            const int c = index.value(QLatin1String(key), -1);
            if (c >= 0)
                return row.cell(c);
        }
        return {};
    }
    Layout layout() const
    {
        if (has("asb control id") && has("feature name"))
            return Layout::Features;
        if (has("azure control") && has("azure id") && has("benchmark recommendation"))
            return has("nist sp800-53 r4 id(s)") || has("recommendation scope") ? Layout::Asb2 : Layout::Asb1;
        if ((has("id") || has("asb id")) && has("control domain") && has("recommendation"))
            return Layout::Benchmark;
        return Layout::None;
    }
};

// "9.2: Ensure Only Approved Ports, ..." -> 9.2; "SC-7: BOUNDARY PROTECTION" -> SC-7;
// "9.2, 9.4, 14.1-14.3" -> three, "2.3/2.4" -> two; one per line; "N/A" -> none.
QStringList mappingIds(const QString &cell)
{
    static const QString id = QStringLiteral(
        "(?:[A-Z]{1,3}-\\d+|[A-Z]?\\d+(?:\\.\\d+)*)(?:\\(\\d+\\))?(?:-[A-Z]?\\d+(?:\\.\\d+)*)?");
    static const QRegularExpression list(
        QStringLiteral("^\\s*(%1(?:\\s*[,/]\\s*%1)*)(?=\\s*$|\\s*[:,]|\\s+\\S)").arg(id));
    QStringList ids;
    for (const QString &line : cell.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto m = list.match(line);
        if (!m.hasMatch())
            continue;
        for (const QString &one :
             m.captured(1).split(QRegularExpression(QStringLiteral("[,/]")), Qt::SkipEmptyParts)) {
            if (!ids.contains(one.trimmed()))
                ids.append(one.trimmed());
        }
    }
    return ids;
}

// "Title: https://..." or "Title:\nhttps://..." pairs, as the workbooks write references.
QList<Reference> referencesIn(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"]+"));
    QList<Reference> refs;
    QString pending;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        const auto m = url.match(line);
        if (!m.hasMatch()) {
            if (!line.isEmpty())
                pending = line;
            continue;
        }
        QString title = line.left(m.capturedStart()).trimmed();
        if (title.isEmpty())
            title = pending;
        while (title.endsWith(QLatin1Char(':')) || title.endsWith(QLatin1Char('-')))
            title = title.chopped(1).trimmed();
        refs.append({title.isEmpty() ? m.captured() : title, m.captured()});
        pending.clear();
    }
    return refs;
}

QStringList lines(const QString &cell)
{
    QStringList out;
    for (const QString &line : cell.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString v = valueOrEmpty(line);
        if (!v.isEmpty() && v != QLatin1String("N/A"))
            out.append(v);
    }
    return out;
}

void addMappings(const Columns &columns, const SheetRow &row, Entry *e)
{
    for (int i = 0; i < columns.frameworks.size(); ++i) {
        const QStringList ids = mappingIds(row.cell(columns.frameworkColumns.at(i)));
        if (!ids.isEmpty())
            e->mappings.append({columns.frameworks.at(i), ids});
    }
}

Entry asbEntry(const Columns &c, const SheetRow &row)
{
    Entry e;
    e.category = c.get(row, {"azure control"});
    e.controlId = c.get(row, {"azure id"});
    e.name = c.get(row, {"benchmark recommendation"});
    e.guidance = prose(c.get(row, {"customer guidance"}));
    e.responsibility = c.get(row, {"responsibility"});
    e.monitoring = c.get(row, {"asc monitoring"});
    const QString scope = c.get(row, {"recommendation scope"});
    if (!scope.isEmpty())
        e.notes = QStringLiteral("Recommendation scope: ") + scope;
    e.references = referencesIn(e.guidance);
    addMappings(c, row, &e);
    return e;
}

Entry featureEntry(const Columns &c, const SheetRow &row)
{
    Entry e;
    e.category = c.get(row, {"control domain"});
    e.controlId = c.get(row, {"asb control id"});
    e.controlTitle = c.get(row, {"asb control title"});
    e.name = c.get(row, {"feature name"});
    e.description = prose(valueOrEmpty(c.get(row, {"feature description"})));
    e.supported = c.get(row, {"feature supported"});
    e.enabledByDefault = c.get(row, {"feature enabled by default"});
    e.responsibility = c.get(row, {"responsibility"});
    e.guidance = prose(valueOrEmpty(c.get(row, {"guidance"})));
    for (const char *notes : {"feature notes", "guidance notes"})
        appendParagraph(&e.notes, prose(valueOrEmpty(c.get(row, {notes}))));
    e.references = referencesIn(valueOrEmpty(c.get(row, {"feature reference"})));
    return e;
}

Entry benchmarkEntry(const Columns &c, const SheetRow &row, const QString &sheetName)
{
    Entry e;
    e.category = c.get(row, {"control domain"});
    if (e.category.isEmpty())
        e.category = sheetName;
    e.controlId = c.get(row, {"asb id", "id"});
    e.name = c.get(row, {"recommendation"});
    e.description = prose(valueOrEmpty(c.get(row, {"security principle"})));
    if (e.description == QLatin1String("N/A"))
        e.description.clear();
    e.guidance = prose(c.get(row, {"azure guidance", "general guidance", "guidance"}));
    e.references = referencesIn(
        c.get(row, {"implementation and additional context", "azure implementation and additional context"}));
    e.notes = c.get(row, {"customer security stakeholders"});
    e.policies = lines(c.get(row, {"azure policy mapping", "azure policy"})) +
                 lines(c.get(row, {"azure policy guid"}));
    addMappings(c, row, &e);
    return e;
}

// The first text cell of a sheet without a table: the workbook's title in the benchmarks' Readme.
QString firstText(const Sheet &sheet)
{
    for (const SheetRow &row : sheet.rows) {
        for (const QString &cell : row.cells) {
            if (!cell.trimmed().isEmpty())
                return cell.simplified();
        }
    }
    return {};
}

// "v3.0-backup-security-baseline.xlsx", "backup-azure-security-benchmark-v3-latest-security-baseline"
// -> "backup"; the v3 spreadsheets name their service nowhere else.
QString serviceFromFileName(const QString &fileName)
{
    QString slug = QFileInfo(fileName).completeBaseName().toLower();
    slug.remove(QRegularExpression(QStringLiteral("^v\\d+(\\.\\d+)*-")));
    slug.remove(QRegularExpression(QStringLiteral("(-azure-security-benchmark.*)?-security-baseline.*$")));
    return nameFromSlug(slug);
}

} // namespace

bool importWorkbook(const Workbook &workbook, const QString &fileName, Baseline *out, ImportError *error)
{
    Layout layout = Layout::None;
    QStringList sheetNames;
    QString serviceCell;
    QString readmeTitle;
    for (const Sheet &sheet : workbook.sheets) {
        sheetNames.append(sheet.name);
        int headerAt = -1;
        for (int r = 0; r < std::min<qsizetype>(sheet.rows.size(), 10) && headerAt < 0; ++r) {
            const Layout found = Columns(sheet.rows.at(r)).layout();
            if (found != Layout::None && (layout == Layout::None || found == layout)) {
                layout = found;
                headerAt = r;
            }
        }
        if (headerAt < 0) {
            if (readmeTitle.isEmpty())
                readmeTitle = firstText(sheet);
            continue;
        }
        const Columns columns(sheet.rows.at(headerAt));
        for (qsizetype r = headerAt + 1; r < sheet.rows.size(); ++r) {
            const SheetRow &row = sheet.rows.at(r);
            Entry e = layout == Layout::Features    ? featureEntry(columns, row)
                      : layout == Layout::Benchmark ? benchmarkEntry(columns, row, sheet.name)
                                                    : asbEntry(columns, row);
            if (e.name.isEmpty() && e.controlId.isEmpty())
                continue; // a row of notes under the table
            if (e.name.isEmpty())
                e.name = e.controlTitle.isEmpty() ? e.controlId : e.controlTitle;
            e.sourceLine = row.number;
            out->entries.append(e);
            if (serviceCell.isEmpty())
                serviceCell = columns.get(row, {"service"});
        }
    }
    if (layout == Layout::None) {
        *error = {
            fileName, 0,
            tr("no baseline or benchmark sheet found (sheets: %1): expected the headers of a security "
               "baseline (Azure Control, Azure ID, Benchmark Recommendation), of a feature summary (ASB "
               "Control ID, Feature Name) or of a benchmark (ID, Control Domain, Recommendation)")
                .arg(sheetNames.join(QLatin1String(", ")))};
        return false;
    }
    if (out->entries.isEmpty()) {
        *error = {fileName, 0, tr("the workbook has the headers of a baseline but no rows under them")};
        return false;
    }
    out->date = workbook.date;
    out->language = QStringLiteral("en");
    switch (layout) {
    case Layout::Asb1:
    case Layout::Asb2:
        out->format = layout == Layout::Asb1 ? BaselineFormat::Asb1 : BaselineFormat::Asb2;
        out->benchmark = layout == Layout::Asb1 ? QStringLiteral("Azure Security Benchmark v1")
                                                : QStringLiteral("Azure Security Benchmark v2");
        serviceCell.remove(QRegularExpression(QStringLiteral("_V\\d+_Conversion$")));
        out->service =
            canonicalServiceName(serviceCell.isEmpty() ? serviceFromFileName(fileName) : serviceCell);
        break;
    case Layout::Features:
        out->format = BaselineFormat::Asb3;
        out->benchmark = QStringLiteral("Azure Security Benchmark v3");
        out->service = canonicalServiceName(serviceFromFileName(fileName));
        break;
    case Layout::Benchmark:
    case Layout::None:
        out->format = BaselineFormat::Benchmark;
        out->benchmark = readmeTitle.isEmpty() ? QFileInfo(fileName).completeBaseName() : readmeTitle;
        out->service =
            QString(out->benchmark).remove(QRegularExpression(QStringLiteral("\\s+v\\d+(\\.\\d+)*$")));
        out->title = out->benchmark;
        return true;
    }
    // Stored data, so not translated, like the document importers' fallback titles.
    out->title = out->service + QLatin1String(" security baseline (") + out->benchmark + QLatin1Char(')');
    return true;
}

} // namespace vaultscope
