#pragma once

#include "account.h"
#include "oidcclient.h"
#include "secretstore.h"
#include "tokenprovider.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace vaultscope {

class AzureCli;
class LoopbackReceiver;

// Who is signed in, and tokens for them. Signs in with the system browser (authorization code with
// PKCE S256, state and nonce, a loopback redirect on 127.0.0.1), with a device code, or takes the
// Azure CLI's sign-in. ID tokens are verified (RS256 against the provider's keys, iss, aud, exp,
// nbf, nonce). Access tokens stay in memory; refresh tokens, rotated on every use, go to the
// keychain only. One sign-in at a time.
class AuthService final : public QObject, public TokenProvider
{
    Q_OBJECT
public:
    static constexpr int BrowserTimeoutMs = 5 * 60 * 1000;

    explicit AuthService(QObject *parent = nullptr);
    ~AuthService() override;

    const QList<Account> &accounts() const { return m_accounts; }
    const Account *activeAccount() const;
    void setActiveAccount(const QString &key);
    // The reviewer of reviews written now: the active account, or empty (signed out).
    QString reviewer() const;
    bool keychainPersistent() const { return m_secrets.isPersistent(); }

    bool isSigningIn() const { return m_flow != NoFlow; }
    // Each fails at once (signInFailed) when the configuration is invalid (https rule and all).
    void signInWithBrowser(const AuthConfig &config, int timeoutMs = BrowserTimeoutMs);
    void signInWithDeviceCode(const AuthConfig &config);
    void useAzureCli(const AuthConfig &config);
    void cancelSignIn();
    // Forgets the account: its keychain entry, its tokens in memory, its entry in the list.
    bool signOut(const QString &username, QString *error);

    void bearerToken(const QUrl &resource, const QString &tenant, QObject *context, Done done) override;
    void forgetToken(const QUrl &resource) override;

Q_SIGNALS:
    // Open this in the browser (the window) or print it (vaultscope login --print-url).
    void authorizationUrlReady(const QUrl &url);
    void deviceCodeReady(const vaultscope::DeviceCode &code);
    void signedIn(const vaultscope::Account &account);
    void signInFailed(const QString &message);
    void accountsChanged();
    // Something the user should know that is not a failure (no keychain: this run only).
    void notice(const QString &message);

private:
    enum Flow { NoFlow, BrowserFlow, DeviceFlow, CliFlow };
    struct CachedToken
    {
        QString token;
        QDateTime expiresAt;
    };
    bool begin(Flow flow, const AuthConfig &config);
    void fail(const QString &message);
    void finishWithTokens(const TokenResponse &tokens, Account::Source source, const QString &nonce);
    void pollDeviceCode();
    void addAccount(const Account &account);
    void save();
    QString scopes(const AuthConfig &config) const;
    // Asks the identity provider (or the Azure CLI) for a token for resource; deliver() gets it.
    void refreshToken(const Account &account, const QUrl &resource, const QString &tenant,
                      const QString &cacheKey,
                      const std::function<void(const QString &, const QString &)> &deliver);

    QNetworkAccessManager *m_network;
    AzureCli *m_cli;
    SecretStore m_secrets;
    QList<Account> m_accounts;
    QString m_activeKey;
    QHash<QString, CachedToken> m_tokens;          // account key + resource -> access token, memory only
    QHash<QString, OidcClient *> m_refreshClients; // authority -> discovered client
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    QHash<QString, QList<Waiter>> m_waiters; // cache key -> callers of a refresh under way
    // One refresh per account at a time, whatever the resource: a rotated refresh token is good
    // once, so a second one sent meanwhile would count as reuse. account key -> refreshes waiting.
    QHash<QString, QList<std::function<void()>>> m_refreshQueue;

    Flow m_flow = NoFlow;
    QPointer<OidcClient> m_client;
    QPointer<LoopbackReceiver> m_receiver;
    QByteArray m_verifier;
    QByteArray m_state;
    QString m_nonce;
    DeviceCode m_deviceCode;
    QTimer m_poll;
    QDateTime m_deviceExpires;
};

} // namespace vaultscope
