#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace vaultscope {

class TokenProvider;

// A failed Resource Manager request, named for people: the request, the HTTP status and Azure's
// own error code and message ({"error": {"code", "message"}}).
struct ArmError
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::ArmError)

public:
    QString request; // "GET https://management.azure.com/subscriptions"
    int status = 0;  // 0: no answer (network, timeout)
    QString code;    // "AuthorizationFailed", "ParseError", "network", …
    QString message;

    bool isError() const { return !code.isEmpty(); }
    QString text() const;
    // Without the request: "403 AuthorizationFailed: The client … does not have authorization …".
    QString reason() const;
};

// Reads Azure Resource Manager (or a Key Vault data plane) for the live scan: GET only, plus POST to
// the Resource Graph query endpoint and nowhere else. Each request carries a bearer token from the
// token provider, and only to a URL the origin check allows: a link an answer names is checked
// before it is requested, and a redirect is never followed. A 401 asks the provider once more; 429
// and 5xx answers and lost connections are retried after Retry-After or a jittered exponential
// backoff, a bounded number of times. Every request has an inactivity timeout, an overall deadline
// and a bound on the answer's size. Lists are read by following nextLink, from the same origin, to
// a page and item bound, and a nextLink seen before ends the list as a failure.
class ArmClient final : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int attempts = 5;       // per request, the first included
        int baseDelayMs = 1000; // backoff without Retry-After: base * 2^n, jittered
        int maxDelayMs = 60000;
        int timeoutMs = 60000;
        // Resource Manager reads left for a subscription (x-ms-ratelimit-remaining-subscription-reads)
        // below which its requests are spaced at the bucket's refill rate instead of running dry.
        int armReadsLowWater = 25;
        // Speak HTTP/2 with prior knowledge to a cleartext endpoint (only a loopback stand-in passes
        // AuthConfig), as Azure speaks HTTP/2 over TLS: many requests share one connection.
        bool http2Cleartext = false;
        // A lost connection (no answer at all) is tried again for this long, whatever `attempts`
        // says: a laptop between networks pauses the scan instead of failing it.
        int connectionLossMs = 120000;
        int deadlineMs = 600000;           // a whole request, however slowly it trickles
        qint64 maxBodyBytes = 256ll << 20; // refused while reading beyond this
        int maxPages = 10000;              // per list
        int maxItems = 5000000;            // per list
    };
    // Empty when a URL may carry this client's token; else why not (CloudOrigins).
    using OriginCheck = std::function<QString(const QUrl &)>;

    // `resource`: the token audience, and the base of relative paths.
    ArmClient(TokenProvider *tokens, const QUrl &resource, const QString &tenant, OriginCheck check,
              QObject *parent = nullptr);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    // pathAndQuery: "/subscriptions?api-version=2022-12-01", or an absolute URL (a nextLink).
    void get(const QString &pathAndQuery, std::function<void(const QJsonObject &, const ArmError &)> done);
    // Every item of a list ({"value": [...], "nextLink": "..."}), page after page.
    void getAll(const QString &pathAndQuery, std::function<void(const QJsonArray &, const ArmError &)> done);
    // POST /providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01 with the body.
    void queryResourceGraph(const QJsonObject &body,
                            std::function<void(const QJsonObject &, const ArmError &)> done);

    int requestsSent() const { return m_sent; }
    int throttledAnswers() const { return m_throttled; }

Q_SIGNALS:
    // A retry is waiting (throttling, a server error, a lost connection): for progress views.
    void waiting(int milliseconds, const QString &reason);

private:
    struct Call;
    void send(std::shared_ptr<Call> call);
    void sendNow(std::shared_ptr<Call> call);
    void pace(const Call &call, QNetworkReply *reply);
    qint64 heldFor(const Call &call) const;
    void answer(std::shared_ptr<Call> call, QNetworkReply *reply);
    // The URL to request, or an empty one with *refusal saying why not.
    QUrl urlOf(const QString &pathAndQuery, QString *refusal) const;
    // Fails the call from the event loop, as an answer would.
    void refuse(std::shared_ptr<Call> call, const QString &reason);

    TokenProvider *m_tokens;
    QUrl m_resourceManager;
    QString m_tenant;
    OriginCheck m_check;
    QNetworkAccessManager *m_network;
    Policy m_policy;
    QHash<QString, qint64> m_heldUntil; // subscription id ("" for tenant level), or "graph" -> msecs
    int m_sent = 0;
    int m_throttled = 0;
};

} // namespace vaultscope
