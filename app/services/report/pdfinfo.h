#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vaultscope {

// Adds Title, Author, Creator, Producer and dates to a PDF that Qt wrote (Qt 6.4 writes no
// /Author) as an incremental update, the way PDF intends documents to be amended. False when the
// document has no trailer to update.
bool addDocumentInfo(QByteArray *pdf, const QString &title, const QString &author, const QDateTime &created);

} // namespace vaultscope
