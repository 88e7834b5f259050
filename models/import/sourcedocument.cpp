#include "sourcedocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace vaultscope {

namespace {

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Returns the offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        unsigned cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

void splitFrontMatter(QString *text, QHash<QString, QString> *frontMatter)
{
    if (!text->startsWith(QLatin1String("---\n")))
        return;
    QStringList lines = text->split(QLatin1Char('\n'));
    int end = -1;
    for (int i = 1; i < lines.size() && i < 200; ++i) {
        if (lines.at(i).trimmed() == QLatin1String("---")) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return;
    for (int i = 0; i <= end; ++i) {
        const QString line = lines.at(i);
        const int colon = line.indexOf(QLatin1Char(':'));
        if (i > 0 && i < end && colon > 0 && !line.startsWith(QLatin1Char('#')) && !line.at(0).isSpace()) {
            QString value = line.mid(colon + 1).trimmed();
            if (value.size() >= 2 &&
                (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
                value.endsWith(value.at(0)))
                value = value.mid(1, value.size() - 2);
            frontMatter->insert(line.left(colon).trimmed().toLower(), value);
        }
        lines[i].clear();
    }
    *text = lines.join(QLatin1Char('\n'));
}

} // namespace

bool SourceDocument::load(const QString &path, SourceDocument *doc, ImportError *error)
{
    QByteArray bytes;
    if (!readFile(path, &bytes, error) || !fromBytes(bytes, path, doc, error))
        return false;
    doc->fileName = QFileInfo(path).fileName();
    return true;
}

bool SourceDocument::readFile(const QString &path, QByteArray *bytes, ImportError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {path, 0, tr("cannot open the file: %1").arg(file.errorString())};
        return false;
    }
    if (file.size() > MaxSize) {
        *error = {path, 0,
                  tr("the file is %1 MB; baseline documents are at most %2 MB")
                      .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                      .arg(MaxSize / (1024 * 1024))};
        return false;
    }
    *bytes = file.read(MaxSize + 1);
    return true;
}

bool SourceDocument::fromBytes(const QByteArray &bytesIn, const QString &fileName, SourceDocument *doc,
                               ImportError *error)
{
    if (bytesIn.size() > MaxSize) {
        *error = {fileName, 0, tr("the document is larger than %1 MB").arg(MaxSize / (1024 * 1024))};
        return false;
    }
    if (bytesIn.trimmed().isEmpty()) {
        *error = {fileName, 0, tr("the file is empty")};
        return false;
    }
    const qsizetype nul = bytesIn.indexOf('\0');
    if (nul >= 0) {
        *error = {fileName, lineOfOffset(bytesIn, nul),
                  tr("this is a binary file (a NUL byte at offset %1), not a baseline document").arg(nul)};
        return false;
    }
    QByteArray bytes = bytesIn;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        *error = {fileName, lineOfOffset(bytes, bad),
                  tr("invalid UTF-8 (byte 0x%1); save the document as UTF-8")
                      .arg(QString::number(uchar(bytes.at(bad)), 16).toUpper())};
        return false;
    }
    doc->fileName = fileName;
    doc->sha256 = QString::fromLatin1(QCryptographicHash::hash(bytesIn, QCryptographicHash::Sha256).toHex());
    doc->text = QString::fromUtf8(bytes);
    doc->text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    doc->text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    doc->frontMatter.clear();
    splitFrontMatter(&doc->text, &doc->frontMatter);
    return true;
}

} // namespace vaultscope
