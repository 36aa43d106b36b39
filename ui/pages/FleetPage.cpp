#include "FleetPage.h"

#include "fleet/FleetJson.h"
#include "models/FleetModel.h"
#include "widgets/CommandComposer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace deck::ui {

using fleet::DeviceState;

FleetPage::FleetPage(Engine *engine, std::shared_ptr<fleet::FleetStage> stage, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_stage(std::move(stage)), m_model(new FleetModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_totals(new QLabel(this)), m_groups(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_groupBy(new QComboBox(this)), m_detail(new QTextBrowser(this)),
      m_rebirth(new QPushButton(tr("Request rebirth…"), this)), m_rules(new QPushButton(this)),
      m_command(new QPushButton(tr("Send command…"), this))
{
    setRulesName(QStringLiteral("auto"));
    m_rules->setToolTip(tr("How devices are found in the topics, how their state is read, when "
                           "they turn stale: a preset or rules of your own."));
    connect(m_rules, &QPushButton::clicked, this, &FleetPage::rulesRequested);
    m_rebirth->setToolTip(tr("Ask the chosen Sparkplug B edge node to publish its birth again "
                             "(NCMD Node Control/Rebirth); asks first."));
    m_rebirth->setEnabled(false);
    connect(m_rebirth, &QPushButton::clicked, this, [this] {
        const fleet::DevicePtr d =
            m_model->deviceAt(m_proxy->mapToSource(m_view->currentIndex()).row());
        if (d && d->sparkplug && d->kind == QLatin1String("node") && d->groups.size() == 2)
            emit rebirthRequested(d->groups.at(0), d->groups.at(1));
    });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter: device, group, firmware or state contains…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_groupBy->setToolTip(tr("What the Group column shows; sort by it to keep each group together."));
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &FleetPage::regroup);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FleetModel::DeviceColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several devices (Ctrl or Shift) for a bulk command; the detail shows the current one.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(FleetModel::StateColumn, 90);
    m_view->setColumnWidth(FleetModel::DeviceColumn, 170);
    m_view->setColumnWidth(FleetModel::GroupColumn, 190);
    m_view->setColumnWidth(FleetModel::LastSeenColumn, 100);
    m_view->setColumnWidth(FleetModel::ReconnectsColumn, 85);
    m_view->setColumnWidth(FleetModel::FirmwareColumn, 75);
    m_view->setColumnWidth(FleetModel::RateColumn, 55);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FleetPage::showDetail);
    m_command->setToolTip(tr("Open the Commands page's composer with the chosen devices as "
                             "targets (choose several with Ctrl or Shift)."));
    m_command->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_command->setEnabled(m_view->selectionModel()->hasSelection());
    });
    connect(m_command, &QPushButton::clicked, this, [this] {
        QStringList targets;
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            if (const fleet::DevicePtr d = m_model->deviceAt(m_proxy->mapToSource(i).row()))
                targets << CommandComposer::targetOf(*d);
        if (!targets.isEmpty())
            emit commandRequested(targets);
    });

    auto *jump = new QPushButton(tr("Show in Explorer"), this);
    jump->setToolTip(tr("Select the device's topics in the Explorer."));
    connect(jump, &QPushButton::clicked, this, [this] {
        const fleet::DevicePtr d = m_model->deviceAt(m_proxy->mapToSource(m_view->currentIndex()).row());
        if (d) // a Sparkplug entity's id is no topic level: its first topic seen is
            emit topicActivated(d->sparkplug && !d->topics.isEmpty() ? d->topics.first() : d->prefix);
    });
    connect(m_view, &QTableView::doubleClicked, jump, &QPushButton::click);

    m_totals->setTextFormat(Qt::RichText);
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_totals->setFont(big);
    m_groups->setWordWrap(true);
    m_detail->setOpenLinks(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_totals, 1);
    top->addWidget(new QLabel(tr("Group"), this));
    top->addWidget(m_groupBy);
    top->addWidget(m_filter, 1);
    top->addWidget(m_rules);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(jump);
    buttons->addWidget(m_rebirth);
    buttons->addWidget(m_command);
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 330});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(m_groups);
    layout->addWidget(split, 1);

    // At the engine's cadence, as every page: nothing runs per message.
    connect(engine, &Engine::changed, this, &FleetPage::refresh);
    refresh();
}

void FleetPage::setStage(std::shared_ptr<fleet::FleetStage> stage)
{
    m_stage = std::move(stage);
    m_shownGeneration = 0;
    m_shownDevice.reset();
    m_groupBy->blockSignals(true);
    m_groupBy->clear(); // the levels of the new rules fill it again
    m_groupBy->blockSignals(false);
    m_model->setGroupBy(FleetModel::kWholePath);
    refresh();
    showDetail();
}

void FleetPage::setRulesName(const QString &name)
{
    m_rules->setText(tr("Device rules: %1…").arg(name));
}

void FleetPage::regroup()
{
    m_model->setGroupBy(m_groupBy->currentData().toString());
    m_shownGeneration = 0;
    refresh();
}

void FleetPage::refresh()
{
    const auto snap = m_stage->snapshot();
    const qint64 now = m_engine->clock().nowMs();
    if (snap->generation == m_shownGeneration && !isVisible())
        return;
    m_shownGeneration = snap->generation;
    m_model->setSnapshot(snap, now);

    // The group choices follow the rules in use (the level names of every device found), then
    // firmware.
    if (m_groupBy->count() == 0) {
        m_groupBy->addItem(tr("whole path"), FleetModel::kWholePath);
        m_groupBy->addItem(tr("firmware"), FleetModel::kFirmware);
    }
    for (const fleet::DevicePtr &d : snap->devices)
        for (const QString &name : d->groupNames)
            if (m_groupBy->findData(name) < 0) {
                m_groupBy->blockSignals(true);
                m_groupBy->insertItem(m_groupBy->count() - 1, name, name);
                m_groupBy->blockSignals(false);
            }
    // Words with the icons' shapes: the state is never told by colour alone.
    m_totals->setText(
        tr("<b>%1</b> devices &nbsp; <span style='color:#2e7d32'>● <b>%2</b> online</span> &nbsp; "
           "<span style='color:#ef6c00'>◐ <b>%3</b> stale</span> &nbsp; "
           "<span style='color:#c62828'>✕ <b>%4</b> offline</span> &nbsp; "
           "<span style='color:#757575'>○ <b>%5</b> unknown</span>")
            .arg(snap->total)
            .arg(snap->online)
            .arg(snap->stale)
            .arg(snap->offline)
            .arg(snap->unknown) +
        (snap->droppedDevices > 0
             ? QStringLiteral(" &nbsp; ") +
                   tr("(%1 more not tracked: the limit is 100,000)").arg(snap->droppedDevices)
             : QString()));
    // Counts per group for the chosen level (the busiest first, at most 12 named).
    const QString level = m_groupBy->currentData().toString();
    QMap<QString, std::pair<int, int>> perGroup; // total, not online
    for (const fleet::DevicePtr &d : snap->devices) {
        auto &c = perGroup[FleetModel::groupText(*d, level)];
        ++c.first;
        if (d->state != DeviceState::Online)
            ++c.second;
    }
    QStringList parts;
    for (auto it = perGroup.cbegin(); it != perGroup.cend() && parts.size() < 12; ++it)
        parts << (it.value().second > 0
                      ? tr("%1: %2 (%3 not online)").arg(it.key().isEmpty() ? tr("(none)") : it.key())
                            .arg(it.value().first)
                            .arg(it.value().second)
                      : tr("%1: %2").arg(it.key().isEmpty() ? tr("(none)") : it.key())
                            .arg(it.value().first));
    if (perGroup.size() > 12)
        parts << tr("and %1 more groups").arg(perGroup.size() - 12);
    m_groups->setText(snap->devices.empty()
                          ? tr("No device yet: devices appear with their status topics "
                               "({env}/{tenant}/{site}/{area}/{asset}/status, devices/{id}/status), "
                               "any message under them, and Sparkplug B births.")
                          : parts.join(QStringLiteral(" · ")));
    showDetail();
}

void FleetPage::showDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const fleet::DevicePtr d = m_model->deviceAt(current.row());
    m_rebirth->setEnabled(d && d->sparkplug && d->kind == QLatin1String("node"));
    if (d && d == m_shownDevice)
        return; // unchanged (a changed device is a new object: copy on write)
    if (!d) {
        m_shownDevice.reset();
        m_shownPrefix.clear();
        m_detail->setHtml(tr("<p>Choose a device to see its status history, its topics and its "
                             "last status.</p>"));
        return;
    }
    const qint64 now = m_engine->clock().nowMs();
    QString html = QStringLiteral("<h3>%1</h3>").arg(d->id.toHtmlEscaped());
    auto row = [&](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, v.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    row(tr("State"), tr("%1, since %2").arg(fleet::stateText(d->state),
                                            FleetModel::ageText(d->stateSinceMs, now)));
    row(tr("Topics under"), d->prefix);
    row(tr("Last seen"), FleetModel::ageText(d->lastSeenMs, now));
    row(tr("Reconnects"), QString::number(d->reconnects));
    if (!d->firmware.isEmpty())
        row(tr("Firmware"), d->firmware);
    row(tr("Messages"), tr("%1 (%2/s)").arg(d->messages).arg(d->ratePerSecond, 0, 'f', 1));
    if (d->sparkplug) {
        row(tr("bdSeq"), d->bdSeq < 0 ? tr("not known") : QString::number(d->bdSeq));
        if (!d->flags.isEmpty())
            row(tr("Problems"), d->flags.join(QStringLiteral(", ")) +
                                    (d->lastProblem.isEmpty() ? QString()
                                                              : QStringLiteral(" — ") + d->lastProblem));
        row(tr("Metrics"), d->metricsJson);
    }
    if (!d->lastStatus.isEmpty())
        row(tr("Last status"), QString::fromUtf8(d->lastStatus) + QStringLiteral(" (") +
                                   d->statusTopic + QLatin1Char(')'));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Status history (newest first)"));
    for (auto it = d->history.rbegin(); it != d->history.rend(); ++it)
        html += QStringLiteral("<li>%1 — %2 → %3: %4</li>")
                    .arg(fleet::isoTime(it->atMs), fleet::stateText(it->from),
                         fleet::stateText(it->to), it->cause.toHtmlEscaped());
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Topics seen"));
    for (const QString &t : d->topics)
        html += QStringLiteral("<li>%1</li>").arg(t.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    const int scroll = d->prefix == m_shownPrefix ? m_detail->verticalScrollBar()->value() : 0;
    m_detail->setHtml(html);
    m_detail->verticalScrollBar()->setValue(scroll); // a refresh keeps the reader's place
    m_shownPrefix = d->prefix;
    m_shownDevice = d;
}

} // namespace deck::ui
