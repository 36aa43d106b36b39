#include "TopicInspector.h"

#include "payload/SparkplugB.h"

#include "PayloadInspector.h"
#include "payload/PayloadDiff.h"
#include "payload/PayloadFormat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace deck::ui {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

TopicInspector::TopicInspector(Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_payload(new PayloadInspector(this)), m_history(new QTreeWidget(this)),
      m_diff(new QTextBrowser(this)), m_pinned(new QLabel(this)),
      m_latest(new QPushButton(tr("Show latest"), this))
{
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("Received"), tr("Size"), tr("Flags"), tr("Payload")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->setToolTip(tr("The topic's recent messages, newest first. Select one to inspect "
                             "it and compare it with the one before."));
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &TopicInspector::showHistoryEntry);
    m_diff->setOpenLinks(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_diff->setFont(mono);
    connect(m_latest, &QPushButton::clicked, this, &TopicInspector::followLatest);
    connect(m_payload, &PayloadInspector::plotRequested, this, &TopicInspector::plotRequested);

    auto *payloadTab = new QWidget(this);
    auto *pinBar = new QHBoxLayout;
    pinBar->addWidget(m_pinned, 1);
    pinBar->addWidget(m_latest);
    m_pinned->setStyleSheet(QStringLiteral("color: #a15c00;"));
    auto *payloadLayout = new QVBoxLayout(payloadTab);
    payloadLayout->setContentsMargins(4, 4, 4, 4);
    payloadLayout->addLayout(pinBar);
    payloadLayout->addWidget(m_payload, 1);
    m_tabs->addTab(payloadTab, tr("Payload"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_diff, tr("Diff with previous"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    setNode(kNoNode);
}

void TopicInspector::setNode(NodeId node)
{
    m_node = node;
    m_messages.clear();
    m_history->clear();
    m_lastSeenMs = -1;
    m_lastSeenCount = 0;
    m_pinnedIndex = -1;
    m_pinned->hide();
    m_latest->hide();
    m_payload->clear();
    m_diff->clear();
    m_title->clear();
    refresh();
}

void TopicInspector::refresh()
{
    if (m_node == kNoNode)
        return;
    struct Snapshot
    {
        bool valid = false;
        QByteArray topic;
        NodeInfo info;
    };
    const Snapshot s = m_engine->read([&](const TopicTree &t) {
        return t.isValid(m_node) ? Snapshot{true, t.topic(m_node), t.info(m_node)} : Snapshot{};
    });
    if (!s.valid) { // cleared since the selection was made
        setNode(kNoNode);
        return;
    }
    m_topic = QString::fromUtf8(s.topic);
    const NodeRates rates = m_engine->rates(m_node);
    QString title = QStringLiteral("<b>%1</b><br>").arg(m_topic.toHtmlEscaped());
    title += tr("Messages here and below: %1 — to this topic: %2 — %3/s")
                 .arg(s.info.subtreeMessages)
                 .arg(s.info.ownMessages)
                 .arg(rates.subtree, 0, 'f', 1);
    if (s.info.isTopic)
        title +=
            QStringLiteral("<br>") + tr("Payload sizes: min %1, average %2, max %3 — first seen %4")
                                         .arg(payload::sizeText(s.info.minPayload),
                                              payload::sizeText(qint64(s.info.avgPayload)),
                                              payload::sizeText(s.info.maxPayload),
                                              QDateTime::fromMSecsSinceEpoch(s.info.firstReceivedMs)
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    m_title->setText(title);
    if (!s.info.isTopic) {
        m_payload->clear(tr("No message was published to this level itself."));
        // Nothing of the previously selected topic may stay: its history, its count in the tab.
        m_messages.clear();
        m_lastSeenMs = -1;
        m_lastSeenCount = 0;
        m_history->clear();
        m_tabs->setTabText(1, tr("History (%1)").arg(0));
        return;
    }
    // Only copy payloads out of the tree when something new arrived.
    if (s.info.lastReceivedMs == m_lastSeenMs && s.info.ownMessages == m_lastSeenCount)
        return;
    m_lastSeenMs = s.info.lastReceivedMs;
    m_lastSeenCount = s.info.ownMessages;
    m_messages = m_engine->read([&](const TopicTree &t) {
        std::vector<StoredMessage> h = t.history(m_node);
        if (h.empty())
            h.push_back(t.lastMessage(m_node));
        return h;
    });
    m_tabs->setTabText(1, tr("History (%1)").arg(m_messages.size()));
    const QSignalBlocker block(m_history);
    const QString pinnedKey = m_pinnedIndex >= 0 && m_history->currentItem()
                                  ? m_history->currentItem()->text(0)
                                  : QString();
    m_history->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = int(m_messages.size()) - 1; i >= 0; --i) {
        const StoredMessage &m = m_messages[size_t(i)];
        QStringList flags{tr("QoS %1").arg(m.qos)};
        if (m.retained)
            flags << tr("retained");
        if (m.duplicate)
            flags << tr("dup");
        auto *item = new QTreeWidgetItem(
            {timeText(m.receivedAtMs), payload::sizeText(m.payload.size()),
             flags.join(QStringLiteral(", ")), payload::previewLine(m.payload, m_topic, 160)});
        item->setData(0, Qt::UserRole, i);
        items << item;
    }
    m_history->addTopLevelItems(items);
    if (m_pinnedIndex >= 0) {
        // The pinned message may have moved in (or left) the ring: find it again by its time.
        const auto found = m_history->findItems(pinnedKey, Qt::MatchExactly, 0);
        if (found.isEmpty()) {
            followLatest();
            return;
        }
        m_history->setCurrentItem(found.first());
        m_pinnedIndex = found.first()->data(0, Qt::UserRole).toInt();
        return;
    }
    updateSparkplugAliases();
    m_payload->showMessage(m_topic, m_messages.back());
    updateDiff();
}

void TopicInspector::updateSparkplugAliases()
{
    // Sparkplug B data sent by alias only: named from the node's (device's) last birth.
    const QString birth = payload::sparkplugBirthTopic(m_topic);
    const auto last = birth.isEmpty() ? std::nullopt : m_engine->lastMessage(birth);
    m_payload->setSparkplugAliases(last ? payload::sparkplugAliases(last->payload)
                                        : payload::SparkplugAliases());
}

void TopicInspector::showHistoryEntry()
{
    QTreeWidgetItem *item = m_history->currentItem();
    if (!item)
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || size_t(index) >= m_messages.size())
        return;
    const bool latest = size_t(index) == m_messages.size() - 1;
    m_pinnedIndex = latest ? -1 : index;
    m_pinned->setText(tr("Showing the message received at %1, not the latest.")
                          .arg(timeText(m_messages[size_t(index)].receivedAtMs)));
    m_pinned->setVisible(!latest);
    m_latest->setVisible(!latest);
    m_payload->showMessage(m_topic, m_messages[size_t(index)]);
    updateDiff();
}

void TopicInspector::followLatest()
{
    m_pinnedIndex = -1;
    m_pinned->hide();
    m_latest->hide();
    m_history->clearSelection();
    if (!m_messages.empty())
        m_payload->showMessage(m_topic, m_messages.back());
    updateDiff();
}

void TopicInspector::updateDiff()
{
    const int shown = m_pinnedIndex >= 0 ? m_pinnedIndex : int(m_messages.size()) - 1;
    if (shown < 1) {
        m_diff->setPlainText(tr("There is no earlier message of this topic to compare with."));
        return;
    }
    const StoredMessage &before = m_messages[size_t(shown - 1)];
    const StoredMessage &after = m_messages[size_t(shown)];
    const payload::PayloadDiffResult d =
        payload::diffPayloads(before.payload, after.payload, m_topic);
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("%1 → %2: %n change(s)", nullptr, d.changes)
                                .arg(timeText(before.receivedAtMs), timeText(after.receivedAtMs))
                                .toHtmlEscaped());
    if (!d.note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(d.note.toHtmlEscaped());
    html += QStringLiteral("<pre>");
    for (const payload::DiffEntry &e : d.entries) {
        const QString label = e.label.isEmpty() ? QString() : e.label + QStringLiteral(": ");
        QString line;
        QString colour;
        switch (e.kind) {
        case payload::DiffEntry::Same:
            line = QStringLiteral("  ") + label + e.after;
            colour = QStringLiteral("#777777");
            break;
        case payload::DiffEntry::Added:
            line = QStringLiteral("+ ") + label + e.after;
            colour = QStringLiteral("#1b7f2a");
            break;
        case payload::DiffEntry::Removed:
            line = QStringLiteral("- ") + label + e.before;
            colour = QStringLiteral("#b3261e");
            break;
        case payload::DiffEntry::Changed:
            line = QStringLiteral("~ ") + label + e.before + QStringLiteral(" → ") + e.after;
            colour = QStringLiteral("#a15c00");
            break;
        }
        html += QStringLiteral("<span style=\"color:%1\">%2</span>\n")
                    .arg(colour, line.toHtmlEscaped());
    }
    html += QStringLiteral("</pre>");
    m_diff->setHtml(html);
}

} // namespace deck::ui
