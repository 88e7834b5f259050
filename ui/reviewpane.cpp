#include "reviewpane.h"

#include "common/atomicfile.h"
#include "services/reviewservice.h"
#include "services/settings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
// What an evidence list item carries besides its text.
enum EvidenceRole { EvidenceShaRole = Qt::UserRole + 1, EvidenceNameRole };

constexpr ReviewStatus kStatuses[] = {ReviewStatus::NotReviewed, ReviewStatus::Satisfied,
                                      ReviewStatus::Finding, ReviewStatus::Exception,
                                      ReviewStatus::NotApplicable};

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString fieldValue(const QString &field, const QString &value)
{
    ReviewStatus status;
    if (field == QLatin1String("status") && statusFromKey(value, &status))
        return statusLabel(status);
    return value;
}

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("status"))
        return ReviewPane::tr("Status");
    if (field == QLatin1String("note"))
        return ReviewPane::tr("Note");
    if (field == QLatin1String("expiry"))
        return ReviewPane::tr("Expiry");
    if (field == QLatin1String("approver"))
        return ReviewPane::tr("Approver");
    if (field == QLatin1String("evidence"))
        return ReviewPane::tr("Evidence");
    return field;
}

} // namespace

ReviewPane::ReviewPane(ReviewService &reviews, QWidget *parent)
    : QWidget(parent)
    , m_reviews(reviews)
    , m_title(new QLabel)
    , m_origin(new QLabel)
    , m_status(new QComboBox)
    , m_exceptionRow(new QWidget)
    , m_expiry(new QDateEdit)
    , m_approver(new QLineEdit)
    , m_note(new QPlainTextEdit)
    , m_preview(new QTextBrowser)
    , m_evidence(new QListWidget)
    , m_addEvidence(new QPushButton(tr("Attach…")))
    , m_openEvidence(new QPushButton(tr("Open")))
    , m_removeEvidence(new QPushButton(tr("Remove…")))
    , m_history(new QPushButton(tr("History…")))
    , m_state(new QLabel)
{
    setObjectName(QStringLiteral("reviewPane"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_origin->setWordWrap(true);
    m_origin->setObjectName(QStringLiteral("reviewOrigin"));
    for (ReviewStatus s : kStatuses)
        m_status->addItem(statusLabel(s), statusKey(s));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setAccessibleName(tr("Review status"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setAccessibleName(tr("Exception expiry date"));
    m_approver->setPlaceholderText(tr("Who approved the exception"));
    m_approver->setAccessibleName(tr("Exception approver"));
    auto *exceptionLayout = new QHBoxLayout(m_exceptionRow);
    exceptionLayout->setContentsMargins(0, 0, 0, 0);
    exceptionLayout->addWidget(new QLabel(tr("Expires:")));
    exceptionLayout->addWidget(m_expiry);
    exceptionLayout->addWidget(new QLabel(tr("Approver:")));
    exceptionLayout->addWidget(m_approver, 1);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setAccessibleName(tr("Review note"));
    m_note->setPlaceholderText(
        tr("Your conclusion. Lists (- item), **bold** and links are shown formatted."));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);
    m_preview->setAccessibleName(tr("Note as formatted"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setMaximumHeight(90);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_evidence->setObjectName(QStringLiteral("reviewEvidence"));
    m_evidence->setAccessibleName(tr("Evidence files"));
    m_evidence->setMaximumHeight(80);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), m_exceptionRow);
    auto *evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_openEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch();
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addLayout(evidenceButtons);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_history);
    bottom->addWidget(m_state, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_origin);
    layout->addLayout(form);
    auto *noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_preview);
    auto *evidenceLabel = new QLabel(tr("&Evidence:"));
    evidenceLabel->setBuddy(m_evidence);
    layout->addWidget(evidenceLabel);
    layout->addLayout(evidenceRow);
    layout->addLayout(bottom);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ReviewPane::save);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        edited();
    });
    connect(m_expiry, &QDateEdit::dateChanged, this, &ReviewPane::edited);
    connect(m_approver, &QLineEdit::textEdited, this, &ReviewPane::edited);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        updateFields();
        edited();
    });
    connect(m_addEvidence, &QPushButton::clicked, this, &ReviewPane::addEvidence);
    connect(m_openEvidence, &QPushButton::clicked, this, &ReviewPane::openEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, &ReviewPane::openEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &ReviewPane::removeEvidence);
    connect(m_history, &QPushButton::clicked, this, &ReviewPane::showHistory);
    clearSubject(tr("Select a control or a finding to review it."));
}

ReviewPane::~ReviewPane()
{
    flush();
}

void ReviewPane::setSubject(const Subject &subject)
{
    flush();
    m_subject = subject;
    load();
}

void ReviewPane::clearSubject(const QString &placeholder)
{
    flush();
    m_subject = Subject();
    m_loading = true;
    m_title->setText(placeholder);
    m_origin->clear();
    m_status->setCurrentIndex(0);
    m_note->clear();
    m_approver->clear();
    m_evidence->clear();
    m_state->clear();
    m_loading = false;
    updateFields();
}

void ReviewPane::reload()
{
    if (!m_subject.target.isEmpty())
        setSubject(m_subject);
}

void ReviewPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateFields();
}

void ReviewPane::load()
{
    m_loading = true;
    QString error;
    m_loaded = Review();
    m_exists = false;
    if (!m_reviews.store().get(m_subject.target, &m_loaded, &m_exists, &error))
        m_state->setText(error);
    m_title->setText(m_subject.title);
    m_title->setToolTip(m_subject.target);
    m_status->setCurrentIndex(m_status->findData(statusKey(m_loaded.status)));
    m_expiry->setDate(m_loaded.expiry.isValid() ? m_loaded.expiry : QDate::currentDate().addMonths(6));
    m_approver->setText(m_loaded.approver);
    m_note->setPlainText(m_loaded.note);
    if (!m_exists)
        m_origin->setText(tr("Not reviewed yet."));
    else if (m_loaded.carriedOver(m_subject.context))
        m_origin->setText(tr("Carried over from %1 — reviewed by %2 on %3.")
                              .arg(m_loaded.contextLabel, m_loaded.reviewer, localTime(m_loaded.updated)));
    else
        m_origin->setText(
            tr("Last changed by %1 on %2.").arg(m_loaded.reviewer, localTime(m_loaded.updated)));
    m_state->clear();
    m_loading = false;
    m_dirty = false;
    reloadEvidence();
    updateFields();
}

void ReviewPane::updateFields()
{
    const bool active = !m_subject.target.isEmpty();
    const bool editable = active && !m_readOnly;
    const bool exception = m_status->currentData().toString() == statusKey(ReviewStatus::Exception);
    m_exceptionRow->setVisible(exception);
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_expiry, m_approver, m_addEvidence})
        w->setEnabled(editable);
    m_note->setReadOnly(!editable);
    m_note->setEnabled(active);
    m_evidence->setEnabled(active);
    m_openEvidence->setEnabled(active && m_evidence->count() > 0);
    m_removeEvidence->setEnabled(editable && m_evidence->count() > 0);
    m_history->setEnabled(active);
    const QString note = m_note->toPlainText();
    // GitHub markdown without HTML: a note cannot pull in markup or remote content. Shown only
    // when formatting changes something.
    m_preview->document()->setMarkdown(note,
                                       QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                       QTextDocument::MarkdownNoHTML));
    m_preview->setVisible(m_preview->document()->toPlainText().simplified() != note.simplified());
}

void ReviewPane::edited()
{
    if (m_loading || m_subject.target.isEmpty() || m_readOnly)
        return;
    m_dirty = true;
    m_state->setText(tr("Editing…"));
    m_autosave.start();
}

bool ReviewPane::flush()
{
    m_autosave.stop();
    return !m_dirty || save();
}

QString ReviewPane::reviewer()
{
    // Signed in, or named before: the service says who. Otherwise the name is asked for once.
    if (!m_reviews.signedInReviewer().isEmpty() || !Settings::reviewerName().isEmpty())
        return m_reviews.localReviewer();
    QString name = qEnvironmentVariable("USER");
    if (m_interactive) {
        const QString typed = QInputDialog::getText(
            this, tr("Reviewer name"), tr("Your name, recorded with every change you make to a review:"),
            QLineEdit::Normal, name);
        if (!typed.trimmed().isEmpty())
            name = typed.trimmed();
    }
    if (name.isEmpty())
        name = tr("local reviewer");
    Settings::setReviewerName(name);
    return name;
}

bool ReviewPane::save()
{
    m_autosave.stop();
    if (!m_dirty || m_subject.target.isEmpty())
        return true;
    m_dirty = false;
    Review review;
    review.target = m_subject.target;
    statusFromKey(m_status->currentData().toString(), &review.status);
    review.note = m_note->toPlainText();
    if (review.status == ReviewStatus::Exception) {
        review.expiry = m_expiry->date();
        review.approver = m_approver->text().trimmed();
    }
    review.reviewer = reviewer();
    review.context = m_subject.context;
    review.contextLabel = m_subject.contextLabel;
    QString error;
    bool changed = false;
    if (!m_reviews.store().set(review, &error, &changed)) {
        m_dirty = true; // kept in the editor; the next edit or subject change tries again
        m_state->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_state->setText(tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
    if (changed) {
        m_loaded = review;
        m_exists = true;
        m_origin->setText(tr("Last changed by %1 just now.").arg(review.reviewer));
        Q_EMIT saved(review.target);
    }
    return true;
}

void ReviewPane::reloadEvidence()
{
    m_evidence->clear();
    QList<Evidence> all;
    QString error;
    if (m_subject.target.isEmpty() || !m_reviews.store().evidence(m_subject.target, &all, &error)) {
        m_state->setText(error);
        return;
    }
    for (const Evidence &e : std::as_const(all)) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3)").arg(e.fileName, QLocale().formattedDataSize(e.size), localTime(e.added)),
            m_evidence);
        item->setToolTip(tr("SHA-256 %1\nAdded by %2").arg(e.sha256, e.addedBy));
        item->setData(Qt::UserRole, QVariant::fromValue(e.id));
        item->setData(EvidenceShaRole, e.sha256);
        item->setData(EvidenceNameRole, e.fileName);
    }
    updateFields();
}

void ReviewPane::addEvidence()
{
    if (!flush())
        return;
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Attach evidence"), Settings::lastImportFolder());
    QStringList problems;
    for (const QString &file : files) {
        QString error;
        bool already = false;
        if (!m_reviews.store().addEvidence(m_subject.target, file, reviewer(), nullptr, &already, &error))
            problems.append(error);
        else if (already)
            problems.append(tr("%1 is already attached (same content).").arg(QFileInfo(file).fileName()));
    }
    reloadEvidence();
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Attach evidence"), problems.join(QLatin1Char('\n')));
}

void ReviewPane::openEvidence()
{
    const QListWidgetItem *item = m_evidence->currentItem();
    if (!item)
        return;
    const QString sha = item->data(EvidenceShaRole).toString();
    // A copy named as attached, in a folder per content: the stored file is never handed out.
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/evidence/") + sha;
    const QString name = QFileInfo(item->data(EvidenceNameRole).toString()).fileName();
    const QString path = folder + QLatin1Char('/') + name;
    QString error;
    QByteArray bytes;
    // Read (and hashed) again each time: a copy left in the cache is never trusted.
    if (!m_reviews.store().evidenceData(sha, &bytes, &error)) {
        m_state->setText(error);
        return;
    }
    if (Evidence::isActive(name, bytes)) {
        m_state->setText(tr("%1 is a program or an active document: Vaultscope does not open it. Save it and "
                            "check it before you open it.")
                             .arg(name));
        const QString target =
            m_interactive ? QFileDialog::getSaveFileName(this, tr("Save evidence"), name) : QString();
        if (!target.isEmpty() && !writeAtomically(target, bytes, &error))
            m_state->setText(error);
        return;
    }
    if (!QDir().mkpath(folder) || !writeAtomically(path, bytes, &error)) {
        m_state->setText(error.isEmpty() ? tr("%1: cannot create the folder").arg(folder) : error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_state->setText(tr("No application opens %1; it is at %2").arg(name, path));
}

void ReviewPane::removeEvidence()
{
    const QListWidgetItem *item = m_evidence->currentItem();
    if (!item)
        return;
    if (m_interactive && QMessageBox::question(
                             this, tr("Remove evidence"),
                             tr("Detach %1 from this review? The history keeps its name and SHA-256.")
                                 .arg(item->data(EvidenceNameRole).toString()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    Evidence e;
    e.id = item->data(Qt::UserRole).toLongLong();
    e.target = m_subject.target;
    e.sha256 = item->data(EvidenceShaRole).toString();
    e.fileName = item->data(EvidenceNameRole).toString();
    QString error;
    if (!m_reviews.store().removeEvidence(e, reviewer(), &error))
        m_state->setText(error);
    reloadEvidence();
}

void ReviewPane::showHistory()
{
    flush();
    QList<ReviewChange> changes;
    QString error;
    if (!m_reviews.store().history(m_subject.target, &changes, &error)) {
        m_state->setText(error);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of %1").arg(m_subject.title));
    auto *table = new QTableWidget(int(changes.size()), 6);
    table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After"), tr("Came from")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < changes.size(); ++row) {
        const ReviewChange &c = changes.at(row);
        const QStringList cells = {localTime(c.at),
                                   c.reviewer,
                                   fieldLabel(c.field),
                                   fieldValue(c.field, c.oldValue),
                                   fieldValue(c.field, c.newValue),
                                   c.origin.isEmpty() ? tr("this store") : c.origin};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item =
                new QTableWidgetItem(QString(cells.at(column)).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    dialog.exec();
}

} // namespace vaultscope
