#pragma once

// A test peer under Node on 127.0.0.1: started with a script and its arguments, it prints one JSON
// line about itself once it listens (at least {"port": N}) and ends when its standard input
// closes, so that a test that dies never leaves it behind; a kill follows if it lingers.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

class NodeServer
{
public:
    ~NodeServer()
    {
        if (m_node.state() == QProcess::NotRunning)
            return;
        m_node.closeWriteChannel();
        if (!m_node.waitForFinished(5000))
            m_node.kill();
        m_node.waitForFinished(2000);
    }

    bool start(const QString &script, const QStringList &arguments, const QProcessEnvironment &environment,
               QString *error)
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            *error = QStringLiteral("node is not installed (packaging/install-deps.sh installs it)");
            return false;
        }
        m_node.setProcessEnvironment(environment);
        m_node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Once under ASan on a loaded 2-core machine, Node printed its start-up warning and then
        // nothing for a minute: such a start is ended and made once more.
        for (int attempt = 0; attempt < 2; ++attempt) {
            m_node.start(node, QStringList{script} + arguments);
            if (m_node.waitForStarted(10000) && m_node.waitForReadyRead(60000)) {
                m_info = QJsonDocument::fromJson(m_node.readLine()).object();
                return port() > 0;
            }
            m_node.kill();
            m_node.waitForFinished(5000);
        }
        *error = QStringLiteral("%1 did not start twice (run 'npm ci --prefix tests/oidc')").arg(script);
        return false;
    }

    const QJsonObject &info() const { return m_info; }
    int port() const { return m_info.value(QLatin1String("port")).toInt(); }

private:
    QProcess m_node;
    QJsonObject m_info;
};
