#include "ConnectionContext.h"

#include "mqtt/PahoSession.h"
#include "mqtt/TopicValidator.h"
#include "topics/TopicFilter.h"

#include <algorithm>

namespace deck {

ConnectionContext::ConnectionContext(QString id, ConnectionSettings settings,
                                     std::unique_ptr<mqtt::Session> session, QObject *parent)
    : QObject(parent), m_id(std::move(id)), m_settings(std::move(settings)),
      m_session(session ? std::move(session) : std::make_unique<mqtt::PahoSession>())
{
    if (m_settings.traceCapacity > 0) {
        if (auto *paho = qobject_cast<mqtt::PahoSession *>(m_session.get())) {
            m_trace = std::make_shared<mqtt::trace::TraceBuffer>(m_settings.traceCapacity);
            paho->setTrace(m_trace);
        }
    }
    m_engine = std::make_unique<Engine>(m_session->messageQueue(), m_settings.engine);
    if (m_settings.feedCapacity > 0) {
        m_feed = std::make_shared<LiveFeed>(m_settings.feedCapacity);
        m_engine->addStage(m_feed);
    }
    if (m_settings.fleet) {
        m_fleet = makeFleet();
        m_engine->addStage(m_fleet);
    }
    if (m_settings.retainedBoard) {
        m_retained = std::make_shared<fleet::RetainedBoard>(m_settings.boards.retainedLargeBytes);
        m_engine->addStage(m_retained);
    }
    m_engine->start();
    connect(m_session.get(), &mqtt::Session::connected, this, [this] {
        // The first connection subscribes; a reconnection without a kept session is restored
        // by the session itself (what the broker granted), so nothing is subscribed twice.
        if (m_session->activeSubscriptions().isEmpty()) {
            subscribeAll();
        } else if (const QString e = applySubscriptions(); !e.isEmpty()) {
            emit problem(e); // changed while the connection was down: the new list wins
        }
    });
}

ConnectionContext::~ConnectionContext()
{
    // The engine first (its thread reads the queue), then the session: its destructor sends a
    // clean DISCONNECT and waits for it (bounded). Not close() here: an asynchronous DISCONNECT
    // still under way when the destructor sends its own made Paho hang now and then (seen as a
    // CLI that never exited after a refused subscription).
    m_session->disconnect(this);
    m_engine->stop();
}

QString ConnectionContext::brokerKey() const
{
    const QString user = m_settings.options.username;
    return user.isEmpty() ? m_settings.options.serverUri()
                          : m_settings.options.serverUri() + QStringLiteral(" (") + user +
                                QLatin1Char(')');
}

QString ConnectionContext::displayName() const
{
    if (!m_settings.name.isEmpty())
        return m_settings.name;
    return QStringLiteral("%1:%2").arg(m_settings.options.host).arg(m_settings.options.port);
}

QStringList ConnectionContext::open()
{
    return m_session->open(m_settings.options);
}

void ConnectionContext::close()
{
    m_session->close();
}

std::shared_ptr<fleet::FleetStage> ConnectionContext::makeFleet()
{
    QString error;
    std::optional<fleet::DeviceRules> rules = m_settings.boards.rules(&error);
    if (!rules) {
        m_boardsProblem =
            tr("The saved device rules could not be read (%1); the \"auto\" preset is used.")
                .arg(error);
        rules = fleet::DeviceRules::preset(QStringLiteral("auto"));
    }
    return std::make_shared<fleet::FleetStage>(std::move(*rules));
}

QString ConnectionContext::setBoards(const fleet::BoardSettings &boards)
{
    QString error;
    if (!boards.rules(&error))
        return error;
    const bool newRules = !boards.sameRules(m_settings.boards);
    m_settings.boards = boards;
    if (m_retained)
        m_retained->setLargeBytes(boards.retainedLargeBytes);
    if (!newRules || !m_settings.fleet)
        return {};
    m_boardsProblem.clear();
    std::shared_ptr<fleet::FleetStage> next = makeFleet();
    m_engine->removeStage(m_fleet.get());
    m_engine->addStage(next);
    m_fleet = std::move(next);
    emit fleetReplaced();
    if (m_session->state() == mqtt::Session::State::Connected)
        subscribeAll(); // the retained statuses again, for the new rules
    return {};
}

void ConnectionContext::subscribeAll()
{
    QList<mqtt::Subscription> subs = effectiveSubscriptions();
    if (subs.isEmpty())
        return;
    // MQTT 5: keep the retain flag as published, so that live retained updates show as such.
    for (mqtt::Subscription &sub : subs)
        sub.retainAsPublished =
            sub.retainAsPublished || (m_settings.retainAsPublished &&
                                  m_settings.options.version == mqtt::MqttVersion::V5);
    if (const mqtt::Submitted s = m_session->subscribe(subs); !s.ok())
        emit problem(s.error);
}

QString ConnectionContext::setSubscriptions(QList<mqtt::Subscription> subscriptions)
{
    for (const mqtt::Subscription &s : subscriptions)
        if (const QString e = mqtt::TopicValidator::checkTopicFilter(s.filter.toUtf8());
            !e.isEmpty())
            return e;
    m_settings.subscriptions = subscriptions;
    return applySubscriptions();
}

QString ConnectionContext::requireFilters(const QString &owner, const QStringList &filters)
{
    for (const QString &f : filters)
        if (const QString e = mqtt::TopicValidator::checkTopicFilter(f.toUtf8()); !e.isEmpty())
            return e;
    m_required[owner] = filters;
    return applySubscriptions();
}

QList<mqtt::Subscription> ConnectionContext::effectiveSubscriptions() const
{
    QList<mqtt::Subscription> out = m_settings.subscriptions;
    QSet<QString> seen;
    for (const mqtt::Subscription &s : out)
        seen.insert(s.filter);
    for (const QStringList &filters : m_required) {
        for (const QString &f : filters) {
            if (seen.contains(f))
                continue;
            const std::string wanted = f.toStdString();
            const bool wildcard = f.contains(QLatin1Char('+')) || f.contains(QLatin1Char('#'));
            const bool covered =
                !wildcard &&
                std::any_of(m_settings.subscriptions.cbegin(), m_settings.subscriptions.cend(),
                            [&](const mqtt::Subscription &s) {
                                return TopicFilter::matches(s.filter.toStdString(), wanted);
                            });
            seen.insert(f);
            if (covered)
                continue;
            mqtt::Subscription extra;
            extra.filter = f;
            extra.qos = 1;
            out << extra;
        }
    }
    return out;
}

QString ConnectionContext::applySubscriptions()
{
    const QList<mqtt::Subscription> subscriptions = effectiveSubscriptions();
    if (m_session->state() != mqtt::Session::State::Connected)
        return {}; // the next connection subscribes the new list
    auto same = [](const mqtt::Subscription &a, const mqtt::Subscription &b) {
        return a.filter == b.filter && a.qos == b.qos;
    };
    const QList<mqtt::Subscription> active = m_session->activeSubscriptions();
    QStringList gone;
    for (const mqtt::Subscription &s : active)
        if (std::none_of(subscriptions.cbegin(), subscriptions.cend(),
                         [&](const mqtt::Subscription &n) { return same(n, s); }))
            gone << s.filter;
    if (!gone.isEmpty())
        if (const mqtt::Submitted u = m_session->unsubscribe(gone); !u.ok())
            return u.error;
    QList<mqtt::Subscription> fresh;
    for (mqtt::Subscription s : subscriptions) {
        if (std::any_of(active.cbegin(), active.cend(),
                        [&](const mqtt::Subscription &a) { return same(a, s); }))
            continue;
        s.retainAsPublished =
            s.retainAsPublished || (m_settings.retainAsPublished &&
                                m_settings.options.version == mqtt::MqttVersion::V5);
        fresh << s;
    }
    if (!fresh.isEmpty())
        if (const mqtt::Submitted s = m_session->subscribe(fresh); !s.ok())
            return s.error;
    return {};
}

} // namespace deck
