#pragma once

// Starts the tests' stand-in for Azure (tests/azure/server.mjs under Node) on 127.0.0.1 and a free
// port with an estate and faults from a JSON configuration; stops it when destroyed. Reads its
// record of requests.
#include "nodeserver.h"
#include "services/azure/cloudorigins.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

class FakeAzure
{
public:
    bool start(const QJsonObject &config, QString *error)
    {
        return m_server.start(QStringLiteral(VAULTSCOPE_SOURCE_DIR "/tests/azure/server.mjs"),
                              {QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))},
                              QProcessEnvironment::systemEnvironment(), error);
    }

    int port() const { return m_server.port(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port())); }
    QString tenant() const { return m_server.info().value(QLatin1String("tenant")).toString(); }
    // What it printed at start (port, tenant, hostileVaults …).
    QJsonObject info() const { return m_server.info(); }
    // Its origins as a test sign-in with --allow-http-loopback has them: plain http on its own
    // origin, which serves the Key Vault data plane too.
    vaultscope::CloudOrigins origins() const { return originsAt(url()); }
    static vaultscope::CloudOrigins originsAt(const QUrl &url)
    {
        vaultscope::CloudOrigins o;
        o.cloudName = QStringLiteral("the tests' stand-in");
        o.resourceManager = url;
        o.keyVaultSuffixes = {QStringLiteral("vault.azure.net"), QStringLiteral("managedhsm.azure.net")};
        o.allowHttpLoopback = true;
        return o;
    }

    // GET /_test/requests: what it was asked (methods, refused methods, throttled, unauthorized …).
    QJsonObject requests()
    {
        return QJsonDocument::fromJson(get(QStringLiteral("/_test/requests"))).object();
    }
    // GET /_test/export: the estate as an administrator exports it (az graph query, related lists).
    QJsonObject exported() { return QJsonDocument::fromJson(get(QStringLiteral("/_test/export"))).object(); }

    // Tokens are then checked at this OpenID Connect server (its userinfo endpoint).
    void setOidc(const QString &host)
    {
        get(QStringLiteral("/_test/oidc?url=") + QString::fromLatin1(QUrl::toPercentEncoding(host)));
    }

private:
    QByteArray get(const QString &path)
    {
        QNetworkRequest r(url().resolved(QUrl(path)));
        r.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        r.setTransferTimeout(30000);
        QNetworkReply *reply = m_network.get(r);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    NodeServer m_server;
    QNetworkAccessManager m_network;
};
