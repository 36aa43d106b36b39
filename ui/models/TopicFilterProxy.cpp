#include "TopicFilterProxy.h"

#include "TopicTreeModel.h"

namespace deck::ui {

TopicFilterProxy::TopicFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TopicFilterProxy::setVisibleNodes(std::unordered_set<NodeId> visible)
{
    if (m_filtering && visible == m_visible)
        return;
    m_visible = std::move(visible);
    m_filtering = true;
    invalidateFilter();
}

void TopicFilterProxy::clearFilter()
{
    if (!m_filtering)
        return;
    m_filtering = false;
    m_visible.clear();
    invalidateFilter();
}

bool TopicFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filtering)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_visible.count(NodeId(index.internalId())) > 0;
}

} // namespace deck::ui
