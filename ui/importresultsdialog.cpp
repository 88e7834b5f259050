#include "importresultsdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vaultscope {

ImportResultsDialog::ImportResultsDialog(const QList<FileImportResult> &results, bool cancelled,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import results"));
    int failed = 0;
    int added = 0;
    auto *list = new QTreeWidget;
    list->setObjectName(QStringLiteral("importResults"));
    list->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    list->setRootIsDecorated(false);
    list->setWordWrap(true);
    for (const FileImportResult &r : results) {
        QString status;
        QString details;
        switch (r.status) {
        case FileImportResult::Added:
            ++added;
            status = tr("Imported");
            details = tr("%1 — %2 (entries: %3)").arg(r.service, r.title).arg(r.entries);
            break;
        case FileImportResult::AlreadyPresent:
            status = tr("Already in the catalogue");
            details = r.title;
            break;
        case FileImportResult::Failed:
            ++failed;
            status = tr("Failed");
            details = r.message;
            break;
        }
        auto *item = new QTreeWidgetItem(list, {QFileInfo(r.path).fileName(), status, details});
        item->setToolTip(0, r.path);
        item->setToolTip(2, details);
        if (r.status == FileImportResult::Failed)
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    QString summary = tr("Imported: %1 · Failed: %2").arg(added).arg(failed);
    if (failed > 0)
        summary += QLatin1String(". ") + tr("Files that failed left the catalogue unchanged.");
    if (cancelled)
        summary += QLatin1String(". ") + tr("Import cancelled; the files not listed were not imported.");
    auto *label = new QLabel(summary);
    label->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}

} // namespace vaultscope
