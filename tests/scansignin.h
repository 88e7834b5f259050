#pragma once

// Signs in at the tests' OpenID Connect server as the window does (the test plays the browser),
// with the stand-in for Azure as the account's Resource Manager: what the scan tests start from.
#include "oidcserver.h"
#include "services/auth/authservice.h"

#include <QSignalSpy>

inline bool signInForScan(vaultscope::AuthService &auth, OidcServer &oidc, const QUrl &resourceManager)
{
    using vaultscope::AuthConfig;
    using vaultscope::AuthService;
    AuthConfig c;
    c.cloud = AuthConfig::Custom;
    c.authorityHost = oidc.host();
    c.resourceManager = resourceManager.toString();
    c.tenant = oidc.tenant();
    c.clientId = oidc.clientId();
    c.allowHttpLoopback = true;
    QSignalSpy url(&auth, &AuthService::authorizationUrlReady);
    QSignalSpy done(&auth, &AuthService::signedIn);
    auth.signInWithBrowser(c);
    if (!url.wait(20000) ||
        oidc.playBrowser(url.first().first().toUrl(), QStringLiteral("auditor")).status != 200)
        return false;
    return done.size() > 0 || done.wait(20000);
}
