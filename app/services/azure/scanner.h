#pragma once

#include "armclient.h"
#include "cloudorigins.h"
#include "posture/completeness.h"
#include "posture/estate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>

namespace vaultscope {

struct SubscriptionInfo
{
    QString id; // lower case
    QString name;
    QString state;
    QString tenantId;
    QString tenantName;
};

// Where a scan stands, for a progress view and `vaultscope scan --json-progress`.
struct ScanProgress
{
    enum Phase { Subscriptions, Vaults, Related, Evaluation };
    Phase phase = Subscriptions;
    int subscriptionsTotal = 0;
    int subscriptionsRead = 0; // their vaults listed (or failed)
    int vaults = 0;
    int relatedDone = 0;
    int relatedQueued = 0;
    int requests = 0;
    int throttled = 0;   // 429 answers received
    qint64 waitedMs = 0; // time spent waiting on quotas, throttling and retries
    qint64 elapsedMs = 0;
    qint64 etaMs = -1;   // -1: not known yet
    double fraction = 0; // of the whole scan, estimated
    QJsonObject toJson() const;
};

// Reads an estate from Azure: the subscriptions the account can see; the vaults of the chosen ones
// through Resource Graph in batches (or per subscription through Resource Manager where Resource
// Graph refuses); the diagnostic settings of every vault and the Resource Guard proxies of every
// Recovery Services vault through Resource Manager, a bounded number at a time. Reads only, and
// only from the origins the cloud names: a link, URI or id in an answer that points elsewhere, an
// item of odd shape or a list that never ends costs a gap with its reason, never a token or the
// rest of the scan. Lives on the thread that made it; every answer arrives through its event loop.
class Scanner final : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int batchSize = 250;  // subscriptions per Resource Graph query (Azure advises under ~300)
        int pageSize = 1000;  // Resource Graph's $top
        int concurrency = 64; // Resource Manager requests in flight (HTTP/2 streams on one connection)
        // Keys, secrets and certificates of every Key Vault and Managed HSM, through their data plane.
        bool readObjects = true;
        // Cleartext endpoints are loopback stand-ins that speak HTTP/2, as Azure does over TLS.
        ArmClient::Policy arm{5, 1000, 60000, 60000, 25, true};
    };

    Scanner(TokenProvider *tokens, const CloudOrigins &origins, const QString &tenant,
            QObject *parent = nullptr);
    ~Scanner() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    // The subscriptions (with their tenants' names) the account can read: for a scope picker.
    void listSubscriptions(std::function<void(const QList<SubscriptionInfo> &, const QString &error)> done);
    // Scans the given subscriptions, or every one the account can read when ids is empty.
    void start(const QStringList &ids);
    void cancel();

    bool isCancelled() const { return m_cancelled; }
    QString error() const { return m_error; } // why the scan could not run at all
    Estate &estate() { return m_estate; }
    const Completeness &completeness() const { return m_completeness; }

Q_SIGNALS:
    void progressed(const vaultscope::ScanProgress &progress);
    void logged(const QString &line);
    void waiting(int milliseconds, const QString &reason);
    void finished(bool ok);

private:
    struct Subscription
    {
        QString name;
        int pending = 0; // Resource Manager lists still out (fallback)
        QString failure;
    };
    struct Task
    {
        QString path;
        std::function<void(const QJsonArray &, const ArmError &)> done;
        ArmClient *client = nullptr; // Resource Manager's when null
        bool single = false;         // one body, not a list: done() gets it as the only item
    };

    void selectSubscriptions(const QList<SubscriptionInfo> &visible, const QStringList &ids);
    void nextBatch();
    struct GraphPaging; // the $skipTokens of one batch's query, for loops and the page bound
    void queryPage(const QStringList &batch, const QString &skipToken, std::shared_ptr<GraphPaging> paging);
    void readThroughResourceManager(const QStringList &batch);
    // A page of a vault list: its items taken, the odd ones skipped; returns the next page's token.
    QString addPage(const QJsonObject &answer);
    void addVault(const QJsonObject &vault); // an item GraphPage took
    // A related item the vault's list returned, or the vault's gap when it is of odd shape.
    void addRelated(const QString &vaultId, const QString &type, const QJsonValue &item);
    // An item of an answer that cannot be taken: logged, counted in the completeness.
    void skip(const QString &reason);
    void enqueue(const QString &path, std::function<void(const QJsonArray &, const ArmError &)> done);
    // scannerobjects.cpp: the vault's keys (each with its rotation policy), secrets (never their
    // values) and certificates, GET only; a refusal is the vault's gap.
    void readObjects(const QJsonObject &vault);
    void enqueueData(const QString &url, bool single,
                     std::function<void(const QJsonArray &, const ArmError &)> done);
    ArmClient *dataClient(const QUrl &vaultUri);
    ArmClient *newClient(const QUrl &resource, ArmClient::OriginCheck check);
    void pump();
    void subscriptionDone(const QString &id, const QString &failure);
    void report();
    void finishIfDone();
    void fail(const QString &error);

    TokenProvider *m_tokens;
    CloudOrigins m_origins;
    QString m_tenant;
    Policy m_policy;
    QPointer<ArmClient> m_arm;
    QHash<QString, ArmClient *> m_dataClients; // per data-plane audience (https://vault.azure.net)
    Estate m_estate;
    Completeness m_completeness;
    ScanProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastReport = -1000;
    QHash<QString, Subscription> m_subscriptions;
    QList<QStringList> m_batches;
    bool m_graphBusy = false;
    bool m_graphForbidden = false;
    QQueue<Task> m_queue;
    int m_inFlight = 0;
    QSet<QString> m_gapVaults;
    int m_skipped = 0;
    QStringList m_skipReasons; // the first few, for the completeness notes
    bool m_cancelled = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace vaultscope
