#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace vaultscope {

// Refresh tokens live in the operating system's keychain (QtKeychain: the Secret Service on Linux),
// never in a file, the settings or the database. Where no keychain answers, secrets are kept in
// memory for this run only, and isPersistent() says so; there is no fallback to a file.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::SecretStore)

public:
    SecretStore();

    bool write(const QString &key, const QByteArray &secret);
    // Empty when there is none.
    QByteArray read(const QString &key);
    void remove(const QString &key);
    // False once the keychain failed to store a secret: they are in memory only.
    bool isPersistent() const { return m_persistent; }
    QString problem() const { return m_problem; }

    // Tests force the in-memory path (and assert it), as if no keychain answered.
    static void setKeychainDisabled(bool disabled);

private:
    bool m_persistent = true;
    QString m_problem;
    QHash<QString, QByteArray> m_memory;
};

} // namespace vaultscope
