#include "authservice.h"

#include "azurecli.h"
#include "common/logging.h"
#include "jwt.h"
#include "loopbackreceiver.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace vaultscope {

namespace {
// "<resource>/.default", whether the resource URL ends in a slash or not.
QString scopeOf(const QUrl &resource)
{
    QString url = resource.toString();
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return url + QLatin1String(".default");
}
} // namespace

AuthService::AuthService(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_cli(new AzureCli(this))
{
    // A redirect from the sign-in service is an answer: a form with a code or a refresh token never
    // follows it.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_accounts = AccountList::load(&m_activeKey);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &AuthService::pollDeviceCode);
}

AuthService::~AuthService() = default;

const Account *AuthService::activeAccount() const
{
    for (const Account &a : m_accounts) {
        if (a.key() == m_activeKey)
            return &a;
    }
    return nullptr;
}

void AuthService::setActiveAccount(const QString &key)
{
    m_activeKey = key;
    save();
    Q_EMIT accountsChanged();
}

QString AuthService::reviewer() const
{
    const Account *a = activeAccount();
    return a ? a->reviewer() : QString();
}

QString AuthService::scopes(const AuthConfig &config) const
{
    // Resource Manager's .default with OpenID Connect's own; offline_access brings a refresh token.
    return config.armScope() + QLatin1String(" openid profile offline_access");
}

bool AuthService::begin(Flow flow, const AuthConfig &config)
{
    QString error;
    if (m_flow != NoFlow) {
        Q_EMIT signInFailed(tr("A sign-in is already under way; finish or cancel it first."));
        return false;
    }
    if (!config.validate(&error)) {
        Q_EMIT signInFailed(error);
        return false;
    }
    m_flow = flow;
    if (flow != CliFlow)
        m_client = new OidcClient(m_network, config, this);
    return true;
}

void AuthService::fail(const QString &message)
{
    qCInfo(lcAuth) << "sign-in failed:" << message;
    cancelSignIn();
    Q_EMIT signInFailed(message);
}

void AuthService::cancelSignIn()
{
    m_poll.stop();
    if (m_receiver) {
        m_receiver->stop();
        m_receiver->deleteLater();
    }
    if (m_client)
        m_client->deleteLater();
    m_verifier.clear();
    m_state.clear();
    m_nonce.clear();
    m_deviceCode = DeviceCode();
    m_flow = NoFlow;
}

void AuthService::signInWithBrowser(const AuthConfig &config, int timeoutMs)
{
    if (!begin(BrowserFlow, config))
        return;
    m_client->discover([this, config, timeoutMs](const QString &error) {
        if (!error.isEmpty())
            return fail(error);
        m_verifier = randomToken(32);
        m_state = randomToken(24);
        m_nonce = QString::fromLatin1(randomToken(24));
        m_receiver = new LoopbackReceiver(this);
        QString listenError;
        if (!m_receiver->listen(m_state, timeoutMs, &listenError))
            return fail(listenError);
        const QString redirect = m_receiver->redirectUri();
        connect(m_receiver, &LoopbackReceiver::timedOut, this, [this] {
            fail(tr("The browser did not come back within the time allowed; sign in again."));
        });
        connect(
            m_receiver, &LoopbackReceiver::received, this, [this, config, redirect](const QUrlQuery &query) {
                if (query.hasQueryItem(QStringLiteral("error")))
                    return fail(tr("Sign-in did not complete: %1 — %2")
                                    .arg(query.queryItemValue(QStringLiteral("error")),
                                         query.queryItemValue(QStringLiteral("error_description"),
                                                              QUrl::FullyDecoded)));
                m_client->requestToken(
                    {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("client_id"), config.clientId},
                     {QStringLiteral("code"), query.queryItemValue(QStringLiteral("code"))},
                     {QStringLiteral("redirect_uri"), redirect},
                     // Used once: the verifier leaves memory with the request that carries it.
                     {QStringLiteral("code_verifier"), QString::fromLatin1(std::exchange(m_verifier, {}))},
                     {QStringLiteral("scope"), scopes(config)}},
                    [this](const TokenResponse &tokens, const OAuthError &tokenError) {
                        if (!tokenError.code.isEmpty())
                            return fail(tokenError.message());
                        finishWithTokens(tokens, Account::Browser, m_nonce);
                    });
            });
        QUrl url = m_client->metadata().authorization;
        QUrlQuery q;
        q.setQueryItems({{QStringLiteral("client_id"), config.clientId},
                         {QStringLiteral("response_type"), QStringLiteral("code")},
                         {QStringLiteral("redirect_uri"), redirect},
                         {QStringLiteral("response_mode"), QStringLiteral("query")},
                         {QStringLiteral("scope"), scopes(config)},
                         {QStringLiteral("state"), QString::fromLatin1(m_state)},
                         {QStringLiteral("nonce"), m_nonce},
                         {QStringLiteral("code_challenge"), QString::fromLatin1(pkceChallenge(m_verifier))},
                         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        url.setQuery(q);
        Q_EMIT authorizationUrlReady(url);
    });
}

void AuthService::signInWithDeviceCode(const AuthConfig &config)
{
    if (!begin(DeviceFlow, config))
        return;
    m_client->discover([this, config](const QString &error) {
        if (!error.isEmpty())
            return fail(error);
        if (!m_client->metadata().deviceAuthorization.isValid())
            return fail(tr("%1 offers no device code sign-in.").arg(config.authority().toString()));
        m_client->requestDeviceCode(
            scopes(config), [this](const DeviceCode &code, const OAuthError &codeError) {
                if (!codeError.code.isEmpty())
                    return fail(codeError.message());
                m_deviceCode = code;
                m_deviceExpires = QDateTime::currentDateTimeUtc().addSecs(code.expiresIn);
                m_poll.start(std::max(1, code.interval) * 1000);
                Q_EMIT deviceCodeReady(code);
            });
    });
}

void AuthService::pollDeviceCode()
{
    if (m_flow != DeviceFlow || !m_client)
        return;
    m_client->requestToken(
        {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("client_id"), m_client->config().clientId},
         {QStringLiteral("device_code"), QString::fromLatin1(m_deviceCode.deviceCode)}},
        [this](const TokenResponse &tokens, const OAuthError &error) {
            if (m_flow != DeviceFlow)
                return; // cancelled meanwhile
            if (error.code.isEmpty())
                return finishWithTokens(tokens, Account::DeviceCode, QString());
            if (error.code == QLatin1String("authorization_pending") ||
                error.code == QLatin1String("slow_down")) {
                // RFC 8628: slow_down adds five seconds to the interval for good.
                if (error.code == QLatin1String("slow_down"))
                    m_deviceCode.interval += 5;
                if (QDateTime::currentDateTimeUtc() >= m_deviceExpires)
                    return fail(tr("The code expired before it was entered; start again."));
                m_poll.start(m_deviceCode.interval * 1000);
                return;
            }
            if (error.code == QLatin1String("expired_token") || error.codes.contains(70019))
                return fail(tr("The code expired before it was entered; start again."));
            if (error.code == QLatin1String("authorization_declined") ||
                error.code == QLatin1String("access_denied"))
                return fail(tr("The sign-in was declined on the verification page."));
            if (error.code == QLatin1String("bad_verification_code") || error.codes.contains(70018))
                return fail(tr("The sign-in service did not recognise the code; start again."));
            fail(error.message());
        });
}

void AuthService::finishWithTokens(const TokenResponse &tokens, Account::Source source, const QString &nonce)
{
    IdTokenExpectations expect;
    expect.issuer = m_client->metadata().issuer;
    expect.clientId = m_client->config().clientId;
    expect.nonce = nonce;
    QJsonObject claims;
    QString error;
    if (tokens.idToken.isEmpty())
        return fail(tr("The sign-in service returned no ID token."));
    if (!IdTokenVerifier::verify(tokens.idToken, m_client->keys(), expect, &claims, &error))
        return fail(tr("The sign-in was refused: %1.").arg(error));
    Account a;
    a.source = source;
    a.config = m_client->config();
    a.name = claims.value(QLatin1String("name")).toString();
    a.username = claims.value(QLatin1String("preferred_username")).toString();
    a.tenantId = claims.value(QLatin1String("tid")).toString();
    a.homeId = claims.value(QLatin1String("oid")).toString();
    if (a.homeId.isEmpty())
        a.homeId = claims.value(QLatin1String("sub")).toString();
    if (!tokens.refreshToken.isEmpty() && !m_secrets.write(a.secretKey(), tokens.refreshToken))
        Q_EMIT notice(tr("No keychain is available (%1): this sign-in lasts until Vaultscope closes and is "
                         "never written to a file.")
                          .arg(m_secrets.problem()));
    m_tokens.insert(a.key() + QLatin1Char('|') + a.config.armUrl().toString(),
                    {tokens.accessToken, tokens.expiresAt});
    cancelSignIn();
    addAccount(a);
    qCInfo(lcAuth) << "signed in:" << a.username << "source" << a.sourceKey();
    Q_EMIT signedIn(a);
}

void AuthService::useAzureCli(const AuthConfig &config)
{
    // The Azure CLI has its own cloud and tenant: only the Resource Manager URL is checked here.
    if (m_flow != NoFlow)
        return Q_EMIT signInFailed(tr("A sign-in is already under way; finish or cancel it first."));
    if (const QString invalid = config.origins().validity(); !invalid.isEmpty())
        return Q_EMIT signInFailed(invalid);
    m_flow = CliFlow;
    m_cli->account(config, [this](const Account &account, const QString &error) {
        if (!error.isEmpty())
            return fail(error);
        cancelSignIn();
        addAccount(account);
        Q_EMIT signedIn(account);
    });
}

void AuthService::addAccount(const Account &account)
{
    m_accounts.erase(std::remove_if(m_accounts.begin(), m_accounts.end(),
                                    [&](const Account &a) { return a.key() == account.key(); }),
                     m_accounts.end());
    m_accounts.append(account);
    m_activeKey = account.key();
    save();
    Q_EMIT accountsChanged();
}

void AuthService::save()
{
    AccountList::save(m_accounts, m_activeKey);
}

bool AuthService::signOut(const QString &username, QString *error)
{
    const Account *target = username.isEmpty() ? activeAccount() : nullptr;
    for (const Account &a : std::as_const(m_accounts)) {
        if (!target && a.username.compare(username, Qt::CaseInsensitive) == 0)
            target = &a;
    }
    if (!target) {
        *error = username.isEmpty() ? tr("No account is signed in.")
                                    : tr("No account '%1' is signed in.").arg(username);
        return false;
    }
    const Account gone = *target;
    m_secrets.remove(gone.secretKey());
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it.key().startsWith(gone.key() + QLatin1Char('|')))
            it = m_tokens.erase(it);
        else
            ++it;
    }
    m_accounts.erase(std::remove_if(m_accounts.begin(), m_accounts.end(),
                                    [&](const Account &a) { return a.key() == gone.key(); }),
                     m_accounts.end());
    if (m_activeKey == gone.key())
        m_activeKey = m_accounts.isEmpty() ? QString() : m_accounts.constLast().key();
    save();
    qCInfo(lcAuth) << "signed out:" << gone.username;
    Q_EMIT accountsChanged();
    return true;
}

void AuthService::forgetToken(const QUrl &resource)
{
    if (const Account *active = activeAccount())
        m_tokens.remove(active->key() + QLatin1Char('|') + resource.toString());
}

void AuthService::bearerToken(const QUrl &resource, const QString &tenant, QObject *context, Done done)
{
    const Account *active = activeAccount();
    if (!active)
        return done({}, tr("Not signed in: sign in first (vaultscope login)."));
    const Account account = *active;
    const QString cacheKey = account.key() + QLatin1Char('|') + resource.toString();
    const CachedToken cached = m_tokens.value(cacheKey);
    if (!cached.token.isEmpty() && cached.expiresAt > QDateTime::currentDateTimeUtc().addSecs(120))
        return done(cached.token, {});
    // Concurrent requests for one token share one refresh: a rotated refresh token may be used once.
    auto &waiters = m_waiters[cacheKey];
    waiters.append({QPointer<QObject>(context), std::move(done)});
    if (waiters.size() > 1)
        return;
    const QString accountKey = account.key();
    const auto deliver = [this, cacheKey, accountKey](const QString &token, const QString &error) {
        const QList<Waiter> all = m_waiters.take(cacheKey);
        for (const Waiter &w : all) {
            if (w.context)
                w.done(token, error);
        }
        // The account's next refresh (another resource) may go now, with the rotated token.
        QList<std::function<void()>> &queue = m_refreshQueue[accountKey];
        if (queue.isEmpty())
            m_refreshQueue.remove(accountKey);
        else
            queue.takeFirst()();
    };
    const auto refreshFor = [this, account, resource, tenant, cacheKey, deliver] {
        refreshToken(account, resource, tenant, cacheKey, deliver);
    };
    if (m_refreshQueue.contains(accountKey))
        return m_refreshQueue[accountKey].append(refreshFor);
    m_refreshQueue.insert(accountKey, {});
    refreshFor();
}

void AuthService::refreshToken(const Account &account, const QUrl &resource, const QString &tenant,
                               const QString &cacheKey,
                               const std::function<void(const QString &, const QString &)> &deliver)
{
    if (account.source == Account::AzureCli) {
        m_cli->accessToken(
            resource, tenant.isEmpty() ? account.tenantId : tenant,
            [this, cacheKey, deliver](const QString &token, const QDateTime &expires, const QString &error) {
                if (error.isEmpty())
                    m_tokens.insert(cacheKey, {token, expires});
                deliver(token, error);
            });
        return;
    }
    const QByteArray refresh = m_secrets.read(account.secretKey());
    if (refresh.isEmpty())
        return deliver({},
                       tr("The sign-in of %1 is no longer available: sign in again.").arg(account.username));
    AuthConfig config = account.config;
    if (!tenant.isEmpty())
        config.tenant = tenant;
    // Discovery (endpoints and keys) is read once per authority, not on every refresh.
    const QString authority = config.authority().toString();
    OidcClient *client = m_refreshClients.value(authority);
    const auto refreshNow = [this, account, resource, cacheKey, refresh, deliver](OidcClient *c) {
        c->requestToken(
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
             {QStringLiteral("client_id"), account.config.clientId},
             {QStringLiteral("refresh_token"), QString::fromUtf8(refresh)},
             {QStringLiteral("scope"), scopeOf(resource) + QLatin1String(" openid profile offline_access")}},
            [this, account, cacheKey, deliver](const TokenResponse &tokens, const OAuthError &tokenError) {
                if (!tokenError.code.isEmpty())
                    return deliver({}, tokenError.message());
                if (!tokens.refreshToken.isEmpty()) // rotation: the new one replaces the old at once
                    m_secrets.write(account.secretKey(), tokens.refreshToken);
                m_tokens.insert(cacheKey, {tokens.accessToken, tokens.expiresAt});
                deliver(tokens.accessToken, {});
            });
    };
    if (client)
        return refreshNow(client);
    client = new OidcClient(m_network, config, this);
    client->discover([this, client, authority, deliver, refreshNow](const QString &error) {
        if (!error.isEmpty()) {
            client->deleteLater(); // discovery is tried again next time
            return deliver({}, error);
        }
        m_refreshClients.insert(authority, client);
        refreshNow(client);
    });
}

} // namespace vaultscope
