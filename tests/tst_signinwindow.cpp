// Sign-in from the window against the tests' OpenID Connect server: Account › Sign in opens the
// browser (caught with QDesktopServices::setUrlHandler; the test plays it), the status area shows
// the account, reviews written now carry it; Sign in with a code shows the code dialog, which
// closes by itself once the code is approved. VAULTSCOPE_DOCS=folder also writes README pictures.
#include "cataloguepage.h"
#include "devicecodedialog.h"
#include "mainwindow.h"
#include "oidcserver.h"
#include "reviewpane.h"
#include "services/auth/authservice.h"
#include "services/catalogueimporter.h"
#include "services/workspace.h"
#include "store/database.h"
#include "store/reviewstore.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace vaultscope;

class BrowserCatcher : public QObject
{
    Q_OBJECT
public:
    QUrl opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened = url; }
};

class TestSignInWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInWithTheBrowser();
    void signInWithACode();

private:
    void picture(QWidget *widget, const QString &name);

    OidcServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    BrowserCatcher m_browser;
};

void TestSignInWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VaultscopeTests"));
    // A run starts signed out, whatever an earlier run left in the test home's settings.
    QSettings().remove(QStringLiteral("accounts"));
    QSettings().remove(QStringLiteral("accountsActive"));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    AuthConfig config;
    config.cloud = AuthConfig::Custom;
    config.authorityHost = m_server.host();
    config.resourceManager = QStringLiteral("https://management.azure.com/");
    config.tenant = m_server.tenant();
    config.clientId = m_server.clientId();
    config.save();
    AuthConfig::allowHttpLoopbackForThisProcess(true); // the test server: never saved

    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("w.db")));
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY2(importBundledBaselines(*m_db, &error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>(*m_db);
    QVERIFY(m_workspace->load());
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setInteractive(false);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSignInWindow::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestSignInWindow::picture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("VAULTSCOPE_DOCS");
    if (folder.isEmpty())
        return;
    QTest::qWait(200); // let the status bar lay out the account's new text before the picture
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name));
}

void TestSignInWindow::signInWithTheBrowser()
{
    QToolButton *account = m_window->accountButton();
    QCOMPARE(account->text(), QStringLiteral("Sign in"));
    m_window->signInWithBrowser();
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.opened.isValid(), 20000);
    QVERIFY(m_browser.opened.path().endsWith(QLatin1String("/oauth2/v2.0/authorize")));
    QCOMPARE(m_server.playBrowser(m_browser.opened, QStringLiteral("ada")).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(account->text().contains(QStringLiteral("ada@contoso.example")), 20000);
    QVERIFY(account->text().contains(m_server.tenant()));
    QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("Test ada")));

    // A review written now carries the account's name and UPN.
    QVERIFY(m_window->cataloguePage()->selectService(QStringLiteral("Azure Key Vault")));
    ReviewPane *pane = m_window->catalogueReviewPane();
    QTRY_VERIFY(!pane->target().isEmpty());
    pane->noteEdit()->setPlainText(QStringLiteral("Checked with the tenant's owner."));
    QVERIFY(pane->flush());
    Review stored;
    bool exists = false;
    QString error;
    QVERIFY(ReviewStore(*m_db).get(pane->target(), &stored, &exists, &error));
    QVERIFY(exists);
    QCOMPARE(stored.reviewer, QStringLiteral("Test ada (ada@contoso.example)"));
    picture(m_window->statusBar(), QStringLiteral("signed-in.png"));
}

void TestSignInWindow::signInWithACode()
{
    m_window->signInWithCode();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->deviceCodeDialog(), 20000);
    DeviceCodeDialog *dialog = m_window->deviceCodeDialog();
    QVERIFY(dialog->isVisible());
    const QString code = dialog->codeLabel()->text();
    QVERIFY(!code.isEmpty());
    QVERIFY(dialog->addressLabel()->text().endsWith(QLatin1String("/device")));
    QVERIFY(dialog->countdownLabel()->text().contains(QStringLiteral("valid for")));
    picture(dialog, QStringLiteral("sign-in-code.png"));
    QVERIFY(m_server.answerDeviceCode(code, QStringLiteral("dev"), true));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->deviceCodeDialog(), 30000);
    QTRY_VERIFY(m_window->accountButton()->text().contains(QStringLiteral("dev@contoso.example")));
    QCOMPARE(m_workspace->auth().accounts().size(), 2);
}

QTEST_MAIN(TestSignInWindow)
#include "tst_signinwindow.moc"
