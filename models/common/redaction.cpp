#include "redaction.h"

#include <QRegularExpression>

namespace vaultscope {

namespace {
QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previous)
        g_previous(type, context, redactSecrets(message));
}
} // namespace

QString redactSecrets(const QString &text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(Authorization\\s*[:=]\\s*)\\S+(\\s+\\S+)?"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("()eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*)?")),
        QRegularExpression(
            QStringLiteral("((?:access_token|refresh_token|id_token|code|code_verifier|client_secret|"
                           "device_code)\"?\\s*[=:]\\s*\"?)[^\"&\\s,}]+")),
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
