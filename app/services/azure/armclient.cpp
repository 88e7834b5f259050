#include "armclient.h"

#include "common/logging.h"
#include "services/auth/tokenprovider.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

namespace vaultscope {

QString ArmError::reason() const
{
    if (status == 0)
        return message.isEmpty() ? code : message;
    return QStringLiteral("%1 %2: %3").arg(status).arg(code, message);
}

QString ArmError::text() const
{
    if (status == 0)
        return tr("%1: no answer (%2)").arg(request, message);
    return tr("%1 answered %2 %3: %4").arg(request).arg(status).arg(code, message);
}

struct ArmClient::Call
{
    QUrl url;
    QByteArray body; // POST to Resource Graph when set
    int attempt = 0;
    bool tokenRenewed = false;
    QElapsedTimer lostSince; // the first answer of a connection loss
    std::function<void(const QJsonObject &, const ArmError &)> done;
};

ArmClient::ArmClient(TokenProvider *tokens, const QUrl &resourceManager, const QString &tenant,
                     QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_resourceManager(resourceManager)
    , m_tenant(tenant)
    , m_network(new QNetworkAccessManager(this))
{
}

QUrl ArmClient::urlOf(const QString &pathAndQuery) const
{
    if (pathAndQuery.startsWith(QLatin1String("https://")) ||
        pathAndQuery.startsWith(QLatin1String("http://")))
        return QUrl(pathAndQuery); // a nextLink
    QString base = m_resourceManager.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + pathAndQuery);
}

void ArmClient::get(const QString &pathAndQuery,
                    std::function<void(const QJsonObject &, const ArmError &)> done)
{
    auto call = std::make_shared<Call>();
    call->url = urlOf(pathAndQuery);
    call->done = std::move(done);
    send(call);
}

void ArmClient::getAll(const QString &pathAndQuery,
                       std::function<void(const QJsonArray &, const ArmError &)> done)
{
    auto items = std::make_shared<QJsonArray>();
    auto next = std::make_shared<std::function<void(const QString &)>>();
    *next = [this, items, next, done](const QString &link) {
        get(link, [items, next, done](const QJsonObject &page, const ArmError &error) {
            if (error.isError()) {
                done({}, error);
                *next = nullptr; // breaks the cycle
                return;
            }
            for (const QJsonValue &v : page.value(QLatin1String("value")).toArray())
                items->append(v);
            const QString nextLink = page.value(QLatin1String("nextLink")).toString();
            if (nextLink.isEmpty()) {
                done(*items, {});
                *next = nullptr;
            } else {
                (*next)(nextLink);
            }
        });
    };
    (*next)(pathAndQuery);
}

void ArmClient::queryResourceGraph(const QJsonObject &body,
                                   std::function<void(const QJsonObject &, const ArmError &)> done)
{
    auto call = std::make_shared<Call>();
    call->url = urlOf(QStringLiteral("/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01"));
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->done = std::move(done);
    send(call);
}

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The quota bucket a request draws from: Resource Graph's per user, Resource Manager's per subscription.
QString bucketOf(const QUrl &url, bool graph)
{
    if (graph)
        return QStringLiteral("graph");
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return parts.size() > 1 && parts.at(0).compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0
               ? parts.at(1).toLower()
               : QString();
}

// "00:00:03" (Resource Graph's x-ms-user-quota-resets-after) in milliseconds.
qint64 resetsAfterMs(const QByteArray &value)
{
    const QList<QByteArray> parts = value.split(':');
    if (parts.size() != 3)
        return 0;
    return (parts.at(0).toLongLong() * 3600 + parts.at(1).toLongLong() * 60) * 1000 +
           qint64(parts.at(2).toDouble() * 1000);
}
} // namespace

qint64 ArmClient::heldFor(const Call &call) const
{
    return m_heldUntil.value(bucketOf(call.url, !call.body.isNull())) - nowMs();
}

void ArmClient::pace(const Call &call, QNetworkReply *reply)
{
    const QString bucket = bucketOf(call.url, !call.body.isNull());
    if (reply->hasRawHeader("x-ms-user-quota-remaining")) {
        // Resource Graph: when the window's queries are spent, hold until it resets.
        if (reply->rawHeader("x-ms-user-quota-remaining").toInt() <= 0)
            m_heldUntil.insert(
                bucket, nowMs() + resetsAfterMs(reply->rawHeader("x-ms-user-quota-resets-after")) + 100);
        return;
    }
    const QByteArray reads = reply->rawHeader("x-ms-ratelimit-remaining-subscription-reads");
    if (!reads.isEmpty() && reads.toInt() < m_policy.armReadsLowWater) {
        // Space the next reads at the bucket's refill rate (25 a second) until it fills again.
        const qint64 until = std::max(m_heldUntil.value(bucket), nowMs()) + 40;
        m_heldUntil.insert(bucket, until);
    }
}

void ArmClient::send(std::shared_ptr<Call> call)
{
    const qint64 hold = heldFor(*call);
    if (hold <= 0)
        return sendNow(call);
    if (hold >= 500)
        Q_EMIT waiting(int(hold), call->body.isNull()
                                      ? tr("Resource Manager's read quota is low: spacing requests")
                                      : tr("Resource Graph's query quota is spent until the "
                                           "next window"));
    QTimer::singleShot(int(hold), this, [this, call] { send(call); });
}

void ArmClient::sendNow(std::shared_ptr<Call> call)
{
    m_tokens->bearerToken(
        m_resourceManager, m_tenant, this, [this, call](const QString &token, const QString &error) {
            if (!error.isEmpty()) {
                ArmError e;
                e.request = call->url.toString(QUrl::RemoveQuery);
                e.code = QStringLiteral("token");
                e.message = error;
                return call->done({}, e);
            }
            QNetworkRequest request(call->url);
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setTransferTimeout(m_policy.timeoutMs);
            if (m_policy.http2Cleartext && call->url.scheme() == QLatin1String("http"))
                request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
            ++m_sent;
            QNetworkReply *reply;
            if (call->body.isNull()) {
                reply = m_network->get(request);
            } else {
                request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
                reply = m_network->post(request, call->body);
            }
            connect(reply, &QNetworkReply::finished, this, [this, call, reply] { answer(call, reply); });
        });
}

void ArmClient::answer(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    pace(*call, reply);
    ArmError e;
    e.request =
        QStringLiteral("%1 %2").arg(call->body.isNull() ? QStringLiteral("GET") : QStringLiteral("POST"),
                                    call->url.toString(QUrl::RemoveQuery));
    e.status = status;
    if (status == 401 && !call->tokenRenewed) {
        // The token may have expired in flight: one fresh token, then the answer stands.
        call->tokenRenewed = true;
        m_tokens->forgetToken(m_resourceManager);
        return send(call);
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    // A success whose body breaks off is a transfer that failed: asked again, like a lost connection.
    const bool cutShort = status >= 200 && status < 300 && !doc.isObject();
    const bool retryable = status == 429 || status >= 500 || cutShort ||
                           (status == 0 && reply->error() != QNetworkReply::NoError);
    const bool lost = status == 0 && reply->error() != QNetworkReply::NoError;
    if (lost && !call->lostSince.isValid())
        call->lostSince.start();
    const bool waitingOutLoss = lost && call->lostSince.elapsed() < m_policy.connectionLossMs;
    if (retryable && (++call->attempt < m_policy.attempts || waitingOutLoss)) {
        if (status == 429)
            ++m_throttled;
        const int retryAfter = reply->rawHeader("Retry-After").toInt() * 1000;
        const int backoff =
            std::min(m_policy.maxDelayMs, m_policy.baseDelayMs << std::min(call->attempt - 1, 16));
        const int delay = retryAfter > 0
                              ? std::min(retryAfter, m_policy.maxDelayMs)
                              : backoff / 2 + int(QRandomGenerator::global()->bounded(backoff / 2 + 1));
        const QString reason = cutShort ? tr("%1: the answer broke off").arg(e.request)
                               : status ? tr("%1 answered %2").arg(e.request).arg(status)
                                        : tr("%1: no connection (%2); trying again for %3 s at most")
                                              .arg(e.request, reply->errorString())
                                              .arg(m_policy.connectionLossMs / 1000);
        qCInfo(lcScan) << "retry in" << delay << "ms:" << reason;
        Q_EMIT waiting(delay, reason);
        QTimer::singleShot(delay, this, [this, call] { send(call); });
        return;
    }
    if (status >= 200 && status < 300 && doc.isObject())
        return call->done(doc.object(), {});
    if (status == 0) {
        e.code = QStringLiteral("network");
        e.message = reply->errorString();
    } else if (doc.isObject() && doc.object().value(QLatin1String("error")).isObject()) {
        const QJsonObject error = doc.object().value(QLatin1String("error")).toObject();
        e.code = error.value(QLatin1String("code")).toString();
        e.message = error.value(QLatin1String("message")).toString();
    } else if (status >= 200 && status < 300) {
        e.code = QStringLiteral("ParseError");
        e.message = tr("the answer is not complete JSON (%1 at offset %2)")
                        .arg(parse.errorString())
                        .arg(parse.offset);
    } else {
        e.code = QStringLiteral("HttpError");
        e.message = QString::fromUtf8(bytes.left(200));
    }
    call->done({}, e);
}

} // namespace vaultscope
