#include "MainWindow.h"

#include "WindowTerms.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/SecretPrompt.h"
#include "mqtt/TopicValidator.h"
#include "pages/ChartsPage.h"
#include "pages/ExplorerPage.h"
#include "pages/MessagesPage.h"
#include "pages/PublishPage.h"
#include "widgets/ConnectionBar.h"
#include "widgets/PayloadInspector.h"
#include "widgets/TopicInspector.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace deck::ui {

using mqtt::Session;

MainWindow::MainWindow(Session *session, Engine *engine, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_engine(engine), m_bar(new ConnectionBar(this)),
      m_tabs(new QTabWidget(this)), m_explorer(new ExplorerPage(engine, session, this)),
      m_charts(new ChartsPage(engine, this)), m_publish(new PublishPage(session, engine, this)),
      m_messages(new MessagesPage(engine, this)), m_counters(new QLabel(this))
{
    setWindowTitle(tr("MQTT Deck"));
    m_tabs->addTab(m_explorer, tr("Explorer"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_publish, tr("Publish"));
    m_tabs->addTab(m_messages, tr("Messages"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counters);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MQTT Deck…"), this, [this] { AboutDialog(this).exec(); });
    connect(m_explorer, &ExplorerPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_messages, &MessagesPage::topicActivated, this, [this](const QString &topic) {
        showPage(Page::Explorer);
        if (!m_explorer->selectTopic(topic))
            showStatus(tr("%1 is no longer in the tree (it was cleared).").arg(topic));
    });
    connect(m_charts, &ChartsPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_explorer, &ExplorerPage::publishRequested, this, [this](const QString &topic) {
        // The topic's last message as a starting point, when it has one.
        if (const auto last = m_engine->lastMessage(topic))
            m_publish->prefill(topic, *last);
        else
            m_publish->setTopic(topic);
        showPage(Page::Publish);
    });
    connect(m_explorer, &ExplorerPage::plotRequested, this,
            [this](const QString &topic, const QString &pointer) {
                QString error;
                if (m_charts->addSeries(topic, pointer, &error)) {
                    showPage(Page::Charts);
                } else {
                    m_explorer->inspector()->payload()->showNote(error); // where it was asked
                    showStatus(error);
                }
            });

    connect(m_bar, &ConnectionBar::connectRequested, this, [this] {
        // Typed in the bar: the saved profile (and its subscriptions) no longer applies.
        m_fromProfile = false;
        m_profileSubscriptions.clear();
        m_bar->setProfile({}, {});
        setWindowTitle(tr("MQTT Deck"));
        connectToBroker();
    });
    connect(m_bar, &ConnectionBar::profilesRequested, this, &MainWindow::openConnections);
    connect(m_bar, &ConnectionBar::subscriptionChangeRequested, this,
            &MainWindow::changeSubscription);
    m_bar->setProfilesAvailable(false);
    connect(m_bar, &ConnectionBar::disconnectRequested, m_session, &Session::close);
    connect(m_session, &Session::stateChanged, this, [this](Session::State s) {
        if (s == Session::State::Connecting || s == Session::State::Connected)
            m_detail.clear();
        m_bar->setState(s, m_detail);
    });
    connect(m_session, &Session::connected, this, [this](const mqtt::ConnectResult &r) {
        m_detail = r.serverUri;
        m_bar->setState(m_session->state(), m_detail);
        if (!m_session->activeSubscriptions().isEmpty())
            return;
        QList<mqtt::Subscription> subs = m_profileSubscriptions;
        if (subs.isEmpty() && !m_bar->filter().isEmpty()) {
            mqtt::Subscription sub;
            sub.filter = m_bar->filter();
            sub.qos = 1;
            subs = {sub};
        }
        if (subs.isEmpty())
            return;
        // MQTT 5: keep the retain flag as published, so that live retained updates show as such.
        for (mqtt::Subscription &sub : subs)
            sub.retainAsPublished = m_session->options().version == mqtt::MqttVersion::V5;
        const mqtt::Submitted s = m_session->subscribe(subs);
        if (!s.ok())
            statusBar()->showMessage(s.error);
    });
    connect(m_session, &Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        m_detail = inWindowTerms(
            r.gotConnack ? tr("refused: %1 (%2). %3")
                               .arg(r.codeName, mqtt::ReasonCodes::hex(r.code), r.explanation)
                         : r.explanation);
        m_bar->setState(m_session->state(), m_detail);
    });
    connect(m_session, &Session::connectionLost, this, [this](const mqtt::DisconnectInfo &info) {
        m_detail = info.fromBroker ? tr("the broker closed the connection: %1 (%2)")
                                         .arg(info.codeName, mqtt::ReasonCodes::hex(info.code))
                                   : info.explanation;
        m_bar->setState(m_session->state(), m_detail);
    });
    connect(m_session, &Session::reconnectScheduled, this, [this](int delayMs, int attempt) {
        m_bar->setState(Session::State::Reconnecting, tr("%1 — retrying in %2 s (attempt %3)")
                                                          .arg(m_detail)
                                                          .arg(delayMs / 1000.0, 0, 'f', 1)
                                                          .arg(attempt));
    });
    connect(m_session, &Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &result) {
                for (const auto &o : result.outcomes)
                    statusBar()->showMessage(
                        o.granted ? tr("Subscribed to %1 (%2)").arg(o.filter, o.codeName)
                        : !o.answered
                            ? tr("Subscription to %1 not answered: %2").arg(o.filter, o.explanation)
                            : tr("Subscription to %1 refused: %2 (%3). %4")
                                  .arg(o.filter, o.codeName, mqtt::ReasonCodes::hex(o.code),
                                       o.explanation));
            });
    connect(m_engine, &Engine::changed, this, [this](const EngineChange &change) {
        showCounters(change.counters);
        if (!m_expandedOnce && change.counters.topics > 0) {
            m_expandedOnce = true;
            QTimer::singleShot(300, this, [this] { m_explorer->expandTopLevels(4); });
        }
    });
    resize(1400, 860);
    showCounters({});
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

void MainWindow::setProfiles(profiles::ProfileStore *store, profiles::SecretStore *secrets)
{
    m_store = store;
    m_secrets = secrets;
    m_bar->setProfilesAvailable(store && secrets);
    m_publish->setHistoryStore(store);
}

void MainWindow::openConnections()
{
    ConnectionDialog dialog(m_store, m_secrets, this);
    if (dialog.exec() == QDialog::Accepted)
        connectWithProfile(dialog.chosen(), dialog.typedPassword(), dialog.typedPassphrase());
}

std::optional<QString> MainWindow::resolveSecret(const QString &key, bool saved,
                                                 const QString &typed, const QString &what)
{
    if (!typed.isEmpty())
        return typed;
    if (!saved)
        return QString();
    if (const auto remembered = m_secrets->sessionSecret(key))
        return remembered;
    const profiles::SecretResult r = m_secrets->readNow(key);
    if (r.ok())
        return r.secret.value_or(QString());
    bool remember = false;
    const auto asked = SecretPrompt::ask(this, what, r.error, &remember);
    if (asked && remember)
        m_secrets->rememberForSession(key, *asked);
    return asked;
}

void MainWindow::connectWithProfile(const profiles::ConnectionProfile &profile,
                                    const QString &typedPassword, const QString &typedPassphrase)
{
    mqtt::ConnectionOptions options = profile.options;
    const auto password = resolveSecret(profile.passwordKey(), profile.savePassword, typedPassword,
                                        tr("Password for %1").arg(profile.name));
    const auto passphrase =
        resolveSecret(profile.passphraseKey(), profile.saveKeyPassphrase, typedPassphrase,
                      tr("Key passphrase for %1").arg(profile.name));
    if (!password || !passphrase) {
        showStatus(tr("Not connected: no secret was given for %1.").arg(profile.name));
        return;
    }
    options.password = *password;
    options.tls.keyPassphrase = *passphrase;
    m_fromProfile = true;
    m_profileSubscriptions = profile.subscriptions;
    m_bar->setOptions(options);
    m_bar->setFilter(profile.subscriptions.isEmpty() ? QString()
                                                     : profile.subscriptions.first().filter);
    m_bar->setProfile(profile.name, profile.colour);
    setWindowTitle(tr("MQTT Deck — %1").arg(profile.name));
    connectToBroker(); // open() replaces any current connection
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void MainWindow::changeSubscription(const QString &filter)
{
    // While connected: the new filter replaces what is subscribed (a saved profile's filters
    // too), so that what the bar says is what is subscribed, now and after a reconnection
    // (the session resubscribes what the broker granted).
    if (const QString error = mqtt::TopicValidator::checkTopicFilter(filter.toUtf8());
        !error.isEmpty()) {
        showStatus(error);
        return;
    }
    QStringList old;
    bool already = false;
    for (const mqtt::Subscription &s : m_session->activeSubscriptions()) {
        if (s.filter == filter)
            already = true;
        else
            old << s.filter;
    }
    m_profileSubscriptions.clear();
    if (!old.isEmpty()) {
        const mqtt::Submitted u = m_session->unsubscribe(old);
        if (!u.ok()) {
            showStatus(u.error);
            return;
        }
    }
    if (already) {
        showStatus(tr("Subscribed to %1 only.").arg(filter));
        return;
    }
    mqtt::Subscription sub;
    sub.filter = filter;
    sub.qos = 1;
    sub.retainAsPublished = m_session->options().version == mqtt::MqttVersion::V5;
    if (const mqtt::Submitted s = m_session->subscribe({sub}); !s.ok())
        showStatus(s.error);
    else
        showStatus(
            tr("Subscribing to %1 instead of %2…")
                .arg(filter, old.isEmpty() ? tr("nothing") : old.join(QStringLiteral(", "))));
}

void MainWindow::connectToBroker()
{
    m_expandedOnce = false;
    const QStringList errors = m_session->open(m_bar->options());
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Cannot connect"),
                             tr("The connection settings need attention:") +
                                 QStringLiteral("\n\n• ") +
                                 inWindowTerms(errors.join(QStringLiteral("\n• "))));
}

void MainWindow::showCounters(const EngineCounters &c)
{
    QString text = tr("%1 msg/s — %2 received — %3 topics")
                       .arg(c.appliedPerSecond, 0, 'f', 0)
                       .arg(c.received)
                       .arg(c.topics);
    if (c.queued > 1000)
        text += QStringLiteral(" — ") + tr("%1 waiting").arg(c.queued);
    if (c.droppedAtQueue > 0)
        text +=
            QStringLiteral(" — ") + tr("%1 dropped (engine too far behind)").arg(c.droppedAtQueue);
    // History rotation within each topic's bound is normal; only the global memory budget
    // taking entries away is worth a user's attention.
    if (c.historyEvictions.byGlobalBudget > 0)
        text += QStringLiteral(" — ") + tr("%1 old history entries dropped (memory budget)")
                                            .arg(c.historyEvictions.byGlobalBudget);
    m_counters->setText(text);
}

} // namespace deck::ui
