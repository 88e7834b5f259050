#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace vaultscope {

// One page of a vault list as the scan reads it (Resource Graph's {data, $skipToken}, or Resource
// Manager's {value}): the items it can take, the ones it skips with the reason, and the next page's
// token. Apart from the network, so that a fuzz target feeds it as the scan does.
struct GraphPage
{
    Q_DECLARE_TR_FUNCTIONS(vaultscope::GraphPage)

public:
    QList<QJsonObject> items; // with a string id that is a plain resource id, and a type
    QStringList skipped;      // why each other item was not taken
    QString skipToken;

    static GraphPage read(const QJsonObject &answer);
    // Why an item of a vault list cannot be taken; empty when it can.
    static QString problemOf(const QJsonValue &item);
    // "/subscriptions/…" that stays a path of that resource when appended to Resource Manager's
    // origin: nothing that would step out of it, start a query or change the host.
    static bool isPlainResourceId(const QString &id);
};

} // namespace vaultscope
