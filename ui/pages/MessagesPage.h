#pragma once

#include "ingest/Engine.h"
#include "ingest/LiveFeed.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace deck::ui {

class MessageListModel;

/// The live feed: the newest messages of every topic, in arrival order, bounded.
class MessagesPage : public QWidget
{
    Q_OBJECT
public:
    /// `engine` and `feed` (the connection's live feed) are not owned and must outlive the page.
    MessagesPage(Engine *engine, LiveFeed *feed, QWidget *parent = nullptr);
    MessageListModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QLineEdit *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }

signals:
    /// A row was double-clicked (or Enter pressed on it): show its topic in the explorer.
    void topicActivated(const QString &topic);

private:
    void pull();
    void showSummary();

    Engine *m_engine;
    LiveFeed *m_feed;
    MessageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QPushButton *m_pause;
    quint64 m_lastSequence = 0;
    quint64 m_skipped = 0; // went by between two pulls faster than the feed keeps
};

} // namespace deck::ui
