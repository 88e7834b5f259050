#pragma once

// Starts the tests' OpenID Connect server (tests/oidc/server.mjs, oidc-provider under Node) on
// 127.0.0.1 and a free port; stops it when destroyed. Also plays the browser and the user against it.
#include "nodeserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QUrlQuery>

class OidcServer
{
public:
    // armScope: the Resource Manager scope it grants (a local stand-in's), Azure's by default.
    bool start(QString *error, const QString &armScope = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!armScope.isEmpty())
            env.insert(QStringLiteral("OIDC_ARM_SCOPE"), armScope);
        return m_server.start(QStringLiteral(VAULTSCOPE_SOURCE_DIR "/tests/oidc/server.mjs"), {}, env, error);
    }

    int port() const { return m_server.port(); }
    QString tenant() const { return m_server.info().value(QLatin1String("tenant")).toString(); }
    QString clientId() const { return m_server.info().value(QLatin1String("clientId")).toString(); }
    QString host() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    QString authority() const { return host() + QLatin1Char('/') + tenant(); }

    // GET or POST (form) without following redirects; returns status, Location and body.
    struct Answer
    {
        int status = 0;
        QUrl location;
        QByteArray body;
    };
    Answer request(const QUrl &url, const QByteArray &form = {})
    {
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        r.setTransferTimeout(20000);
        QNetworkReply *reply = form.isNull() ? m_browser.get(r) : post(r, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray location = reply->rawHeader("Location");
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 location.isEmpty() ? QUrl() : url.resolved(QUrl::fromEncoded(location)), reply->readAll()};
        reply->deleteLater();
        return a;
    }

    // The browser: follows the authorize redirects, signs in as `login` on the interaction page and
    // delivers the code to the loopback listener. Returns the loopback's answer. Each call is a
    // fresh browser (another user switching accounts would meet a logout page first).
    Answer playBrowser(const QUrl &authorize, const QString &login)
    {
        m_browser.setCookieJar(new QNetworkCookieJar); // a fresh browser: no session from before
        QUrl url = authorize;
        for (int i = 0; i < 10; ++i) {
            if (url.host() == QLatin1String("localhost"))
                return request(url);
            Answer a = request(url);
            if (a.location.isEmpty())
                return a;
            url = a.location;
            if (url.path().startsWith(QLatin1String("/interaction/"))) {
                a = request(url, "login=" + login.toUtf8());
                url = a.location;
            }
        }
        return {};
    }

    // The user on the verification page: approves or declines the code.
    bool answerDeviceCode(const QString &userCode, const QString &login, bool approve)
    {
        QUrl url(host() + QStringLiteral("/test/device"));
        url.setQuery(
            QUrlQuery{{QStringLiteral("user_code"), userCode},
                      {QStringLiteral("login"), login},
                      {QStringLiteral("approve"), approve ? QStringLiteral("yes") : QStringLiteral("no")}});
        return request(url).status == 200;
    }

    // Revokes a refresh token at the provider, as an administrator or a password change would.
    bool revoke(const QByteArray &refreshToken)
    {
        QUrlQuery form{{QStringLiteral("client_id"), clientId()},
                       {QStringLiteral("token"), QString::fromUtf8(refreshToken)},
                       {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}};
        return request(QUrl(authority() + QStringLiteral("/oauth2/v2.0/revoke")),
                       form.toString(QUrl::FullyEncoded).toUtf8())
                   .status == 200;
    }

private:
    QNetworkReply *post(QNetworkRequest r, const QByteArray &form)
    {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        return m_browser.post(r, form);
    }

    NodeServer m_server;
    QNetworkAccessManager m_browser; // has its own cookie jar: the provider's session cookies
};
