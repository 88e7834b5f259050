#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace vaultscope {

// "A bearer token for this Resource Manager URL and tenant": what the scanner asks for, whoever
// the active account is (browser or device-code sign-in, or the Azure CLI's). done() runs on the
// caller's thread, through context, with either a token or a message naming the cause.
class TokenProvider
{
public:
    using Done = std::function<void(const QString &token, const QString &error)>;
    virtual ~TokenProvider() = default;
    virtual void bearerToken(const QUrl &resource, const QString &tenant, QObject *context, Done done) = 0;
    // The token for resource was refused (401): the next bearerToken() gets a fresh one.
    virtual void forgetToken(const QUrl &resource) = 0;
};

} // namespace vaultscope
