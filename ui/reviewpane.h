#pragma once

#include "review/review.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace vaultscope {

class ReviewService;

// The review of one control or finding: status, exception details, note, evidence and history.
// Every edit is saved within a second of a pause in typing; there is no save button.
class ReviewPane final : public QWidget
{
    Q_OBJECT
public:
    struct Subject
    {
        QString target;       // ReviewTarget key
        QString title;        // what the user sees it as
        QString context;      // "baseline:<sha256>" or "snapshot:<sha256>"
        QString contextLabel; // its human name
    };

    static constexpr int AutosaveDelayMs = 600;

    explicit ReviewPane(ReviewService &reviews, QWidget *parent = nullptr);
    ~ReviewPane() override;

    // Saves what is pending for the current subject first.
    void setSubject(const Subject &subject);
    void clearSubject(const QString &placeholder);
    // Shows the current subject as stored (after an import changed it).
    void reload();
    QString target() const { return m_subject.target; }
    void setReadOnly(bool readOnly);
    // Tests and screenshots turn off dialogs (reviewer name, confirmations).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Saves a pending edit now; false (with the message shown) when the store refused it.
    bool flush();

    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLineEdit *approverEdit() const { return m_approver; }
    QListWidget *evidenceList() const { return m_evidence; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *originLabel() const { return m_origin; }

Q_SIGNALS:
    void saved(const QString &target);

private:
    void load();
    void edited();
    bool save();
    void updateFields();
    void reloadEvidence();
    void addEvidence();
    void openEvidence();
    void removeEvidence();
    void showHistory();
    QString reviewer();

    ReviewService &m_reviews;
    Subject m_subject;
    Review m_loaded;
    bool m_exists = false;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_readOnly = false;
    bool m_interactive = true;
    QTimer m_autosave;
    QLabel *m_title;
    QLabel *m_origin;
    QComboBox *m_status;
    QWidget *m_exceptionRow;
    QDateEdit *m_expiry;
    QLineEdit *m_approver;
    QPlainTextEdit *m_note;
    QTextBrowser *m_preview;
    QListWidget *m_evidence;
    QPushButton *m_addEvidence;
    QPushButton *m_openEvidence;
    QPushButton *m_removeEvidence;
    QPushButton *m_history;
    QLabel *m_state;
};

} // namespace vaultscope
