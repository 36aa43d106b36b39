#include "TopicTreeModel.h"

#include "payload/PayloadFormat.h"

#include <QDateTime>

#include <algorithm>
#include <deque>

namespace deck::ui {

namespace {

QString age(qint64 lastMs)
{
    if (lastMs <= 0)
        return {};
    const qint64 s = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - lastMs) / 1000);
    if (s < 60)
        return TopicTreeModel::tr("%1 s").arg(s);
    if (s < 3600)
        return TopicTreeModel::tr("%1 min").arg(s / 60);
    return TopicTreeModel::tr("%1 h").arg(s / 3600);
}
} // namespace

TopicTreeModel::TopicTreeModel(Engine *engine, QObject *parent)
    : QAbstractItemModel(parent), m_engine(engine)
{
    connect(engine, &Engine::changed, this, &TopicTreeModel::onChanged);
}

NodeId TopicTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? NodeId(index.internalId()) : kRootNode;
}

QModelIndex TopicTreeModel::indexOf(NodeId node) const
{
    if (node == kRootNode)
        return {};
    const auto it = m_rows.find(node);
    return it == m_rows.end() ? QModelIndex() : createIndex(it->second, 0, quintptr(node));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const auto it = m_children.find(nodeAt(parent));
    if (it == m_children.end() || row >= int(it->second.size()))
        return {};
    return createIndex(row, column, quintptr(it->second[size_t(row)]));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const NodeId node = nodeAt(child);
    const NodeId parentNode = m_engine->read(
        [&](const TopicTree &t) { return t.isValid(node) ? t.parent(node) : kNoNode; });
    return parentNode == kNoNode ? QModelIndex() : indexOf(parentNode);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const auto it = m_children.find(nodeAt(parent));
    return it == m_children.end() ? 0 : int(it->second.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const NodeId node = nodeAt(parent);
    if (const auto it = m_children.find(node); it != m_children.end() && !it->second.empty())
        return true;
    return m_engine->read(
        [&](const TopicTree &t) { return t.isValid(node) && t.firstChild(node) != kNoNode; });
}

bool TopicTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const NodeId node = nodeAt(parent);
    return m_children.find(node) == m_children.end() && !m_pending.count(node) &&
           hasChildren(parent);
}

void TopicTreeModel::fetchMore(const QModelIndex &parent)
{
    const NodeId node = nodeAt(parent);
    if (m_children.count(node) || m_pending.count(node))
        return;
    // Fetched on the next event-loop turn, like QFileSystemModel: views (and the model tester)
    // call fetchMore() while handling rowsInserted, and an insertion must not start inside
    // another one's notification.
    m_pending.insert(node);
    QMetaObject::invokeMethod(
        this, [this, node] { fetchNow(node); }, Qt::QueuedConnection);
}

void TopicTreeModel::fetchNow(NodeId node)
{
    m_pending.erase(node);
    if (m_children.count(node))
        return;
    const QModelIndex parent = indexOf(node);
    if (node != kRootNode && !parent.isValid())
        return; // the parent went away (clear) before we got here
    std::vector<NodeId> kids = m_engine->read([&](const TopicTree &t) {
        return t.isValid(node) ? t.children(node) : std::vector<NodeId>();
    });
    m_children[node];
    if (kids.empty())
        return;
    beginInsertRows(parent, 0, int(kids.size()) - 1);
    for (size_t i = 0; i < kids.size(); ++i)
        m_rows[kids[i]] = int(i);
    m_children[node] = std::move(kids);
    endInsertRows();
}

QModelIndex TopicTreeModel::fetchPath(NodeId node)
{
    std::vector<NodeId> chain; // node's ancestors, nearest first, root last
    m_engine->read([&](const TopicTree &t) {
        if (!t.isValid(node))
            return 0;
        for (NodeId p = t.parent(node); p != kNoNode; p = t.parent(p))
            chain.push_back(p);
        return 0;
    });
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        fetchNow(*it);
    return indexOf(node);
}

std::vector<NodeId> TopicTreeModel::fetchSubtree(const QModelIndex &index, int budget)
{
    std::vector<NodeId> fetched;
    std::deque<NodeId> queue{nodeAt(index)};
    while (!queue.empty() && int(fetched.size()) < budget) {
        const NodeId node = queue.front();
        queue.pop_front();
        fetchNow(node);
        fetched.push_back(node);
        const auto it = m_children.find(node);
        if (it != m_children.end())
            queue.insert(queue.end(), it->second.begin(), it->second.end());
    }
    return fetched;
}

void TopicTreeModel::reset()
{
    beginResetModel();
    m_children.clear();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

void TopicTreeModel::onChanged(const EngineChange &change)
{
    if (change.cleared) {
        reset();
        return;
    }
    // New children of fetched parents: one insertion per parent, appended in name order (a
    // sorting proxy orders the view).
    for (NodeId parent : change.parentsWithNewChildren) {
        const auto it = m_children.find(parent);
        if (it == m_children.end())
            continue;
        std::vector<NodeId> current = m_engine->read([&](const TopicTree &t) {
            return t.isValid(parent) ? t.children(parent) : std::vector<NodeId>();
        });
        std::vector<NodeId> added;
        for (NodeId c : current)
            if (!m_rows.count(c))
                added.push_back(c);
        if (added.empty())
            continue;
        const QModelIndex parentIndex = indexOf(parent);
        if (parent != kRootNode && !parentIndex.isValid())
            continue;
        const int first = int(it->second.size());
        beginInsertRows(parentIndex, first, first + int(added.size()) - 1);
        for (size_t i = 0; i < added.size(); ++i) {
            m_rows[added[i]] = first + int(i);
            it->second.push_back(added[i]);
        }
        endInsertRows();
    }
    // Values: one dataChanged per fetched parent; views repaint only what they show.
    if (!m_valueNotifications)
        return;
    for (const auto &[parent, children] : m_children) {
        if (children.empty())
            continue;
        const QModelIndex parentIndex = indexOf(parent);
        if (parent != kRootNode && !parentIndex.isValid())
            continue;
        emit dataChanged(index(0, 0, parentIndex),
                         index(int(children.size()) - 1, ColumnCount - 1, parentIndex));
    }
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const NodeId node = nodeAt(index);
    // Between an engine clear() and the model's reset (next notification) the view may still
    // paint rows of nodes that no longer exist: show nothing rather than read past the tree.
    if (!m_engine->read([&](const TopicTree &t) { return t.isValid(node); }))
        return {};
    if (role == NodeIdRole)
        return quint64(node);
    if (role == TopicRole)
        return QString::fromUtf8(m_engine->read([&](const TopicTree &t) { return t.topic(node); }));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == MessagesColumn || index.column() == RateColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m_engine->read([&](const TopicTree &t) {
            const std::string_view n = t.name(node);
            return n.empty() ? tr("(empty level)")
                             : QString::fromUtf8(n.data(), qsizetype(n.size()));
        });
    case ValueColumn:
        return m_engine->read([&](const TopicTree &t) {
            if (!t.hasLastMessage(node))
                return QString();
            // Sparkplug B as metrics, not bytes: only rows under spBv1.0 pay for the topic.
            NodeId top = node;
            while (t.parent(top) != kRootNode && t.parent(top) != kNoNode)
                top = t.parent(top);
            if (t.name(top) == "spBv1.0")
                return payload::previewLine(t.lastPayloadView(node),
                                            QString::fromUtf8(t.topic(node)));
            return payload::previewLine(t.lastPayloadView(node));
        });
    case MessagesColumn:
        return QLocale().toString(
            m_engine->read([&](const TopicTree &t) { return t.subtreeMessages(node); }));
    case RateColumn: {
        const NodeRates r = m_engine->rates(node);
        return r.subtree > 0 ? tr("%1/s").arg(r.subtree, 0, 'f', r.subtree < 10 ? 1 : 0)
                             : QString();
    }
    case RetainedColumn: {
        const NodeInfo info = m_engine->read([&](const TopicTree &t) { return t.info(node); });
        if (info.retainedCleared)
            return tr("cleared");
        return info.holdsRetained ? tr("retained") : QString();
    }
    case AgeColumn:
        return age(m_engine->read([&](const TopicTree &t) {
            return t.hasLastMessage(node) ? t.info(node).lastReceivedMs : qint64(0);
        }));
    }
    return {};
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Topic");
    case ValueColumn:
        return tr("Last value");
    case MessagesColumn:
        return tr("Messages");
    case RateColumn:
        return tr("Rate");
    case RetainedColumn:
        return tr("Retained");
    case AgeColumn:
        return tr("Age");
    }
    return {};
}

} // namespace deck::ui
