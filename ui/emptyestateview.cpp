#include "emptyestateview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
// One way in: the button, and beside it what it needs and what it does.
void addWay(QGridLayout *grid, QPushButton *button, const QString &explanation)
{
    auto *label = new QLabel(explanation);
    label->setWordWrap(true);
    label->setBuddy(button);
    const int row = grid->rowCount();
    grid->addWidget(button, row, 0, Qt::AlignTop);
    grid->addWidget(label, row, 1);
}
} // namespace

EmptyEstateView::EmptyEstateView(QWidget *parent)
    : QWidget(parent)
    , m_scan(new QPushButton(tr("Scan Azure…")))
    , m_import(new QPushButton(tr("Import an export…")))
    , m_demo(new QPushButton(tr("Open the demo estate")))
{
    setObjectName(QStringLiteral("emptyEstate"));
    auto *title = new QLabel(tr("No estate yet"));
    title->setObjectName(QStringLiteral("emptyEstateTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("This store holds no snapshot of vaults, so there is no posture to show. "
                                "The catalogue of baselines is there to browse already. Bring in an "
                                "estate in one of three ways:"));
    intro->setWordWrap(true);

    m_scan->setObjectName(QStringLiteral("emptyScan"));
    m_import->setObjectName(QStringLiteral("emptyImport"));
    m_demo->setObjectName(QStringLiteral("emptyDemo"));
    auto *ways = new QGridLayout;
    ways->setHorizontalSpacing(16);
    ways->setVerticalSpacing(12);
    ways->setColumnStretch(1, 1);
    addWay(ways, m_scan,
           tr("Sign in with Entra ID and read the vaults of the subscriptions you choose, live. The "
              "Reader role is enough; Vaultscope never changes anything in Azure."));
    addWay(ways, m_import,
           tr("Open a JSON file an administrator made for you, for example with az graph query, or a "
              "snapshot exported from another Vaultscope. Works without a network."));
    addWay(ways, m_demo,
           tr("Explore a generated estate of 240 vaults in 12 subscriptions, with Key Vault objects, to "
              "see what Vaultscope shows before your own estate is in."));

    // A readable measure in the middle; word-wrapped labels get their height from the width given.
    auto *column = new QWidget;
    column->setMaximumWidth(760);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(ways);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setFocusProxy(m_scan);

    connect(m_scan, &QPushButton::clicked, this, &EmptyEstateView::scanRequested);
    connect(m_import, &QPushButton::clicked, this, &EmptyEstateView::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyEstateView::demoRequested);
}

} // namespace vaultscope
