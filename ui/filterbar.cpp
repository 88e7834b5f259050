#include "filterbar.h"

#include "services/snapshotsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace vaultscope {

namespace {
void fill(QComboBox *box, const QString &all, const QHash<QString, QString> &choices) // label -> key
{
    // A new model filled before the box sees it: two thousand subscriptions in one swap, not
    // two thousand insertions into a live list.
    QStringList labels = choices.keys();
    labels.sort(Qt::CaseInsensitive);
    auto *model = new QStandardItemModel(box);
    auto *first = new QStandardItem(all);
    first->setData(QString(), Qt::UserRole);
    model->appendRow(first);
    for (const QString &label : std::as_const(labels)) {
        auto *item = new QStandardItem(label);
        item->setData(choices.value(label), Qt::UserRole);
        model->appendRow(item);
    }
    const QSignalBlocker blocker(box);
    box->setModel(model); // the box deletes the model it had, as it was the box's child
}

void select(QComboBox *box, const QSet<QString> &keys)
{
    const QSignalBlocker blocker(box);
    const int index = keys.size() == 1 ? box->findData(*keys.cbegin()) : 0;
    box->setCurrentIndex(std::max(index, 0));
}

QSet<QString> chosen(const QComboBox *box)
{
    const QString key = box->currentData().toString();
    return key.isEmpty() ? QSet<QString>() : QSet<QString>{key};
}
} // namespace

FilterBar::FilterBar(SnapshotSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_subscription(addCombo(tr("Filter by subscription")))
    , m_group(addCombo(tr("Filter by resource group")))
    , m_region(addCombo(tr("Filter by region")))
    , m_type(addCombo(tr("Filter by vault type")))
    , m_definition(addCombo(tr("Filter by policy definition")))
    , m_control(addCombo(tr("Filter by control")))
    , m_result(addCombo(tr("Filter by result")))
    , m_summary(new QLabel)
    , m_clear(new QPushButton(tr("C&lear filter")))
{
    setObjectName(QStringLiteral("filterBar"));
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    auto *combos = new QHBoxLayout;
    combos->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *box : {m_subscription, m_group, m_region, m_type, m_definition, m_control, m_result})
        combos->addWidget(box, 1);
    combos->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(2);
    layout->addLayout(combos);
    layout->addWidget(m_summary);
    connect(m_clear, &QPushButton::clicked, this, [this] { m_session.setFilter(PostureFilter()); });
    connect(&m_session, &SnapshotSession::postureChanged, this, &FilterBar::setChoices);
    connect(&m_session, &SnapshotSession::filterChanged, this, [this] { setFilter(m_session.filter()); });
    setChoices();
}

QComboBox *FilterBar::addCombo(const QString &accessibleName)
{
    auto *box = new QComboBox;
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(6);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        readCombos();
        m_session.setFilter(m_filter);
    });
    return box;
}

void FilterBar::setChoices()
{
    const Snapshot &snapshot = m_session.header();
    const PostureChoices &choices = m_session.choices();
    m_snapshot = Snapshot();
    m_snapshot.id = snapshot.id;
    m_snapshot.definitions = snapshot.definitions;
    m_snapshot.estate.subscriptionNames = snapshot.estate.subscriptionNames;
    m_updating = true;
    fill(m_subscription, tr("All subscriptions"), choices.subscriptions);
    fill(m_group, tr("All resource groups"), choices.resourceGroups);
    fill(m_region, tr("All regions"), choices.locations);
    fill(m_type, tr("All vault types"), choices.types);
    fill(m_definition, tr("All definitions"), choices.definitions);
    fill(m_control, tr("All controls"), choices.controls);
    {
        const QSignalBlocker blocker(m_result);
        m_result->clear();
        m_result->addItem(tr("All results"), QString());
        for (const char code : {OutcomeCode::NonCompliant, OutcomeCode::Unknown, OutcomeCode::Compliant})
            m_result->addItem(outcomeLabel(code), QString(QLatin1Char(code)));
    }
    m_updating = false;
    setFilter(m_session.filter());
}

void FilterBar::setFilter(const PostureFilter &filter)
{
    m_updating = true;
    select(m_subscription, filter.subscriptions);
    select(m_group, filter.resourceGroups);
    select(m_region, filter.locations);
    select(m_type, filter.types);
    select(m_definition, filter.definitions);
    select(m_control, filter.control.isEmpty() ? QSet<QString>() : QSet<QString>{filter.control});
    QSet<QString> results;
    for (char c : filter.results)
        results.insert(QString(QLatin1Char(c)));
    select(m_result, results);
    m_updating = false;
    m_filter = filter;
    m_clear->setEnabled(!filter.isEmpty());
    m_summary->setText(
        tr("Showing: %1 — %2 vaults")
            .arg(m_filter.describe(m_snapshot), QLocale().toString(m_session.view().vaults.size())));
}

void FilterBar::readCombos()
{
    PostureFilter f;
    f.subscriptions = chosen(m_subscription);
    f.resourceGroups = chosen(m_group);
    f.locations = chosen(m_region);
    f.types = chosen(m_type);
    f.definitions = chosen(m_definition);
    f.control = m_control->currentData().toString();
    const QString result = m_result->currentData().toString();
    if (!result.isEmpty())
        f.results = {result.at(0).toLatin1()};
    m_filter = f;
}

} // namespace vaultscope
