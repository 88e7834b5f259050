#include "estate.h"

#include "common/logging.h"
#include "dataplane.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace vaultscope {

namespace {

const QString kDiagnostics = QStringLiteral("microsoft.insights/diagnosticsettings");
const QString kGuardProxies = QStringLiteral("microsoft.recoveryservices/vaults/backupresourceguardproxies");

QString parentOf(const QString &id, const QString &marker)
{
    const qsizetype at = id.toLower().lastIndexOf(marker);
    return at > 0 ? id.left(at).toLower() : QString();
}

} // namespace

bool Estate::isVaultType(const QString &type)
{
    const QString t = type.toLower();
    return t == QLatin1String("microsoft.recoveryservices/vaults") ||
           t == QLatin1String("microsoft.dataprotection/backupvaults") ||
           t == QLatin1String("microsoft.keyvault/vaults") ||
           t == QLatin1String("microsoft.keyvault/managedhsms");
}

QString Estate::defaultApiVersion(const QString &type)
{
    // The newest stable versions Vaultscope knows (see README); shown with the results.
    const QString t = type.toLower();
    if (t == QLatin1String("microsoft.recoveryservices/vaults"))
        return QStringLiteral("2025-08-01");
    if (t == QLatin1String("microsoft.dataprotection/backupvaults"))
        return QStringLiteral("2025-09-01");
    if (t.startsWith(QLatin1String("microsoft.keyvault/")))
        return QStringLiteral("2025-05-01");
    return {};
}

namespace {
// The segment after "/<key>/" in a resource id (case-insensitive key), without splitting the id.
QString segmentAfter(const QString &id, QLatin1String key)
{
    const qsizetype at = id.indexOf(key, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    const qsizetype start = at + key.size();
    const qsizetype end = id.indexOf(QLatin1Char('/'), start);
    return id.mid(start, end < 0 ? -1 : end - start);
}
} // namespace

QString Estate::subscriptionOf(const QString &id)
{
    return segmentAfter(id, QLatin1String("/subscriptions/")).toLower();
}

QString Estate::resourceGroupOf(const QString &id)
{
    return segmentAfter(id, QLatin1String("/resourceGroups/"));
}

void Estate::add(const QJsonObject &resource, const QString &apiVersion)
{
    const QString type = resource.value(QLatin1String("type")).toString().toLower();
    const QString id = resource.value(QLatin1String("id")).toString();
    if (isVaultType(type)) {
        vaults.append(resource);
        if (!apiVersion.isEmpty())
            apiVersions.insert(id.toLower(), apiVersion);
        return;
    }
    QString parent;
    if (type == kDiagnostics)
        parent = parentOf(id, QStringLiteral("/providers/microsoft.insights/diagnosticsettings/"));
    else if (type == kGuardProxies)
        parent = parentOf(id, QStringLiteral("/backupresourceguardproxies/"));
    if (parent.isEmpty()) {
        ++ignored;
        return;
    }
    relatedTypesCaptured.insert(type);
    related[parent].append(resource);
}

void Estate::merge(const Estate &other)
{
    vaults += other.vaults;
    for (auto it = other.related.constBegin(); it != other.related.constEnd(); ++it)
        related[it.key()] += it.value();
    relatedTypesCaptured.unite(other.relatedTypesCaptured);
    apiVersions.insert(other.apiVersions);
    subscriptionNames.insert(other.subscriptionNames);
    relatedGaps.insert(other.relatedGaps);
    objects += other.objects;
    rotationPolicies.insert(other.rotationPolicies);
    objectListItems += other.objectListItems;
    ignored += other.ignored;
    skipped += other.skipped;
    if (tenant.isEmpty())
        tenant = other.tenant;
    if (capturedAt.isEmpty())
        capturedAt = other.capturedAt;
    if (!completeness.recorded)
        completeness = other.completeness;
}

QList<QJsonObject> Estate::relatedOf(const QString &vaultId, const QString &type) const
{
    QList<QJsonObject> out;
    const QList<QJsonObject> all = related.value(vaultId.toLower());
    for (const QJsonObject &r : all) {
        if (r.value(QLatin1String("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            out.append(r);
    }
    return out;
}

void Estate::addRelated(const QString &vaultId, const QJsonObject &resource)
{
    relatedTypesCaptured.insert(resource.value(QLatin1String("type")).toString().toLower());
    related[vaultId.toLower()].append(resource);
}

void Estate::addRelatedGap(const QString &vaultId, const QString &type, const QString &reason)
{
    relatedGaps.insert(vaultId.toLower() + QLatin1Char('|') + type.toLower(), reason);
}

QString Estate::relatedGapOf(const QString &vaultId, const QString &type) const
{
    if (relatedGaps.isEmpty())
        return {};
    return relatedGaps.value(vaultId.toLower() + QLatin1Char('|') + type.toLower());
}

bool EstateReader::readFile(const QString &path, Estate *estate, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return false;
    }
    return readJson(file.readAll(), path, estate, error);
}

bool EstateReader::readJson(const QByteArray &json, const QString &source, Estate *estate, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1:%2: invalid JSON: %3")
                     .arg(source)
                     .arg(json.left(parseError.offset).count('\n') + 1)
                     .arg(parseError.errorString());
        return false;
    }
    Estate read;
    QString apiVersion;
    QJsonValue body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    // REST examples wrap the response: {"parameters": {"api-version"}, "responses": {"200": {"body"}}}.
    if (body.isObject() && body.toObject().contains(QLatin1String("responses"))) {
        const QJsonObject o = body.toObject();
        apiVersion =
            o.value(QLatin1String("parameters")).toObject().value(QLatin1String("api-version")).toString();
        const QJsonObject responses = o.value(QLatin1String("responses")).toObject();
        body = responses.value(QLatin1String("200")).toObject().value(QLatin1String("body"));
        if (body.isUndefined())
            body = responses.value(QLatin1String("201")).toObject().value(QLatin1String("body"));
    }
    QJsonArray items;
    if (body.isArray()) {
        items = body.toArray();
    } else if (body.isObject()) {
        const QJsonObject o = body.toObject();
        if (o.value(QLatin1String("data")).isArray()) {
            items = o.value(QLatin1String("data")).toArray();
        } else if (o.value(QLatin1String("data")).isObject()) {
            *error = source +
                     QLatin1String(": Resource Graph results in table format are not supported; export with "
                                   "resultFormat objectArray (the default of az graph query)");
            return false;
        } else if (o.value(QLatin1String("value")).isArray()) {
            items = o.value(QLatin1String("value")).toArray();
        } else if (o.value(QLatin1String("resources")).isArray()) {
            items = o.value(QLatin1String("resources")).toArray();
            read.tenant =
                o.value(QLatin1String("scope")).toObject().value(QLatin1String("tenant")).toString();
            read.capturedAt = o.value(QLatin1String("capturedAt")).toString();
            const QJsonObject versions = o.value(QLatin1String("apiVersions")).toObject();
            for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
                read.apiVersions.insert(it.key().toLower(), it.value().toString());
            for (const QJsonValue &t : o.value(QLatin1String("relatedTypesCaptured")).toArray())
                read.relatedTypesCaptured.insert(t.toString().toLower());
            read.completeness = Completeness::fromJson(o.value(QLatin1String("completeness")).toObject());
            const QJsonObject gaps = o.value(QLatin1String("relatedGaps")).toObject();
            for (auto it = gaps.constBegin(); it != gaps.constEnd(); ++it)
                read.relatedGaps.insert(it.key().toLower(), it.value().toString());
            const QJsonArray subs =
                o.value(QLatin1String("scope")).toObject().value(QLatin1String("subscriptions")).toArray();
            for (const QJsonValue &s : subs)
                read.subscriptionNames.insert(s[QLatin1String("id")].toString().toLower(),
                                              s[QLatin1String("displayName")].toString());
        } else if ((o.contains(QLatin1String("id")) && o.contains(QLatin1String("type"))) ||
                   DataPlane::kindOf(o) != DataPlane::Kind::None) {
            items.append(o);
        } else {
            *error = source + QLatin1String(
                                  ": no resources found: expected az graph query output, a Resource Graph or "
                                  "ARM list response, a Vaultscope snapshot, or an array of resources");
            return false;
        }
    } else {
        *error = source + QLatin1String(": no resources found");
        return false;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject r = items.at(i).toObject();
        // A subscription list gives display names for the scope.
        if (r.contains(QLatin1String("subscriptionId")) && !r.contains(QLatin1String("type"))) {
            read.subscriptionNames.insert(r.value(QLatin1String("subscriptionId")).toString().toLower(),
                                          r.value(QLatin1String("displayName")).toString());
            continue;
        }
        if (const DataPlane::Kind kind = DataPlane::kindOf(r); kind != DataPlane::Kind::None) {
            if (kind == DataPlane::Kind::RotationPolicy)
                read.rotationPolicies.insert(DataPlane::keyOf(r.value(QLatin1String("id")).toString()), r);
            else if (kind == DataPlane::Kind::KeyListItem || kind == DataPlane::Kind::CertificateListItem)
                ++read.objectListItems;
            else
                read.objects.append(r);
            continue;
        }
        // One odd item costs itself, never the rest of the file.
        if (!items.at(i).isObject() || r.value(QLatin1String("id")).toString().isEmpty() ||
            r.value(QLatin1String("type")).toString().isEmpty()) {
            read.skipped.append(
                QStringLiteral("%1: item %2 is not a resource (it needs string fields id and type)")
                    .arg(source)
                    .arg(i));
            qCWarning(lcImport).noquote() << "skipped" << read.skipped.constLast();
            continue;
        }
        read.add(r, r.value(QLatin1String("apiVersion")).toString(apiVersion));
    }
    const bool tookAny = !read.vaults.isEmpty() || !read.related.isEmpty() || !read.objects.isEmpty() ||
                         !read.rotationPolicies.isEmpty() || read.ignored > 0 || read.objectListItems > 0 ||
                         !read.subscriptionNames.isEmpty();
    if (!tookAny && !read.skipped.isEmpty()) {
        *error = read.skipped.constFirst();
        return false;
    }
    estate->merge(read);
    return true;
}

} // namespace vaultscope
