#include "baselinecomparedialog.h"

#include "itemmodels/cataloguetreemodel.h"
#include "services/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace vaultscope {

namespace {

enum Column { KindColumn, ControlColumn, NameColumn, CategoryColumn, FieldsColumn, ColumnCount };

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Category")},
        {QStringLiteral("controlId"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Control")},
        {QStringLiteral("controlTitle"),
         QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Control title")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Name")},
        {QStringLiteral("supported"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Supported")},
        {QStringLiteral("enabledByDefault"),
         QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Enabled by default")},
        {QStringLiteral("responsibility"),
         QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Responsibility")},
        {QStringLiteral("monitoring"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Monitoring")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Description")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Notes")},
        {QStringLiteral("guidance"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Guidance")},
        {QStringLiteral("references"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "References")},
        {QStringLiteral("policies"), QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Azure Policy")},
        {QStringLiteral("mappings"),
         QT_TRANSLATE_NOOP("vaultscope::BaselineCompareDialog", "Framework mappings")},
    };
    return BaselineCompareDialog::tr(labels.value(key, "?"));
}

QString kindText(EntryChange::Kind kind)
{
    // A sign as well as a word, so the column reads without colour.
    switch (kind) {
    case EntryChange::Added:
        return BaselineCompareDialog::tr("+ Added");
    case EntryChange::Removed:
        return BaselineCompareDialog::tr("− Removed");
    case EntryChange::Changed:
        break;
    }
    return BaselineCompareDialog::tr("≠ Changed");
}

QString choiceLabel(const Baseline &b)
{
    return b.service + QStringLiteral(" — ") + CatalogueTreeModel::baselineLabel(b);
}

QString cellHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

BaselineCompareDialog::BaselineCompareDialog(const QList<Baseline> &baselines, qint64 olderId, qint64 newerId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_baselines(baselines)
    , m_older(new QComboBox)
    , m_newer(new QComboBox)
    , m_kind(new QComboBox)
    , m_summary(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_details(new QTextBrowser)
    , m_splitter(new QSplitter(Qt::Vertical))
{
    setWindowTitle(tr("Compare baselines"));
    for (QComboBox *box : {m_older, m_newer}) {
        for (const Baseline &b : std::as_const(m_baselines))
            box->addItem(choiceLabel(b), b.id);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(40);
    }
    m_older->setObjectName(QStringLiteral("olderBaseline"));
    m_newer->setObjectName(QStringLiteral("newerBaseline"));
    m_older->setCurrentIndex(std::max(0, m_older->findData(olderId)));
    m_newer->setCurrentIndex(std::max(0, m_newer->findData(newerId)));
    auto *swap = new QToolButton;
    swap->setText(tr("Swap"));
    swap->setToolTip(tr("Swap older and newer"));
    connect(swap, &QToolButton::clicked, this, [this] {
        const int older = m_older->currentIndex();
        m_older->setCurrentIndex(m_newer->currentIndex());
        m_newer->setCurrentIndex(older);
    });

    m_kind->setObjectName(QStringLiteral("changeKind"));
    m_kind->setAccessibleName(tr("Show"));
    m_kind->addItem(tr("All differences"), -1);
    m_kind->addItem(tr("Added"), int(EntryChange::Added));
    m_kind->addItem(tr("Removed"), int(EntryChange::Removed));
    m_kind->addItem(tr("Changed"), int(EntryChange::Changed));

    auto *form = new QFormLayout;
    auto *olderRow = new QHBoxLayout;
    olderRow->addWidget(m_older, 1);
    olderRow->addWidget(swap);
    auto *olderLabel = new QLabel(tr("&Older:"));
    olderLabel->setBuddy(m_older);
    form->addRow(olderLabel, olderRow);
    form->addRow(tr("&Newer:"), m_newer);
    form->addRow(tr("S&how:"), m_kind);

    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("baselineChanges"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("Control"), tr("Name"), tr("Category"), tr("Changed fields")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldsColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    m_details->setObjectName(QStringLiteral("changeDetails"));
    m_details->setAccessibleName(tr("Both versions of the entry"));
    m_details->setOpenExternalLinks(false);
    m_details->setOpenLinks(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buttons);

    connect(m_older, &QComboBox::currentIndexChanged, this, &BaselineCompareDialog::compare);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &BaselineCompareDialog::compare);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BaselineCompareDialog::applyKindFilter);
    connect(m_table, &QTableWidget::currentCellChanged, this, &BaselineCompareDialog::showCurrentChange);

    resize(1100, 760);
    restoreGeometry(Settings::value(QStringLiteral("compareBaselines/geometry")));
    m_splitter->restoreState(Settings::value(QStringLiteral("compareBaselines/splitter")));
    compare();
    m_table->setFocus();
}

BaselineCompareDialog::~BaselineCompareDialog()
{
    Settings::setValue(QStringLiteral("compareBaselines/geometry"), saveGeometry());
    Settings::setValue(QStringLiteral("compareBaselines/splitter"), m_splitter->saveState());
}

qint64 BaselineCompareDialog::previousVersion(const QList<Baseline> &baselines, qint64 baselineId)
{
    const auto self = std::find_if(baselines.cbegin(), baselines.cend(),
                                   [baselineId](const Baseline &b) { return b.id == baselineId; });
    if (self == baselines.cend())
        return 0;
    const QString key = serviceKey(self->service);
    qint64 before = 0;
    qint64 after = 0;
    // The store lists a service's baselines by date, so the neighbours are the versions.
    for (auto it = baselines.cbegin(); it != baselines.cend(); ++it) {
        if (it == self || serviceKey(it->service) != key)
            continue;
        if (it < self)
            before = it->id;
        else if (!after)
            after = it->id;
    }
    return before ? before : after;
}

const Baseline *BaselineCompareDialog::chosen(const QComboBox *box) const
{
    const int i = box->currentIndex();
    return i >= 0 && i < m_baselines.size() ? &m_baselines.at(i) : nullptr;
}

void BaselineCompareDialog::compare()
{
    const Baseline *older = chosen(m_older);
    const Baseline *newer = chosen(m_newer);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_details->clear();
    if (!older || !newer) {
        m_summary->setText(tr("Import at least one baseline to compare."));
        return;
    }
    m_diff = diffBaselines(*older, *newer);
    const int added = m_diff.count(EntryChange::Added);
    const int removed = m_diff.count(EntryChange::Removed);
    QString text = tr("%1 → %2 entries: %3 changed, %4 added, %5 removed, %6 unchanged.")
                       .arg(older->entries.size())
                       .arg(newer->entries.size())
                       .arg(m_diff.count(EntryChange::Changed))
                       .arg(added)
                       .arg(removed)
                       .arg(m_diff.unchanged);
    if (m_diff.matchedById + m_diff.matchedByName > 0)
        text +=
            QLatin1Char(' ') + tr("Paired by control id alone (renamed): %1; by name alone (renumbered): %2.")
                                   .arg(m_diff.matchedById)
                                   .arg(m_diff.matchedByName);
    if (added > 0 && removed > 0)
        text +=
            QLatin1Char(' ') + tr("%1 older and %2 newer entries could not be matched by control id or name; "
                                  "they are listed as removed and added.")
                                   .arg(removed)
                                   .arg(added);
    if (older->id == newer->id)
        text = tr("The same baseline is chosen twice: choose another version to compare.");
    m_summary->setText(text);

    m_table->setRowCount(int(m_diff.changes.size()));
    for (int r = 0; r < m_diff.changes.size(); ++r) {
        const EntryChange &c = m_diff.changes.at(r);
        const Entry &e =
            c.kind == EntryChange::Removed ? older->entries.at(c.older) : newer->entries.at(c.newer);
        QStringList fields;
        for (const QString &f : c.fields)
            fields.append(fieldLabel(f));
        const QStringList cells = {kindText(c.kind), e.controlId, e.name, e.category,
                                   fields.join(QLatin1String(", "))};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, r);
            if (col == NameColumn)
                item->setToolTip(e.name);
            m_table->setItem(r, col, item);
        }
    }
    m_table->resizeColumnToContents(KindColumn);
    m_table->resizeColumnToContents(ControlColumn);
    m_table->setColumnWidth(CategoryColumn, 180);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    applyKindFilter();
}

void BaselineCompareDialog::applyKindFilter()
{
    const int kind = m_kind->currentData().toInt();
    int first = -1;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const int change = m_table->item(r, KindColumn)->data(Qt::UserRole).toInt();
        const bool shown = kind < 0 || m_diff.changes.at(change).kind == kind;
        m_table->setRowHidden(r, !shown);
        if (shown && first < 0)
            first = r;
    }
    if (first >= 0)
        m_table->setCurrentCell(first, NameColumn);
    else
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("No differences of this kind.").toHtmlEscaped()));
}

void BaselineCompareDialog::showCurrentChange()
{
    const Baseline *older = chosen(m_older);
    const Baseline *newer = chosen(m_newer);
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), KindColumn);
    if (!older || !newer || !item)
        return;
    const EntryChange &c = m_diff.changes.at(item->data(Qt::UserRole).toInt());
    const Entry *before = c.older >= 0 ? &older->entries.at(c.older) : nullptr;
    const Entry *after = c.newer >= 0 ? &newer->entries.at(c.newer) : nullptr;
    // Changed rows are tinted and marked, so they read in print and for colour-blind readers too.
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4' border='1' "
                                  "style='border-collapse:collapse'><tr><th></th><th>%1</th><th>%2</th></tr>")
                       .arg(cellHtml(tr("Older: %1").arg(CatalogueTreeModel::baselineLabel(*older))),
                            cellHtml(tr("Newer: %1").arg(CatalogueTreeModel::baselineLabel(*newer))));
    for (const QString &key : comparedFields()) {
        const QString a = before ? entryField(*before, key) : QString();
        const QString b = after ? entryField(*after, key) : QString();
        if (a.isEmpty() && b.isEmpty())
            continue;
        const bool changed = c.fields.contains(key);
        html +=
            QStringLiteral("<tr%1><td><b>%2</b>%3</td><td width='45%'>%4</td><td width='45%'>%5</td></tr>")
                .arg(changed ? QStringLiteral(" style='background-color:rgba(240,228,66,0.35)'") : QString(),
                     cellHtml(fieldLabel(key)), changed ? QStringLiteral(" ≠") : QString(),
                     before ? cellHtml(a)
                            : QStringLiteral("<i>%1</i>").arg(cellHtml(tr("not in this version"))),
                     after ? cellHtml(b)
                           : QStringLiteral("<i>%1</i>").arg(cellHtml(tr("not in this version"))));
    }
    html += QLatin1String("</table>");
    m_details->setHtml(html);
}

} // namespace vaultscope
