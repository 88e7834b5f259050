#include "scanner.h"

#include "common/logging.h"
#include "graphpage.h"

namespace vaultscope {

namespace {

const QString kDiagnostics = QStringLiteral("microsoft.insights/diagnosticsettings");
const QString kGuardProxies = QStringLiteral("microsoft.recoveryservices/vaults/backupresourceguardproxies");

// Whole resources of the four vault types, ordered by id so that $skipToken paging is stable.
const QString kQuery =
    QStringLiteral("resources | where type in~ ('microsoft.recoveryservices/vaults', "
                   "'microsoft.dataprotection/backupvaults', "
                   "'microsoft.keyvault/vaults', 'microsoft.keyvault/managedhsms') | order by id asc");

// The per-subscription lists of the same types, for where Resource Graph refuses.
const char *const kLists[] = {
    "/providers/Microsoft.RecoveryServices/vaults?api-version=2025-08-01",
    "/providers/Microsoft.DataProtection/backupVaults?api-version=2025-09-01",
    "/providers/Microsoft.KeyVault/vaults?api-version=2025-05-01",
    "/providers/Microsoft.KeyVault/managedHSMs?api-version=2025-05-01",
};

} // namespace

struct Scanner::GraphPaging
{
    QSet<QString> seen;
    int pages = 0;
};

QJsonObject ScanProgress::toJson() const
{
    static const char *const phases[] = {"subscriptions", "vaults", "related", "evaluation"};
    return {{QStringLiteral("phase"), QLatin1String(phases[phase])},
            {QStringLiteral("subscriptions"), subscriptionsTotal},
            {QStringLiteral("subscriptionsRead"), subscriptionsRead},
            {QStringLiteral("vaults"), vaults},
            {QStringLiteral("relatedDone"), relatedDone},
            {QStringLiteral("relatedQueued"), relatedQueued},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("throttled"), throttled},
            {QStringLiteral("waitedMs"), waitedMs},
            {QStringLiteral("elapsedMs"), elapsedMs},
            {QStringLiteral("etaMs"), etaMs},
            {QStringLiteral("fraction"), qRound(fraction * 1000) / 1000.0}};
}

Scanner::Scanner(TokenProvider *tokens, const CloudOrigins &origins, const QString &tenant, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_origins(origins)
    , m_tenant(tenant)
{
}

ArmClient *Scanner::newClient(const QUrl &resource, ArmClient::OriginCheck check)
{
    auto *client = new ArmClient(m_tokens, resource, m_tenant, std::move(check), this);
    client->setPolicy(m_policy.arm);
    connect(client, &ArmClient::waiting, this, [this](int ms, const QString &reason) {
        m_progress.waitedMs += ms;
        Q_EMIT waiting(ms, reason);
    });
    return client;
}

Scanner::~Scanner() = default;

void Scanner::listSubscriptions(std::function<void(const QList<SubscriptionInfo> &, const QString &)> done)
{
    if (!m_arm)
        m_arm = newClient(m_origins.resourceManager, [origins = m_origins](const QUrl &url) {
            return origins.resourceManagerRefusal(url);
        });
    const QPointer<ArmClient> arm = m_arm;
    arm->getAll(QStringLiteral("/tenants?api-version=2022-12-01"), [arm, done](const QJsonArray &tenants,
                                                                               const ArmError &) {
        // Tenant names are a courtesy: without them the picker shows tenant ids.
        QHash<QString, QString> tenantNames;
        for (const QJsonValue &t : tenants)
            tenantNames.insert(t[QLatin1String("tenantId")].toString().toLower(),
                               t[QLatin1String("displayName")].toString());
        if (!arm)
            return;
        arm->getAll(QStringLiteral("/subscriptions?api-version=2022-12-01"),
                    [tenantNames, done](const QJsonArray &subs, const ArmError &error) {
                        if (error.isError())
                            return done({}, error.text());
                        QList<SubscriptionInfo> out;
                        for (const QJsonValue &s : subs) {
                            SubscriptionInfo info{s[QLatin1String("subscriptionId")].toString().toLower(),
                                                  s[QLatin1String("displayName")].toString(),
                                                  s[QLatin1String("state")].toString(),
                                                  s[QLatin1String("tenantId")].toString().toLower(),
                                                  {}};
                            info.tenantName = tenantNames.value(info.tenantId);
                            if (!info.id.isEmpty())
                                out.append(info);
                        }
                        done(out, {});
                    });
    });
}

void Scanner::start(const QStringList &ids)
{
    if (m_cancelled)
        return;
    m_clock.start();
    m_progress = {};
    // Both related types are read for every vault: "none found" is then a real answer.
    m_estate.relatedTypesCaptured = {kDiagnostics, kGuardProxies};
    m_completeness.recorded = true;
    report();
    listSubscriptions([this, ids](const QList<SubscriptionInfo> &visible, const QString &error) {
        if (!error.isEmpty())
            return fail(tr("Cannot list the subscriptions: %1").arg(error));
        selectSubscriptions(visible, ids);
        m_progress.phase = ScanProgress::Vaults;
        report();
        nextBatch();
        finishIfDone();
    });
}

void Scanner::selectSubscriptions(const QList<SubscriptionInfo> &visible, const QStringList &ids)
{
    QHash<QString, SubscriptionInfo> byId;
    for (const SubscriptionInfo &s : visible)
        byId.insert(s.id, s);
    QStringList chosen;
    if (ids.isEmpty()) {
        for (const SubscriptionInfo &s : visible)
            chosen.append(s.id);
    } else {
        for (const QString &id : ids) {
            if (!chosen.contains(id.toLower()))
                chosen.append(id.toLower());
        }
    }
    m_completeness.requested = int(chosen.size());
    m_progress.subscriptionsTotal = int(chosen.size());
    QStringList batch;
    for (const QString &id : std::as_const(chosen)) {
        const SubscriptionInfo info = byId.value(id);
        m_subscriptions.insert(id, {info.name, 0, {}});
        if (info.id.isEmpty()) {
            subscriptionDone(id, tr("not visible to the signed-in account"));
            continue;
        }
        m_estate.subscriptionNames.insert(id, info.name);
        batch.append(id);
        if (batch.size() == m_policy.batchSize)
            m_batches.append(std::exchange(batch, {}));
    }
    if (!batch.isEmpty())
        m_batches.append(batch);
}

void Scanner::nextBatch()
{
    // Resource Graph queries go one at a time: its quota is per user, and the pages of one batch
    // must follow each other anyway.
    if (m_cancelled || m_graphBusy || m_batches.isEmpty())
        return;
    const QStringList batch = m_batches.takeFirst();
    if (m_graphForbidden) {
        readThroughResourceManager(batch);
        return nextBatch();
    }
    m_graphBusy = true;
    queryPage(batch, {}, std::make_shared<GraphPaging>());
}

void Scanner::queryPage(const QStringList &batch, const QString &skipToken,
                        std::shared_ptr<GraphPaging> paging)
{
    QJsonObject options{{QStringLiteral("$top"), m_policy.pageSize},
                        {QStringLiteral("resultFormat"), QStringLiteral("objectArray")}};
    if (!skipToken.isEmpty())
        options.insert(QStringLiteral("$skipToken"), skipToken);
    const QJsonObject body{{QStringLiteral("subscriptions"), QJsonArray::fromStringList(batch)},
                           {QStringLiteral("query"), kQuery},
                           {QStringLiteral("options"), options}};
    m_arm->queryResourceGraph(body, [this, batch, paging](const QJsonObject &page, const ArmError &error) {
        if (error.isError()) {
            m_graphBusy = false;
            if (error.status == 403)
                m_graphForbidden = true;
            Q_EMIT logged(
                tr("Resource Graph refused the query for %n subscription(s) (%1): reading them through "
                   "Resource Manager's lists instead",
                   nullptr, int(batch.size()))
                    .arg(error.reason()));
            readThroughResourceManager(batch);
            nextBatch();
            return finishIfDone();
        }
        const QString next = addPage(page);
        QString failure;
        if (!next.isEmpty() && paging->seen.contains(next))
            failure =
                tr("Resource Graph's $skipToken repeats a page already read: its vaults may be missing");
        else if (!next.isEmpty() && ++paging->pages >= m_policy.arm.maxPages)
            failure = tr("Resource Graph's answer goes on beyond %1 pages: not read to the end")
                          .arg(m_policy.arm.maxPages);
        else if (!next.isEmpty()) {
            paging->seen.insert(next);
            return queryPage(batch, next, paging);
        }
        m_graphBusy = false;
        for (const QString &id : batch)
            subscriptionDone(id, failure);
        nextBatch();
        finishIfDone();
    });
}

void Scanner::readThroughResourceManager(const QStringList &batch)
{
    for (const QString &id : batch) {
        m_subscriptions[id].pending = int(std::size(kLists));
        for (const char *list : kLists) {
            const QString path = QStringLiteral("/subscriptions/") + id + QLatin1String(list);
            enqueue(path, [this, id, path](const QJsonArray &items, const ArmError &error) {
                Subscription &s = m_subscriptions[id];
                if (error.isError() && s.failure.isEmpty())
                    s.failure = error.reason();
                addPage(QJsonObject{{QStringLiteral("value"), items}});
                if (--s.pending == 0)
                    subscriptionDone(id, s.failure);
            });
        }
    }
}

void Scanner::skip(const QString &reason)
{
    ++m_skipped;
    if (m_skipReasons.size() < 20)
        m_skipReasons.append(reason);
    qCWarning(lcScan).noquote() << "skipped:" << reason;
    Q_EMIT logged(tr("Skipped an item of Azure's answer: %1").arg(reason));
}

QString Scanner::addPage(const QJsonObject &answer)
{
    const GraphPage page = GraphPage::read(answer);
    for (const QString &reason : page.skipped)
        skip(reason);
    for (const QJsonObject &vault : page.items)
        addVault(vault);
    return page.skipToken;
}

void Scanner::addVault(const QJsonObject &vault)
{
    const QString id = vault.value(QLatin1String("id")).toString();
    const QString type = vault.value(QLatin1String("type")).toString();
    if (!Estate::isVaultType(type))
        return;
    m_estate.add(vault, {});
    ++m_progress.vaults;
    const auto related = [this, id](const QString &path, const QString &relatedType) {
        enqueue(id + path, [this, id, relatedType](const QJsonArray &items, const ArmError &error) {
            ++m_progress.relatedDone;
            if (error.isError()) {
                m_estate.addRelatedGap(id, relatedType, error.reason());
                m_gapVaults.insert(id.toLower());
                return;
            }
            for (const QJsonValue &v : items)
                addRelated(id, relatedType, v);
        });
        ++m_progress.relatedQueued;
    };
    related(QStringLiteral("/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview"),
            kDiagnostics);
    if (type.compare(QLatin1String("microsoft.recoveryservices/vaults"), Qt::CaseInsensitive) == 0)
        related(QStringLiteral("/backupResourceGuardProxies?api-version=2025-02-01"), kGuardProxies);
    if (m_policy.readObjects && type.startsWith(QLatin1String("microsoft.keyvault/"), Qt::CaseInsensitive))
        readObjects(vault);
}

void Scanner::addRelated(const QString &vaultId, const QString &type, const QJsonValue &item)
{
    const QJsonObject resource = item.toObject();
    const QString itemType = resource.value(QLatin1String("type")).toString();
    QString odd;
    if (!item.isObject() || !resource.value(QLatin1String("id")).isString() || itemType.isEmpty())
        odd = tr("an item of its %1 list has no string id and type").arg(type.section(QLatin1Char('/'), -1));
    else if (itemType.compare(type, Qt::CaseInsensitive) != 0)
        odd = tr("an item of its %1 list is of type %2")
                  .arg(type.section(QLatin1Char('/'), -1), itemType.left(100));
    if (odd.isEmpty())
        return m_estate.addRelated(vaultId, resource);
    // What the vault's definitions would read is not known for sure: they become unknown.
    qCWarning(lcScan).noquote() << vaultId << odd;
    m_estate.addRelatedGap(vaultId, type, odd);
    m_gapVaults.insert(vaultId.toLower());
}

void Scanner::enqueue(const QString &path, std::function<void(const QJsonArray &, const ArmError &)> done)
{
    m_queue.enqueue({path, std::move(done)});
    pump();
}

void Scanner::pump()
{
    while (!m_cancelled && m_inFlight < m_policy.concurrency && !m_queue.isEmpty()) {
        Task task = m_queue.dequeue();
        ++m_inFlight;
        auto finished = [this, done = std::move(task.done)](const QJsonArray &items, const ArmError &error) {
            --m_inFlight;
            done(items, error);
            report();
            pump();
            finishIfDone();
        };
        ArmClient *client = task.client ? task.client : m_arm.data();
        if (task.single)
            client->get(task.path, [finished](const QJsonObject &body, const ArmError &error) {
                finished(error.isError() ? QJsonArray() : QJsonArray{body}, error);
            });
        else
            client->getAll(task.path, finished);
    }
}

void Scanner::subscriptionDone(const QString &id, const QString &failure)
{
    ++m_progress.subscriptionsRead;
    if (failure.isEmpty()) {
        ++m_completeness.succeeded;
    } else {
        m_completeness.failed.append({id, m_subscriptions.value(id).name, failure});
        Q_EMIT logged(tr("Subscription not read: %1").arg(m_completeness.failed.constLast().text()));
    }
    report();
}

void Scanner::report()
{
    m_progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_arm) {
        m_progress.requests = m_arm->requestsSent();
        m_progress.throttled = m_arm->throttledAnswers();
        for (const ArmClient *data : std::as_const(m_dataClients)) {
            m_progress.requests += data->requestsSent();
            m_progress.throttled += data->throttledAnswers();
        }
    }
    const bool listed = m_batches.isEmpty() && !m_graphBusy;
    if (m_progress.phase == ScanProgress::Vaults && listed &&
        m_progress.subscriptionsRead == m_progress.subscriptionsTotal)
        m_progress.phase = ScanProgress::Related;
    // The estimate: subscriptions listed weigh a third, related requests the rest; vaults not yet
    // listed are assumed as many per subscription as those listed so far.
    if (m_progress.subscriptionsRead > 0 && m_progress.subscriptionsTotal > 0) {
        const double listedShare = double(m_progress.subscriptionsRead) / m_progress.subscriptionsTotal;
        const double relatedExpected = m_progress.relatedQueued / std::max(listedShare, 0.01);
        const double relatedShare = relatedExpected > 0 ? m_progress.relatedDone / relatedExpected : 1.0;
        const double done = listedShare / 3 + relatedShare * 2 / 3;
        m_progress.fraction = std::min(done, 0.99);
        if (done > 0.02 && m_progress.elapsedMs > 1000)
            m_progress.etaMs = qint64(m_progress.elapsedMs * (1 - done) / done);
    }
    // Views repaint a few times a second at most.
    if (m_progress.elapsedMs - m_lastReport < 200 && m_progress.relatedDone < m_progress.relatedQueued)
        return;
    m_lastReport = m_progress.elapsedMs;
    Q_EMIT progressed(m_progress);
}

void Scanner::finishIfDone()
{
    if (m_finished || m_cancelled || m_graphBusy || !m_batches.isEmpty() || !m_queue.isEmpty() ||
        m_inFlight > 0 || m_progress.subscriptionsRead < m_progress.subscriptionsTotal)
        return;
    m_finished = true;
    m_completeness.resources = int(m_estate.vaults.size());
    m_completeness.relatedGaps = int(m_gapVaults.size());
    m_completeness.skipped = m_skipped;
    if (m_skipped > 0)
        m_completeness.notes.append(
            tr("%n item(s) of Azure's answers skipped for their shape: %1", nullptr, m_skipped)
                .arg(m_skipReasons.join(QStringLiteral("; "))));
    if (m_graphForbidden)
        m_completeness.notes.append(
            tr("Resource Graph was not permitted: the vaults were read through Resource Manager's lists"));
    if (!m_gapVaults.isEmpty())
        Q_EMIT logged(tr("Related resources could not be read for %n vault(s): their diagnostic-settings or "
                         "multi-user-authorization results are unknown",
                         nullptr, int(m_gapVaults.size())));
    m_progress.phase = ScanProgress::Evaluation;
    m_progress.etaMs = -1;
    m_progress.fraction = 1;
    m_lastReport = -1000;
    report();
    qCInfo(lcScan) << "scan read" << m_estate.vaults.size() << "vaults in" << m_clock.elapsed() << "ms,"
                   << m_progress.requests << "requests";
    Q_EMIT finished(true);
}

void Scanner::fail(const QString &error)
{
    m_error = error;
    m_finished = true;
    qCWarning(lcScan) << error;
    Q_EMIT finished(false);
}

void Scanner::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    // Deleting the client drops every request in flight and every pending retry with it.
    delete m_arm.data();
    m_error = tr("The scan was cancelled; nothing was stored.");
    Q_EMIT finished(false);
}

} // namespace vaultscope
