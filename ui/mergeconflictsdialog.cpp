#include "mergeconflictsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
QString side(const Review &r)
{
    QString text = statusLabel(r.status);
    if (r.status == ReviewStatus::Exception)
        text +=
            MergeConflictsDialog::tr(" until %1, approved by %2")
                .arg(r.expiry.toString(Qt::ISODate), r.approver.isEmpty() ? QStringLiteral("—") : r.approver);
    if (!r.note.isEmpty())
        text += QStringLiteral("\n") + r.note;
    text += QStringLiteral("\n— ") + r.reviewer + QStringLiteral(", ") +
            QLocale().toString(r.updated.toLocalTime(), QLocale::ShortFormat);
    return text;
}
} // namespace

MergeConflictsDialog::MergeConflictsDialog(const QList<MergeConflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(conflicts.size()), 3))
{
    setWindowTitle(tr("Review conflicts"));
    auto *intro = new QLabel(tr("These reviews differ between your store and the bundle. Both histories are "
                                "kept. Tick the rows where the bundle's review should replace yours."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Yours"), tr("Bundle's (tick to take)")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < conflicts.size(); ++row) {
        const MergeConflict &c = conflicts.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.mine.target));
        m_table->setItem(row, 1, new QTableWidgetItem(side(c.mine)));
        auto *theirs = new QTableWidgetItem(side(c.theirs));
        theirs->setFlags(theirs->flags() | Qt::ItemIsUserCheckable);
        theirs->setCheckState(Qt::Unchecked);
        m_table->setItem(row, 2, theirs);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 480);
}

QList<int> MergeConflictsDialog::takeTheirs() const
{
    QList<int> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 2)->checkState() == Qt::Checked)
            out.append(row);
    }
    return out;
}

} // namespace vaultscope
