#pragma once

#include "importerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace vaultscope {

// A baseline document read from disk and checked: UTF-8 text, BOM and CR removed, YAML front
// matter split off (its lines blanked so line numbers still match the file).
struct SourceDocument
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::SourceDocument)

public:
    QString fileName;
    QString sha256;
    QString text;
    QHash<QString, QString> frontMatter; // lower-case keys

    static constexpr qint64 MaxSize = 8 * 1024 * 1024;

    // Reads and checks a file. On failure returns false and fills *error.
    static bool load(const QString &path, SourceDocument *doc, ImportError *error);
    // Reads a file of at most MaxSize bytes.
    static bool readFile(const QString &path, QByteArray *bytes, ImportError *error);
    // The same checks on bytes already in memory (tests, bundled resources).
    static bool fromBytes(const QByteArray &bytes, const QString &fileName, SourceDocument *doc,
                          ImportError *error);
};

} // namespace vaultscope
