#include "pdfinfo.h"

namespace vaultscope {

namespace {

// A PDF text string: UTF-16BE with its byte order mark, in hex, so any script survives.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

} // namespace

// Qt's PDF engine writes no /Author. An incremental update (a new Info object, an xref section and
// a trailer pointing back at the previous one) adds it the way PDF intends documents to be amended.
bool addDocumentInfo(QByteArray *pdf, const QString &title, const QString &author, const QDateTime &created)
{
    const qsizetype trailerAt = pdf->lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf->lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return false;
    const QByteArray trailer = pdf->mid(trailerAt, startxrefAt - trailerAt);
    const auto number = [&trailer](const char *key) {
        const qsizetype at = trailer.indexOf(key);
        if (at < 0)
            return -1;
        return trailer.mid(at + qstrlen(key)).trimmed().split(' ').value(0).split('\n').value(0).toInt();
    };
    const int size = number("/Size");
    const int root = number("/Root");
    const int info = number("/Info");
    const QByteArray previous = pdf->mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed();
    if (size <= 0 || root <= 0 || info <= 0 || previous.isEmpty())
        return false;
    if (!pdf->endsWith('\n'))
        pdf->append('\n');
    const qsizetype objectAt = pdf->size();
    const QByteArray date =
        "(D:" + created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    pdf->append(QByteArray::number(info) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author " +
                pdfString(author) + "\n/Creator " +
                pdfString(QStringLiteral("Vaultscope " VAULTSCOPE_VERSION)) + "\n/Producer " +
                pdfString(QStringLiteral("Vaultscope " VAULTSCOPE_VERSION ", Qt " QT_VERSION_STR)) +
                "\n/CreationDate " + date + "\n/ModDate " + date + "\n>>\nendobj\n");
    const qsizetype xrefAt = pdf->size();
    pdf->append("xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(info) + " 1\n" +
                QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \ntrailer\n<<\n/Size " +
                QByteArray::number(size) + "\n/Root " + QByteArray::number(root) + " 0 R\n/Info " +
                QByteArray::number(info) + " 0 R\n/Prev " + previous + "\n>>\nstartxref\n" +
                QByteArray::number(xrefAt) + "\n%%EOF\n");
    return true;
}

} // namespace vaultscope
