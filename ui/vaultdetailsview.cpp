#include "vaultdetailsview.h"

#include "posture/posture.h"
#include "services/palette.h"
#include "services/snapshotsession.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
constexpr qsizetype kObjectPage = 60; // objects laid out per page of the results
} // namespace

VaultDetailsView::VaultDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_results(new QTextBrowser)
    , m_json(new QPlainTextEdit)
    , m_jsonSearch(new QLineEdit)
{
    m_results->setObjectName(QStringLiteral("vaultResults"));
    m_results->setAccessibleName(tr("Policy results of the vault"));
    m_results->setOpenLinks(false);
    m_json->setObjectName(QStringLiteral("vaultJson"));
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Vault configuration as captured (JSON)"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonSearch->setPlaceholderText(tr("Find in the configuration (Enter for the next match)"));
    m_jsonSearch->setAccessibleName(tr("Find in the vault configuration"));
    m_jsonSearch->setClearButtonEnabled(true);
    auto *jsonBox = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonBox);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(m_jsonSearch);
    jsonLayout->addWidget(m_json, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(jsonBox);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    connect(m_jsonSearch, &QLineEdit::textChanged, this, [this] { find(true); });
    connect(m_jsonSearch, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        else if (url.scheme() == QLatin1String("review"))
            Q_EMIT reviewRequested(url.path(), url.query(QUrl::FullyDecoded));
        else if (url.scheme() == QLatin1String("more") && m_shown)
            showMoreObjects();
    });
}

VaultDetailsView::~VaultDetailsView() = default;

void VaultDetailsView::setReviewArea(QWidget *area)
{
    m_splitter->insertWidget(1, area);
    m_splitter->setSizes({350, 330, 200});
}

void VaultDetailsView::find(bool fromStart)
{
    if (fromStart)
        m_json->moveCursor(QTextCursor::Start);
    if (!m_json->find(m_jsonSearch->text())) { // wrap around
        m_json->moveCursor(QTextCursor::Start);
        m_json->find(m_jsonSearch->text());
    }
}

void VaultDetailsView::clear()
{
    m_shown.reset();
    m_results->clear();
    m_json->clear();
}

void VaultDetailsView::showError(const QString &message)
{
    m_shown.reset();
    m_results->clear();
    m_json->setPlainText(message);
}

QString VaultDetailsView::headerHtml(const VaultRow &row, const QString &portalUrl)
{
    QString html = QStringLiteral("<h3>%1</h3><p><small>%2</small>")
                       .arg(row.name.toHtmlEscaped(), row.id.toHtmlEscaped());
    if (!portalUrl.isEmpty())
        html += QStringLiteral("<br/><a href='%1'>%2</a>")
                    .arg(portalUrl.toHtmlEscaped(), tr("Open in the Azure portal"));
    return html + QStringLiteral("</p>");
}

void VaultDetailsView::showPending(const VaultRow &row)
{
    m_shown.reset();
    m_json->clear();
    m_results->setHtml(headerHtml(row, QString()) +
                       QStringLiteral("<p><i>%1</i></p>").arg(tr("Reading the vault's results…")));
}

void VaultDetailsView::showVault(const VaultRow &row, const VaultDetails &details)
{
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(details.json).toJson(QJsonDocument::Indented)));
    QString html = headerHtml(row, details.portalUrl);
    for (const VaultDetails::Result &r : details.results) {
        const SnapshotDefinition &def = r.definition;
        const QString controls =
            def.controls.isEmpty()
                ? QString()
                : tr("Controls: %1").arg(def.controls.join(QLatin1String(", "))).toHtmlEscaped() +
                      QStringLiteral(" · ");
        const QString remedy = r.remedy.isEmpty() ? QString()
                                                  : QStringLiteral("<br/><i>") +
                                                        tr("Remediation: %1").arg(r.remedy).toHtmlEscaped() +
                                                        QStringLiteral("</i>");
        html += QStringLiteral("<p><b style='color:%1'>%2 %3</b> — %4<br/><small>%5%6</small><br/>%7 <a "
                               "href='review:%8'>%9</a></p>")
                    .arg(Palette::outcome(r.outcome, true).name(), outcomeMark(r.outcome),
                         outcomeLabel(r.outcome).toHtmlEscaped(), def.displayName.toHtmlEscaped(), controls,
                         tr("version %1, effect %2").arg(def.version, def.effect).toHtmlEscaped(),
                         r.reason.toHtmlEscaped() + remedy, def.name.toHtmlEscaped(), tr("Review…"));
    }
    m_shown = std::make_unique<VaultDetails>(details);
    m_objectsShown = kObjectPage;
    m_results->setHtml(html + objectsHtml(*m_shown, 0));
}

void VaultDetailsView::showMoreObjects()
{
    // The next page replaces the link at the end; what is above stays laid out as it is.
    QTextCursor end(m_results->document());
    end.movePosition(QTextCursor::End);
    end.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    end.removeSelectedText();
    const qsizetype from = m_objectsShown;
    m_objectsShown += kObjectPage;
    end.insertHtml(objectsHtml(*m_shown, from));
}

QString VaultDetailsView::objectsHtml(const VaultDetails &details, qsizetype from) const
{
    if (!details.objectsGap.isEmpty())
        return QStringLiteral("<h3>%1</h3><p><b style='color:%2'>? %3</b></p>")
            .arg(tr("Keys, secrets and certificates"), Palette::outcome(OutcomeCode::Unknown, true).name(),
                 tr("Not read in the scan, so unknown: %1").arg(details.objectsGap).toHtmlEscaped());
    if (details.objects.isEmpty())
        return {};
    QString html =
        from > 0
            ? QString()
            : QStringLiteral("<h3>%1</h3><p><small>%2</small></p>")
                  .arg(tr("Keys, secrets and certificates (%1)").arg(details.objects.size()),
                       tr("Judged as of the capture, %1: “expires within N days” counts from then.")
                           .arg(QLocale().toString(details.evaluatedAt.toLocalTime(), QLocale::ShortFormat))
                           .toHtmlEscaped());
    for (qsizetype i = from; i < details.objects.size() && i < m_objectsShown; ++i) {
        const VaultDetails::Object &o = details.objects.at(i);
        const QString type = o.type.section(QLatin1Char('/'), -1);
        const QString kind = o.type.startsWith(QLatin1String("Microsoft.ManagedHSM")) ? tr("Managed HSM key")
                             : type == QLatin1String("keys")                          ? tr("key")
                             : type == QLatin1String("secrets")                       ? tr("secret")
                                                                                      : tr("certificate");
        const QDateTime expires = QDateTime::fromString(
            o.normalized[QLatin1String("attributes")][QLatin1String("expiresOn")].toString(), Qt::ISODate);
        const QString expiry =
            expires.isValid()
                ? tr("expires %1").arg(QLocale().toString(expires.toLocalTime().date(), QLocale::ShortFormat))
                : tr("never expires");
        html += QStringLiteral("<p><b style='color:%1'>%2 %3</b> — %4 · %5<br/>")
                    .arg(Palette::outcome(o.worst, true).name(), outcomeMark(o.worst), o.name.toHtmlEscaped(),
                         kind, expiry.toHtmlEscaped());
        int passed = 0;
        for (const VaultDetails::Result &r : o.results) {
            if (r.outcome == OutcomeCode::Compliant) {
                ++passed;
                continue;
            }
            QUrl review;
            review.setScheme(QStringLiteral("review"));
            review.setPath(r.definition.name);
            review.setQuery(QString::fromLatin1(QUrl::toPercentEncoding(o.id)));
            html += QStringLiteral(
                        "<small><span style='color:%1'>%2 %3</span>: %4 <a href='%5'>%6</a></small><br/>")
                        .arg(Palette::outcome(r.outcome, true).name(), outcomeMark(r.outcome),
                             r.definition.displayName.toHtmlEscaped(), r.reason.toHtmlEscaped(),
                             review.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Review…"));
        }
        if (passed > 0)
            html += QStringLiteral("<small>%1</small>").arg(tr("✓ %n definition(s) passed", nullptr, passed));
        html += QStringLiteral("</p>");
    }
    if (m_objectsShown < details.objects.size())
        html += QStringLiteral("<p><a href='more:objects'>%1</a></p>")
                    .arg(tr("Show %1 more of the %2 not shown yet")
                             .arg(std::min(kObjectPage, details.objects.size() - m_objectsShown))
                             .arg(details.objects.size() - m_objectsShown)
                             .toHtmlEscaped());
    return html;
}

} // namespace vaultscope
