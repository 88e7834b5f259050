// The composition root: decides between the headless command line and the desktop application,
// opens the store and wires the main window to it.
#include "appearance.h"
#include "cli.h"
#include "common/logging.h"
#include "common/redaction.h"
#include "mainwindow.h"
#include "services/backupservice.h"
#include "services/defaultdata.h"
#include "services/settings.h"
#include "services/storelock.h"
#include "services/translations.h"
#include "services/workspace.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace vaultscope;

int main(int argc, char **argv)
{
    installRedactingMessageHandler(); // no token ever reaches a log line
    if (cli::wantsCommandLine(argc, argv))
        return cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vaultscope"));
    QApplication::setApplicationName(QStringLiteral("vaultscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vaultscope"));
    QApplication::setApplicationVersion(QStringLiteral(VAULTSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vaultscope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compliance dashboard for Azure security baselines"));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Interface language (en, de, fr)."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH")});
    parser.process(app);
    installTranslations(resolveLanguage(parser.value(QStringLiteral("lang"))));
    applyAppearance(Settings::appearance());

    const bool defaultStore = !parser.isSet(QStringLiteral("db"));
    Database db(defaultStore ? Database::defaultPath() : parser.value(QStringLiteral("db")));
    StoreLock lock(db.path());
    QString lockDetail;
    const StoreLock::Result locked = lock.acquire(&lockDetail);
    const bool readOnly = locked != StoreLock::Acquired;
    QString error;
    bool opened = false;
    if (locked == StoreLock::Unavailable && !QFileInfo::exists(db.path()))
        error = QObject::tr("%1: the store cannot be created: %2.").arg(db.path(), lockDetail);
    else
        opened =
            readOnly ? db.open(&error) && db.setReadOnly(&error) : openWithDefaults(db, defaultStore, &error);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Vaultscope"), error);
        return cli::DatabaseError;
    }
    qCInfo(lcUi).noquote() << "store" << db.path() << "opened"
                           << (readOnly ? QStringLiteral("read-only (%1)").arg(lockDetail)
                                        : QStringLiteral("writable"));
    Workspace workspace(db);
    workspace.load();
    MainWindow window(workspace);
    window.setReadOnly(readOnly);
    window.show();
    if (locked == StoreLock::Held)
        QMessageBox::information(
            &window, QObject::tr("Vaultscope"),
            QObject::tr("Another Vaultscope window (%1) has this store open. This window "
                        "shows it read-only, so the two never overwrite each other's work.")
                .arg(lockDetail));
    else if (locked == StoreLock::Unavailable)
        QMessageBox::information(
            &window, QObject::tr("Vaultscope"),
            QObject::tr("This store cannot be locked for writing: %1. This window shows it "
                        "read-only; nothing can be changed.")
                .arg(lockDetail));
    else
        workspace.backups().startAutomatic();
    return QApplication::exec();
}
