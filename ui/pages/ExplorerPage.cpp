#include "ExplorerPage.h"

#include "models/TopicTreeModel.h"
#include "mqtt/RetainedClearer.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace deck::ui {

ExplorerPage::ExplorerPage(Engine *engine, mqtt::Session *session, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_session(session), m_model(new TopicTreeModel(engine, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTreeView(this)),
      m_title(new QLabel(this)), m_details(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TopicTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true); // lets the view skip measuring every row
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TopicTreeModel::ValueColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TopicTreeModel::NameColumn, 300);
    m_view->setColumnWidth(TopicTreeModel::MessagesColumn, 90);
    m_view->setColumnWidth(TopicTreeModel::RateColumn, 70);
    m_view->setColumnWidth(TopicTreeModel::RetainedColumn, 80);
    m_view->setColumnWidth(TopicTreeModel::AgeColumn, 60);

    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_details->setFont(mono);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a topic to see its last message."));

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details, 1);

    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Forget every topic and its statistics; the connection and the "
                         "subscriptions stay, and the tree fills again as messages arrive."));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_model->clearNow();
        m_engine->clear();
    });
    auto *copy = new QAction(tr("Copy topic"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(current.data(TopicTreeModel::TopicRole).toString());
    });
    m_view->addAction(copy);
    if (m_session) {
        auto *clearRetainedAction = new QAction(tr("Clear retained values…"), m_view);
        connect(clearRetainedAction, &QAction::triggered, this, &ExplorerPage::clearRetained);
        m_view->addAction(clearRetainedAction);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *tools = new QHBoxLayout;
    tools->addStretch(1);
    tools->addWidget(clear);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExplorerPage::showSelection);
    connect(engine, &Engine::changed, this, &ExplorerPage::showSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ExplorerPage::autoExpand);
}

void ExplorerPage::clearRetained()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const NodeId node = m_model->nodeAt(current);
    QString where;
    QStringList topics;
    m_engine->read([&](const TopicTree &t) {
        if (!t.isValid(node))
            return 0;
        where = QString::fromUtf8(t.topic(node));
        for (NodeId n : t.retainedTopicsUnder(node))
            topics << QString::fromUtf8(t.topic(n));
        return 0;
    });
    topics.sort();
    if (topics.isEmpty()) {
        QMessageBox::information(this, tr("Clear retained values"),
                                 tr("No topic at or below \"%1\" is known to hold a retained value.")
                                     .arg(where.isEmpty() ? tr("(all topics)") : where));
        return;
    }
    auto *clearer = new mqtt::RetainedClearer(m_session, {}, this);
    const QString question =
        tr("Clear the retained value of %n topic(s) at or below \"%1\"?\n\nThe broker will stop "
           "sending them to new subscribers (devices and dashboards included). A record of what "
           "was cleared is kept in %2.",
           nullptr, int(topics.size()))
            .arg(where.isEmpty() ? tr("(all topics)") : where, clearer->journalPath());
    if (QMessageBox::question(this, tr("Clear retained values"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        clearer->deleteLater();
        return;
    }
    connect(clearer, &mqtt::RetainedClearer::finished, this,
            [this, clearer](const QStringList &cleared, const QStringList &failures) {
                m_engine->markRetainedCleared(cleared);
                emit statusMessage(failures.isEmpty()
                                       ? tr("Cleared %n retained value(s).", nullptr, int(cleared.size()))
                                       : tr("Cleared %1 retained values; %2 failed: %3")
                                             .arg(cleared.size())
                                             .arg(failures.size())
                                             .arg(failures.first()));
                clearer->deleteLater();
            });
    if (const QString error = clearer->start(topics); !error.isEmpty()) {
        emit statusMessage(error);
        clearer->deleteLater();
    }
}

void ExplorerPage::expandTopLevels(int depth)
{
    // Children arrive a turn after their parent expands (lazy fetch), so expand rows as they are
    // inserted, down to `depth` levels.
    m_autoExpandDepth = depth;
    m_view->expandToDepth(depth - 1);
}

void ExplorerPage::autoExpand(const QModelIndex &parent, int first, int last)
{
    int depth = 1;
    for (QModelIndex p = parent; p.isValid(); p = p.parent())
        ++depth;
    if (depth >= m_autoExpandDepth)
        return;
    for (int row = first; row <= last; ++row)
        m_view->expand(m_proxy->index(row, 0, parent));
}

void ExplorerPage::showSelection()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_title->clear();
        return;
    }
    const NodeId node = m_model->nodeAt(current);
    struct Snapshot
    {
        QByteArray topic;
        NodeInfo info;
        StoredMessage last;
    };
    bool valid = false;
    const Snapshot s = m_engine->read([&](const TopicTree &t) {
        valid = t.isValid(node);
        return valid ? Snapshot{t.topic(node), t.info(node), t.lastMessage(node)} : Snapshot{};
    });
    if (!valid) { // cleared since the selection was made
        m_title->clear();
        m_details->clear();
        return;
    }
    const NodeRates rates = m_engine->rates(node);
    QString title = QStringLiteral("<b>%1</b><br>").arg(QString::fromUtf8(s.topic).toHtmlEscaped());
    title += tr("Messages here and below: %1 — to this topic: %2 — %3/s")
                 .arg(s.info.subtreeMessages)
                 .arg(s.info.ownMessages)
                 .arg(rates.subtree, 0, 'f', 1);
    if (!s.info.isTopic) {
        m_title->setText(title);
        m_details->setPlainText(tr("No message was published to this level itself."));
        return;
    }
    title += QStringLiteral("<br>")
             + tr("last %1 — QoS %2%3%4 — %5 bytes (min %6, avg %7, max %8) — %9 in history")
                   .arg(QDateTime::fromMSecsSinceEpoch(s.info.lastReceivedMs).toString(QStringLiteral("HH:mm:ss.zzz")))
                   .arg(s.info.lastQos)
                   .arg(s.info.lastRetained ? tr(", retained") : QString(),
                        s.info.lastDuplicate ? tr(", duplicate") : QString())
                   .arg(s.info.lastPayloadSize)
                   .arg(s.info.minPayload)
                   .arg(s.info.avgPayload, 0, 'f', 0)
                   .arg(s.info.maxPayload)
                   .arg(s.info.historyCount);
    m_title->setText(title);
    // Pretty JSON when it parses; otherwise the text (invalid bytes shown as U+FFFD).
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(s.last.payload, &error);
    const QString body = error.error == QJsonParseError::NoError
                             ? QString::fromUtf8(json.toJson(QJsonDocument::Indented))
                             : QString::fromUtf8(s.last.payload.left(64 * 1024));
    if (m_details->toPlainText() != body)
        m_details->setPlainText(body);
}

} // namespace deck::ui
