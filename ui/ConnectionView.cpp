#include "ConnectionView.h"

#include "WindowTerms.h"
#include "dialogs/DeviceRulesDialog.h"
#include "dialogs/SecretPrompt.h"
#include "fleet/SparkplugTracker.h"
#include "mqtt/ReasonCodes.h"
#include "payload/PayloadEncoder.h"
#include "mqtt/TopicValidator.h"
#include "pages/ChartsPage.h"
#include "pages/CommandsPage.h"
#include "pages/ExplorerPage.h"
#include "pages/FleetPage.h"
#include "pages/MessagesPage.h"
#include "pages/PublishPage.h"
#include "pages/RetainedPage.h"
#include "pages/TracePage.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "widgets/ConnectionBar.h"
#include "widgets/PayloadInspector.h"
#include "widgets/TopicInspector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace deck::ui {

using mqtt::Session;

ConnectionView::ConnectionView(ConnectionManager *manager, ConnectionContext *context,
                               profiles::ProfileStore *store, profiles::SecretStore *secrets,
                               QWidget *parent)
    : QWidget(parent), m_manager(manager), m_store(store), m_secrets(secrets),
      m_bar(new ConnectionBar(this)), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_tabs, 1);
    connect(m_bar, &ConnectionBar::connectRequested, this, [this] {
        // Typed in the bar: the saved profile (and its subscriptions) no longer applies.
        m_profile.reset();
        m_bar->setProfile({}, {});
        connectToBroker(settingsFromBar());
    });
    connect(m_bar, &ConnectionBar::profilesRequested, this, &ConnectionView::profilesRequested);
    connect(m_bar, &ConnectionBar::subscriptionChangeRequested, this,
            &ConnectionView::changeSubscription);
    connect(m_bar, &ConnectionBar::disconnectRequested, this, [this] { m_context->close(); });
    m_bar->setProfilesAvailable(store && secrets);
    bind(context);
}

void ConnectionView::setProfiles(profiles::ProfileStore *store, profiles::SecretStore *secrets)
{
    m_store = store;
    m_secrets = secrets;
    m_bar->setProfilesAvailable(store && secrets);
    m_publish->setHistoryStore(store);
}

void ConnectionView::dropPages()
{
    // Before their context goes: pages unregister their stages from its engine as they are
    // deleted (the charts' sampler), and their models read it.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_explorer = nullptr;
    m_charts = nullptr;
    m_publish = nullptr;
    m_messages = nullptr;
    m_fleet = nullptr;
    m_retained = nullptr;
    m_commands = nullptr;
    m_trace = nullptr;
}

void ConnectionView::bind(ConnectionContext *context)
{
    const int page = m_lastPage >= 0 ? m_lastPage : m_tabs->currentIndex();
    m_lastPage = -1;
    m_context = context;
    m_expandedOnce = false;
    dropPages();
    Engine *engine = &context->engine();
    Session *session = &context->session();
    m_explorer = new ExplorerPage(engine, session, context->feed(), this);
    m_charts = new ChartsPage(engine, this);
    m_publish = new PublishPage(session, engine, this);
    m_messages = new MessagesPage(engine, context->feed(), this);
    if (m_used) // a blank connection has no broker yet
        m_publish->setBroker(context->settings().options.serverUri());
    m_publish->setProduction(context->settings().production, title());
    m_publish->setHistoryStore(m_store);
    m_tabs->addTab(m_explorer, tr("Explorer"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_publish, tr("Publish"));
    m_tabs->addTab(m_messages, tr("Messages"));
    m_fleet = context->fleet() ? new FleetPage(engine, context->fleet(), this) : nullptr;
    if (m_fleet) {
        m_tabs->addTab(m_fleet, tr("Fleet"));
        connect(m_fleet, &FleetPage::rebirthRequested, this, &ConnectionView::requestRebirth);
        connect(m_fleet, &FleetPage::rulesRequested, this, &ConnectionView::editDeviceRules);
        m_fleet->setRulesName(context->settings().boards.preset);
        connect(context, &ConnectionContext::fleetReplaced, m_fleet,
                [page = m_fleet, context] { page->setStage(context->fleet()); });
        if (!context->boardsProblem().isEmpty())
            emit statusMessage(context->boardsProblem());
    }
    m_retained = context->retainedBoard()
                     ? new RetainedPage(engine, session, context->retainedBoard(), this)
                     : nullptr;
    if (m_retained) {
        m_tabs->addTab(m_retained, tr("Retained"));
        connect(m_retained, &RetainedPage::statusMessage, this, &ConnectionView::statusMessage);
        connect(m_retained, &RetainedPage::largeBytesChanged, this, [this](qint64 bytes) {
            fleet::BoardSettings boards = m_context->settings().boards;
            boards.retainedLargeBytes = bytes;
            applyBoards(boards);
        });
    }
    m_commands = new CommandsPage(context, m_journalPath, m_templatesPath, this);
    m_commands->setProduction(context->settings().production, title());
    m_tabs->addTab(m_commands, tr("Commands"));
    connect(m_commands, &CommandsPage::statusMessage, this, &ConnectionView::statusMessage);
    connect(m_commands, &CommandsPage::topicActivated, this, [this](const QString &topic) {
        showPage(Page::Explorer);
        if (!m_explorer->selectTopic(topic))
            emit statusMessage(tr("%1 is not in the tree.").arg(topic));
    });
    m_trace = new TracePage(context, this);
    m_tabs->addTab(m_trace, tr("Trace"));
    connect(m_trace, &TracePage::statusMessage, this, &ConnectionView::statusMessage);
    connect(m_trace, &TracePage::recordRequested, this, [this] {
        // A relay is put in the path when the connection opens: open it again through one.
        ConnectionSettings s = m_context->settings();
        s.traceCapacity = kTraceCapacity;
        connectToBroker(s);
        showPage(Page::Trace);
    });
    if (m_fleet) {
        connect(m_fleet, &FleetPage::commandRequested, this, [this](const QStringList &targets) {
            m_commands->composeFor(targets);
            showPage(Page::Commands);
        });
        connect(m_fleet, &FleetPage::topicActivated, this, [this](const QString &prefix) {
            showPage(Page::Explorer);
            if (!m_explorer->selectTopic(prefix))
                emit statusMessage(tr("%1 is not in the tree.").arg(prefix));
        });
    }
    if (page >= 0)
        m_tabs->setCurrentIndex(page);

    connect(m_explorer, &ExplorerPage::statusMessage, this, &ConnectionView::statusMessage);
    connect(m_charts, &ChartsPage::statusMessage, this, &ConnectionView::statusMessage);
    connect(m_messages, &MessagesPage::topicActivated, this, [this](const QString &topic) {
        showPage(Page::Explorer);
        if (!m_explorer->selectTopic(topic))
            emit statusMessage(tr("%1 is no longer in the tree (it was cleared).").arg(topic));
    });
    connect(m_explorer, &ExplorerPage::publishRequested, this, [this](const QString &topic) {
        // The topic's last message as a starting point, when it has one.
        if (const auto last = m_context->engine().lastMessage(topic))
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
                    emit statusMessage(error);
                }
            });

    connect(context, &ConnectionContext::problem, this, &ConnectionView::statusMessage);
    connect(session, &Session::stateChanged, this, [this](Session::State s) {
        if (s == Session::State::Connecting || s == Session::State::Connected)
            m_detail.clear();
        m_bar->setState(s, m_detail);
    });
    connect(session, &Session::connected, this, [this](const mqtt::ConnectResult &r) {
        m_detail = r.serverUri;
        m_bar->setState(m_context->session().state(), m_detail);
    });
    connect(session, &Session::connectFailed, this, [this](const mqtt::ConnectResult &r) {
        m_detail = inWindowTerms(
            r.gotConnack ? tr("refused: %1 (%2). %3")
                               .arg(r.codeName, mqtt::ReasonCodes::hex(r.code), r.explanation)
                         : r.explanation);
        m_bar->setState(m_context->session().state(), m_detail);
    });
    connect(session, &Session::connectionLost, this, [this](const mqtt::DisconnectInfo &info) {
        m_detail = info.fromBroker ? tr("the broker closed the connection: %1 (%2)")
                                         .arg(info.codeName, mqtt::ReasonCodes::hex(info.code))
                                   : info.explanation;
        m_bar->setState(m_context->session().state(), m_detail);
    });
    connect(session, &Session::reconnectScheduled, this, [this](int delayMs, int attempt) {
        m_bar->setState(Session::State::Reconnecting, tr("%1 — retrying in %2 s (attempt %3)")
                                                          .arg(m_detail)
                                                          .arg(delayMs / 1000.0, 0, 'f', 1)
                                                          .arg(attempt));
    });
    connect(session, &Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &result) {
                for (const auto &o : result.outcomes)
                    emit statusMessage(
                        o.granted ? tr("Subscribed to %1 (%2)").arg(o.filter, o.codeName)
                        : !o.answered
                            ? tr("Subscription to %1 not answered: %2").arg(o.filter, o.explanation)
                            : tr("Subscription to %1 refused: %2 (%3). %4")
                                  .arg(o.filter, o.codeName, mqtt::ReasonCodes::hex(o.code),
                                       o.explanation));
            });
    connect(engine, &Engine::changed, this, [this](const EngineChange &change) {
        if (!m_expandedOnce && change.counters.topics > 0) {
            m_expandedOnce = true;
            QTimer::singleShot(300, this, [this] { m_explorer->expandTopLevels(4); });
        }
    });
    m_bar->setState(session->state(), {});
}

void ConnectionView::setConnection(const mqtt::ConnectionOptions &options, const QString &filter,
                                   bool connectNow)
{
    m_bar->setOptions(options);
    if (!filter.isEmpty())
        m_bar->setFilter(filter);
    if (connectNow)
        connectToBroker(settingsFromBar());
}

ConnectionSettings ConnectionView::settingsFromBar() const
{
    ConnectionSettings s;
    s.options = m_bar->options();
    if (!m_bar->filter().isEmpty()) {
        mqtt::Subscription sub;
        sub.filter = m_bar->filter();
        sub.qos = 1;
        s.subscriptions = {sub};
    }
    if (m_context) // the rules chosen on this connection stay with it
        s.boards = m_context->settings().boards;
    if (m_context) // recording packets stays on until the connection closes
        s.traceCapacity = m_context->settings().traceCapacity;
    return s;
}

std::optional<QString> ConnectionView::resolveSecret(const QString &key, bool saved,
                                                     const QString &typed, const QString &what)
{
    if (!typed.isEmpty())
        return typed;
    if (!saved || !m_secrets)
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

void ConnectionView::connectWithProfile(const profiles::ConnectionProfile &profile,
                                        const QString &typedPassword,
                                        const QString &typedPassphrase)
{
    const auto password = resolveSecret(profile.passwordKey(), profile.savePassword, typedPassword,
                                        tr("Password for %1").arg(profile.name));
    const auto passphrase =
        resolveSecret(profile.passphraseKey(), profile.saveKeyPassphrase, typedPassphrase,
                      tr("Key passphrase for %1").arg(profile.name));
    if (!password || !passphrase) {
        emit statusMessage(tr("Not connected: no secret was given for %1.").arg(profile.name));
        return;
    }
    ConnectionSettings s;
    s.options = profile.options;
    s.options.password = *password;
    s.options.tls.keyPassphrase = *passphrase;
    s.name = profile.name;
    s.colour = profile.colour;
    s.production = profile.production;
    s.profileId = profile.id;
    s.subscriptions = profile.subscriptions;
    s.boards = profile.boards;
    m_profile = profile;
    m_bar->setOptions(s.options);
    m_bar->setFilter(profile.subscriptions.isEmpty() ? QString()
                                                     : profile.subscriptions.first().filter);
    m_bar->setProfile(profile.name, profile.colour);
    connectToBroker(s);
}

void ConnectionView::connectToBroker(ConnectionSettings settings)
{
    if (const QStringList errors = settings.options.validate(); !errors.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot connect"),
                             tr("The connection settings need attention:") +
                                 QStringLiteral("\n\n• ") +
                                 inWindowTerms(errors.join(QStringLiteral("\n• "))));
        return;
    }
    // A new context for every connection asked for: the old one's session is closed and its
    // data forgotten, so nothing of a previous broker stays in the tree, the feed, the charts or
    // the sent list, and nothing can be cleared or published on the wrong broker.
    m_used = true;
    m_lastPage = m_tabs->currentIndex();
    dropPages(); // the old context's pages go first: they hold its engine
    ConnectionContext *next = m_manager->replace(m_context, std::move(settings));
    bind(next);
    emit contextReplaced(next);
    emit titleChanged();
    if (const QStringList errors = next->open(); !errors.isEmpty())
        emit statusMessage(inWindowTerms(errors.join(QLatin1Char(' '))));
}

void ConnectionView::changeSubscription(const QString &filter)
{
    // While connected: the new filter replaces what is subscribed (a saved profile's filters
    // too), so that what the bar says is what is subscribed, now and after a reconnection.
    if (const QString error = mqtt::TopicValidator::checkTopicFilter(filter.toUtf8());
        !error.isEmpty()) {
        emit statusMessage(error);
        return;
    }
    QStringList old;
    for (const mqtt::Subscription &s : m_context->subscriptions())
        if (s.filter != filter)
            old << s.filter;
    mqtt::Subscription sub;
    sub.filter = filter;
    sub.qos = 1;
    if (const QString e = m_context->setSubscriptions({sub}); !e.isEmpty()) {
        emit statusMessage(e);
        return;
    }
    if (old.isEmpty())
        emit statusMessage(tr("Subscribed to %1 only.").arg(filter));
    else
        emit statusMessage(tr("Subscribing to %1 instead of %2…")
                               .arg(filter, old.join(QStringLiteral(", "))));
}

void ConnectionView::editDeviceRules()
{
    const bool saved = m_profile && m_store;
    DeviceRulesDialog dialog(m_context->settings().boards, saved, this);
    if (dialog.exec() == QDialog::Accepted)
        applyBoards(dialog.settings());
}

void ConnectionView::applyBoards(const fleet::BoardSettings &boards)
{
    if (const QString e = m_context->setBoards(boards); !e.isEmpty()) {
        emit statusMessage(tr("The device rules were not changed: %1").arg(e));
        return;
    }
    if (m_fleet)
        m_fleet->setRulesName(boards.preset);
    if (!m_profile || !m_store)
        return; // a typed connection keeps them until it closes
    m_profile->boards = boards;
    if (const QString e = m_store->saveBoards(m_profile->id, boards); !e.isEmpty())
        emit statusMessage(tr("Applied, but not saved with %1: %2").arg(m_profile->name, e));
}

void ConnectionView::requestRebirth(const QString &group, const QString &node)
{
    const QString topic = QStringLiteral("spBv1.0/%1/NCMD/%2").arg(group, node);
    if (QMessageBox::question(
            this, tr("Request a rebirth"),
            tr("Ask the edge node %1/%2 to publish its birth again?\n\nMQTT Deck publishes "
               "Node Control/Rebirth = true on %3. The node republishes its NBIRTH (and its "
               "devices' DBIRTHs); its metric catalogue is read again.")
                .arg(group, node, topic),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    mqtt::OutgoingMessage m;
    m.topic = topic;
    m.payload = fleet::SparkplugTracker::rebirthRequest(QDateTime::currentMSecsSinceEpoch());
    m.qos = 1;
    // Through the Publish page: a production connection asks too, and the request is kept in
    // the sent list with the broker's answer (its record).
    if (m_publish->send(m, QString::fromLatin1(m.payload.toHex(' ')), int(payload::InputFormat::Hex)))
        emit statusMessage(tr("Rebirth requested from %1/%2: its new birth will show in the "
                              "Fleet page (the request is in the Publish page's sent list).")
                               .arg(group, node));
    else
        emit statusMessage(m_publish->resultLabel()->text());
}

void ConnectionView::showPage(Page page)
{
    // By page, not by position: the Fleet and Retained pages are not on every connection.
    QWidget *pages[] = {m_explorer, m_charts, m_publish, m_messages, m_fleet, m_retained,
                        m_commands, m_trace};
    if (QWidget *w = pages[int(page)])
        m_tabs->setCurrentWidget(w);
}

QString ConnectionView::title() const
{
    if (m_profile)
        return m_profile->name;
    if (!m_used)
        return tr("New connection");
    return m_context->displayName();
}

QString ConnectionView::countersText() const
{
    const EngineCounters c = m_context->engine().counters();
    QString text = tr("%1 msg/s — %2 received — %3 topics")
                       .arg(c.appliedPerSecond, 0, 'f', 0)
                       .arg(c.received)
                       .arg(c.topics);
    if (c.queued > 1000)
        text += QStringLiteral(" — ") + tr("%1 waiting").arg(c.queued);
    if (c.droppedAtQueue > 0)
        text +=
            QStringLiteral(" — ") + tr("%1 dropped (engine too far behind)").arg(c.droppedAtQueue);
    for (const StageCounters &s : c.stages)
        if (s.dropped > 0)
            text += QStringLiteral(" — ") +
                    tr("%1 not seen by %2 (it fell behind)")
                        .arg(s.dropped)
                        .arg(QCoreApplication::translate("Stage", qPrintable(s.name)));
    // History rotation within each topic's bound is normal; only the global memory budget
    // taking entries away is worth a user's attention.
    if (c.historyEvictions.byGlobalBudget > 0)
        text += QStringLiteral(" — ") + tr("%1 old history entries dropped (memory budget)")
                                            .arg(c.historyEvictions.byGlobalBudget);
    return text;
}

} // namespace deck::ui
