#include "jwt.h"

#include "policy/jsonvalues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

namespace vaultscope {

namespace {

QByteArray fromBase64Url(const QByteArray &text, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                                 QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return *result;
}

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBuild = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;

// Keys shorter than this are refused, whatever signs with them (NIST SP 800-131A).
constexpr int kMinRsaBits = 2048;

// An RSA public key from a JWK's modulus and exponent; none when the modulus is under kMinRsaBits.
Pkey rsaKey(const QJsonObject &jwk)
{
    bool okN = false, okE = false;
    QByteArray n = fromBase64Url(jwk.value(QLatin1String("n")).toString().toLatin1(), &okN);
    const QByteArray e = fromBase64Url(jwk.value(QLatin1String("e")).toString().toLatin1(), &okE);
    while (n.startsWith('\0'))
        n.remove(0, 1);
    if (!okN || !okE || n.isEmpty() || e.isEmpty() || n.size() * 8 < kMinRsaBits)
        return {};
    Bn bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    Bn be(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    ParamBuild build(OSSL_PARAM_BLD_new());
    if (!bn || !be || !build || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) ||
        !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, be.get()))
        return {};
    Params params(OSSL_PARAM_BLD_to_param(build.get()));
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return {};
    return Pkey(key);
}

bool verifyRs256(const Jwt &jwt, const QJsonObject &jwk)
{
    const Pkey key = rsaKey(jwk);
    MdCtx ctx(EVP_MD_CTX_new());
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(jwt.signature.constData()),
                            size_t(jwt.signature.size()),
                            reinterpret_cast<const unsigned char *>(jwt.signingInput.constData()),
                            size_t(jwt.signingInput.size())) == 1;
}

} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), bytes) != 1)
        qFatal("OpenSSL could not produce random bytes");
    return base64Url(raw);
}

QByteArray pkceChallenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool Jwt::parse(const QByteArray &token, Jwt *out, QString *error)
{
    const QList<QByteArray> parts = token.split('.');
    bool okHeader = false, okPayload = false, okSignature = false;
    Jwt jwt;
    if (parts.size() == 3) {
        const QByteArray header = fromBase64Url(parts.at(0), &okHeader);
        const QByteArray payload = fromBase64Url(parts.at(1), &okPayload);
        jwt.signature = fromBase64Url(parts.at(2), &okSignature);
        jwt.header = QJsonDocument::fromJson(header).object();
        jwt.claims = QJsonDocument::fromJson(payload).object();
        jwt.signingInput = parts.at(0) + '.' + parts.at(1);
    }
    if (!okHeader || !okPayload || !okSignature || jwt.header.isEmpty() || jwt.claims.isEmpty()) {
        *error = IdTokenVerifier::tr("the ID token is not a signed JWT");
        return false;
    }
    *out = jwt;
    return true;
}

bool IdTokenVerifier::verify(const QByteArray &token, const QJsonObject &jwks,
                             const IdTokenExpectations &expect, QJsonObject *claims, QString *error)
{
    Jwt jwt;
    if (!Jwt::parse(token, &jwt, error))
        return false;
    if (jwt.header.value(QLatin1String("alg")).toString() != QLatin1String("RS256")) {
        *error = tr("the ID token is signed with %1, not RS256")
                     .arg(jwt.header.value(QLatin1String("alg")).toString());
        return false;
    }
    const QString kid = jwt.header.value(QLatin1String("kid")).toString();
    bool signatureOk = false;
    for (const QJsonValue &k : jwks.value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = k.toObject();
        // A key meant for encryption, or for another algorithm, never verifies a signature.
        const QString use = jwk.value(QLatin1String("use")).toString();
        const QString alg = jwk.value(QLatin1String("alg")).toString();
        if ((!use.isEmpty() && use != QLatin1String("sig")) ||
            (!alg.isEmpty() && alg != QLatin1String("RS256")))
            continue;
        if (jwk.value(QLatin1String("kty")).toString() == QLatin1String("RSA") &&
            (kid.isEmpty() || jwk.value(QLatin1String("kid")).toString() == kid) && verifyRs256(jwt, jwk)) {
            signatureOk = true;
            break;
        }
    }
    if (!signatureOk) {
        *error = tr("the ID token's signature does not verify against the provider's keys");
        return false;
    }
    const QJsonObject &c = jwt.claims;
    const QString tid = c.value(QLatin1String("tid")).toString();
    QString issuer = expect.issuer;
    issuer.replace(QLatin1String("{tenantid}"), tid);
    if (c.value(QLatin1String("iss")).toString() != issuer) {
        *error = tr("the ID token comes from %1, not from %2")
                     .arg(c.value(QLatin1String("iss")).toString(), issuer);
        return false;
    }
    const QJsonValue aud = c.value(QLatin1String("aud"));
    const bool audOk =
        aud.isArray() ? aud.toArray().contains(expect.clientId) : aud.toString() == expect.clientId;
    if (!audOk) {
        *error = tr("the ID token is meant for another application");
        return false;
    }
    // With several audiences, the authorized party must be this application (OIDC Core 3.1.3.7).
    if (aud.isArray() && (aud.toArray().size() > 1 || c.contains(QLatin1String("azp"))) &&
        c.value(QLatin1String("azp")).toString() != expect.clientId) {
        *error = tr("the ID token was issued to another party (azp)");
        return false;
    }
    for (const char *name : {"nbf", "iat"}) {
        if (c.contains(QLatin1String(name)) && !c.value(QLatin1String(name)).isDouble()) {
            *error = tr("the ID token's %1 is not a number").arg(QLatin1String(name));
            return false;
        }
    }
    const qint64 now = expect.now.toSecsSinceEpoch();
    if (!c.value(QLatin1String("exp")).isDouble() ||
        policy::toInt64(c.value(QLatin1String("exp")).toDouble()) < now - expect.skewSeconds) {
        *error = tr("the ID token has expired");
        return false;
    }
    if (c.contains(QLatin1String("nbf")) &&
        policy::toInt64(c.value(QLatin1String("nbf")).toDouble()) > now + expect.skewSeconds) {
        *error = tr("the ID token is not valid yet");
        return false;
    }
    if (!expect.nonce.isEmpty() && c.value(QLatin1String("nonce")).toString() != expect.nonce) {
        *error = tr("the ID token does not answer this sign-in (nonce mismatch)");
        return false;
    }
    *claims = c;
    return true;
}

} // namespace vaultscope
