#pragma once

#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

namespace vaultscope {

// Waits for the browser's redirect after sign-in on http://localhost:PORT/ (Entra ID matches it with
// any port): a listener on every loopback address that name resolves to, 127.0.0.1 and ::1, on the
// same free port, so that no other local process can hold one of them and take the callback. Never
// other interfaces. Only a GET carrying the expected state ends the wait; a wrong state, another path
// or garbage on the socket is answered and closed, and the wait goes on until the timeout. After the
// first valid callback every further request is refused.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);

    bool listen(const QByteArray &state, int timeoutMs, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    // The redirect URI to send: Entra ID matches http://localhost with any port.
    QString redirectUri() const;
    void stop();

Q_SIGNALS:
    // The query of the valid callback (code, or error and error_description).
    void received(const QUrlQuery &query);
    void timedOut();

private:
    void serve(QTcpSocket *socket);

    bool listenOnBoth(QString *error);

    QTcpServer m_server;  // 127.0.0.1
    QTcpServer m_server6; // ::1, where the machine has IPv6
    QTimer m_timeout;
    QByteArray m_state;
    bool m_done = false;
};

} // namespace vaultscope
