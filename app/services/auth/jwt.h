#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace vaultscope {

// A signed JSON Web Token, split but not yet trusted.
struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // "<header>.<payload>" as received
    QByteArray signature;

    static bool parse(const QByteArray &token, Jwt *out, QString *error);
};

// What an ID token must say to be accepted (OpenID Connect Core 3.1.3.7).
struct IdTokenExpectations
{
    QString issuer;   // from discovery; "{tenantid}" stands for the token's own tid
    QString clientId; // the audience
    QString nonce;    // sent with the authorization request; empty: not checked (device code, refresh)
    QDateTime now = QDateTime::currentDateTimeUtc();
    int skewSeconds = 300;
};

class IdTokenVerifier
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::IdTokenVerifier)

public:
    // Verifies the RS256 signature against the provider's keys (a JWKS document) with OpenSSL, then
    // iss, aud, exp, nbf, iat and nonce. *claims holds the verified claims.
    static bool verify(const QByteArray &token, const QJsonObject &jwks, const IdTokenExpectations &expect,
                       QJsonObject *claims, QString *error);
};

// base64url without padding, as JWTs and PKCE use it.
QByteArray base64Url(const QByteArray &bytes);
// Cryptographically random bytes as base64url (state, nonce, PKCE verifier).
QByteArray randomToken(int bytes);
// The PKCE S256 challenge of a verifier.
QByteArray pkceChallenge(const QByteArray &verifier);

} // namespace vaultscope
