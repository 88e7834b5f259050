#include "baselineimporter.h"

#include "importers.h"
#include "linkresolver.h"
#include "markdownblocks.h"
#include "sourcedocument.h"
#include "vocabulary.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace vaultscope {

namespace {

// The service a title speaks of: "Security controls for Azure Backup", "Azure security baseline for
// Key Vault", "Overview of security features in Azure Backup", "Azure Key Vault security".
QString serviceFromTitle(const QString &title)
{
    static const QRegularExpression forX(QStringLiteral("\\b(?:for|in|für|pour)\\s+(.+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xSecurity(
        QStringLiteral("^(.+?)\\s+(?:security(?: baseline| features| controls)?|sicherheit|sécurité)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = title.simplified();
    if (const auto m = forX.match(t); m.hasMatch())
        return m.captured(1).trimmed();
    if (const auto m = xSecurity.match(t); m.hasMatch())
        return m.captured(1).trimmed();
    return {};
}

QDate parseDate(const QString &value)
{
    for (const char *format : {"MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"}) {
        const QDate d = QDate::fromString(value.trimmed(), QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

bool hasHeading(const QList<Block> &blocks, int level, const QRegularExpression &re)
{
    return std::any_of(blocks.cbegin(), blocks.cend(), [&](const Block &b) {
        return b.kind == Block::Heading && b.level == level && re.match(b.content.text).hasMatch();
    });
}

bool hasBaselineTable(const QList<Block> &blocks)
{
    return std::any_of(blocks.cbegin(), blocks.cend(), [](const Block &b) {
        if (b.kind != Block::Table || b.rows.isEmpty())
            return false;
        const QString first = b.rows.constFirst().value(0).text;
        return vocabulary::isAttributeHeader(first) || vocabulary::isControlHeader(first);
    });
}

bool hasMcsbFeatures(const QList<Block> &blocks)
{
    return std::any_of(blocks.cbegin(), blocks.cend(), [](const Block &b) {
        return (b.kind == Block::Heading && b.level == 4 && vocabulary::isFeaturesHeading(b.content.text)) ||
               (b.kind == Block::Table && vocabulary::isSupportedHeader(b.rows.value(0).value(0).text));
    });
}

bool titleSpeaksOfSecurity(const QString &title)
{
    static const QRegularExpression re(QStringLiteral("secur|sicherheit|sécurité"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

} // namespace

bool BaselineImporter::importFile(const QString &path, Baseline *out, ImportError *error)
{
    QByteArray bytes;
    if (!SourceDocument::readFile(path, &bytes, error))
        return false;
    if (!importBytes(bytes, QFileInfo(path).fileName(), out, error)) {
        error->file = path;
        return false;
    }
    return true;
}

bool BaselineImporter::importBytes(const QByteArray &bytes, const QString &fileName, Baseline *out,
                                   ImportError *error)
{
    if (XlsxReader::looksLikeWorkbook(bytes)) {
        Workbook workbook;
        Baseline b;
        if (!XlsxReader::read(bytes, fileName, &workbook, error) ||
            !importWorkbook(workbook, fileName, &b, error))
            return false;
        b.sourceName = fileName;
        b.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        *out = b;
        return true;
    }
    SourceDocument doc;
    return SourceDocument::fromBytes(bytes, fileName, &doc, error) && importDocument(doc, out, error);
}

bool BaselineImporter::importDocument(const SourceDocument &doc, Baseline *out, ImportError *error)
{
    Baseline b;
    b.sourceName = doc.fileName;
    b.sha256 = doc.sha256;
    b.language = QStringLiteral("en");
    b.date = parseDate(doc.frontMatter.value(QStringLiteral("ms.date")));
    const QString msService = doc.frontMatter.value(QStringLiteral("ms.service"));

    bool ok = false;
    if (looksLikeMcsbText(doc.text)) {
        ok = importMcsbText(doc.text, &b, error);
    } else {
        // A first pass without links finds the title; links resolve against the service's folder.
        QString title = doc.frontMatter.value(QStringLiteral("title"));
        QList<Block> blocks = parseMarkdown(doc.text, LinkResolver());
        for (const Block &block : std::as_const(blocks)) {
            if (block.kind == Block::Heading && block.level == 1) {
                title = block.content.text;
                break;
            }
        }
        b.title = title;
        const QString service = serviceFromTitle(title);
        const LinkResolver links(LinkResolver::directoryForService(
            msService, service.isEmpty() ? nameFromSlug(msService) : service));
        blocks = parseMarkdown(doc.text, links);

        static const QRegularExpression v1(QStringLiteral("^\\d+\\.\\d+\\s*:"));
        static const QRegularExpression v2(QStringLiteral("^[A-Z]{2,3}-\\d+\\s*:"));
        if (hasBaselineTable(blocks)) {
            ok = importTables(blocks, links, &b, error);
        } else if (hasHeading(blocks, 3, v2) && hasMcsbFeatures(blocks)) {
            ok = importMcsbMarkdown(blocks, &b, error);
        } else if (hasHeading(blocks, 3, v1) || hasHeading(blocks, 3, v2)) {
            ok = importBenchmark(blocks, &b, error);
        } else if (titleSpeaksOfSecurity(title) &&
                   std::any_of(blocks.cbegin(), blocks.cend(),
                               [](const Block &x) { return x.kind == Block::Heading && x.level == 2; })) {
            ok = importOverview(blocks, &b, error);
        } else {
            *error = {doc.fileName, 0,
                      QCoreApplication::translate(
                          "vaultscope::Import",
                          "no baseline content found: expected security attribute or control tables, "
                          "benchmark recommendations (\"### NS-1: ...\" or \"### 1.1: ...\"), benchmark "
                          "features, or a security overview")};
            return false;
        }
    }
    if (!ok) {
        error->file = doc.fileName;
        return false;
    }
    // Translated pages say which locale they are in; trust that over header words.
    const QString locale = doc.frontMatter.value(QStringLiteral("ms.contentlocale"));
    if (!locale.isEmpty())
        b.language = locale.section(QLatin1Char('-'), 0, 0).toLower();

    QString service = serviceFromTitle(b.title);
    if (service.isEmpty())
        service = nameFromSlug(msService);
    if (service.isEmpty())
        service = nameFromSlug(doc.fileName.section(QLatin1Char('.'), 0, 0));
    b.service = canonicalServiceName(service);
    if (b.title.isEmpty()) {
        // Stored data, so not translated: the document's language decides.
        b.title = b.service + (b.format == BaselineFormat::Attributes ? QLatin1String(" security attributes")
                                                                      : QLatin1String(" security controls"));
    }
    *out = b;
    return true;
}

} // namespace vaultscope
