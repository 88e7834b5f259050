#pragma once

#include "services/catalogueimporter.h"

#include <QDialog>

namespace vaultscope {

// After an import: which files landed, which were already there, and exactly why others failed.
class ImportResultsDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportResultsDialog(const QList<FileImportResult> &results, bool cancelled, QWidget *parent = nullptr);
};

} // namespace vaultscope
