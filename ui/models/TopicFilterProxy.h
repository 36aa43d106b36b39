#pragma once

#include "topics/TopicTree.h"

#include <QSortFilterProxyModel>

#include <unordered_set>

namespace deck::ui {

/// Sorts the topic tree and, while a search is active, shows only the matching topics and
/// their ancestors. The matching itself is the core's TopicSearch over the whole tree (the
/// lazy model only knows fetched rows, so the proxy cannot match by itself); the proxy only
/// hides what the search left out.
class TopicFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TopicFilterProxy(QObject *parent = nullptr);

    /// Shows only `visible` nodes (matches and their ancestors).
    void setVisibleNodes(std::unordered_set<NodeId> visible);
    void clearFilter();
    bool isFiltering() const { return m_filtering; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::unordered_set<NodeId> m_visible;
    bool m_filtering = false;
};

} // namespace deck::ui
