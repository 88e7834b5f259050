#include "devicecodedialog.h"

#include "services/auth/oidcclient.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vaultscope {

DeviceCodeDialog::DeviceCodeDialog(const DeviceCode &code, QWidget *parent)
    : QDialog(parent)
    , m_code(new QLabel(code.userCode))
    , m_address(new QLabel(code.verificationUri.toString()))
    , m_countdown(new QLabel)
    , m_secondsLeft(code.expiresIn)
{
    setWindowTitle(tr("Sign in with a code"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setObjectName(QStringLiteral("userCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setObjectName(QStringLiteral("verificationAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *copyCode = new QPushButton(tr("Copy &code"));
    auto *copyAddress = new QPushButton(tr("Copy &address"));
    connect(copyCode, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_code->text()); });
    connect(copyAddress, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_address->text()); });

    auto *intro =
        new QLabel(tr("On any device with a browser, open the address below, enter the code and sign "
                      "in. Vaultscope continues by itself once you have."));
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Address:")), 0, 0);
    grid->addWidget(m_address, 0, 1);
    grid->addWidget(copyAddress, 0, 2);
    grid->addWidget(new QLabel(tr("Code:")), 1, 0);
    grid->addWidget(m_code, 1, 1);
    grid->addWidget(copyCode, 1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_countdown);
    layout->addWidget(buttons);
    copyCode->setFocus();

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeDialog::tick);
    m_timer.start();
    tick();
}

void DeviceCodeDialog::tick()
{
    m_countdown->setText(m_secondsLeft > 0 ? tr("The code is valid for %1:%2 more.")
                                                 .arg(m_secondsLeft / 60)
                                                 .arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0'))
                                           : tr("The code has expired."));
    if (m_secondsLeft > 0)
        --m_secondsLeft;
}

} // namespace vaultscope
