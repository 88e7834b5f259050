#include "redaction.h"

#include <QRegularExpression>

namespace vaultscope {

namespace {
QtMessageHandler g_previous = nullptr;

// Qt's notes about the session rather than about Vaultscope: a root shell in a container has no
// runtime folder, and Qt makes one of its own in /tmp. Nothing for the user to act on.
bool isSessionNoise(const QString &message)
{
    return message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"));
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previous && !isSessionNoise(message))
        g_previous(type, context, redactSecrets(message));
}
} // namespace

QString redactSecrets(const QString &text)
{
    static const QString params =
        QStringLiteral("access_token|refresh_token|id_token|code|code_verifier|client_secret|device_code");
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(Authorization\\s*[:=]\\s*)\\S+(\\s+\\S+)?"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("()eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*)?")),
        // Form and query parameters (code=…) and JSON members ("code": "…"); not "exit code: 1".
        QRegularExpression(QStringLiteral("(\\b(?:%1)=)[^&\\s\"]+").arg(params)),
        QRegularExpression(QStringLiteral("(\"(?:%1)\"\\s*:\\s*\")[^\"]+").arg(params)),
    };
    QString out = text;
    for (const QRegularExpression &re : patterns)
        out.replace(re, QStringLiteral("\\1[redacted]"));
    return out;
}

void installRedactingMessageHandler()
{
    if (!g_previous)
        g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace vaultscope
