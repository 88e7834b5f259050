#include "signinsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vaultscope {

SignInSettingsDialog::SignInSettingsDialog(const AuthConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_base(config)
    , m_cloud(new QComboBox)
    , m_authority(new QLineEdit(config.authorityHost))
    , m_arm(new QLineEdit(config.resourceManager))
    , m_keyVaultSuffix(new QLineEdit(config.keyVaultSuffix))
    , m_managedHsmSuffix(new QLineEdit(config.managedHsmSuffix))
    , m_tenant(new QLineEdit(config.tenant))
    , m_clientId(new QLineEdit(config.clientId))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Sign-in settings"));
    m_cloud->addItem(tr("Azure (public)"), int(AuthConfig::AzurePublic));
    m_cloud->addItem(tr("Azure US Government"), int(AuthConfig::AzureUsGovernment));
    m_cloud->addItem(tr("Azure China (21Vianet)"), int(AuthConfig::AzureChina));
    m_cloud->addItem(tr("Custom endpoints"), int(AuthConfig::Custom));
    m_cloud->setCurrentIndex(m_cloud->findData(int(config.cloud)));
    m_authority->setPlaceholderText(QStringLiteral("https://login.example.com"));
    m_arm->setPlaceholderText(QStringLiteral("https://management.example.com/"));
    m_keyVaultSuffix->setPlaceholderText(QStringLiteral("vault.example.com"));
    m_managedHsmSuffix->setPlaceholderText(QStringLiteral("managedhsm.example.com"));
    m_keyVaultSuffix->setToolTip(
        tr("Key Vault's DNS suffix in this cloud: Key Vault tokens go to hosts under it only"));
    m_managedHsmSuffix->setToolTip(
        tr("Managed HSM's DNS suffix in this cloud: its tokens go to hosts under it only"));
    m_tenant->setPlaceholderText(tr("organizations, a tenant id or contoso.onmicrosoft.com"));
    m_clientId->setPlaceholderText(tr("Application (client) id of your organization's app registration"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Cloud:"), m_cloud);
    form->addRow(tr("&Authority host:"), m_authority);
    form->addRow(tr("&Resource Manager:"), m_arm);
    form->addRow(tr("&Key Vault suffix:"), m_keyVaultSuffix);
    form->addRow(tr("&Managed HSM suffix:"), m_managedHsmSuffix);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("Client &id:"), m_clientId);
    auto *hint = new QLabel(tr("Register a public client application once for your organization (redirect "
                               "URI http://localhost, Resource Manager's user_impersonation permission); the "
                               "README explains the steps. Reader access is all Vaultscope needs."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_authority, m_arm, m_keyVaultSuffix, m_managedHsmSuffix, m_tenant, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &SignInSettingsDialog::check);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &SignInSettingsDialog::check);
    check();
}

AuthConfig SignInSettingsDialog::config() const
{
    AuthConfig c = m_base;
    c.cloud = AuthConfig::Cloud(m_cloud->currentData().toInt());
    c.authorityHost = m_authority->text().trimmed();
    c.resourceManager = m_arm->text().trimmed();
    c.keyVaultSuffix = m_keyVaultSuffix->text().trimmed();
    c.managedHsmSuffix = m_managedHsmSuffix->text().trimmed();
    c.tenant = m_tenant->text().trimmed();
    c.clientId = m_clientId->text().trimmed();
    return c;
}

void SignInSettingsDialog::check()
{
    const bool custom = m_cloud->currentData().toInt() == AuthConfig::Custom;
    m_authority->setEnabled(custom);
    for (QLineEdit *edit : {m_arm, m_keyVaultSuffix, m_managedHsmSuffix})
        edit->setEnabled(custom);
    QString problem;
    const bool ok = config().validate(&problem);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace vaultscope
