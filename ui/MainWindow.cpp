#include "MainWindow.h"

#include "models/MessageListModel.h"
#include "widgets/ConnectionBar.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace deck::ui {

using mqtt::Session;

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_bar(new ConnectionBar(this)),
      m_model(new MessageListModel(5000, this)), m_view(new QTableView(this)),
      m_counters(new QLabel(this))
{
    setWindowTitle(tr("MQTT Deck"));
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

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counters);

    connect(m_bar, &ConnectionBar::connectRequested, this, &MainWindow::connectToBroker);
    connect(m_bar, &ConnectionBar::disconnectRequested, m_session, &Session::close);
    connect(m_session, &Session::stateChanged, this, [this](Session::State s) {
        if (s == Session::State::Connecting || s == Session::State::Connected)
            m_detail.clear();
        m_bar->setState(s, m_detail);
    });
    connect(m_session, &Session::connected, this, [this](const mqtt::ConnectResult &r) {
        m_detail = r.serverUri;
        m_bar->setState(m_session->state(), m_detail);
        const QString filter = m_bar->filter();
        if (filter.isEmpty())
            return;
        mqtt::Subscription sub;
        sub.filter = filter;
        sub.qos = 1;
        if (m_session->activeSubscriptions().isEmpty()) {
            const mqtt::Submitted s = m_session->subscribe({sub});
            if (!s.ok())
                statusBar()->showMessage(s.error);
        }
    });
    connect(m_session, &Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        m_detail = r.gotConnack ? tr("refused: %1 (%2). %3")
                                      .arg(r.codeName, mqtt::ReasonCodes::hex(r.code), r.explanation)
                                : r.explanation;
        m_bar->setState(m_session->state(), m_detail);
    });
    connect(m_session, &Session::connectionLost, this, [this](const mqtt::DisconnectInfo &info) {
        m_detail = info.fromBroker ? tr("the broker closed the connection: %1 (%2)")
                                         .arg(info.codeName, mqtt::ReasonCodes::hex(info.code))
                                   : info.explanation;
        m_bar->setState(m_session->state(), m_detail);
    });
    connect(m_session, &Session::reconnectScheduled, this, [this](int delayMs, int attempt) {
        m_bar->setState(Session::State::Reconnecting,
                        tr("%1 — retrying in %2 s (attempt %3)")
                            .arg(m_detail)
                            .arg(delayMs / 1000.0, 0, 'f', 1)
                            .arg(attempt));
    });
    connect(m_session, &Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &result) {
                for (const auto &o : result.outcomes)
                    statusBar()->showMessage(
                        o.granted ? tr("Subscribed to %1 (%2)").arg(o.filter, o.codeName)
                                  : tr("Subscription to %1 refused: %2 (%3). %4")
                                        .arg(o.filter, o.codeName, mqtt::ReasonCodes::hex(o.code),
                                             o.explanation));
            });
    // The window pulls messages at a fixed cadence: nothing in the UI runs per message.
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &MainWindow::drain);
    m_refresh.start();
    resize(1280, 760);
    updateStatus();
}

void MainWindow::setConnection(const mqtt::ConnectionOptions &options, const QString &filter,
                               bool connectNow)
{
    m_bar->setOptions(options);
    if (!filter.isEmpty())
        m_bar->setFilter(filter);
    if (connectNow)
        connectToBroker();
}

void MainWindow::connectToBroker()
{
    const QStringList errors = m_session->open(m_bar->options());
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Cannot connect"),
                             tr("The connection settings need attention:") + QStringLiteral("\n\n• ")
                                 + errors.join(QStringLiteral("\n• ")));
}

void MainWindow::drain()
{
    std::vector<Message> batch;
    m_session->takeMessages(batch);
    if (batch.empty()) {
        updateStatus();
        return;
    }
    // Follow the newest rows only while the user is at the bottom; never yank them away.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 2;
    m_model->append(std::move(batch));
    if (follow)
        m_view->scrollToBottom();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 count = qint64(m_session->receivedCount());
    if (m_lastTickMs > 0 && now - m_lastTickMs >= 1000) {
        m_rate = double(count - m_lastCount) * 1000.0 / double(now - m_lastTickMs);
        m_lastCount = count;
        m_lastTickMs = now;
    } else if (m_lastTickMs == 0) {
        m_lastTickMs = now;
        m_lastCount = count;
    }
    m_counters->setText(tr("%1 msg/s — %2 received — %3 shown, %4 older rows dropped")
                            .arg(m_rate, 0, 'f', 0)
                            .arg(count)
                            .arg(m_model->rowCount())
                            .arg(m_model->droppedRows()));
}

} // namespace deck::ui
