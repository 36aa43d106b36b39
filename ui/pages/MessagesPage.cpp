#include "MessagesPage.h"

#include "models/MessageListModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace deck::ui {

MessagesPage::MessagesPage(Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new MessageListModel(5000, this)),
      m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(MessageListModel::TimeColumn, 110);
    m_view->setColumnWidth(MessageListModel::TopicColumn, 420);
    m_view->setColumnWidth(MessageListModel::QosColumn, 50);
    m_view->setColumnWidth(MessageListModel::RetainColumn, 80);
    m_view->setColumnWidth(MessageListModel::SizeColumn, 90);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // Pulled at the engine's cadence: nothing runs per message in the window.
    connect(engine, &Engine::changed, this, [this](const EngineChange &change) {
        if (change.cleared)
            m_model->clear();
        pull();
    });
}

void MessagesPage::pull()
{
    std::vector<Message> batch = m_engine->recentSince(m_lastSequence, &m_lastSequence);
    if (batch.empty())
        return;
    // Follow the newest rows only while the user is at the bottom; never yank them away.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 2;
    m_model->append(std::move(batch));
    if (follow)
        m_view->scrollToBottom();
}

} // namespace deck::ui
