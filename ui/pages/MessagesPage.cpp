#include "MessagesPage.h"

#include "models/MessageListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace deck::ui {

MessagesPage::MessagesPage(Engine *engine, LiveFeed *feed, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_feed(feed), m_model(new MessageListModel(5000, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_pause(new QPushButton(tr("Pause"), this))
{
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding rows to read the list; the Explorer keeps counting."));
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused)
            m_lastSequence = m_feed->snapshot()->lastSequence; // resume with what comes next
    });
    // Filter: the rows whose topic or payload contains the text (any case); Ctrl+F goes there,
    // Esc clears it. Filtering the rows on screen is cheap: the feed keeps at most 5,000.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter: topic or payload contains… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    auto *clearFilter = new QAction(this);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    addAction(clearFilter);
    m_view->setModel(m_proxy);
    m_view->setToolTip(tr("Double-click a message to show its topic in the Explorer."));
    auto activate = [this](const QModelIndex &index) {
        const QString topic =
            m_proxy->index(index.row(), MessageListModel::TopicColumn).data().toString();
        if (!topic.isEmpty())
            emit topicActivated(topic);
    };
    connect(m_view, &QTableView::doubleClicked, this, activate);
    connect(m_view, &QTableView::activated, this, activate);
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
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_pause);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    showSummary();
    // Pulled at the engine's cadence: nothing runs per message in the window.
    connect(engine, &Engine::changed, this, [this](const EngineChange &change) {
        if (change.cleared) {
            m_model->clear();
            m_skipped = 0;
            m_lastSequence = m_feed->snapshot()->lastSequence;
        }
        pull();
    });
}

void MessagesPage::pull()
{
    if (m_pause->isChecked())
        return;
    const quint64 from = m_lastSequence;
    std::vector<Message> batch = m_feed->since(m_lastSequence, &m_lastSequence);
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
