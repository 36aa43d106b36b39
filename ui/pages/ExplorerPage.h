#pragma once

#include "ingest/Engine.h"
#include "ingest/LiveFeed.h"
#include "mqtt/Session.h"

#include <QWidget>

class QTreeView;

namespace deck::ui {

class TopicFilterBar;
class TopicFilterProxy;
class TopicInspector;
class TopicTreeModel;

/// The live topic tree with its search box and, for the selected topic, the topic inspector.
class ExplorerPage : public QWidget
{
    Q_OBJECT
public:
    /// `engine` and `session` are not owned and must outlive the page; without a session the
    /// page only reads (clearing retained values needs one).
    /// `feed` (the connection's live feed) drives "follow latest"; may be null.
    explicit ExplorerPage(Engine *engine, mqtt::Session *session = nullptr, LiveFeed *feed = nullptr,
                          QWidget *parent = nullptr);
    QTreeView *treeView() const { return m_view; }
    TopicTreeModel *model() const { return m_model; }
    TopicFilterProxy *proxy() const { return m_proxy; }
    TopicFilterBar *filterBar() const { return m_filter; }
    TopicInspector *inspector() const { return m_inspector; }
    /// Expands the first levels so that a newcomer sees the fleet's shape at once.
    void expandTopLevels(int depth);
    /// Selects `topic` (fetching its branch), as a user clicking it would. False if unknown.
    bool selectTopic(const QString &topic);

signals:
    void statusMessage(const QString &text);
    void plotRequested(const QString &topic, const QString &pointer);
    void publishRequested(const QString &topic);

private:
    void addActions();
    void onEngineChanged(const EngineChange &change);
    void watchOnScreen();
    void runSearch();
    void clearRetained();
    void expandAllBelow();
    void collapseAllBelow();
    void followLatest(bool on);
    void selectNode(NodeId node);
    void autoExpand(const QModelIndex &parent, int first, int last);

    Engine *m_engine;
    mqtt::Session *m_session;
    LiveFeed *m_feed;
    TopicTreeModel *m_model;
    TopicFilterProxy *m_proxy;
    QTreeView *m_view;
    TopicFilterBar *m_filter;
    TopicInspector *m_inspector;
    int m_autoExpandDepth = 0;
    int m_autoExpanded = 0;
    qint64 m_lastSearchMs = 0;
    qint64 m_lastSearchCostMs = 0;
    NodeId m_followed = kNoNode;
    std::vector<NodeId> m_watched; ///< what the engine computes rates for: the rows on screen
    quint64 m_followSequence = 0;
};

} // namespace deck::ui
