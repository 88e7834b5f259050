#include "xlsxreader.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace vaultscope {

namespace {

const QByteArray kZipMagic("PK\x03\x04", 4);
const QByteArray kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr int kMaxColumns = 16384; // XFD, Excel's last column
constexpr int kMaxRows = 1048576;

// Zip parts read with a hard cap on what they expand to, whatever the archive's headers claim.
class Archive
{
public:
    explicit Archive(const QByteArray &bytes)
    {
        m_buffer.setData(bytes);
        m_zip.setIoDevice(&m_buffer);
    }
    bool open() { return m_zip.open(QuaZip::mdUnzip); }
    bool has(const QString &part) { return m_zip.setCurrentFile(part, QuaZip::csInsensitive); }

    bool read(const QString &part, QByteArray *out, QString *why)
    {
        if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive)) {
            *why = XlsxReader::tr("the workbook has no part %1").arg(part);
            return false;
        }
        QuaZipFileInfo64 info;
        if (m_zip.getCurrentFileInfo(&info) && (info.flags & 1)) {
            *why = XlsxReader::tr("%1 is encrypted: the workbook is password-protected; save it without a "
                                  "password and import it again")
                       .arg(part);
            return false;
        }
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly)) {
            *why = XlsxReader::tr("cannot unpack %1 (zip error %2)").arg(part).arg(file.getZipError());
            return false;
        }
        out->clear();
        char chunk[64 * 1024];
        for (;;) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n < 0) {
                *why = XlsxReader::tr("cannot unpack %1: the archive is damaged (zip error %2)")
                           .arg(part)
                           .arg(file.getZipError());
                return false;
            }
            if (n == 0)
                break;
            m_total += n;
            if (out->size() + n > XlsxReader::MaxPartSize || m_total > XlsxReader::MaxTotalSize) {
                *why = XlsxReader::tr("%1 unpacks to more than %2 MB; a baseline workbook is far smaller, so "
                                      "this file is refused")
                           .arg(part)
                           .arg((out->size() + n > XlsxReader::MaxPartSize ? XlsxReader::MaxPartSize
                                                                           : XlsxReader::MaxTotalSize) /
                                (1024 * 1024));
                return false;
            }
            out->append(chunk, n);
        }
        file.close();
        if (file.getZipError() != UNZ_OK) {
            *why = XlsxReader::tr("%1 is damaged: its checksum does not match (zip error %2)")
                       .arg(part)
                       .arg(file.getZipError());
            return false;
        }
        return true;
    }

private:
    QBuffer m_buffer;
    QuaZip m_zip;
    qint64 m_total = 0;
};

QString xmlFailure(const QString &part, const QXmlStreamReader &xml)
{
    return XlsxReader::tr("%1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

// Excel writes control characters as _xHHHH_ inside strings.
QString decodeEscapes(QString s)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    if (s.contains(QLatin1String("_x"))) {
        QString out;
        qsizetype last = 0;
        for (auto it = escape.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(s).mid(last, m.capturedStart() - last);
            out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
            last = m.capturedEnd();
        }
        s = out + QStringView(s).mid(last);
    }
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s;
}

// The text of a string item (<si> or <is>): its <t> elements, rich-text runs included, phonetic
// guides (<rPh>) left out. The reader stands on the item's start element.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int phonetic = 0;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return decodeEscapes(text);
}

bool readSharedStrings(const QByteArray &data, QStringList *strings, QString *why)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings->append(readStringItem(xml));
    }
    if (xml.hasError()) {
        *why = xmlFailure(part, xml);
        return false;
    }
    return true;
}

// "BC12" -> column 54 (0-based); -1 when the reference is not a cell reference.
int columnOf(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 || column > kMaxColumns ? -1 : column - 1;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double d = raw.toDouble(&ok);
    return ok ? QString::number(d, 'g', 15) : raw; // 5.0999999999999996 reads "5.1", as Excel shows it
}

bool readSheet(const QByteArray &data, const QString &part, const QStringList &shared, Sheet *sheet,
               QString *why)
{
    QXmlStreamReader xml(data);
    auto fail = [&](const QString &message) {
        *why = XlsxReader::tr("%1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(message);
        return false;
    };
    SheetRow row;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            const bool empty = std::all_of(row.cells.cbegin(), row.cells.cend(),
                                           [](const QString &c) { return c.trimmed().isEmpty(); });
            if (!empty)
                sheet->rows.append(row);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            const int number = r.isEmpty() ? row.number + 1 : r.toInt();
            if (number <= row.number || number > kMaxRows)
                return fail(XlsxReader::tr("row number %1 is out of order or beyond row %2")
                                .arg(r.toString())
                                .arg(kMaxRows));
            row = {number, {}};
            column = -1;
        } else if (xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes attrs = xml.attributes();
            const QStringView ref = attrs.value(QLatin1String("r"));
            column = ref.isEmpty() ? column + 1 : columnOf(ref);
            if (column < 0 || column >= kMaxColumns)
                return fail(
                    XlsxReader::tr("cell reference \"%1\" is not a column Excel has").arg(ref.toString()));
            const QString type = attrs.value(QLatin1String("t")).toString();
            QString value;
            QString raw;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v"))
                    raw = xml.readElementText();
                else if (xml.name() == QLatin1String("is"))
                    value = readStringItem(xml);
                else
                    xml.skipCurrentElement();
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = raw.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return fail(XlsxReader::tr("cell %1 names shared string %2, but the workbook has %3")
                                    .arg(ref.toString(), raw)
                                    .arg(shared.size()));
                value = shared.at(index);
            } else if (type == QLatin1String("b")) {
                value =
                    raw.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                value = decodeEscapes(raw);
            } else if (type != QLatin1String("inlineStr")) {
                value = numberText(raw.trimmed());
            }
            if (row.cells.size() <= column)
                row.cells.resize(column + 1);
            row.cells[column] = value;
        }
    }
    if (xml.hasError()) {
        *why = xmlFailure(part, xml);
        return false;
    }
    return true;
}

struct SheetRef
{
    QString name;
    QString part;
};

// The sheets in workbook order, with the part each is stored in.
bool readSheetList(Archive &zip, QList<SheetRef> *out, QString *why)
{
    QByteArray data;
    if (!zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &data, why))
        return false;
    QHash<QString, QString> targets;
    QXmlStreamReader rels(data);
    while (!rels.atEnd()) {
        if (rels.readNext() == QXmlStreamReader::StartElement &&
            rels.name() == QLatin1String("Relationship")) {
            const QString target = rels.attributes().value(QLatin1String("Target")).toString();
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(),
                           target.startsWith(QLatin1Char('/'))
                               ? QDir::cleanPath(target.mid(1))
                               : QDir::cleanPath(QLatin1String("xl/") + target));
        }
    }
    if (rels.hasError()) {
        *why = xmlFailure(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
        return false;
    }
    if (!zip.read(QStringLiteral("xl/workbook.xml"), &data, why))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("sheet"))
            continue;
        const QXmlStreamAttributes attrs = xml.attributes();
        QString id;
        for (const QXmlStreamAttribute &a : attrs) {
            if (a.name() == QLatin1String("id"))
                id = a.value().toString();
        }
        if (targets.contains(id))
            out->append({attrs.value(QLatin1String("name")).toString(), targets.value(id)});
    }
    if (xml.hasError()) {
        *why = xmlFailure(QStringLiteral("xl/workbook.xml"), xml);
        return false;
    }
    return true;
}

// dcterms:modified, else dcterms:created; the properties are optional, so failures are not errors.
QDate readDate(Archive &zip)
{
    QByteArray data;
    QString why;
    if (!zip.has(QStringLiteral("docProps/core.xml")) ||
        !zip.read(QStringLiteral("docProps/core.xml"), &data, &why))
        return {};
    QDate created;
    QDate modified;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("created"))
            created = QDateTime::fromString(xml.readElementText().trimmed(), Qt::ISODate).date();
        else if (xml.name() == QLatin1String("modified"))
            modified = QDateTime::fromString(xml.readElementText().trimmed(), Qt::ISODate).date();
    }
    return modified.isValid() ? modified : created;
}

} // namespace

bool XlsxReader::looksLikeWorkbook(const QByteArray &bytes)
{
    return bytes.startsWith(kZipMagic) || bytes.startsWith(kOleMagic);
}

bool XlsxReader::read(const QByteArray &bytes, const QString &fileName, Workbook *workbook,
                      ImportError *error)
{
    auto fail = [&](const QString &message) {
        *error = {fileName, 0, message};
        return false;
    };
    if (bytes.startsWith(kOleMagic)) {
        // Office encrypts a protected .xlsx into an OLE container with an EncryptionInfo stream.
        const bool encrypted = bytes.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28));
        return fail(encrypted
                        ? tr("the workbook is password-protected (encrypted); save it without a password "
                             "and import it again")
                        : tr("this is an Excel 97-2003 (.xls) workbook; save it as .xlsx and import it "
                             "again"));
    }
    Archive zip(bytes);
    if (!bytes.startsWith(kZipMagic) || !zip.open())
        return fail(tr("not a readable .xlsx workbook: the zip archive is damaged or incomplete"));
    QString why;
    QList<SheetRef> refs;
    if (!readSheetList(zip, &refs, &why))
        return fail(why);
    QStringList shared;
    QByteArray data;
    if (zip.has(QStringLiteral("xl/sharedStrings.xml"))) {
        if (!zip.read(QStringLiteral("xl/sharedStrings.xml"), &data, &why) ||
            !readSharedStrings(data, &shared, &why))
            return fail(why);
    }
    QList<Sheet> *sheets = &workbook->sheets;
    sheets->clear();
    for (const SheetRef &ref : std::as_const(refs)) {
        Sheet sheet{ref.name, {}};
        if (!zip.read(ref.part, &data, &why) || !readSheet(data, ref.part, shared, &sheet, &why))
            return fail(why);
        sheets->append(sheet);
    }
    if (sheets->isEmpty())
        return fail(tr("the workbook has no worksheets"));
    workbook->date = readDate(zip);
    return true;
}

} // namespace vaultscope
