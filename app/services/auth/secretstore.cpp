#include "secretstore.h"

#include "common/logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace vaultscope {

namespace {
const QString kService = QStringLiteral("Vaultscope");
bool g_disabled = false;

// Runs a keychain job to its end (a short D-Bus exchange) and returns its error.
QKeychain::Error run(QKeychain::Job *job, QString *message)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a file
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    *message = job->errorString();
    return job->error();
}
} // namespace

SecretStore::SecretStore()
{
    if (g_disabled) {
        m_persistent = false;
        m_problem = tr("no keychain is available (turned off)");
    }
}

void SecretStore::setKeychainDisabled(bool disabled)
{
    g_disabled = disabled;
}

bool SecretStore::write(const QString &key, const QByteArray &secret)
{
    if (m_persistent) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setBinaryData(secret);
        QString message;
        if (run(&job, &message) == QKeychain::NoError) {
            m_memory.remove(key);
            return true;
        }
        m_persistent = false;
        // QtKeychain says "Unknown error" when nothing answers on D-Bus.
        m_problem = message.isEmpty() || message == QLatin1String("Unknown error")
                        ? tr("no Secret Service (keyring) answered on D-Bus")
                        : message;
        qCWarning(lcAuth) << "keychain unavailable, secrets stay in memory for this run:" << message;
    }
    m_memory.insert(key, secret);
    return false;
}

QByteArray SecretStore::read(const QString &key)
{
    if (m_memory.contains(key) || !m_persistent)
        return m_memory.value(key);
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    QString message;
    const QKeychain::Error error = run(&job, &message);
    if (error == QKeychain::NoError)
        return job.binaryData();
    if (error != QKeychain::EntryNotFound)
        qCWarning(lcAuth) << "keychain read failed:" << message;
    return {};
}

void SecretStore::remove(const QString &key)
{
    m_memory.remove(key);
    if (!m_persistent)
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    QString message;
    const QKeychain::Error error = run(&job, &message);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        qCWarning(lcAuth) << "keychain delete failed:" << message;
}

} // namespace vaultscope
