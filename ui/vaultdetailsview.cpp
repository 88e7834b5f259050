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
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vaultscope {

QString outcomeMark(char outcome)
{
    return QString::fromUtf8(outcome == OutcomeCode::NonCompliant ? "✗"
                             : outcome == OutcomeCode::Compliant  ? "✓"
                                                                  : "?");
}

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
    });
}

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
    m_results->clear();
    m_json->clear();
}

void VaultDetailsView::showError(const QString &message)
{
    m_results->clear();
    m_json->setPlainText(message);
}

void VaultDetailsView::showVault(const VaultRow &row, const VaultDetails &details)
{
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(details.json).toJson(QJsonDocument::Indented)));
    QString html = QStringLiteral("<h3>%1</h3><p><small>%2</small><br/><a href='%3'>%4</a></p>")
                       .arg(row.name.toHtmlEscaped(), row.id.toHtmlEscaped(),
                            details.portalUrl.toHtmlEscaped(), tr("Open in the Azure portal"));
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
    html += objectsHtml(details);
    m_results->setHtml(html);
}

QString VaultDetailsView::objectsHtml(const VaultDetails &details)
{
    if (!details.objectsGap.isEmpty())
        return QStringLiteral("<h3>%1</h3><p><b style='color:%2'>? %3</b></p>")
            .arg(tr("Keys, secrets and certificates"), Palette::outcome(OutcomeCode::Unknown, true).name(),
                 tr("Not read in the scan, so unknown: %1").arg(details.objectsGap).toHtmlEscaped());
    if (details.objects.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h3>%1</h3><p><small>%2</small></p>")
            .arg(tr("Keys, secrets and certificates (%1)").arg(details.objects.size()),
                 tr("Judged as of the capture, %1: “expires within N days” counts from then.")
                     .arg(QLocale().toString(details.evaluatedAt.toLocalTime(), QLocale::ShortFormat))
                     .toHtmlEscaped());
    for (const VaultDetails::Object &o : details.objects) {
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
    return html;
}

} // namespace vaultscope
