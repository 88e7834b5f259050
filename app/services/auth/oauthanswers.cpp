#include "oauthanswers.h"

#include "services/azure/cloudorigins.h"

#include <algorithm>

namespace vaultscope {

namespace {
// The authority's own origin, https; plain http only for an authority on 127.0.0.1 with the option.
bool onAuthorityOrigin(const QUrl &url, const QUrl &authority, bool allowHttpLoopback)
{
    return url.isValid() && url.userInfo().isEmpty() && CloudOrigins::sameOrigin(url, authority) &&
           (url.scheme() == QLatin1String("https") ||
            (allowHttpLoopback && url.host() == QLatin1String("127.0.0.1")));
}

int boundedSeconds(const QJsonValue &v, int fallback)
{
    const double seconds = v.isString() ? v.toString().toDouble() : v.toDouble(fallback);
    return seconds > 0 && seconds < 86400 * 365 ? int(seconds) : fallback;
}
} // namespace

bool OAuthAnswers::discovery(const QJsonObject &json, const QUrl &authority, bool allowHttpLoopback,
                             OidcMetadata *out, QString *error)
{
    const QString where = authority.toString() + QLatin1String("/v2.0/.well-known/openid-configuration");
    OidcMetadata m;
    m.issuer = json.value(QLatin1String("issuer")).toString();
    m.authorization = QUrl(json.value(QLatin1String("authorization_endpoint")).toString(), QUrl::StrictMode);
    m.token = QUrl(json.value(QLatin1String("token_endpoint")).toString(), QUrl::StrictMode);
    const QString device = json.value(QLatin1String("device_authorization_endpoint")).toString();
    if (!device.isEmpty())
        m.deviceAuthorization = QUrl(device, QUrl::StrictMode);
    m.jwksUri = QUrl(json.value(QLatin1String("jwks_uri")).toString(), QUrl::StrictMode);
    if (m.issuer.isEmpty() || m.token.isEmpty() || m.jwksUri.isEmpty() || m.authorization.isEmpty()) {
        *error = tr("%1 is not an OpenID Connect discovery document").arg(where);
        return false;
    }
    const std::pair<const char *, QUrl> endpoints[] = {
        {"authorization_endpoint", m.authorization},
        {"token_endpoint", m.token},
        {"device_authorization_endpoint", m.deviceAuthorization},
        {"jwks_uri", m.jwksUri}};
    for (const auto &[name, url] : endpoints) {
        if (url.isEmpty() && QLatin1String(name) == QLatin1String("device_authorization_endpoint"))
            continue; // optional: the device-code sign-in says so when it is missing
        if (!onAuthorityOrigin(url, authority, allowHttpLoopback)) {
            *error = tr("%1 names %2 as its %3; Vaultscope sends codes and tokens to the authority's own "
                        "host (%4) over https only")
                         .arg(where, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).left(200),
                              QLatin1String(name), authority.host());
            return false;
        }
    }
    *out = m;
    return true;
}

TokenResponse OAuthAnswers::token(const QJsonObject &json, const QDateTime &now)
{
    TokenResponse t;
    t.accessToken = json.value(QLatin1String("access_token")).toString();
    t.refreshToken = json.value(QLatin1String("refresh_token")).toString().toUtf8();
    t.idToken = json.value(QLatin1String("id_token")).toString().toUtf8();
    t.expiresAt = now.addSecs(boundedSeconds(json.value(QLatin1String("expires_in")), 3600));
    return t;
}

DeviceCode OAuthAnswers::deviceCode(const QJsonObject &json)
{
    DeviceCode d;
    d.deviceCode = json.value(QLatin1String("device_code")).toString().toUtf8();
    d.userCode = json.value(QLatin1String("user_code")).toString();
    d.verificationUri = QUrl(json.value(QLatin1String("verification_uri")).toString());
    d.message = json.value(QLatin1String("message")).toString();
    d.expiresIn = boundedSeconds(json.value(QLatin1String("expires_in")), 900);
    d.interval = std::clamp(boundedSeconds(json.value(QLatin1String("interval")), 5), 1, 60);
    return d;
}

} // namespace vaultscope
