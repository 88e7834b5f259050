#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace vaultscope {

struct DeviceCode;

// Sign in with a code: the code and the address to enter it at, each with a copy button, the time
// left, and Cancel. Closes itself when the sign-in ends either way.
class DeviceCodeDialog final : public QDialog
{
    Q_OBJECT
public:
    DeviceCodeDialog(const DeviceCode &code, QWidget *parent = nullptr);

    QLabel *codeLabel() const { return m_code; }
    QLabel *addressLabel() const { return m_address; }
    QLabel *countdownLabel() const { return m_countdown; }

private:
    void tick();

    QLabel *m_code;
    QLabel *m_address;
    QLabel *m_countdown;
    QTimer m_timer;
    int m_secondsLeft;
};

} // namespace vaultscope
