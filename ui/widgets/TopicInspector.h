#pragma once

#include "ingest/Engine.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace deck::ui {

class PayloadInspector;

/// Everything about one topic: counters and rates, its last message (or a chosen one from its
/// history) in the payload inspector, the history list, and the diff of the shown message
/// against the one before it. Refreshes itself at the engine's cadence.
class TopicInspector : public QWidget
{
    Q_OBJECT
public:
    /// `engine` is not owned and must outlive the widget.
    explicit TopicInspector(Engine *engine, QWidget *parent = nullptr);

    void setNode(NodeId node);
    NodeId node() const { return m_node; }
    QString topic() const { return m_topic; }
    PayloadInspector *payload() const { return m_payload; }
    QTreeWidget *historyList() const { return m_history; }
    QTextBrowser *diffView() const { return m_diff; }
    QLabel *title() const { return m_title; }
    /// Re-reads the topic (called on every engine notification).
    void refresh();

signals:
    void plotRequested(const QString &topic, const QString &pointer);

private:
    void showHistoryEntry();
    void followLatest();
    void updateDiff();
    void updateSparkplugAliases();

    Engine *m_engine;
    NodeId m_node = kNoNode;
    QLabel *m_title;
    QTabWidget *m_tabs;
    PayloadInspector *m_payload;
    QTreeWidget *m_history;
    QTextBrowser *m_diff;
    QLabel *m_pinned;
    QPushButton *m_latest;
    std::vector<StoredMessage> m_messages; // the history as last read, oldest first
    QString m_topic;
    qint64 m_lastSeenMs = -1;
    quint64 m_lastSeenCount = 0;
    int m_pinnedIndex = -1; // index in m_messages shown instead of the latest
};

} // namespace deck::ui
