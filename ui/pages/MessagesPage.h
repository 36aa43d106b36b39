#pragma once

#include "ingest/Engine.h"

#include <QWidget>

class QTableView;

namespace deck::ui {

class MessageListModel;

/// The live feed: the newest messages of every topic, in arrival order, bounded.
class MessagesPage : public QWidget
{
    Q_OBJECT
public:
    /// `engine` is not owned and must outlive the page.
    explicit MessagesPage(Engine *engine, QWidget *parent = nullptr);
    MessageListModel *model() const { return m_model; }

private:
    void pull();

    Engine *m_engine;
    MessageListModel *m_model;
    QTableView *m_view;
    quint64 m_lastSequence = 0;
};

} // namespace deck::ui
