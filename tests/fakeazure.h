#pragma once

// Starts the tests' stand-in for Azure (tests/azure/server.mjs under Node) on 127.0.0.1 and a free
// port with an estate and faults from a JSON configuration; stops it when destroyed (closing its
// standard input ends it, and a kill follows if it lingers). Reads its record of requests.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>

class FakeAzure
{
public:
    ~FakeAzure()
    {
        if (m_node.state() == QProcess::NotRunning)
            return;
        m_node.closeWriteChannel();
        if (!m_node.waitForFinished(5000))
            m_node.kill();
        m_node.waitForFinished(2000);
    }

    bool start(const QJsonObject &config, QString *error)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            *error = QStringLiteral("node is not installed (packaging/install-deps.sh installs it)");
            return false;
        }
        m_node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_node.start(node, {QStringLiteral(VAULTSCOPE_SOURCE_DIR "/tests/azure/server.mjs"),
                            QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))});
        if (!m_node.waitForStarted(10000) || !m_node.waitForReadyRead(60000)) {
            *error = QStringLiteral("the fake Azure did not start");
            return false;
        }
        m_info = QJsonDocument::fromJson(m_node.readLine()).object();
        return port() > 0;
    }

    int port() const { return m_info.value(QLatin1String("port")).toInt(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port())); }
    QString tenant() const { return m_info.value(QLatin1String("tenant")).toString(); }

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

    QProcess m_node;
    QJsonObject m_info;
    QNetworkAccessManager m_network;
};
