#include "loopbackreceiver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace vaultscope {

namespace {
constexpr qint64 kMaxRequest = 16 * 1024;

void answer(QTcpSocket *socket, const char *status, const QString &body)
{
    const QByteArray html =
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Vaultscope</title></head>"
        "<body style=\"font-family:sans-serif\"><p>" +
        body.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write(QByteArray("HTTP/1.1 ") + status +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost();
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT timedOut();
    });
    for (QTcpServer *server : {&m_server, &m_server6})
        connect(server, &QTcpServer::newConnection, this, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                serve(socket);
        });
}

bool LoopbackReceiver::listenOnBoth(QString *error)
{
    // A port free on 127.0.0.1 may be held on ::1 by another process: then another port.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            *error =
                tr("Cannot listen on 127.0.0.1 for the sign-in redirect: %1").arg(m_server.errorString());
            return false;
        }
        if (m_server6.listen(QHostAddress::LocalHostIPv6, m_server.serverPort()))
            return true;
        // Without IPv6 on the machine, localhost cannot lead anywhere but 127.0.0.1.
        if (m_server6.serverError() != QAbstractSocket::AddressInUseError)
            return true;
        m_server.close();
    }
    *error = tr("Cannot listen on both loopback addresses (127.0.0.1 and ::1) for the sign-in redirect: "
                "another program holds the ports tried");
    return false;
}

bool LoopbackReceiver::listen(const QByteArray &state, int timeoutMs, QString *error)
{
    m_state = state;
    m_done = false;
    if (!listenOnBoth(error))
        return false;
    m_timeout.start(timeoutMs);
    return true;
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://localhost:%1/").arg(port());
}

void LoopbackReceiver::stop()
{
    m_timeout.stop();
    m_server.close();
    m_server6.close();
}

void LoopbackReceiver::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    // A client that connects and says nothing is dropped after a while.
    QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket->bytesAvailable() > kMaxRequest) {
            socket->abort();
            return;
        }
        if (!socket->canReadLine())
            return;
        if (m_done) {
            answer(socket, "410 Gone", tr("This sign-in is finished; this answer was not taken."));
            return;
        }
        const QList<QByteArray> line = socket->readLine(kMaxRequest).trimmed().split(' ');
        if (line.size() != 3 || line.at(0) != "GET" || !line.at(2).startsWith("HTTP/1.")) {
            answer(socket, "400 Bad Request", tr("This address only takes Vaultscope's sign-in redirect."));
            return;
        }
        const QUrl url(QString::fromLatin1(line.at(1)));
        const QUrlQuery query(url);
        if (url.path() != QLatin1String("/") ||
            query.queryItemValue(QStringLiteral("state")).toLatin1() != m_state) {
            answer(
                socket, "400 Bad Request",
                tr("This sign-in answer does not belong to the sign-in Vaultscope started. It was ignored."));
            return;
        }
        const bool failed = query.hasQueryItem(QStringLiteral("error"));
        answer(socket, "200 OK",
               failed
                   ? tr("Sign-in did not complete: %1. You can close this tab and return to Vaultscope.")
                         .arg(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded))
                   : tr("You are signed in to Vaultscope. You can close this tab."));
        m_done = true; // the first valid callback ends the wait; any later one is refused
        stop();
        Q_EMIT received(query);
    });
}

} // namespace vaultscope
