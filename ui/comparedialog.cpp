#include "comparedialog.h"

#include "posture/posture.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
QString resultText(char code)
{
    switch (code) {
    case OutcomeCode::Compliant:
        return CompareDialog::tr("Compliant");
    case OutcomeCode::NonCompliant:
        return CompareDialog::tr("Non-compliant");
    case OutcomeCode::Unknown:
        return CompareDialog::tr("Unknown");
    case OutcomeCode::NotApplicable:
        return CompareDialog::tr("Not applicable");
    case '+':
        return CompareDialog::tr("Present");
    default:
        return CompareDialog::tr("Absent");
    }
}
} // namespace

CompareDialog::CompareDialog(const QString &olderName, const QString &newerName,
                             const QList<ResultChange> &changes, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(changes.size()), 5))
{
    setWindowTitle(tr("Compare snapshots"));
    int better = 0, worse = 0;
    for (const ResultChange &c : changes) {
        better += c.after == OutcomeCode::Compliant && c.before == OutcomeCode::NonCompliant;
        worse += c.after == OutcomeCode::NonCompliant && c.before == OutcomeCode::Compliant;
    }
    auto *summary =
        new QLabel(tr("From “%1” to “%2”: %3 changed results (%4 now compliant, %5 now non-compliant).")
                       .arg(olderName, newerName)
                       .arg(changes.size())
                       .arg(better)
                       .arg(worse));
    summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setAccessibleName(tr("Changed results"));
    m_table->setHorizontalHeaderLabels(
        {tr("Vault"), tr("Subscription"), tr("Definition"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(false);
    for (int r = 0; r < changes.size(); ++r) {
        const ResultChange &c = changes.at(r);
        const QStringList cells = {c.vault, c.subscription,
                                   c.definition.isEmpty() ? tr("(the vault itself)") : c.definition,
                                   resultText(c.before), resultText(c.after)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 0)
                item->setToolTip(c.resourceId);
            m_table->setItem(r, col, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

} // namespace vaultscope
