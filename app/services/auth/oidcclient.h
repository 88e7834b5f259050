#pragma once

#include "authconfig.h"
#include "oauthanswers.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vaultscope {

// An OAuth error as Entra ID returns it (error, error_description with its AADSTS code, error_codes),
// or a transport failure, with a plain message for people.
struct OAuthError
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::OAuthError)

public:
    QString request; // "POST https://…/token"
    int status = 0;  // HTTP status, 0 when none arrived
    QString code;    // "invalid_grant", "authorization_pending", … or "network"
    QString description;
    QList<int> codes; // AADSTS numbers
    QString tenant;

    QString message() const;
    static OAuthError fromReply(QNetworkReply *reply, const QByteArray &body);
};

// The protocol side of Entra ID sign-in over QNetworkAccessManager: discovery, keys, the token and
// device-code endpoints. Form posts only; no client secret (a public client).
class OidcClient final : public QObject
{
    Q_OBJECT
public:
    OidcClient(QNetworkAccessManager *network, const AuthConfig &config, QObject *parent = nullptr);

    using Metadata = OidcMetadata;
    // Reads the discovery document and the signing keys.
    void discover(std::function<void(const QString &error)> done);
    const Metadata &metadata() const { return m_metadata; }
    const QJsonObject &keys() const { return m_keys; }
    const AuthConfig &config() const { return m_config; }

    void requestToken(const QList<QPair<QString, QString>> &form,
                      std::function<void(const TokenResponse &token, const OAuthError &error)> done);
    void requestDeviceCode(const QString &scope,
                           std::function<void(const DeviceCode &code, const OAuthError &error)> done);

private:
    void getJson(const QUrl &url, std::function<void(const QJsonObject &json, const QString &error)> done);
    void post(const QUrl &url, const QList<QPair<QString, QString>> &form,
              std::function<void(const QJsonObject &json, const OAuthError &error)> done);

    QNetworkAccessManager *m_network;
    AuthConfig m_config;
    Metadata m_metadata;
    QJsonObject m_keys;
};

} // namespace vaultscope
