#include "azurecli.h"

#include "policy/jsonvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace vaultscope {

AzureCli::AzureCli(QObject *parent)
    : QObject(parent)
{
}

void AzureCli::run(const QStringList &args, std::function<void(const QByteArray &, const QString &)> done)
{
    const QString az = QStandardPaths::findExecutable(QStringLiteral("az"));
    if (az.isEmpty())
        return done({},
                    tr("The Azure CLI (az) is not installed or not on PATH; install it and run 'az login', "
                       "or sign in with the browser or a code."));
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [process, done](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        if (status != QProcess::NormalExit || code != 0) {
            const bool loggedOut = err.contains(QLatin1String("az login"), Qt::CaseInsensitive);
            return done({}, loggedOut ? tr("The Azure CLI is not signed in: run 'az login' first (%1).")
                                            .arg(err.section(QLatin1Char('\n'), 0, 0))
                                      : tr("The Azure CLI failed (exit %1): %2")
                                            .arg(code)
                                            .arg(err.section(QLatin1Char('\n'), 0, 0)));
        }
        done(out, {});
    });
    QTimer::singleShot(60000, process, [process] { process->kill(); });
    process->start(az, args + QStringList{QStringLiteral("--output"), QStringLiteral("json")});
}

void AzureCli::account(const AuthConfig &config, std::function<void(const Account &, const QString &)> done)
{
    QStringList args{QStringLiteral("account"), QStringLiteral("show")};
    run(args, [config, done](const QByteArray &out, const QString &error) {
        if (!error.isEmpty())
            return done({}, error);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        Account a;
        a.source = Account::AzureCli;
        a.username = o.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString();
        a.name = a.username;
        a.tenantId = o.value(QLatin1String("tenantId")).toString();
        a.homeId = a.username + QLatin1Char('@') + a.tenantId;
        a.config = config;
        if (a.username.isEmpty() || a.tenantId.isEmpty())
            return done({}, tr("'az account show' did not name a user and tenant."));
        done(a, {});
    });
}

void AzureCli::accessToken(const QUrl &resource, const QString &tenant,
                           std::function<void(const QString &, const QDateTime &, const QString &)> done)
{
    QStringList args{QStringLiteral("account"), QStringLiteral("get-access-token"),
                     QStringLiteral("--resource"), resource.toString()};
    if (!tenant.isEmpty())
        args << QStringLiteral("--tenant") << tenant;
    run(args, [done](const QByteArray &out, const QString &error) {
        if (!error.isEmpty())
            return done({}, {}, error);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        const QString token = o.value(QLatin1String("accessToken")).toString();
        // expires_on (Unix seconds) in newer releases, expiresOn (local time) in all.
        QDateTime expires =
            o.contains(QLatin1String("expires_on"))
                ? QDateTime::fromSecsSinceEpoch(
                      policy::toInt64(o.value(QLatin1String("expires_on")).toDouble()))
                : QDateTime::fromString(o.value(QLatin1String("expiresOn")).toString().left(19),
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!expires.isValid())
            expires = QDateTime::currentDateTimeUtc().addSecs(300);
        if (token.isEmpty())
            return done({}, {}, tr("'az account get-access-token' returned no token."));
        done(token, expires.toUTC(), {});
    });
}

} // namespace vaultscope
