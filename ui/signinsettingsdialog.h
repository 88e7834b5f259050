#pragma once

#include "services/auth/authconfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vaultscope {

// Account › Sign-in settings: the cloud (or a custom authority and Resource Manager URL), the tenant
// and the client id of the organization's app registration, checked as they are typed.
class SignInSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInSettingsDialog(const AuthConfig &config, QWidget *parent = nullptr);
    AuthConfig config() const;

    QComboBox *cloudBox() const { return m_cloud; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    AuthConfig m_base;
    QComboBox *m_cloud;
    QLineEdit *m_authority;
    QLineEdit *m_arm;
    QLineEdit *m_keyVaultSuffix;
    QLineEdit *m_managedHsmSuffix;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace vaultscope
