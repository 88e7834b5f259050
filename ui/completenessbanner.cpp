#include "completenessbanner.h"

#include "services/palette.h"
#include "services/snapshotsession.h"

namespace vaultscope {

CompletenessBanner::CompletenessBanner(SnapshotSession &session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("completenessBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    connect(&m_session, &SnapshotSession::currentChanged, this, &CompletenessBanner::update);
    update();
}

void CompletenessBanner::update()
{
    const Completeness &c = m_session.header().completeness;
    setVisible(c.recorded);
    if (!c.recorded)
        return;
    if (c.complete()) {
        setStyleSheet(QString());
        setText(tr("Live scan, complete: %1.").arg(c.summary()));
        setToolTip(QString());
        return;
    }
    // A warning that cannot be missed: the failure colour as the frame, the text stays black on light.
    setStyleSheet(
        QStringLiteral("QLabel#completenessBanner { border: 2px solid %1; background: %2; color: black; "
                       "padding: 4px; }")
            .arg(Palette::Fail.name(), Palette::Fail.lighter(190).name()));
    QStringList lines{
        tr("<b>Incomplete scan:</b> %1. Results cover only what was read.").arg(c.summary().toHtmlEscaped())};
    for (qsizetype i = 0; i < c.failed.size() && i < 3; ++i)
        lines.append(tr("Not scanned: %1").arg(c.failed.at(i).text().toHtmlEscaped()));
    if (c.failed.size() > 3)
        lines.append(tr("… and %1 more subscriptions (snapshot list --json lists them all).")
                         .arg(c.failed.size() - 3));
    setText(lines.join(QStringLiteral("<br>")));
    QStringList all;
    for (const Completeness::Failure &f : c.failed)
        all.append(f.text());
    all += c.notes;
    setToolTip(all.join(QLatin1Char('\n')));
}

} // namespace vaultscope
