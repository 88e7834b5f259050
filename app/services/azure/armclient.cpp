#include "armclient.h"

#include "cloudorigins.h"
#include "common/logging.h"
#include "services/auth/tokenprovider.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
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

ArmClient::ArmClient(TokenProvider *tokens, const QUrl &resource, const QString &tenant, OriginCheck check,
                     QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_resourceManager(resource)
    , m_tenant(tenant)
    , m_check(std::move(check))
    , m_network(new QNetworkAccessManager(this))
{
    // A redirect would carry the token to wherever it points: it is an answer, never followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl ArmClient::urlOf(const QString &pathAndQuery, QString *refusal) const
{
    QUrl url;
    if (pathAndQuery.startsWith(QLatin1String("https://")) ||
        pathAndQuery.startsWith(QLatin1String("http://"))) {
        url = QUrl(pathAndQuery, QUrl::StrictMode); // a nextLink
    } else if (pathAndQuery.startsWith(QLatin1Char('/')) && !pathAndQuery.startsWith(QLatin1String("//"))) {
        QString base = m_resourceManager.toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url = QUrl(base + pathAndQuery, QUrl::StrictMode);
    } else {
        *refusal = tr("refused: the answer names '%1', which is not a path from the root")
                       .arg(pathAndQuery.left(200));
        return {};
    }
    *refusal = m_check ? m_check(url) : QString();
    return refusal->isEmpty() ? url : QUrl();
}

namespace {
// What was not requested, and why: logged, and handed back as the read's failure.
ArmError refused(const QString &request, const QString &reason)
{
    qCWarning(lcScan).noquote() << request << reason;
    ArmError e;
    e.request = request;
    e.code = QStringLiteral("refused");
    e.message = reason;
    return e;
}
} // namespace

void ArmClient::refuse(std::shared_ptr<Call> call, const QString &reason)
{
    const ArmError e = refused(QStringLiteral("GET %1").arg(CloudOrigins::originOf(call->url)), reason);
    QTimer::singleShot(0, this, [call, e] { call->done({}, e); });
}

void ArmClient::get(const QString &pathAndQuery,
                    std::function<void(const QJsonObject &, const ArmError &)> done)
{
    auto call = std::make_shared<Call>();
    call->done = std::move(done);
    QString refusal;
    call->url = urlOf(pathAndQuery, &refusal);
    if (!refusal.isEmpty())
        return refuse(call, refusal);
    send(call);
}

void ArmClient::getAll(const QString &pathAndQuery,
                       std::function<void(const QJsonArray &, const ArmError &)> done)
{
    struct List
    {
        QJsonArray items;
        QSet<QString> seen; // the links followed: one seen again is a loop
        int pages = 0;
        QUrl first;
        std::function<void(const QString &)> next;
    };
    auto list = std::make_shared<List>();
    list->first =
        QUrl(pathAndQuery.startsWith(QLatin1Char('/')) ? m_resourceManager.toString() : pathAndQuery);
    const auto fail = [list, done](const QString &request, const QString &reason) {
        list->next = nullptr; // breaks the cycle
        done({}, refused(request, reason));
    };
    list->next = [this, list, done, fail](const QString &link) {
        get(link, [this, list, done, fail, link](const QJsonObject &page, const ArmError &error) {
            if (error.isError()) {
                list->next = nullptr;
                return done({}, error);
            }
            for (const QJsonValue &v : page.value(QLatin1String("value")).toArray())
                list->items.append(v);
            const QString nextLink = page.value(QLatin1String("nextLink")).toString();
            if (nextLink.isEmpty()) {
                list->next = nullptr;
                return done(list->items, {});
            }
            const QString request = QStringLiteral("GET %1").arg(CloudOrigins::originOf(QUrl(link)));
            if (list->seen.contains(nextLink))
                return fail(request, tr("the list's nextLink repeats a page already read: not followed"));
            if (++list->pages >= m_policy.maxPages || list->items.size() > m_policy.maxItems)
                return fail(request, tr("the list goes on beyond %1 pages or %2 items: not read to the end")
                                         .arg(m_policy.maxPages)
                                         .arg(m_policy.maxItems));
            const QUrl nextUrl(nextLink);
            // A relative link is resolved, or refused, as get() does it.
            QString refusal = m_check && !nextUrl.isRelative() ? m_check(nextUrl) : QString();
            if (refusal.isEmpty() && !nextUrl.isRelative() && !CloudOrigins::sameOrigin(nextUrl, list->first))
                refusal = tr("refused: the list's nextLink names %1, not %2 that was asked")
                              .arg(CloudOrigins::originOf(nextUrl), CloudOrigins::originOf(list->first));
            if (!refusal.isEmpty())
                return fail(request, refusal);
            list->seen.insert(nextLink);
            list->next(nextLink);
        });
    };
    list->next(pathAndQuery);
}

void ArmClient::queryResourceGraph(const QJsonObject &body,
                                   std::function<void(const QJsonObject &, const ArmError &)> done)
{
    auto call = std::make_shared<Call>();
    call->done = std::move(done);
    QString refusal;
    call->url = urlOf(QStringLiteral("/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01"),
                      &refusal);
    if (!refusal.isEmpty())
        return refuse(call, refusal);
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
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
            // Bounds that hold however the server answers: the whole request's time and its size,
            // counted while it arrives.
            // The timer is the reply's, so it ends with it (a QTimer::singleShot would stay registered
            // on the thread until it fired, one per request of the scan).
            auto *deadline = new QTimer(reply);
            deadline->setSingleShot(true);
            connect(deadline, &QTimer::timeout, reply, [reply] {
                reply->setProperty("vaultscope.deadline", true);
                reply->abort();
            });
            deadline->start(m_policy.deadlineMs);
            connect(reply, &QNetworkReply::downloadProgress, reply,
                    [reply, max = m_policy.maxBodyBytes](qint64 received, qint64 total) {
                        if (received > max || total > max) {
                            reply->setProperty("vaultscope.tooLarge", true);
                            reply->abort();
                        }
                    });
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
    if (reply->property("vaultscope.deadline").toBool() || reply->property("vaultscope.tooLarge").toBool()) {
        const bool late = reply->property("vaultscope.deadline").toBool();
        e.status = 0;
        e.code = late ? QStringLiteral("deadline") : QStringLiteral("TooLarge");
        e.message = late ? tr("no complete answer within %1 s").arg(m_policy.deadlineMs / 1000)
                         : tr("the answer is larger than %1 MiB: refused").arg(m_policy.maxBodyBytes >> 20);
        return call->done({}, e);
    }
    if (status >= 300 && status < 400) {
        const QUrl target = call->url.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
        e.code = QStringLiteral("Redirect");
        e.message = tr("redirected to %1: not followed (a token never follows a redirect)")
                        .arg(CloudOrigins::originOf(target));
        return call->done({}, e);
    }
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
