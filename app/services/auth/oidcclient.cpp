#include "oidcclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace vaultscope {

namespace {
constexpr int kTimeoutMs = 30000;

bool anyOf(const QList<int> &codes, std::initializer_list<int> wanted)
{
    for (int w : wanted) {
        if (codes.contains(w))
            return true;
    }
    return false;
}
} // namespace

OAuthError OAuthError::fromReply(QNetworkReply *reply, const QByteArray &body)
{
    OAuthError e;
    e.request = QStringLiteral("%1 %2").arg(reply->operation() == QNetworkAccessManager::PostOperation
                                                ? QStringLiteral("POST")
                                                : QStringLiteral("GET"),
                                            reply->url().toString(QUrl::RemoveQuery));
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.contains(QLatin1String("error"))) {
        e.code = json.value(QLatin1String("error")).toString();
        e.description = json.value(QLatin1String("error_description")).toString();
        for (const QJsonValue &c : json.value(QLatin1String("error_codes")).toArray())
            e.codes.append(c.toInt());
    } else if (e.status == 0) {
        e.code = QStringLiteral("network");
        e.description = reply->errorString();
    } else {
        e.code = QStringLiteral("http");
        e.description = QString::fromUtf8(body.left(200));
    }
    return e;
}

QString OAuthError::message() const
{
    // Entra ID appends trace and correlation ids on further lines.
    const QString firstLine = description.section(QLatin1Char('\n'), 0, 0).trimmed();
    const QString where = status ? tr("%1 answered %2").arg(request).arg(status) : request;
    if (anyOf(codes, {65001, 65004, 90094}))
        return tr("Your organization has not consented to this application yet (%1). An administrator can "
                  "grant consent once for everyone in the Entra admin center (Enterprise applications › "
                  "Permissions), or through the admin consent URL of the app registration.")
            .arg(description.section(QLatin1Char(':'), 0, 0));
    if (anyOf(codes, {50076, 50079, 50074}))
        return tr("Multi-factor authentication is required: sign in again in the browser, where you can "
                  "complete it (%1).")
            .arg(description.section(QLatin1Char(':'), 0, 0));
    if (anyOf(codes, {53003, 53000, 53001, 50131, 70043}))
        return tr("A Conditional Access policy of your organization blocks or limits this sign-in (%1). "
                  "Sign in again from a compliant device or ask your administrator.")
            .arg(description.section(QLatin1Char(':'), 0, 0));
    if (codes.contains(501481))
        return tr("The sign-in answer did not match this sign-in (PKCE): start it again (%1).")
            .arg(firstLine);
    if (anyOf(codes, {700082, 50173}) || code == QLatin1String("invalid_grant"))
        return tr("Your sign-in has expired or was revoked: sign in again (%1).").arg(firstLine);
    if (code == QLatin1String("network"))
        return tr("No connection to the sign-in service (%1: %2). Offline work goes on; try again when "
                  "the network is back.")
            .arg(request, description);
    return tr("Sign-in failed: %1 — %2 (%3).").arg(code, firstLine, where);
}

OidcClient::OidcClient(QNetworkAccessManager *network, const AuthConfig &config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
{
}

void OidcClient::getJson(const QUrl &url, std::function<void(const QJsonObject &, const QString &)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
        if (reply->error() != QNetworkReply::NoError || !doc.isObject())
            done({}, OAuthError::fromReply(reply, body).message());
        else
            done(doc.object(), {});
    });
}

void OidcClient::discover(std::function<void(const QString &)> done)
{
    const QUrl url(m_config.authority().toString() + QLatin1String("/v2.0/.well-known/openid-configuration"));
    getJson(url, [this, done](const QJsonObject &json, const QString &error) {
        if (!error.isEmpty())
            return done(error);
        QString refusal;
        if (!OAuthAnswers::discovery(json, m_config.authority(), m_config.allowHttpLoopback, &m_metadata,
                                     &refusal))
            return done(refusal);
        getJson(m_metadata.jwksUri, [this, done](const QJsonObject &keys, const QString &keyError) {
            m_keys = keys;
            done(keyError);
        });
    });
}

void OidcClient::post(const QUrl &url, const QList<QPair<QString, QString>> &form,
                      std::function<void(const QJsonObject &, const OAuthError &)> done)
{
    QUrlQuery query;
    query.setQueryItems(form);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->post(request, query.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (reply->error() != QNetworkReply::NoError || json.contains(QLatin1String("error")) ||
            json.isEmpty())
            done({}, OAuthError::fromReply(reply, body));
        else
            done(json, {});
    });
}

void OidcClient::requestToken(const QList<QPair<QString, QString>> &form,
                              std::function<void(const TokenResponse &, const OAuthError &)> done)
{
    post(m_metadata.token, form, [done](const QJsonObject &json, const OAuthError &error) {
        if (!error.code.isEmpty())
            return done({}, error);
        done(OAuthAnswers::token(json, QDateTime::currentDateTimeUtc()), {});
    });
}

void OidcClient::requestDeviceCode(const QString &scope,
                                   std::function<void(const DeviceCode &, const OAuthError &)> done)
{
    post(m_metadata.deviceAuthorization,
         {{QStringLiteral("client_id"), m_config.clientId}, {QStringLiteral("scope"), scope}},
         [done](const QJsonObject &json, const OAuthError &error) {
             if (!error.code.isEmpty())
                 return done({}, error);
             done(OAuthAnswers::deviceCode(json), {});
         });
}

} // namespace vaultscope
