#include "ExplorerPage.h"

#include "models/TopicFilterProxy.h"
#include "models/TopicTreeModel.h"
#include "mqtt/RetainedClearer.h"
#include "widgets/TopicFilterBar.h"
#include "widgets/TopicInspector.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace deck::ui {

namespace {
constexpr int kExpandBudget = 5000;   // nodes fetched by "Expand all below"
constexpr int kRevealMatches = 300;   // search matches whose branches are opened
constexpr int kSearchEveryMs = 1000;  // re-run an active search as topics arrive
constexpr int kAutoExpandFanOut = 12; // children of one parent, at most, opened automatically
constexpr int kAutoExpandMax = 200;   // nodes opened automatically after a connection
} // namespace

ExplorerPage::ExplorerPage(Engine *engine, mqtt::Session *session, LiveFeed *feed,
                           QWidget *parent)
    : QWidget(parent), m_engine(engine), m_session(session), m_feed(feed),
      m_model(new TopicTreeModel(engine, this)), m_proxy(new TopicFilterProxy(this)),
      m_view(new QTreeView(this)), m_filter(new TopicFilterBar(this)),
      m_inspector(new TopicInspector(engine, this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TopicTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true); // lets the view skip measuring every row
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TopicTreeModel::ValueColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TopicTreeModel::NameColumn, 300);
    m_view->setColumnWidth(TopicTreeModel::MessagesColumn, 90);
    m_view->setColumnWidth(TopicTreeModel::RateColumn, 70);
    m_view->setColumnWidth(TopicTreeModel::RetainedColumn, 80);
    m_view->setColumnWidth(TopicTreeModel::AgeColumn, 60);
    addActions();
    // Sorted by name (the default), rows never move when values change: the view just repaints
    // its visible rows each notification. Sorted by a value column, the model tells the proxy.
    m_model->setValueNotifications(false);
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        m_model->setValueNotifications(column != TopicTreeModel::NameColumn);
    });

    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Forget every topic and its statistics; the connection and the "
                         "subscriptions stay, and the tree fills again as messages arrive."));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_inspector->setNode(kNoNode);
        m_model->clearNow();
        m_engine->clear();
    });
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(clear);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes(
        {900, 600}); // 3:2 whatever the inspector's labels ask for (French is longer)
    m_inspector->setMinimumWidth(360);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_inspector->setNode(
                    current.isValid() ? m_model->nodeAt(m_proxy->mapToSource(current)) : kNoNode);
            });
    connect(engine, &Engine::changed, this, &ExplorerPage::onEngineChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ExplorerPage::autoExpand);
    connect(m_filter, &TopicFilterBar::queryChanged, this, &ExplorerPage::runSearch);
    connect(m_inspector, &TopicInspector::plotRequested, this, &ExplorerPage::plotRequested);
}

void ExplorerPage::addActions()
{
    auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    add(tr("Copy topic"), QKeySequence::Copy, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(
                current.data(TopicTreeModel::TopicRole).toString());
    });
    add(tr("Publish to this topic…"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit publishRequested(current.data(TopicTreeModel::TopicRole).toString());
    });
    add(tr("Expand all below"), QKeySequence(Qt::Key_Asterisk), &ExplorerPage::expandAllBelow);
    add(tr("Collapse all below"), QKeySequence(Qt::Key_Slash), &ExplorerPage::collapseAllBelow);
    auto *follow = new QAction(tr("Follow latest message below"), m_view);
    follow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    follow->setShortcutContext(Qt::WidgetShortcut);
    follow->setCheckable(true);
    connect(follow, &QAction::toggled, this, &ExplorerPage::followLatest);
    m_view->addAction(follow);
    follow->setToolTip(
        tr("Keep selecting the topic below this node that received the latest message."));
    if (m_session)
        add(tr("Clear retained values…"), QKeySequence(Qt::Key_Delete),
            &ExplorerPage::clearRetained);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter->edit(), qOverload<>(&QWidget::setFocus));
    addAction(find);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ExplorerPage::watchOnScreen()
{
    // Rates are computed for watched nodes only (one per row would cost the engine at 100,000
    // topics): watch exactly what is on screen — the rows in the viewport, and the selected node
    // with its ancestors for the inspector. Walking the visible rows is a few dozen steps, done
    // at each notification, so scrolling, expanding, sorting and searching all follow.
    std::vector<NodeId> nodes;
    const int bottom = m_view->viewport()->height();
    for (QModelIndex index = m_view->indexAt(QPoint(1, 1));
         index.isValid() && m_view->visualRect(index).top() < bottom && nodes.size() < 1000;
         index = m_view->indexBelow(index))
        nodes.push_back(m_model->nodeAt(m_proxy->mapToSource(index)));
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        const NodeId selected = m_model->nodeAt(m_proxy->mapToSource(current));
        m_engine->read([&](const TopicTree &t) {
            for (NodeId n = selected; n != kNoNode && t.isValid(n); n = t.parent(n))
                nodes.push_back(n);
            return 0;
        });
    }
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    if (nodes != m_watched) {
        m_watched = nodes;
        m_engine->setWatched(std::move(nodes));
    }
}

void ExplorerPage::onEngineChanged(const EngineChange &change)
{
    if (change.cleared)
        m_followed = kNoNode;
    watchOnScreen();
    m_inspector->refresh();
    m_view->viewport()->update();
    // A search over a large tree costs tens of milliseconds: re-run it at most once a second and
    // never more than 5% of the time.
    const qint64 every = std::max<qint64>(kSearchEveryMs, m_lastSearchCostMs * 20);
    if (m_filter->isActive() && QDateTime::currentMSecsSinceEpoch() - m_lastSearchMs >= every)
        runSearch();
    if (m_followed == kNoNode)
        return;
    // Follow: the newest message of the live feed whose topic is at or below the followed node.
    quint64 last = 0;
    if (!m_feed)
        return;
    const std::vector<Message> recent = m_feed->since(m_followSequence, &last);
    m_followSequence = last;
    const QByteArray prefix = m_engine->read([&](const TopicTree &t) {
        return t.isValid(m_followed) ? t.topic(m_followed) : QByteArray();
    });
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
        const QByteArrayView topic = it->topicBytes();
        if (topic == prefix || (topic.startsWith(prefix) && topic.size() > prefix.size() &&
                                topic[prefix.size()] == '/')) {
            const NodeId node =
                m_engine->read([&](const TopicTree &t) { return t.find(it->topic()); });
            if (node != kNoNode && node != m_inspector->node())
                selectNode(node);
            break;
        }
    }
}

void ExplorerPage::runSearch()
{
    QElapsedTimer cost;
    cost.start();
    m_lastSearchMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_filter->isActive()) {
        m_proxy->clearFilter();
        m_filter->showResult({}, 0);
        return;
    }
    const TopicQuery query = m_filter->query();
    std::unordered_set<NodeId> visible;
    quint64 total = 0;
    const TopicSearchResult result = m_engine->read([&](const TopicTree &t) {
        TopicSearchResult r = TopicSearch::run(t, query);
        total = t.topicCount();
        for (NodeId n : r.matches)
            for (NodeId p = n; p != kNoNode && p != kRootNode && visible.insert(p).second;
                 p = t.parent(p)) {
            }
        return r;
    });
    m_lastSearchCostMs = cost.elapsed();
    m_filter->showResult(result, total);
    if (!result.error.isEmpty())
        return;
    // Matches deep in branches nobody opened: fetch and open their paths (the first few hundred).
    const bool reveal = result.matches.size() <= size_t(kRevealMatches);
    for (size_t i = 0; i < result.matches.size() && i < size_t(kRevealMatches); ++i)
        m_model->fetchPath(result.matches[i]);
    // The inspector never keeps showing a topic the search has hidden from the tree.
    const bool shownHidden = m_inspector->node() != kNoNode && !visible.count(m_inspector->node());
    m_proxy->setVisibleNodes(std::move(visible));
    if (shownHidden) {
        m_view->setCurrentIndex({});
        m_inspector->setNode(kNoNode);
    }
    if (!reveal)
        return;
    for (NodeId n : result.matches) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(n));
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            m_view->expand(p);
    }
}

void ExplorerPage::expandAllBelow()
{
    // Only what was fetched within the budget is expanded: QTreeView::expandAll() on a lazy
    // model would fetch and expand the whole tree, level after level, however large it is.
    const QModelIndex current = m_view->currentIndex();
    const std::vector<NodeId> fetched =
        m_model->fetchSubtree(m_proxy->mapToSource(current), kExpandBudget);
    for (NodeId node : fetched) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(node));
        if (index.isValid() && m_proxy->hasChildren(index))
            m_view->expand(index);
    }
    if (fetched.size() >= size_t(kExpandBudget))
        emit statusMessage(
            tr("Expanded the first %1 nodes only; use the search box to narrow down.")
                .arg(kExpandBudget));
}

void ExplorerPage::collapseAllBelow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_view->collapseAll();
        return;
    }
    std::vector<QModelIndex> stack{current};
    while (!stack.empty()) {
        const QModelIndex i = stack.back();
        stack.pop_back();
        if (!m_view->isExpanded(i))
            continue;
        m_view->collapse(i);
        for (int r = 0; r < m_proxy->rowCount(i); ++r)
            stack.push_back(m_proxy->index(r, 0, i));
    }
}

void ExplorerPage::followLatest(bool on)
{
    if (!on) {
        m_followed = kNoNode;
        emit statusMessage(tr("Stopped following."));
        return;
    }
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_followed = m_model->nodeAt(current);
    if (m_feed) // only what arrives from now on
        m_followSequence = m_feed->snapshot()->lastSequence;
    const QString topic =
        current.isValid() ? current.data(TopicTreeModel::TopicRole).toString() : tr("(all topics)");
    emit statusMessage(
        tr("Following the latest message at or below %1 (Ctrl+L again to stop).").arg(topic));
}

void ExplorerPage::selectNode(NodeId node)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->fetchPath(node));
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool ExplorerPage::selectTopic(const QString &topic)
{
    const NodeId node = m_engine->read([&](const TopicTree &t) { return t.findTopic(topic); });
    if (node == kNoNode)
        return false;
    selectNode(node);
    return m_inspector->node() == node;
}

void ExplorerPage::clearRetained()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const NodeId node = m_model->nodeAt(current);
    QString where;
    QStringList topics;
    m_engine->read([&](const TopicTree &t) {
        if (!t.isValid(node))
            return 0;
        where = QString::fromUtf8(t.topic(node));
        for (NodeId n : t.retainedTopicsUnder(node))
            topics << QString::fromUtf8(t.topic(n));
        return 0;
    });
    topics.sort();
    if (topics.isEmpty()) {
        QMessageBox::information(
            this, tr("Clear retained values"),
            tr("No topic at or below \"%1\" is known to hold a retained value.")
                .arg(where.isEmpty() ? tr("(all topics)") : where));
        return;
    }
    auto *clearer = new mqtt::RetainedClearer(m_session, {}, this);
    const QString question =
        tr("Clear the retained value of %n topic(s) at or below \"%1\"?\n\nThe broker will stop "
           "sending them to new subscribers (devices and dashboards included). A record of what "
           "was cleared is kept in %2.",
           nullptr, int(topics.size()))
            .arg(where.isEmpty() ? tr("(all topics)") : where, clearer->journalPath());
    if (QMessageBox::question(this, tr("Clear retained values"), question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes) {
        clearer->deleteLater();
        return;
    }
    connect(clearer, &mqtt::RetainedClearer::finished, this,
            [this, clearer](const QStringList &cleared, const QStringList &failures,
                            const QString &journalError) {
                m_engine->markRetainedCleared(cleared);
                const QString outcome =
                    failures.isEmpty()
                        ? tr("Cleared %n retained value(s).", nullptr, int(cleared.size()))
                        : tr("Cleared %1 retained values; %2 failed: %3")
                              .arg(cleared.size())
                              .arg(failures.size())
                              .arg(failures.first());
                emit statusMessage(journalError.isEmpty() ? outcome
                                                          : outcome + u' ' + journalError);
                clearer->deleteLater();
            });
    if (const QString error = clearer->start(topics); !error.isEmpty()) {
        emit statusMessage(error);
        clearer->deleteLater();
    }
}

void ExplorerPage::expandTopLevels(int depth)
{
    // Children arrive a turn after their parent expands (lazy fetch), so expand rows as they are
    // inserted, down to `depth` levels.
    m_autoExpandDepth = depth;
    m_autoExpanded = 0;
    m_view->expandToDepth(depth - 1);
}

void ExplorerPage::autoExpand(const QModelIndex &parent, int first, int last)
{
    int depth = 1;
    for (QModelIndex p = parent; p.isValid(); p = p.parent())
        ++depth;
    // Only small fan-outs, and only so many: a newcomer sees the shape of a fleet, but a broker
    // with 100,000 topics must not get a fully expanded tree.
    if (depth >= m_autoExpandDepth || last - first + 1 > kAutoExpandFanOut ||
        m_autoExpanded > kAutoExpandMax)
        return;
    for (int row = first; row <= last; ++row, ++m_autoExpanded)
        m_view->expand(m_proxy->index(row, 0, parent));
}

} // namespace deck::ui
