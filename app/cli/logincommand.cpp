#include "cli.h"
#include "commands.h"
#include "services/auth/authservice.h"

#include <QCommandLineParser>
#include <QDesktopServices>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultscope::cli {

namespace {

// The settings' configuration with the command's flags on top.
AuthConfig configFrom(const QCommandLineParser &parser)
{
    AuthConfig c = AuthConfig::load();
    if (parser.isSet(QStringLiteral("authority"))) {
        // https://login.example/TENANT or just the host: a custom authority.
        const QUrl url(parser.value(QStringLiteral("authority")));
        c.cloud = AuthConfig::Custom;
        c.authorityHost = url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
        const QString tenant = url.path().section(QLatin1Char('/'), 1, 1);
        if (!tenant.isEmpty())
            c.tenant = tenant;
        if (c.resourceManager.isEmpty())
            c.resourceManager = QStringLiteral("https://management.azure.com/");
    }
    if (parser.isSet(QStringLiteral("arm"))) {
        if (c.cloud != AuthConfig::Custom) {
            c.authorityHost = c.authority().toString(QUrl::RemovePath);
            c.cloud = AuthConfig::Custom;
        }
        c.resourceManager = parser.value(QStringLiteral("arm"));
    }
    if (parser.isSet(QStringLiteral("key-vault-suffix")))
        c.keyVaultSuffix = parser.value(QStringLiteral("key-vault-suffix"));
    if (parser.isSet(QStringLiteral("managed-hsm-suffix")))
        c.managedHsmSuffix = parser.value(QStringLiteral("managed-hsm-suffix"));
    if (parser.isSet(QStringLiteral("tenant")))
        c.tenant = parser.value(QStringLiteral("tenant"));
    if (parser.isSet(QStringLiteral("client-id")))
        c.clientId = parser.value(QStringLiteral("client-id"));
    c.allowHttpLoopback = parser.isSet(QStringLiteral("allow-http-loopback"));
    return c;
}

} // namespace

int loginCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    addCommonOptions(parser, 0);
    parser.addOption(
        {QStringLiteral("device-code"), QStringLiteral("Sign in with a code on another device.")});
    parser.addOption({QStringLiteral("print-url"),
                      QStringLiteral("Print the sign-in URL instead of opening a browser, then wait.")});
    parser.addOption(
        {QStringLiteral("azure-cli"), QStringLiteral("Use the Azure CLI's own sign-in (az login).")});
    parser.addOption({QStringLiteral("tenant"), QStringLiteral("organizations, a tenant id or a domain."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("authority"),
                      QStringLiteral("Custom authority, e.g. https://login.example/T."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("arm"), QStringLiteral("Custom Resource Manager URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("key-vault-suffix"),
                      QStringLiteral("Custom cloud: Key Vault's DNS suffix, e.g. vault.example.com."),
                      QStringLiteral("SUFFIX")});
    parser.addOption({QStringLiteral("managed-hsm-suffix"),
                      QStringLiteral("Custom cloud: Managed HSM's DNS suffix, e.g. managedhsm.example.com."),
                      QStringLiteral("SUFFIX")});
    parser.addOption({QStringLiteral("client-id"),
                      QStringLiteral("Application (client) id of the app registration."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("allow-http-loopback"),
                      QStringLiteral("Allow a plain-http authority on 127.0.0.1 (a local test server).")});
    int code = Success;
    if (!parseArguments(
            parser,
            QStringLiteral(
                "login [--device-code | --print-url | --azure-cli] [--tenant T] [--authority "
                "URL] [--arm URL] [--key-vault-suffix S] [--managed-hsm-suffix S] [--client-id ID] "
                "[--allow-http-loopback]"),
            args, io, &code))
        return code;
    const int flows = int(parser.isSet(QStringLiteral("device-code"))) +
                      int(parser.isSet(QStringLiteral("print-url"))) +
                      int(parser.isSet(QStringLiteral("azure-cli")));
    if (flows > 1) {
        io.err << "vaultscope: choose one of --device-code, --print-url and --azure-cli\n";
        return UsageError;
    }
    const AuthConfig config = configFrom(parser);
    QString error;
    if (!parser.isSet(QStringLiteral("azure-cli")) && !config.validate(&error)) {
        io.err << "vaultscope: " << error << '\n'; // refused before any network use
        return InputError;
    }

    AuthService auth;
    QEventLoop loop;
    QObject::connect(&auth, &AuthService::authorizationUrlReady, &loop, [&](const QUrl &url) {
        if (parser.isSet(QStringLiteral("print-url"))) {
            io.out << url.toString(QUrl::FullyEncoded) << '\n';
            io.out.flush();
        } else if (!QDesktopServices::openUrl(url)) {
            io.err << "vaultscope: no browser opened; open this URL yourself:\n"
                   << url.toString(QUrl::FullyEncoded) << '\n';
        } else {
            io.err << "vaultscope: signing in in the browser…\n";
        }
        io.err.flush();
    });
    QObject::connect(&auth, &AuthService::deviceCodeReady, &loop, [&](const DeviceCode &device) {
        io.out << "To sign in, open " << device.verificationUri.toString() << " and enter the code "
               << device.userCode << '\n';
        io.out.flush();
    });
    QObject::connect(&auth, &AuthService::notice, &loop, [&](const QString &message) {
        io.err << "vaultscope: " << message << '\n';
        io.err.flush();
    });
    QObject::connect(&auth, &AuthService::signedIn, &loop, [&](const Account &account) {
        io.out << "Signed in as " << account.reviewer() << ", tenant " << account.tenantId << " ("
               << account.sourceKey() << ")\n";
        if (account.source != Account::AzureCli)
            config.save(); // the next scan uses the same cloud and app registration
        loop.exit(Success);
    });
    QObject::connect(&auth, &AuthService::signInFailed, &loop, [&](const QString &message) {
        io.err << "vaultscope: " << message << '\n';
        loop.exit(InputError);
    });
    if (parser.isSet(QStringLiteral("azure-cli")))
        auth.useAzureCli(config);
    else if (parser.isSet(QStringLiteral("device-code")))
        auth.signInWithDeviceCode(config);
    else
        auth.signInWithBrowser(config);
    return loop.exec();
}

int logoutCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    addCommonOptions(parser, 0);
    parser.addOption({QStringLiteral("account"),
                      QStringLiteral("The account's user name (default: the active one)."),
                      QStringLiteral("UPN")});
    int code = Success;
    if (!parseArguments(parser, QStringLiteral("logout [--account UPN]"), args, io, &code))
        return code;
    AuthService auth;
    QString error;
    if (!auth.signOut(parser.value(QStringLiteral("account")), &error)) {
        io.err << "vaultscope: " << error << '\n';
        return InputError;
    }
    io.out << "Signed out.\n";
    return Success;
}

int accountsCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    addCommonOptions(parser, JsonOption);
    int code = Success;
    if (!parseArguments(parser, QStringLiteral("accounts [--json]"), args, io, &code))
        return code;
    AuthService auth;
    const Account *active = auth.activeAccount();
    QJsonArray list;
    for (const Account &a : auth.accounts()) {
        const bool isActive = active && active->key() == a.key();
        list.append(QJsonObject{{QStringLiteral("name"), a.name},
                                {QStringLiteral("username"), a.username},
                                {QStringLiteral("tenantId"), a.tenantId},
                                {QStringLiteral("authority"), a.authority()},
                                {QStringLiteral("source"), a.sourceKey()},
                                {QStringLiteral("active"), isActive}});
        if (!parser.isSet(QStringLiteral("json")))
            io.out << (isActive ? "* " : "  ") << a.reviewer() << "  tenant " << a.tenantId << "  "
                   << a.sourceKey() << "  " << a.authority() << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    else if (list.isEmpty())
        io.out << "No account is signed in.\n";
    return Success;
}

} // namespace vaultscope::cli
