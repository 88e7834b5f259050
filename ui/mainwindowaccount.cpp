// The window's side of sign-in: the Account menu, the account in the status area, the browser, the
// code dialog and the settings dialog. Signing in itself is the AuthService's.
#include "devicecodedialog.h"
#include "mainwindow.h"
#include "services/auth/authservice.h"
#include "services/workspace.h"
#include "signinsettingsdialog.h"

#include <QActionGroup>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolButton>

namespace vaultscope {

void MainWindow::createAccountMenu()
{
    // Before Help, which stays last.
    QAction *help = menuBar()->actions().constLast();
    m_accountMenu = new QMenu(tr("&Account"), this);
    menuBar()->insertMenu(help, m_accountMenu);
    connect(m_accountMenu, &QMenu::aboutToShow, this, [this] {
        AuthService &auth = m_workspace.auth();
        m_accountMenu->clear();
        QAction *browser = m_accountMenu->addAction(tr("&Sign in…"), this, &MainWindow::signInWithBrowser);
        browser->setStatusTip(tr("Sign in with Microsoft Entra ID in the system browser"));
        m_accountMenu->addAction(tr("Sign in with a &code…"), this, &MainWindow::signInWithCode)
            ->setStatusTip(tr("Sign in on another device with a code (SSH sessions, locked-down laptops)"));
        m_accountMenu->addAction(tr("Use my &Azure CLI sign-in"), this, &MainWindow::useAzureCliSignIn)
            ->setStatusTip(tr("Take tokens from 'az account get-access-token' each time one is needed"));
        for (QAction *a : m_accountMenu->actions())
            a->setEnabled(!auth.isSigningIn());
        if (!auth.accounts().isEmpty()) {
            m_accountMenu->addSection(tr("Accounts"));
            auto *group = new QActionGroup(m_accountMenu);
            const Account *active = auth.activeAccount();
            for (const Account &a : auth.accounts()) {
                QAction *pick =
                    m_accountMenu->addAction(tr("%1 — %2 (%3)").arg(a.reviewer(), a.tenantId, a.sourceKey()),
                                             this, [&auth, key = a.key()] { auth.setActiveAccount(key); });
                pick->setCheckable(true);
                pick->setChecked(active && active->key() == a.key());
                group->addAction(pick);
            }
            m_accountMenu->addAction(tr("Sign &out"), this, &MainWindow::signOut);
        }
        m_accountMenu->addSeparator();
        m_accountMenu->addAction(tr("Sign-in se&ttings…"), this, &MainWindow::chooseSignInSettings);
    });
    m_account->setObjectName(QStringLiteral("accountButton"));
    m_account->setAutoRaise(true);
    m_account->setPopupMode(QToolButton::MenuButtonPopup);
    m_account->setMenu(m_accountMenu);
    connect(m_account, &QToolButton::clicked, this, [this] {
        if (!m_workspace.auth().activeAccount())
            signInWithBrowser();
        else
            m_account->showMenu();
    });
}

void MainWindow::connectAuth()
{
    AuthService &auth = m_workspace.auth();
    connect(&auth, &AuthService::accountsChanged, this, &MainWindow::updateAccount);
    connect(&auth, &AuthService::authorizationUrlReady, this, [this](const QUrl &url) {
        m_status->setText(tr("Signing in in the browser…"));
        if (!QDesktopServices::openUrl(url))
            report(tr("Sign in"),
                   tr("No browser could be opened. Open this address yourself:\n%1").arg(url.toString()),
                   true);
    });
    connect(&auth, &AuthService::deviceCodeReady, this, [this, &auth](const DeviceCode &code) {
        m_deviceDialog = new DeviceCodeDialog(code, this);
        m_deviceDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_deviceDialog, &QDialog::rejected, &auth, &AuthService::cancelSignIn);
        connect(m_deviceDialog, &QObject::destroyed, this, [this] { m_deviceDialog = nullptr; });
        m_deviceDialog->open();
    });
    const auto closeCodeDialog = [this] {
        if (m_deviceDialog) {
            m_deviceDialog->disconnect(this);
            m_deviceDialog->blockSignals(true);
            m_deviceDialog->close();
            m_deviceDialog = nullptr;
        }
    };
    connect(&auth, &AuthService::signedIn, this, [this, closeCodeDialog](const Account &account) {
        closeCodeDialog();
        m_status->setText(tr("Signed in as %1.").arg(account.reviewer()));
    });
    connect(&auth, &AuthService::signInFailed, this, [this, closeCodeDialog](const QString &message) {
        closeCodeDialog();
        report(tr("Sign in"), message, true);
    });
    connect(&auth, &AuthService::notice, m_status, &QLabel::setText);
    updateAccount();
}

void MainWindow::updateAccount()
{
    const Account *active = m_workspace.auth().activeAccount();
    m_account->setText(active ? tr("%1 · tenant %2").arg(active->reviewer(), active->tenantId)
                              : tr("Sign in"));
    m_account->setToolTip(active ? tr("Signed in (%1) at %2").arg(active->sourceKey(), active->authority())
                                 : tr("Sign in with Microsoft Entra ID to scan your estate"));
    m_account->setAccessibleName(m_account->text());
}

void MainWindow::signInWithBrowser()
{
    m_workspace.auth().signInWithBrowser(AuthConfig::load());
}

void MainWindow::signInWithCode()
{
    m_workspace.auth().signInWithDeviceCode(AuthConfig::load());
}

void MainWindow::useAzureCliSignIn()
{
    m_workspace.auth().useAzureCli(AuthConfig::load());
}

void MainWindow::signOut()
{
    QString error;
    if (!m_workspace.auth().signOut(QString(), &error))
        report(tr("Sign out"), error, true);
    else
        m_status->setText(tr("Signed out: the account's tokens are gone from this computer."));
}

void MainWindow::chooseSignInSettings()
{
    SignInSettingsDialog dialog(AuthConfig::load(), this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.config().save();
}

} // namespace vaultscope
