// The Resource Manager client of the live scan against a fake on 127.0.0.1: paging by nextLink,
// 429 with Retry-After, 5xx with backoff, a 401 that gets one fresh token, errors that name the
// request and Azure's code, truncated JSON, and only GET plus the Resource Graph POST on the wire.
// Trust and bounds: the origins each cloud allows, redirects answered but never followed, links to
// another origin refused before any connection, lists that loop or never end, answers too large or
// too slow.
#include "services/auth/authconfig.h"
#include "services/auth/tokenprovider.h"
#include "services/azure/armclient.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace vaultscope;

namespace {

// Hands out "token-1", "token-2", … : a new one after each forgetToken().
class CountingTokens : public TokenProvider
{
public:
    int issued = 1;
    int forgotten = 0;
    void bearerToken(const QUrl &, const QString &, QObject *, Done done) override
    {
        done(QStringLiteral("token-%1").arg(issued), {});
    }
    void forgetToken(const QUrl &) override
    {
        ++forgotten;
        ++issued;
    }
};

// Answers from a script: each request takes the next scripted answer for its path.
class FakeArm : public QObject
{
public:
    struct Answer
    {
        int status;
        QByteArray body;
        QByteArray extraHeaders;
    };
    QHash<QByteArray, QList<Answer>> script; // path -> answers in order
    QStringList seen;                        // "METHOD path bearer"

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    int connections = 0; // accepted, whatever was said on them
    void close() { m_server.close(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }

    FakeArm()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            ++connections;
            auto *buffer = new QByteArray;
            connect(s, &QObject::destroyed, s, [buffer] { delete buffer; });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                *buffer += s->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype length = buffer->mid(buffer->toLower().indexOf("content-length:") + 15)
                                             .split('\r')
                                             .value(0)
                                             .trimmed()
                                             .toInt();
                if (buffer->size() < end + 4 + (buffer->toLower().contains("content-length:") ? length : 0))
                    return;
                const QList<QByteArray> line = buffer->left(buffer->indexOf("\r\n")).split(' ');
                const QByteArray path = line.value(1).split('?').value(0);
                const qsizetype auth = buffer->indexOf("Authorization: Bearer ");
                seen.append(QString::fromLatin1(line.value(0) + ' ' + path + ' ' +
                                                buffer->mid(auth + 22).split('\r').value(0)));
                buffer->clear();
                QList<Answer> &answers = script[path];
                const Answer a =
                    answers.isEmpty()
                        ? Answer{404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no such path\"}}", {}}
                        : answers.takeFirst();
                if (a.status == 0)
                    return; // holds the request: no answer at all
                s->write("HTTP/1.1 " + QByteArray::number(a.status) +
                         " X\r\nContent-Type: application/json\r\n" + a.extraHeaders +
                         "Connection: close\r\nContent-Length: " + QByteArray::number(a.body.size()) +
                         "\r\n\r\n" + a.body);
                s->disconnectFromHost();
            });
        });
    }

private:
    QTcpServer m_server;
};

struct Result
{
    QJsonObject object;
    QJsonArray items;
    ArmError error;
    bool done = false;
};

} // namespace

class TestArmClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAreFollowed();
    void throttlingAndServerErrorsAreRetried();
    void unauthorizedGetsOneFreshToken();
    void errorsNameTheRequestAndAzuresCode();
    void truncatedJsonIsAnError();
    void connectionLossIsWaitedOut();
    void resourceGraphIsThePostAndNothingElse();
    void originsOfTheClouds_data();
    void originsOfTheClouds();
    void linksToAnotherOriginAreNeverRequested();
    void listsThatLoopOrNeverEndStop();
    void answersTooLargeOrTooSlowAreRefused();

private:
    // The loopback stand-in's origins, as a test sign-in with --allow-http-loopback has them.
    static CloudOrigins loopback(const QUrl &arm)
    {
        AuthConfig c;
        c.cloud = AuthConfig::Custom;
        c.authorityHost = QStringLiteral("https://login.example.test");
        c.resourceManager = arm.toString();
        c.allowHttpLoopback = true;
        return c.origins();
    }
};

void TestArmClient::pagesAreFollowed()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    const QByteArray next =
        arm.url().toString().toUtf8() + "subscriptions?api-version=2022-12-01&%24skiptoken=2";
    arm.script["/subscriptions"] = {
        {200,
         "{\"value\":[{\"subscriptionId\":\"a\"},{\"subscriptionId\":\"b\"}],\"nextLink\":\"" + next + "\"}",
         {}},
        {200, "{\"value\":[{\"subscriptionId\":\"c\"}]}", {}}};
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    Result r;
    client.getAll(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                  [&](const QJsonArray &items, const ArmError &e) {
                      r.items = items;
                      r.error = e;
                      r.done = true;
                  });
    QTRY_VERIFY(r.done);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
    QCOMPARE(r.items.size(), 3);
    QCOMPARE(r.items.at(2)[QLatin1String("subscriptionId")].toString(), QStringLiteral("c"));
    QCOMPARE(arm.seen.size(), 2);
    QCOMPARE(arm.seen.at(0), QStringLiteral("GET /subscriptions token-1"));
}

void TestArmClient::throttlingAndServerErrorsAreRetried()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    arm.script["/x"] = {
        {429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}", "Retry-After: 1\r\n"},
        {500, "{}", {}},
        {503, "{}", {}},
        {200, "{\"ok\":true}", {}}};
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    client.setPolicy({5, 20, 200, 10000});
    QList<int> waits;
    connect(&client, &ArmClient::waiting, this, [&waits](int ms, const QString &) { waits.append(ms); });
    Result r;
    client.get(QStringLiteral("/x"), [&](const QJsonObject &o, const ArmError &e) {
        r.object = o;
        r.error = e;
        r.done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 20000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
    QVERIFY(r.object.value(QLatin1String("ok")).toBool());
    QCOMPARE(client.requestsSent(), 4);
    QCOMPARE(client.throttledAnswers(), 1);
    QCOMPARE(waits.size(), 3);
    QCOMPARE(waits.first(), 200); // Retry-After, capped by the policy's longest wait

    // Bounded: an endpoint that never recovers ends with its error after the attempts.
    arm.script["/down"] = QList<FakeArm::Answer>(
        3, {503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"down\"}}", {}});
    client.setPolicy({3, 10, 50, 10000});
    Result down;
    client.get(QStringLiteral("/down"), [&](const QJsonObject &, const ArmError &e) {
        down.error = e;
        down.done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(down.done, 20000);
    QCOMPARE(down.error.status, 503);
    QCOMPARE(down.error.code, QStringLiteral("ServiceUnavailable"));
}

void TestArmClient::unauthorizedGetsOneFreshToken()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    arm.script["/y"] = {
        {401, "{\"error\":{\"code\":\"ExpiredAuthenticationToken\",\"message\":\"expired\"}}", {}},
        {200, "{\"ok\":true}", {}}};
    arm.script["/z"] = QList<FakeArm::Answer>(
        3, {401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"no\"}}", {}});
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    Result r;
    client.get(QStringLiteral("/y"), [&](const QJsonObject &o, const ArmError &e) {
        r.object = o;
        r.error = e;
        r.done = true;
    });
    QTRY_VERIFY(r.done);
    QVERIFY(!r.error.isError());
    QCOMPARE(arm.seen, (QStringList{QStringLiteral("GET /y token-1"), QStringLiteral("GET /y token-2")}));
    // Refused again with the fresh token: the answer stands, no loop.
    Result z;
    client.get(QStringLiteral("/z"), [&](const QJsonObject &, const ArmError &e) {
        z.error = e;
        z.done = true;
    });
    QTRY_VERIFY(z.done);
    QCOMPARE(z.error.status, 401);
    QCOMPARE(tokens.forgotten, 2);
}

void TestArmClient::errorsNameTheRequestAndAzuresCode()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    arm.script["/subscriptions/s1/providers/Microsoft.KeyVault/vaults"] = {
        {403,
         "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client does not have "
         "authorization.\"}}",
         {}}};
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    Result r;
    client.getAll(
        QStringLiteral("/subscriptions/s1/providers/Microsoft.KeyVault/vaults?api-version=2025-05-01"),
        [&](const QJsonArray &, const ArmError &e) {
            r.error = e;
            r.done = true;
        });
    QTRY_VERIFY(r.done);
    QCOMPARE(r.error.status, 403);
    QCOMPARE(r.error.code, QStringLiteral("AuthorizationFailed"));
    QVERIFY(r.error.text().contains(QStringLiteral("GET ") + arm.url().toString() +
                                    QStringLiteral("subscriptions/s1/providers/Microsoft.KeyVault/vaults")));
    QVERIFY(r.error.text().contains(QStringLiteral("403")));
}

void TestArmClient::truncatedJsonIsAnError()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    // Asked again once (a transfer that broke off), then refused whole.
    const QByteArray cut = "{\"value\":[{\"id\":\"/subscriptions/a\"},{\"id\":";
    arm.script["/t"] = {{200, cut, {}}, {200, cut, {}}};
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    client.setPolicy({2, 10, 50, 10000});
    Result r;
    client.getAll(QStringLiteral("/t"), [&](const QJsonArray &items, const ArmError &e) {
        r.items = items;
        r.error = e;
        r.done = true;
    });
    QTRY_VERIFY(r.done);
    QCOMPARE(r.error.code, QStringLiteral("ParseError"));
    QVERIFY(r.items.isEmpty()); // nothing half-read is handed on
    QVERIFY(r.error.text().contains(QStringLiteral("not complete JSON")));
    QCOMPARE(arm.seen.size(), 2);
}

void TestArmClient::connectionLossIsWaitedOut()
{
    // A port nobody listens on: the connection is refused until the fake starts there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    CountingTokens tokens;
    ArmClient client(&tokens, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QStringLiteral("t"),
                     {});
    ArmClient::Policy policy{2, 50, 200, 10000};
    policy.connectionLossMs = 20000; // longer than two attempts take
    client.setPolicy(policy);
    QStringList waits;
    connect(&client, &ArmClient::waiting, this,
            [&waits](int, const QString &reason) { waits.append(reason); });
    Result r;
    client.get(QStringLiteral("/back"), [&](const QJsonObject &o, const ArmError &e) {
        r.object = o;
        r.error = e;
        r.done = true;
    });
    QTRY_VERIFY(waits.size() >= 3); // more than `attempts` allows for other failures
    QVERIFY(!r.done);
    QVERIFY(waits.first().contains(QLatin1String("no connection")));
    FakeArm arm;
    QVERIFY(arm.listen(port));
    arm.script["/back"] = {{200, "{\"ok\":true}", {}}};
    QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.text()));
    QCOMPARE(r.object.value(QLatin1String("ok")).toBool(), true);

    // Never back: given up after the bound, with the cause.
    arm.close();
    policy.connectionLossMs = 300;
    client.setPolicy(policy);
    Result gone;
    client.get(QStringLiteral("/gone"), [&](const QJsonObject &, const ArmError &e) {
        gone.error = e;
        gone.done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(gone.done, 10000);
    QCOMPARE(gone.error.code, QStringLiteral("network"));
}

void TestArmClient::resourceGraphIsThePostAndNothingElse()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    arm.script["/providers/Microsoft.ResourceGraph/resources"] = {
        {200,
         "{\"totalRecords\":1,\"count\":1,\"resultTruncated\":\"false\",\"data\":[{\"id\":\"/v\"}]}",
         {}}};
    arm.script["/subscriptions"] = {{200, "{\"value\":[]}", {}}};
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    Result graph, list;
    client.queryResourceGraph(
        QJsonObject{{QStringLiteral("query"), QStringLiteral("resources | project id")}},
        [&](const QJsonObject &o, const ArmError &e) {
            graph.object = o;
            graph.error = e;
            graph.done = true;
        });
    client.getAll(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                  [&](const QJsonArray &, const ArmError &e) {
                      list.error = e;
                      list.done = true;
                  });
    QTRY_VERIFY(graph.done && list.done);
    QCOMPARE(graph.object.value(QLatin1String("count")).toInt(), 1);
    for (const QString &request : std::as_const(arm.seen)) {
        const bool get = request.startsWith(QLatin1String("GET "));
        const bool graphPost =
            request.startsWith(QLatin1String("POST /providers/Microsoft.ResourceGraph/resources "));
        QVERIFY2(get || graphPost, qPrintable(request));
    }
    QCOMPARE(arm.seen.size(), 2);
}

void TestArmClient::originsOfTheClouds_data()
{
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("resourceManager");
    QTest::addColumn<bool>("dataPlane");
    const int pub = AuthConfig::AzurePublic, gov = AuthConfig::AzureUsGovernment, cn = AuthConfig::AzureChina;
    QTest::newRow("arm") << pub << "https://management.azure.com/subscriptions?x=1" << true << false;
    QTest::newRow("arm port 443") << pub << "https://management.azure.com:443/s" << true << false;
    QTest::newRow("arm other port") << pub << "https://management.azure.com:8443/s" << false << false;
    QTest::newRow("arm as prefix") << pub << "https://management.azure.com.evil.example/s" << false << false;
    QTest::newRow("arm over http") << pub << "http://management.azure.com/s" << false << false;
    QTest::newRow("arm with user") << pub << "https://u@management.azure.com/s" << false << false;
    QTest::newRow("vault") << pub << "https://contoso.vault.azure.net/keys" << false << true;
    QTest::newRow("hsm") << pub << "https://contoso.managedhsm.azure.net/keys" << false << true;
    QTest::newRow("vault, two labels") << pub << "https://a.contoso.vault.azure.net/keys" << false << false;
    QTest::newRow("suffix alone") << pub << "https://vault.azure.net/keys" << false << false;
    QTest::newRow("vault as prefix") << pub << "https://contoso.vault.azure.net.evil.example/" << false
                                     << false;
    QTest::newRow("vault over http") << pub << "http://contoso.vault.azure.net/keys" << false << false;
    QTest::newRow("vault other port") << pub << "https://contoso.vault.azure.net:444/keys" << false << false;
    QTest::newRow("foreign") << pub << "https://x.example/keys" << false << false;
    QTest::newRow("gov vault in public")
        << pub << "https://contoso.vault.usgovcloudapi.net/" << false << false;
    QTest::newRow("gov vault") << gov << "https://contoso.vault.usgovcloudapi.net/" << false << true;
    QTest::newRow("gov hsm") << gov << "https://contoso.managedhsm.usgovcloudapi.net/" << false << true;
    QTest::newRow("gov arm") << gov << "https://management.usgovcloudapi.net/s" << true << false;
    QTest::newRow("china vault") << cn << "https://contoso.vault.azure.cn/" << false << true;
    QTest::newRow("china hsm") << cn << "https://contoso.managedhsm.azure.cn/" << false << true;
    QTest::newRow("public vault in china") << cn << "https://contoso.vault.azure.net/" << false << false;
}

void TestArmClient::originsOfTheClouds()
{
    QFETCH(int, cloud);
    QFETCH(QString, url);
    QFETCH(bool, resourceManager);
    QFETCH(bool, dataPlane);
    AuthConfig c;
    c.cloud = AuthConfig::Cloud(cloud);
    const CloudOrigins origins = c.origins();
    QCOMPARE(origins.resourceManagerRefusal(QUrl(url)).isEmpty(), resourceManager);
    QCOMPARE(origins.dataPlaneRefusal(QUrl(url)).isEmpty(), dataPlane);
    if (!dataPlane)
        QVERIFY2(origins.dataPlaneRefusal(QUrl(url)).contains(QStringLiteral("not a Key Vault host of")),
                 qPrintable(origins.dataPlaneRefusal(QUrl(url))));
    QVERIFY(origins.validity().isEmpty());
}

void TestArmClient::linksToAnotherOriginAreNeverRequested()
{
    FakeArm arm, foreign;
    QVERIFY(arm.listen() && foreign.listen());
    const QByteArray elsewhere = foreign.url().toString().toUtf8() + "x?api-version=1";
    arm.script["/redirect"] = {{307, "", "Location: " + elsewhere + "\r\n"}};
    arm.script["/next"] = {{200, "{\"value\":[1],\"nextLink\":\"" + elsewhere + "\"}", {}}};
    arm.script["/relative"] = {{200, "{\"value\":[1],\"nextLink\":\"x?page=2\"}", {}}};
    CountingTokens tokens;
    const CloudOrigins origins = loopback(arm.url());
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"),
                     [origins](const QUrl &url) { return origins.resourceManagerRefusal(url); });
    QMap<QString, ArmError> errors;
    for (const QString &path :
         {QStringLiteral("/redirect"), QStringLiteral("/next"), QStringLiteral("/relative"),
          QString::fromUtf8(elsewhere), QStringLiteral("http://localhost:%1/x").arg(arm.url().port())})
        client.getAll(path,
                      [&errors, path](const QJsonArray &, const ArmError &e) { errors.insert(path, e); });
    QTRY_COMPARE(errors.size(), 5);
    QCOMPARE(errors.value(QStringLiteral("/redirect")).code, QStringLiteral("Redirect"));
    const QString foreignOrigin = QStringLiteral("http://127.0.0.1:%1").arg(foreign.url().port());
    QVERIFY2(errors.value(QStringLiteral("/redirect"))
                 .message.contains(QStringLiteral("redirected to ") + foreignOrigin),
             qPrintable(errors.value(QStringLiteral("/redirect")).message));
    QVERIFY(errors.value(QStringLiteral("/next")).message.startsWith(QStringLiteral("refused:")));
    QVERIFY2(errors.value(QStringLiteral("/relative"))
                 .message.contains(QStringLiteral("not a path from the root")),
             qPrintable(errors.value(QStringLiteral("/relative")).message));
    for (const ArmError &e : std::as_const(errors))
        QVERIFY2(e.isError(), qPrintable(e.text()));
    QCOMPARE(foreign.connections, 0);
    QCOMPARE(arm.seen.size(), 3); // the three paths on its own origin, each once
}

void TestArmClient::listsThatLoopOrNeverEndStop()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    const QByteArray base = arm.url().toString().toUtf8();
    arm.script["/loop"] = {{200, "{\"value\":[1],\"nextLink\":\"" + base + "loop2\"}", {}}};
    arm.script["/loop2"] = {{200, "{\"value\":[2],\"nextLink\":\"" + base + "loop2\"}", {}},
                            {200, "{\"value\":[3],\"nextLink\":\"" + base + "loop2\"}", {}}};
    for (int i = 0; i < 10; ++i)
        arm.script["/endless"].append(
            {200,
             "{\"value\":[1],\"nextLink\":\"" + base + "endless?page=" + QByteArray::number(i) + "\"}",
             {}});
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    ArmClient::Policy policy;
    policy.maxPages = 5;
    client.setPolicy(policy);
    QMap<QString, ArmError> errors;
    for (const QString &path : {QStringLiteral("/loop"), QStringLiteral("/endless")})
        client.getAll(path,
                      [&errors, path](const QJsonArray &, const ArmError &e) { errors.insert(path, e); });
    QTRY_COMPARE(errors.size(), 2);
    QVERIFY2(errors.value(QStringLiteral("/loop")).message.contains(QStringLiteral("repeats a page")),
             qPrintable(errors.value(QStringLiteral("/loop")).text()));
    QVERIFY2(errors.value(QStringLiteral("/endless")).message.contains(QStringLiteral("beyond 5 pages")),
             qPrintable(errors.value(QStringLiteral("/endless")).text()));
    QCOMPARE(arm.seen.filter(QStringLiteral("/endless")).size(), 5);
}

void TestArmClient::answersTooLargeOrTooSlowAreRefused()
{
    FakeArm arm;
    QVERIFY(arm.listen());
    arm.script["/large"] = {{200, "{\"value\":\"" + QByteArray(4 << 20, 'x') + "\"}", {}}};
    arm.script["/silent"] = {{0, {}, {}}};
    CountingTokens tokens;
    ArmClient client(&tokens, arm.url(), QStringLiteral("t"), {});
    ArmClient::Policy policy;
    policy.maxBodyBytes = 1 << 20;
    policy.deadlineMs = 1500;
    client.setPolicy(policy);
    QMap<QString, ArmError> errors;
    for (const QString &path : {QStringLiteral("/large"), QStringLiteral("/silent")})
        client.get(path, [&errors, path](const QJsonObject &, const ArmError &e) { errors.insert(path, e); });
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 30000);
    QCOMPARE(errors.value(QStringLiteral("/large")).code, QStringLiteral("TooLarge"));
    QVERIFY2(errors.value(QStringLiteral("/large")).message.contains(QStringLiteral("larger than 1 MiB")),
             qPrintable(errors.value(QStringLiteral("/large")).text()));
    QCOMPARE(errors.value(QStringLiteral("/silent")).code, QStringLiteral("deadline"));
}

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
