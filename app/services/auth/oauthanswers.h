#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace vaultscope {

// What a token endpoint answered. Secrets stay in memory: callers hand the refresh token to the
// keychain and nothing else.
struct TokenResponse
{
    QString accessToken;
    QByteArray refreshToken;
    QByteArray idToken;
    QDateTime expiresAt; // UTC
};

struct DeviceCode
{
    QByteArray deviceCode;
    QString userCode;
    QUrl verificationUri;
    QString message;
    int expiresIn = 900;
    int interval = 5;
};

// The endpoints of an OpenID Connect discovery document.
struct OidcMetadata
{
    QString issuer;
    QUrl authorization;
    QUrl token;
    QUrl deviceAuthorization;
    QUrl jwksUri;
};

// The sign-in service's answers, read apart from the network so that the fuzz targets feed them as
// the sign-in does.
class OAuthAnswers
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::OAuthAnswers)

public:
    // Every endpoint must be https on the authority's own host (or, with the loopback option, its
    // plain-http origin on 127.0.0.1): a discovery document never sends a code or a token elsewhere.
    static bool discovery(const QJsonObject &json, const QUrl &authority, bool allowHttpLoopback,
                          OidcMetadata *out, QString *error);
    static TokenResponse token(const QJsonObject &json, const QDateTime &now);
    static DeviceCode deviceCode(const QJsonObject &json);
};

} // namespace vaultscope

Q_DECLARE_METATYPE(vaultscope::DeviceCode)
