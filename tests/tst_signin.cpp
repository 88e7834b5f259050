// Sign-in against a real OpenID Connect server (oidc-provider with Entra ID's route shapes, on
// 127.0.0.1): the browser flow with PKCE and its loopback listener, the device code flow, refresh
// with rotation, revocation, ID token checks, Entra-style error bodies, the Azure CLI as a source,
// the keychain (a real Secret Service, and the in-memory path), and that no token reaches a file.
#include "common/redaction.h"
#include "oidcserver.h"
#include "services/auth/authservice.h"
#include "services/auth/jwt.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace vaultscope;

namespace {

// A signing key made for the test run: no key material is kept in the repository.
struct TestKey
{
    explicit TestKey(unsigned bits = 2048)
        : key(EVP_RSA_gen(bits))
    {
    }
    EVP_PKEY *key;
    ~TestKey() { EVP_PKEY_free(key); }

    // The key set with the key's JWK, and `extra` members (use, alg) added to it.
    QJsonObject jwks(const QJsonObject &extra = {}) const
    {
        const auto part = [this](const char *name) {
            BIGNUM *bn = nullptr;
            EVP_PKEY_get_bn_param(key, name, &bn);
            QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
            BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
            BN_free(bn);
            return QString::fromLatin1(base64Url(bytes));
        };
        QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")},
                        {QStringLiteral("kid"), QStringLiteral("k1")},
                        {QStringLiteral("n"), part(OSSL_PKEY_PARAM_RSA_N)},
                        {QStringLiteral("e"), part(OSSL_PKEY_PARAM_RSA_E)}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            jwk.insert(it.key(), it.value());
        return {{QStringLiteral("keys"), QJsonArray{jwk}}};
    }

    QByteArray sign(const QJsonObject &claims) const
    {
        const QByteArray input =
            base64Url(QJsonDocument(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                                {QStringLiteral("kid"), QStringLiteral("k1")}})
                          .toJson(QJsonDocument::Compact)) +
            '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t length = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        QByteArray signature(qsizetype(length), Qt::Uninitialized);
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        EVP_MD_CTX_free(ctx);
        return input + '.' + base64Url(signature.left(qsizetype(length)));
    }
};

// Sends raw bytes to the loopback listener (in this thread: the event loop runs meanwhile) and
// returns what it answered before closing.
QByteArray sendRaw(quint16 port, const QByteArray &bytes,
                   const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(host, port);
    if (!QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::ConnectedState ||
                       socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000) ||
        socket.state() != QAbstractSocket::ConnectedState)
        return {};
    socket.write(bytes);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000))
        return "still open";
    return answer + socket.readAll();
}

// A token endpoint that answers every request with one Entra ID error body (the provider of the
// tests does not speak AADSTS codes).
class FakeEntra : public QObject
{
public:
    QByteArray tokenError;
    QByteArray discovery;  // when set, served instead of the regular discovery document
    QByteArray redirectTo; // when set, the token and device-code endpoints answer 307 to it
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString authorityHost() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    FakeEntra()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                const QByteArray request = s->readAll();
                const QByteArray path = request.split(' ').value(1);
                const QByteArray base = authorityHost().toLatin1();
                QByteArray body;
                int status = 200;
                if (path.endsWith("/.well-known/openid-configuration") && !discovery.isEmpty())
                    body = discovery;
                else if (path.endsWith("/.well-known/openid-configuration"))
                    body = "{\"issuer\":\"" + base + "/{tenantid}/v2.0\",\"authorization_endpoint\":\"" +
                           base + "/organizations/oauth2/v2.0/authorize\",\"token_endpoint\":\"" + base +
                           "/organizations/oauth2/v2.0/token\",\"device_authorization_endpoint\":\"" + base +
                           "/organizations/oauth2/v2.0/devicecode\",\"jwks_uri\":\"" + base + "/keys\"}";
                else if (path == "/keys")
                    body = "{\"keys\":[]}";
                else {
                    status = redirectTo.isEmpty() ? 400 : 307;
                    body = tokenError;
                }
                s->write("HTTP/1.1 " + QByteArray::number(status) +
                         " X\r\nContent-Type: application/json\r\n" +
                         (status == 307 ? "Location: " + redirectTo + "\r\n" : QByteArray()) +
                         "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                         "\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
    }

private:
    QTcpServer m_server;
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void refusesPlainHttpBeforeAnyNetwork();
    void browserFlowIgnoresWrongStateAndGarbage();
    void refreshRotatesAndRevocationAsksToSignInAgain();
    void twoResourcesAtOnceRefreshInTurn();
    void deviceCodeApprovedAndDeclined();
    void keychainMissingKeepsTheSessionInMemory();
    void idTokenChecks();
    void signInTrustsOnlyTheAuthority();
    void entraErrorsSpeakPlainly_data();
    void entraErrorsSpeakPlainly();
    void azureCliAsASource();
    void signOutForgetsEverything();
    void commandLineLoginAndAccounts();
    void noTokenBytesInAnyFile();
    void logLinesAreRedacted();

private:
    AuthConfig config() const;
    bool signInWithBrowser(AuthService &auth, const QString &login);
    QString token(AuthService &auth, const QUrl &resource, QString *error = nullptr);

    OidcServer m_server;
    QStringList m_seenTokens; // every access and refresh token the tests saw
};

void TestSignIn::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vaultscope"));
    QCoreApplication::setApplicationName(QStringLiteral("vaultscope"));
    // A run starts signed out, whatever an earlier run left in the test home's settings.
    QSettings().remove(QStringLiteral("accounts"));
    QSettings().remove(QStringLiteral("accountsActive"));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestSignIn::init()
{
    SecretStore::setKeychainDisabled(false);
}

AuthConfig TestSignIn::config() const
{
    AuthConfig c;
    c.cloud = AuthConfig::Custom;
    c.authorityHost = m_server.host();
    c.resourceManager = QStringLiteral("https://management.azure.com/"); // never contacted here
    c.tenant = m_server.tenant();
    c.clientId = m_server.clientId();
    c.allowHttpLoopback = true;
    return c;
}

bool TestSignIn::signInWithBrowser(AuthService &auth, const QString &login)
{
    QSignalSpy url(&auth, &AuthService::authorizationUrlReady);
    QSignalSpy done(&auth, &AuthService::signedIn);
    QSignalSpy failed(&auth, &AuthService::signInFailed);
    auth.signInWithBrowser(config());
    if (!url.wait(20000)) {
        qWarning("no authorization URL");
        return false;
    }
    const auto report = qScopeGuard([&failed] {
        if (!failed.isEmpty())
            qWarning("sign-in failed: %s", qPrintable(failed.first().first().toString()));
    });
    const OidcServer::Answer loopback = m_server.playBrowser(url.first().first().toUrl(), login);
    if (loopback.status != 200 || qEnvironmentVariableIsSet("DEBUG_SIGNIN"))
        qWarning("the browser ended at HTTP %d: %s", loopback.status, loopback.body.left(300).constData());
    return loopback.status == 200 && (done.size() > 0 || done.wait(20000));
}

QString TestSignIn::token(AuthService &auth, const QUrl &resource, QString *error)
{
    QString result, message;
    bool finished = false;
    auth.bearerToken(resource, QString(), this, [&](const QString &t, const QString &e) {
        result = t;
        message = e;
        finished = true;
    });
    if (!QTest::qWaitFor([&finished] { return finished; }, 20000))
        return {};
    if (error)
        *error = message;
    if (!result.isEmpty())
        m_seenTokens.append(result);
    return result;
}

void TestSignIn::refusesPlainHttpBeforeAnyNetwork()
{
    AuthService auth;
    QSignalSpy failed(&auth, &AuthService::signInFailed);
    QSignalSpy url(&auth, &AuthService::authorizationUrlReady);
    AuthConfig c = config();
    c.allowHttpLoopback = false;
    auth.signInWithBrowser(c);
    QCOMPARE(failed.size(), 1); // at once, before any request
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("allow-http-loopback")),
             qPrintable(failed.first().first().toString()));
    c.authorityHost = QStringLiteral("http://login.example.test");
    c.allowHttpLoopback = true;
    auth.signInWithDeviceCode(c);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().first().toString().contains(QStringLiteral("https is required")));
    QVERIFY(url.isEmpty());
}

void TestSignIn::browserFlowIgnoresWrongStateAndGarbage()
{
    AuthService auth;
    QSignalSpy url(&auth, &AuthService::authorizationUrlReady);
    QSignalSpy done(&auth, &AuthService::signedIn);
    QSignalSpy failed(&auth, &AuthService::signInFailed);
    auth.signInWithBrowser(config());
    QVERIFY(url.wait(20000));
    const QUrl authorize = url.first().first().toUrl();
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!query.queryItemValue(QStringLiteral("nonce")).isEmpty());
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("localhost"));
    const quint16 port = quint16(redirect.port());

    // Garbage and a wrong state are answered and closed; the wait goes on.
    QVERIFY(sendRaw(port, QByteArray(3000, '\x07') + "\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(sendRaw(port, "GET /?code=stolen&state=forged HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .startsWith("HTTP/1.1 400"));
    QVERIFY(sendRaw(port, "POST / HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400"));
    // localhost may resolve to ::1 first: the receiver holds that address on the same port too, so no
    // other local program can take the callback there.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHostIPv6)) {
        probe.close();
        QTcpServer squatter;
        QVERIFY(!squatter.listen(QHostAddress::LocalHostIPv6, port));
        QVERIFY(
            sendRaw(port, "GET / HTTP/1.1\r\n\r\n", QHostAddress::LocalHostIPv6).startsWith("HTTP/1.1 400"));
    }
    QVERIFY(failed.isEmpty() && done.isEmpty());

    const OidcServer::Answer loopback = m_server.playBrowser(authorize, QStringLiteral("ada"));
    QCOMPARE(loopback.status, 200);
    QVERIFY(loopback.body.contains("You can close this tab"));
    QVERIFY(done.size() == 1 || done.wait(20000));
    const Account account = done.first().first().value<Account>();
    QCOMPARE(account.username, QStringLiteral("ada@contoso.example"));
    QCOMPARE(account.name, QStringLiteral("Test ada"));
    QCOMPARE(account.tenantId, m_server.tenant());
    QCOMPARE(account.source, Account::Browser);
    QVERIFY(auth.keychainPersistent()); // the tests run with a real Secret Service
    QCOMPARE(auth.reviewer(), QStringLiteral("Test ada (ada@contoso.example)"));
    // After the first valid callback the listener is closed.
    QVERIFY(sendRaw(port, "GET / HTTP/1.1\r\n\r\n").isEmpty());
}

void TestSignIn::refreshRotatesAndRevocationAsksToSignInAgain()
{
    AuthService auth;
    QVERIFY(signInWithBrowser(auth, QStringLiteral("rita")));
    const Account account = *auth.activeAccount();
    SecretStore keychain;
    const QByteArray first = keychain.read(account.secretKey());
    QVERIFY(!first.isEmpty());
    m_seenTokens.append(QString::fromUtf8(first));
    // After a restart the access token is gone from memory: a refresh, whose new refresh token
    // replaces the old one in the keychain.
    const QUrl arm = account.config.armUrl();
    QString error;
    {
        AuthService restarted;
        QCOMPARE(restarted.activeAccount()->username, QStringLiteral("rita@contoso.example"));
        QVERIFY2(!token(restarted, arm, &error).isEmpty(), qPrintable(error));
    }
    const QByteArray second = keychain.read(account.secretKey());
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    m_seenTokens.append(QString::fromUtf8(second));
    // Revoked at the provider: the next refresh asks to sign in again.
    QVERIFY(m_server.revoke(second));
    AuthService again;
    QVERIFY(token(again, arm, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("sign in again")), qPrintable(error));
}

void TestSignIn::twoResourcesAtOnceRefreshInTurn()
{
    AuthService auth;
    QVERIFY(signInWithBrowser(auth, QStringLiteral("kim")));
    const Account account = *auth.activeAccount();
    // After a restart neither token is in memory. A live scan asks for Resource Manager's and Key
    // Vault's at once; the refresh token rotates with each answer, so the second refresh must wait
    // for the first one's new refresh token (sent at once, the old one would count as reused).
    AuthService restarted;
    QString tokens[2], errors[2];
    int answered = 0;
    const QUrl resources[2] = {account.config.armUrl(), QUrl(QStringLiteral("https://vault.azure.net"))};
    for (int i = 0; i < 2; ++i)
        restarted.bearerToken(resources[i], QString(), this, [&, i](const QString &t, const QString &e) {
            tokens[i] = t;
            errors[i] = e;
            ++answered;
        });
    QVERIFY(QTest::qWaitFor([&answered] { return answered == 2; }, 20000));
    QVERIFY2(!tokens[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(!tokens[1].isEmpty(), qPrintable(errors[1]));
    QVERIFY(tokens[0] != tokens[1]);
    m_seenTokens << tokens[0] << tokens[1];
}

void TestSignIn::deviceCodeApprovedAndDeclined()
{
    AuthService auth;
    QSignalSpy code(&auth, &AuthService::deviceCodeReady);
    QSignalSpy done(&auth, &AuthService::signedIn);
    QSignalSpy failed(&auth, &AuthService::signInFailed);
    auth.signInWithDeviceCode(config());
    QVERIFY(code.wait(20000));
    const DeviceCode device = code.first().first().value<DeviceCode>();
    QVERIFY(!device.userCode.isEmpty());
    QCOMPARE(device.verificationUri.path(), QStringLiteral("/device"));
    QVERIFY(m_server.answerDeviceCode(device.userCode, QStringLiteral("dev"), true));
    QVERIFY(done.wait(30000)); // polled at the provider's interval
    QCOMPARE(done.first().first().value<Account>().source, Account::DeviceCode);
    QCOMPARE(done.first().first().value<Account>().username, QStringLiteral("dev@contoso.example"));

    code.clear();
    auth.signInWithDeviceCode(config());
    QVERIFY(code.wait(20000));
    QVERIFY(m_server.answerDeviceCode(code.first().first().value<DeviceCode>().userCode, QString(), false));
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("declined")),
             qPrintable(failed.first().first().toString()));
}

void TestSignIn::keychainMissingKeepsTheSessionInMemory()
{
    SecretStore::setKeychainDisabled(true);
    AuthService auth;
    QSignalSpy notice(&auth, &AuthService::notice);
    QVERIFY(signInWithBrowser(auth, QStringLiteral("mia")));
    QVERIFY(!auth.keychainPersistent());
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QStringLiteral("never written to a file")));
    // Tokens work for this run, from memory.
    QString error;
    QVERIFY2(!token(auth, auth.activeAccount()->config.armUrl(), &error).isEmpty(), qPrintable(error));
    // Nothing reached the real keychain.
    SecretStore::setKeychainDisabled(false);
    SecretStore keychain;
    QVERIFY(keychain.read(auth.activeAccount()->secretKey()).isEmpty());
}

void TestSignIn::idTokenChecks()
{
    const TestKey key;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://login.example/tid-1/v2.0")},
                       {QStringLiteral("aud"), QStringLiteral("client-1")},
                       {QStringLiteral("tid"), QStringLiteral("tid-1")},
                       {QStringLiteral("nonce"), QStringLiteral("n-1")},
                       {QStringLiteral("exp"), now.addSecs(600).toSecsSinceEpoch()},
                       {QStringLiteral("nbf"), now.addSecs(-10).toSecsSinceEpoch()}};
    IdTokenExpectations expect;
    expect.issuer = QStringLiteral("https://login.example/{tenantid}/v2.0");
    expect.clientId = QStringLiteral("client-1");
    expect.nonce = QStringLiteral("n-1");
    QJsonObject verified;
    QString error;
    QVERIFY2(IdTokenVerifier::verify(key.sign(claims), key.jwks(), expect, &verified, &error),
             qPrintable(error));
    QCOMPARE(verified.value(QLatin1String("tid")).toString(), QStringLiteral("tid-1"));

    const auto refused = [&](const QByteArray &token, const char *why) {
        QString message;
        const bool ok = IdTokenVerifier::verify(token, key.jwks(), expect, &verified, &message);
        return !ok && message.contains(QLatin1String(why));
    };
    // Tampered: the payload changed after signing.
    QByteArray tampered = key.sign(claims);
    QJsonObject evil = claims;
    evil.insert(QStringLiteral("tid"), QStringLiteral("tid-2"));
    const QList<QByteArray> parts = tampered.split('.');
    tampered =
        parts.at(0) + '.' + base64Url(QJsonDocument(evil).toJson(QJsonDocument::Compact)) + '.' + parts.at(2);
    QVERIFY(refused(tampered, "signature"));
    QVERIFY(refused("not.a.jwt", "not a signed JWT"));
    QVERIFY(refused(TestKey().sign(claims), "signature")); // another key
    QJsonObject c = claims;
    c.insert(QStringLiteral("exp"), now.addSecs(-3600).toSecsSinceEpoch());
    QVERIFY(refused(key.sign(c), "expired"));
    c = claims;
    c.insert(QStringLiteral("exp"), now.addSecs(-60).toSecsSinceEpoch()); // within the skew
    QVERIFY(IdTokenVerifier::verify(key.sign(c), key.jwks(), expect, &verified, &error));
    c = claims;
    c.insert(QStringLiteral("nbf"), now.addSecs(3600).toSecsSinceEpoch());
    QVERIFY(refused(key.sign(c), "not valid yet"));
    c = claims;
    c.insert(QStringLiteral("nonce"), QStringLiteral("n-2"));
    QVERIFY(refused(key.sign(c), "nonce"));
    c = claims;
    c.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
    QVERIFY(refused(key.sign(c), "another application"));
    c = claims;
    c.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example/tid-1/v2.0"));
    QVERIFY(refused(key.sign(c), "comes from"));
    // Times that are not numbers are refused, not read as 0.
    for (const char *name : {"nbf", "iat"}) {
        c = claims;
        c.insert(QLatin1String(name), QStringLiteral("soon"));
        QVERIFY2(refused(key.sign(c), "not a number"), name);
    }
    // Several audiences: the authorized party (azp) must be this application.
    c = claims;
    c.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("client-1"), QStringLiteral("other")});
    QVERIFY(refused(key.sign(c), "azp"));
    c.insert(QStringLiteral("azp"), QStringLiteral("other"));
    QVERIFY(refused(key.sign(c), "azp"));
    c.insert(QStringLiteral("azp"), QStringLiteral("client-1"));
    QVERIFY2(IdTokenVerifier::verify(key.sign(c), key.jwks(), expect, &verified, &error), qPrintable(error));
    // A key for encryption or another algorithm never verifies; nor does an RSA key under 2,048 bits.
    QString message;
    for (const QJsonObject &extra : {QJsonObject{{QStringLiteral("use"), QStringLiteral("enc")}},
                                     QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS512")}}})
        QVERIFY(!IdTokenVerifier::verify(key.sign(claims), key.jwks(extra), expect, &verified, &message));
    QVERIFY(IdTokenVerifier::verify(key.sign(claims),
                                    key.jwks({{QStringLiteral("use"), QStringLiteral("sig")},
                                              {QStringLiteral("alg"), QStringLiteral("RS256")}}),
                                    expect, &verified, &message));
    const TestKey weak(1024);
    QVERIFY(!IdTokenVerifier::verify(weak.sign(claims), weak.jwks(), expect, &verified, &message));
    QVERIFY2(message.contains(QStringLiteral("signature")), qPrintable(message));
}

void TestSignIn::signInTrustsOnlyTheAuthority()
{
    QTcpServer foreign; // another origin on this machine: it must see no connection
    QVERIFY(foreign.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&foreign, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = foreign.nextPendingConnection()) {
            ++connections;
            socket->abort();
        }
    });
    const QByteArray elsewhere = QStringLiteral("http://127.0.0.1:%1").arg(foreign.serverPort()).toLatin1();
    FakeEntra entra;
    QVERIFY(entra.listen());
    AuthConfig c = config();
    c.authorityHost = entra.authorityHost();
    c.tenant = QStringLiteral("organizations");
    const auto signInFails = [&](const char *why) {
        AuthService auth;
        QSignalSpy failed(&auth, &AuthService::signInFailed);
        auth.signInWithDeviceCode(c);
        if (!failed.wait(20000))
            return false;
        const QString message = failed.first().first().toString();
        if (!message.contains(QLatin1String(why)))
            qWarning("%s", qPrintable(message));
        return message.contains(QLatin1String(why));
    };
    // A discovery document that names another host for its token endpoint.
    const QByteArray base = entra.authorityHost().toLatin1();
    entra.discovery = "{\"issuer\":\"" + base + "/{tenantid}/v2.0\",\"authorization_endpoint\":\"" + base +
                      "/a\",\"token_endpoint\":\"" + elsewhere +
                      "/token\",\"device_authorization_endpoint\":\"" + base + "/d\",\"jwks_uri\":\"" + base +
                      "/keys\"}";
    QVERIFY(signInFails("the authority's own host"));
    // Its keys on another host.
    entra.discovery.replace(QByteArray(elsewhere + "/token"), QByteArray(base + "/token"));
    entra.discovery.replace(QByteArray(base + "/keys"), QByteArray(elsewhere + "/keys"));
    QVERIFY(signInFails("the authority's own host"));
    // A redirect from the device-code endpoint is not followed.
    entra.discovery.clear();
    entra.redirectTo = elsewhere + "/devicecode";
    QVERIFY(signInFails("307"));
    QCOMPARE(connections, 0);

    // Plain http for 127.0.0.1 only, never for a name; and the option is not kept for later.
    c = config();
    c.authorityHost = QStringLiteral("http://localhost:%1").arg(foreign.serverPort());
    QString error;
    QVERIFY(!c.validate(&error));
    QVERIFY2(error.contains(QStringLiteral("https is required")), qPrintable(error));
    config().save();
    QVERIFY(!AuthConfig::load().allowHttpLoopback);
    // --azure-cli sign-ins check the Resource Manager URL too.
    c = config();
    c.resourceManager = QStringLiteral("http://management.example.test/");
    AuthService auth;
    QSignalSpy failed(&auth, &AuthService::signInFailed);
    auth.useAzureCli(c);
    QVERIFY(failed.size() == 1 || failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("https is required")),
             qPrintable(failed.first().first().toString()));
}

void TestSignIn::entraErrorsSpeakPlainly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const auto body = [](int code, const char *error) -> QByteArray {
        return QByteArray("{\"error\":\"") + error + "\",\"error_description\":\"AADSTS" +
               QByteArray::number(code) + ": text from Entra ID.\\r\\nTrace ID: 1\",\"error_codes\":[" +
               QByteArray::number(code) +
               "],\"timestamp\":\"2026-12-01 06:00:00Z\",\"trace_id\":\"1\",\"correlation_id\":\"2\"}";
    };
    QTest::newRow("consent") << body(65001, "invalid_grant") << QStringLiteral("not consented");
    QTest::newRow("mfa") << body(50076, "interaction_required") << QStringLiteral("Multi-factor");
    QTest::newRow("conditional access")
        << body(53003, "access_denied") << QStringLiteral("Conditional Access");
    QTest::newRow("refresh expired") << body(700082, "invalid_grant") << QStringLiteral("sign in again");
    QTest::newRow("pkce") << body(501481, "invalid_grant") << QStringLiteral("PKCE");
    QTest::newRow("other") << body(9002313, "invalid_request") << QStringLiteral("AADSTS9002313");
}

void TestSignIn::entraErrorsSpeakPlainly()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    FakeEntra entra;
    entra.tokenError = body;
    QVERIFY(entra.listen());
    QNetworkAccessManager network;
    AuthConfig c = config();
    c.authorityHost = entra.authorityHost();
    c.tenant = QStringLiteral("organizations");
    OidcClient client(&network, c);
    QString discovery = QStringLiteral("pending");
    client.discover([&](const QString &e) { discovery = e; });
    QTRY_VERIFY_WITH_TIMEOUT(discovery != QLatin1String("pending"), 10000);
    QVERIFY2(discovery.isEmpty(), qPrintable(discovery));
    OAuthError error;
    bool finished = false;
    client.requestToken({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}},
                        [&](const TokenResponse &, const OAuthError &e) {
                            error = e;
                            finished = true;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QCOMPARE(error.status, 400);
    QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    QVERIFY(error.message().contains(QStringLiteral("AADSTS")));
}

void TestSignIn::azureCliAsASource()
{
    QTemporaryDir bin;
    const QString path = qEnvironmentVariable("PATH");
    const auto fakeAz = [&](const QByteArray &script) {
        QFile az(bin.filePath(QStringLiteral("az")));
        QVERIFY(az.open(QIODevice::WriteOnly | QIODevice::Truncate));
        az.write("#!/bin/sh\n" + script);
        az.close();
        az.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    };
    qputenv("PATH", (bin.path() + QLatin1Char(':') + path).toUtf8());
    fakeAz("case \"$2\" in\n"
           "show) echo "
           "'{\"tenantId\":\"cli-tenant\",\"user\":{\"name\":\"cli@contoso.example\",\"type\":\"user\"}}';;\n"
           "get-access-token) echo '{\"accessToken\":\"cli-token-'\"$4\"'\",\"expiresOn\":\"2099-01-01 "
           "00:00:00.000000\","
           "\"expires_on\":4070908800,\"tenant\":\"'\"$6\"'\",\"tokenType\":\"Bearer\"}';;\n"
           "esac\n");
    AuthService auth;
    QSignalSpy done(&auth, &AuthService::signedIn);
    QSignalSpy failed(&auth, &AuthService::signInFailed);
    auth.useAzureCli(config());
    QVERIFY(done.wait(20000));
    QCOMPARE(auth.activeAccount()->source, Account::AzureCli);
    QCOMPARE(auth.activeAccount()->username, QStringLiteral("cli@contoso.example"));
    QString error;
    QCOMPARE(token(auth, QUrl(QStringLiteral("https://management.azure.com/")), &error),
             QStringLiteral("cli-token-https://management.azure.com/"));

    fakeAz("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n");
    auth.useAzureCli(config());
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.last().first().toString().contains(QStringLiteral("not signed in")),
             qPrintable(failed.last().first().toString()));

    qputenv("PATH", "/nonexistent");
    auth.useAzureCli(config());
    QCOMPARE(failed.size(), 2); // at once: there is no az to run
    QVERIFY(failed.last().first().toString().contains(QStringLiteral("not installed")));
    qputenv("PATH", path.toUtf8());
}

void TestSignIn::signOutForgetsEverything()
{
    AuthService auth;
    QVERIFY(signInWithBrowser(auth, QStringLiteral("sam")));
    const Account account = *auth.activeAccount();
    SecretStore keychain;
    QVERIFY(!keychain.read(account.secretKey()).isEmpty());
    QString error;
    QVERIFY2(auth.signOut(QStringLiteral("sam@contoso.example"), &error), qPrintable(error));
    QVERIFY(keychain.read(account.secretKey()).isEmpty());
    for (const Account &a : auth.accounts())
        QVERIFY(a.username != account.username);
    QVERIFY(!auth.signOut(QStringLiteral("sam@contoso.example"), &error));
    QVERIFY(AuthService().accounts().size() == auth.accounts().size()); // and so after a restart
}

void TestSignIn::commandLineLoginAndAccounts()
{
    QProcess login;
    login.start(QStringLiteral(VAULTSCOPE_BINARY),
                {QStringLiteral("login"), QStringLiteral("--print-url"), QStringLiteral("--authority"),
                 m_server.authority(), QStringLiteral("--client-id"), m_server.clientId(),
                 QStringLiteral("--arm"), QStringLiteral("https://management.azure.com/"),
                 QStringLiteral("--allow-http-loopback")});
    QVERIFY(login.waitForReadyRead(30000));
    const QUrl url(QString::fromUtf8(login.readLine()).trimmed());
    QCOMPARE(url.path(), QStringLiteral("/%1/oauth2/v2.0/authorize").arg(m_server.tenant()));
    QCOMPARE(m_server.playBrowser(url, QStringLiteral("cleo")).status, 200);
    QVERIFY(login.waitForFinished(30000));
    QCOMPARE(login.exitCode(), 0);
    QVERIFY(login.readAllStandardOutput().contains("cleo@contoso.example"));

    QProcess accounts;
    accounts.start(QStringLiteral(VAULTSCOPE_BINARY), {QStringLiteral("accounts"), QStringLiteral("--json")});
    QVERIFY(accounts.waitForFinished(30000));
    QCOMPARE(accounts.exitCode(), 0);
    const QJsonArray list = QJsonDocument::fromJson(accounts.readAllStandardOutput()).array();
    QJsonObject cleo;
    for (const QJsonValue &v : list) {
        if (v[QLatin1String("username")].toString() == QLatin1String("cleo@contoso.example"))
            cleo = v.toObject();
    }
    QCOMPARE(cleo.value(QLatin1String("source")).toString(), QStringLiteral("browser"));
    QCOMPARE(cleo.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(cleo.value(QLatin1String("tenantId")).toString(), m_server.tenant());
    QCOMPARE(cleo.value(QLatin1String("authority")).toString(), m_server.authority());
    QVERIFY(cleo.contains(QLatin1String("name")));

    // A plain-http authority elsewhere than 127.0.0.1 is refused at once, naming https.
    QProcess refused;
    refused.start(QStringLiteral(VAULTSCOPE_BINARY), {QStringLiteral("login"), QStringLiteral("--authority"),
                                                      QStringLiteral("http://login.example.test/x"),
                                                      QStringLiteral("--client-id"), m_server.clientId()});
    QVERIFY(refused.waitForFinished(10000));
    QCOMPARE(refused.exitCode(), 1);
    QVERIFY(refused.readAllStandardError().contains("https is required"));

    QProcess logout;
    logout.start(QStringLiteral(VAULTSCOPE_BINARY), {QStringLiteral("logout")});
    QVERIFY(logout.waitForFinished(30000));
    QCOMPARE(logout.exitCode(), 0);
}

// After every session above, no token byte is in any file under the application's data, config
// and cache folders.
void TestSignIn::noTokenBytesInAnyFile()
{
    QVERIFY(m_seenTokens.size() >= 4);
    const QStringList folders = {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                 QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                     QStringLiteral("/Vaultscope"),
                                 QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    int files = 0;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &t : std::as_const(m_seenTokens))
                QVERIFY2(!content.contains(t.toUtf8()), qPrintable(f.fileName()));
        }
    }
    QVERIFY(files > 0); // the settings file with the accounts is there, without secrets
}

void TestSignIn::logLinesAreRedacted()
{
    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl");
    const QString lines = QStringLiteral("GET /x Authorization: Bearer %1\n"
                                         "form refresh_token=0.ARoAv4j5cvGGr&client_id=3f0c\n"
                                         "{\"access_token\":\"FjhhwQ4M5Tb\",\"expires_in\":3600}\n"
                                         "id %1 and code=iK2debDCU6to54")
                              .arg(jwt);
    const QString redacted = redactSecrets(lines);
    for (const char *secret :
         {"eyJhbGci", "0.ARoAv4j5cvGGr", "FjhhwQ4M5Tb", "iK2debDCU6to54", "c2lnbmF0dXJl"})
        QVERIFY2(!redacted.contains(QLatin1String(secret)), qPrintable(redacted));
    QVERIFY(redacted.contains(QStringLiteral("client_id=3f0c"))); // what is not secret stays
    QVERIFY(redacted.contains(QStringLiteral("expires_in")));
    QCOMPARE(redactSecrets(QStringLiteral("az exited with code: 1")),
             QStringLiteral("az exited with code: 1"));

    // Through Qt's logging, as the application installs it.
    static QStringList printed;
    qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &m) { printed.append(m); });
    installRedactingMessageHandler();
    qWarning("token %s", qPrintable(jwt));
    qInstallMessageHandler(nullptr);
    QCOMPARE(printed.size(), 1);
    QVERIFY(!printed.first().contains(QStringLiteral("eyJhbGci")));
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
