#pragma once

#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

namespace vaultscope {

// Waits for the browser's redirect after sign-in: a listener on 127.0.0.1 (never other interfaces)
// on a free port. Only a GET carrying the expected state ends the wait; a wrong state, another path
// or garbage on the socket is answered and closed, and the wait goes on until the timeout.
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

    QTcpServer m_server;
    QTimer m_timeout;
    QByteArray m_state;
};

} // namespace vaultscope
