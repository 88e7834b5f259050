#pragma once

#include <QWidget>

class QPushButton;

namespace vaultscope {

// What the dashboard shows while the store holds no snapshot: what is missing and the three ways
// to an estate, instead of a 0 % score over empty axes.
class EmptyEstateView final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyEstateView(QWidget *parent = nullptr);

    QPushButton *scanButton() const { return m_scan; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void scanRequested();
    void importRequested();
    void demoRequested();

private:
    QPushButton *m_scan;
    QPushButton *m_import;
    QPushButton *m_demo;
};

} // namespace vaultscope
