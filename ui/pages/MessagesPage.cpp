#include "MessagesPage.h"

#include "models/MessageListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace deck::ui {

MessagesPage::MessagesPage(Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new MessageListModel(5000, this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)),
      m_pause(new QPushButton(tr("Pause"), this))
{
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding rows to read the list; the Explorer keeps counting."));
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused)
            m_engine->recentSince(~quint64(0) >> 1, &m_lastSequence); // resume with what comes next
    });
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
    layout->setContentsMargins(4, 4, 4, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_pause);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    showSummary();
    // Pulled at the engine's cadence: nothing runs per message in the window.
    connect(engine, &Engine::changed, this, [this](const EngineChange &change) {
        if (change.cleared) {
            m_model->clear();
            m_skipped = 0;
            m_engine->recentSince(~quint64(0) >> 1, &m_lastSequence);
        }
        pull();
    });
}

void MessagesPage::pull()
{
    if (m_pause->isChecked())
        return;
    const quint64 from = m_lastSequence;
    std::vector<Message> batch = m_engine->recentSince(m_lastSequence, &m_lastSequence);
    if (m_lastSequence > from + batch.size())
        m_skipped += m_lastSequence - from - batch.size();
    showSummary();
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

namespace deck::ui {

void MessagesPage::showSummary()
{
    QString text = tr("The newest %L1 messages (all topics together), oldest at the top.")
                       .arg(m_model->capacity());
    if (m_model->droppedRows() > 0)
        text +=
            QLatin1Char(' ') + tr("%L1 older rows have left the list.").arg(m_model->droppedRows());
    if (m_skipped > 0)
        text += QLatin1Char(' ') +
                tr("%L1 messages went by too fast to be listed (the Explorer counts them all).")
                    .arg(m_skipped);
    m_summary->setText(text);
}

} // namespace deck::ui
