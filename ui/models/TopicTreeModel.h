#pragma once

#include "ingest/Engine.h"

#include <QAbstractItemModel>

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace deck::ui {

/// The engine's topic tree as a lazy item model: children are fetched when a node is expanded,
/// new children are inserted in one batch per parent at the engine's cadence, and visible values
/// are refreshed then too. The model holds node ids, never copies of the data; data() reads the
/// tree under the engine's read lock.
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ValueColumn,
        MessagesColumn,
        RateColumn,
        RetainedColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role { NodeIdRole = Qt::UserRole + 1, TopicRole };

    /// `engine` is not owned and must outlive the model.
    explicit TopicTreeModel(Engine *engine, QObject *parent = nullptr);

    /// Empties the model now, before the engine's clear() takes effect, so that no view keeps
    /// rows of nodes that are about to disappear.
    void clearNow() { reset(); }
    /// Whether each notification emits dataChanged over every fetched row (needed when a proxy
    /// sorts by a value column). Off, views repaint what they show and read fresh values: with
    /// thousands of expanded rows this spares the proxy a re-sort per notification.
    void setValueNotifications(bool on) { m_valueNotifications = on; }
    NodeId nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(NodeId node) const; ///< invalid when the node is not fetched
    /// Fetches every ancestor of `node` now (not on the next turn) and returns its index: for
    /// search results and "follow" in branches nobody expanded yet. Call it outside of model
    /// notifications.
    QModelIndex fetchPath(NodeId node);
    /// Fetches `index` and its descendants now, at most `budget` nodes, breadth first; returns
    /// the nodes whose children are now known (for "expand all below").
    std::vector<NodeId> fetchSubtree(const QModelIndex &index, int budget);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void onChanged(const EngineChange &change);
    void reset();
    void fetchNow(NodeId node);

    Engine *m_engine;
    std::unordered_map<NodeId, std::vector<NodeId>> m_children; // fetched parents only
    std::unordered_map<NodeId, int> m_rows;                     // row of each fetched node
    std::unordered_set<NodeId> m_pending;                       // fetch requested, not done
    bool m_valueNotifications = true;
};

} // namespace deck::ui
