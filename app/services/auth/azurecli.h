#pragma once

#include "account.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace vaultscope {

// The auditor's own `az login`: tokens from `az account get-access-token`, asked for each time one
// is needed; Vaultscope stores nothing of it.
class AzureCli final : public QObject
{
    Q_OBJECT
public:
    explicit AzureCli(QObject *parent = nullptr);

    // The signed-in CLI account (`az account show`), as an Account of source AzureCli.
    void account(const AuthConfig &config,
                 std::function<void(const Account &account, const QString &error)> done);
    void accessToken(
        const QUrl &resource, const QString &tenant,
        std::function<void(const QString &token, const QDateTime &expires, const QString &error)> done);

private:
    void run(const QStringList &args, std::function<void(const QByteArray &out, const QString &error)> done);
};

} // namespace vaultscope
