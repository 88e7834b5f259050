#pragma once

// Helpers the importer tests share: a baseline read from a file (a failure is printed, the result
// empty) and its entries counted per category as "Category=N;..." in document order.
#include "import/baselineimporter.h"

#include <QDebug>

inline vaultscope::Baseline loadBaseline(const QString &path)
{
    vaultscope::Baseline b;
    vaultscope::ImportError error;
    if (!vaultscope::BaselineImporter::importFile(path, &b, &error))
        qWarning().noquote() << error.toString();
    return b;
}

inline QString categoryCounts(const vaultscope::Baseline &b)
{
    QStringList parts;
    for (const QString &category : b.categories()) {
        const auto n = std::count_if(b.entries.cbegin(), b.entries.cend(),
                                     [&](const vaultscope::Entry &e) { return e.category == category; });
        parts.append(category + QLatin1Char('=') + QString::number(n));
    }
    return parts.join(QLatin1Char(';'));
}
