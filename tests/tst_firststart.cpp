// The start as a new user meets it: the real binary, in a home that has never seen Vaultscope, on the
// real X11 platform under a private Xvfb. What the window shows is read from its log (vaultscope.ui
// at info level names the store it opened, the dashboard's headline and the status line) and which
// windows are on screen from the X server itself, so a dialog nobody asked for cannot hide.
#include "services/storelock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kStartMs = 120000; // a busy machine under the sanitizers: generous, never a speed check

// A private X server on a display it picks itself; stopped with the test.
class Xvfb
{
public:
    bool start()
    {
        m_process.start(QStringLiteral("Xvfb"),
                        {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                         QStringLiteral("0"), QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                         QStringLiteral("tcp")});
        if (!m_process.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 30000 && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(500);
        m_display = QStringLiteral(":") + QString::fromLatin1(m_process.readLine().trimmed());
        return m_display.size() > 1;
    }
    ~Xvfb()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

// One run of the desktop application, its log collected as it comes.
class App
{
public:
    App(const QProcessEnvironment &env, const QStringList &args)
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(VAULTSCOPE_BINARY), args);
        m_process.waitForStarted();
    }
    ~App()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    // Until a log line contains `needle`; false when the process ended or the time ran out first.
    bool waitFor(const QString &needle)
    {
        QElapsedTimer clock;
        clock.start();
        while (!log().contains(needle)) {
            if (m_process.state() != QProcess::Running || clock.elapsed() > kStartMs)
                return false;
            m_process.waitForReadyRead(200);
        }
        return true;
    }
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    // The log line that contains `needle`, whole.
    QString line(const QString &needle)
    {
        const QStringList lines = log().split(QLatin1Char('\n'));
        for (const QString &l : lines) {
            if (l.contains(needle))
                return l;
        }
        return {};
    }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_log;
};

class TestFirstStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstAndSecondStart();
    void twoWindowsAtOnce();
    void newStoreShowsTheEmptyState();
    void lockReasons();
    void commandLinePrintsOnlyItsOwnOutput();

private:
    QProcessEnvironment environment(const QString &home) const;
    // The titles of the top-level windows on screen (mapped and viewable), as the X server has them.
    QStringList windowsOnScreen() const;
    bool waitForWindows(int count, QStringList *titles) const;

    std::unique_ptr<Xvfb> m_x;
};

void TestFirstStart::initTestCase()
{
    m_x = std::make_unique<Xvfb>();
    QVERIFY2(m_x->start(), "Xvfb did not start (the install script installs it)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xwininfo")).isEmpty(),
             "xwininfo is missing (x11-utils, installed by the install script)");
}

QProcessEnvironment TestFirstStart::environment(const QString &home) const
{
    // A home as a new account has it: none of the XDG folders exist yet.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("DISPLAY"), m_x->display());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vaultscope.ui.info=true"));
    return env;
}

QStringList TestFirstStart::windowsOnScreen() const
{
    QProcess list;
    list.start(QStringLiteral("xwininfo"), {QStringLiteral("-display"), m_x->display(),
                                            QStringLiteral("-root"), QStringLiteral("-children")});
    list.waitForFinished();
    static const QRegularExpression child(QStringLiteral("^\\s+(0x[0-9a-f]+) \"(.*)\":"));
    QStringList titles;
    for (const QString &l : QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = child.match(l);
        if (!m.hasMatch())
            continue;
        QProcess info;
        info.start(QStringLiteral("xwininfo"),
                   {QStringLiteral("-display"), m_x->display(), QStringLiteral("-id"), m.captured(1)});
        info.waitForFinished();
        if (info.readAllStandardOutput().contains("Map State: IsViewable"))
            titles.append(m.captured(2));
    }
    return titles;
}

bool TestFirstStart::waitForWindows(int count, QStringList *titles) const
{
    QElapsedTimer clock;
    clock.start();
    do {
        *titles = windowsOnScreen();
        if (titles->size() >= count)
            break;
        QTest::qWait(200);
    } while (clock.elapsed() < kStartMs);
    // A moment more, so that a dialog following the window would be seen too.
    QTest::qWait(1000);
    *titles = windowsOnScreen();
    return titles->size() == count;
}

void TestFirstStart::firstAndSecondStart()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString store = home.filePath(QStringLiteral(".local/share/Vaultscope/vaultscope/vaultscope.db"));
    for (const char *start : {"first", "second"}) {
        App app(environment(home.path()), {});
        QVERIFY2(app.waitFor(QStringLiteral("dashboard: Score")), qPrintable(app.log()));
        QVERIFY2(app.line(QStringLiteral("store ")).contains(QStringLiteral("opened writable")),
                 qPrintable(QString::fromLatin1(start) + QStringLiteral(": ") + app.log()));
        QVERIFY2(
            app.line(QStringLiteral("dashboard:")).contains(QStringLiteral("240 vaults in 12 subscriptions")),
            qPrintable(app.log()));
        QVERIFY2(app.line(QStringLiteral("status:")).contains(QStringLiteral("Baselines: 5 ")),
                 qPrintable(app.log()));
        QStringList titles;
        QVERIFY2(waitForWindows(1, &titles), qPrintable(titles.join(QStringLiteral(" | "))));
        QVERIFY2(titles.first().startsWith(QStringLiteral("Vaultscope")) &&
                     !titles.first().contains(QStringLiteral("read-only")),
                 qPrintable(titles.first()));
        QVERIFY(QFile::exists(store));
    }
}

void TestFirstStart::twoWindowsAtOnce()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    App first(environment(home.path()), {});
    QVERIFY2(first.waitFor(QStringLiteral("dashboard: Score")), qPrintable(first.log()));
    App second(environment(home.path()), {});
    QVERIFY2(second.waitFor(QStringLiteral("dashboard: Score")), qPrintable(second.log()));
    const QString opened = second.line(QStringLiteral("store "));
    QVERIFY2(opened.contains(QStringLiteral("opened read-only (process %1 on ").arg(first.pid())),
             qPrintable(opened));
    // Both windows, the second marked read-only, and the message that says why.
    QStringList titles;
    QVERIFY2(waitForWindows(3, &titles), qPrintable(titles.join(QStringLiteral(" | "))));
    QCOMPARE(titles.filter(QStringLiteral("read-only")).size(), 1);
}

void TestFirstStart::newStoreShowsTheEmptyState()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    App app(environment(home.path()),
            {QStringLiteral("--db"), home.filePath(QStringLiteral("engagement/new.db"))});
    QVERIFY2(app.waitFor(QStringLiteral("dashboard: no estate yet")), qPrintable(app.log()));
    QVERIFY2(app.line(QStringLiteral("store ")).contains(QStringLiteral("opened writable")),
             qPrintable(app.log()));
    QVERIFY2(app.line(QStringLiteral("status:")).contains(QStringLiteral("Baselines: 5 ")),
             qPrintable(app.log()));
    QVERIFY2(!app.log().contains(QStringLiteral("dashboard: Score")), qPrintable(app.log()));
    QStringList titles;
    QVERIFY2(waitForWindows(1, &titles), qPrintable(titles.join(QStringLiteral(" | "))));
}

void TestFirstStart::lockReasons()
{
    using vaultscope::StoreLock;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that does not exist yet is made, and the lock taken.
    const QString fresh = dir.filePath(QStringLiteral("a/b/vaultscope.db"));
    StoreLock first(fresh);
    QString detail;
    QCOMPARE(first.acquire(&detail), StoreLock::Acquired);
    QVERIFY(QFileInfo::exists(fresh + QStringLiteral(".lock")));
    // A live holder (this process) is named.
    StoreLock second(fresh);
    QCOMPARE(second.acquire(&detail), StoreLock::Held);
    QVERIFY2(detail.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(detail));
    // Where no folder can be made (a file stands in the way) the reason says so, not "another program".
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    StoreLock blocked(dir.filePath(QStringLiteral("file/vaultscope.db")));
    QCOMPARE(blocked.acquire(&detail), StoreLock::Unavailable);
    QVERIFY2(detail.contains(QStringLiteral("cannot be created")), qPrintable(detail));
}

void TestFirstStart::commandLinePrintsOnlyItsOwnOutput()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = environment(home.path());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QString db = home.filePath(QStringLiteral("cli.db"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("--version")},
          QStringList{QStringLiteral("snapshot"), QStringLiteral("demo"), QStringLiteral("--db"), db},
          QStringList{QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--json"),
                      QStringLiteral("--db"), db}}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VAULTSCOPE_BINARY), args);
        QVERIFY(p.waitForFinished(kStartMs));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(err)));
        QVERIFY2(err.isEmpty(),
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(err)));
        QVERIFY(!p.readAllStandardOutput().isEmpty());
    }
}

} // namespace

QTEST_GUILESS_MAIN(TestFirstStart)
#include "tst_firststart.moc"
