#include "PahoSession.h"

#include "ReconnectSchedule.h"

#include "ConnectionProbe.h"
#include "PahoBridge.h"
#include "PahoConvert.h"
#include "TopicValidator.h"
#include "trace/TraceRelay.h"

#include <mqtt/async_client.h>

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace deck::mqtt {

namespace {
constexpr int kPahoV311 = MQTTVERSION_3_1_1;
constexpr int kPahoV5 = MQTTVERSION_5;
constexpr int kMaxQueuedPublishes = 100000;

void *contextOf(quint64 id)
{
    return reinterpret_cast<void *>(static_cast<quintptr>(id));
}
} // namespace

PahoSession::PahoSession(QObject *parent) : Session(parent)
{
    qRegisterMetaType<ConnectResult>();
    qRegisterMetaType<DisconnectInfo>();
    qRegisterMetaType<SubscribeResult>();
    qRegisterMetaType<UnsubscribeResult>();
    qRegisterMetaType<PublishResult>();
    m_bridge = std::make_shared<Bridge>();
    m_bridge->owner = this;
    m_bridge->queue = std::make_shared<MessageQueue>();
    m_reconnectTimer.setSingleShot(true);
    m_closeGuard.setSingleShot(true);
    connect(&m_closeGuard, &QTimer::timeout, this, &PahoSession::finishClose);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PahoSession::startAttempt);
}

PahoSession::~PahoSession()
{
    {
        std::lock_guard lock(m_bridge->mutex);
        m_bridge->owner = nullptr;
    }
    destroyClient();
}

void PahoSession::setTrace(std::shared_ptr<trace::TraceBuffer> buffer)
{
    m_trace = std::move(buffer);
}

void PahoSession::destroyClient()
{
    if (!m_client)
        return;
    try {
        m_client->disable_callbacks();
        if (m_client->is_connected())
            m_client->disconnect(1000)->wait_for(std::chrono::milliseconds(1500));
    } catch (const ::mqtt::exception &) {
        // Already disconnected: nothing to tell anyone at teardown.
    }
    m_client.reset();
    m_connectOptions.reset();
}

QString PahoSession::notConnectedError() const
{
    switch (m_state) {
    case State::Connecting:
        return tr("Still connecting to the broker; try again once connected.");
    case State::Reconnecting:
        return tr("The connection to the broker is lost and being restored; nothing was sent. "
                  "Try again once reconnected.");
    default:
        return tr("Not connected to a broker; nothing was sent. Connect first.");
    }
}

void PahoSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QStringList PahoSession::open(const ConnectionOptions &options)
{
    QStringList errors = options.validate();
    if (!errors.isEmpty())
        return errors;

    // A new connection replaces the previous one entirely: late events of the old client are
    // dropped with its bridge.
    {
        std::lock_guard lock(m_bridge->mutex);
        m_bridge->owner = nullptr;
    }
    destroyClient();
    auto queue = m_bridge->queue;
    m_bridge = std::make_shared<Bridge>();
    m_bridge->owner = this;
    m_bridge->queue = queue;
    m_bridge->version = options.version;

    m_options = options;
    if (m_options.clientId.isEmpty())
        m_options.clientId = ConnectionOptions::generateClientId();
    m_pendingSubscribes.clear();
    m_subscribeRequests.clear();
    m_pendingUnsubscribes.clear();
    m_pendingPublishQos.clear();
    m_active.clear();
    m_attempt = 0;
    m_everConnected = false;
    m_closing = false;

    const bool v5 = options.version == MqttVersion::V5;
    QString serverUri = m_options.serverUri();
    m_relay.reset(); // after destroyClient(): the old connection's DISCONNECT went through it
    if (m_trace) {
        // The relay makes the TLS or WebSocket connection with the connection's own settings;
        // the library speaks plain MQTT to it on loopback.
        m_relay = std::make_unique<trace::TraceRelay>(m_options, m_trace);
        QString error;
        const int port = m_relay->start(&error);
        if (port == 0) {
            m_relay.reset();
            return {error};
        }
        serverUri = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
    }
    try {
        // Paho queues at most 100 publishes not yet written by default and refuses the 101st
        // (-12) even while connected: a burst from a script or the publish panel must not fail.
        ::mqtt::create_options createOptions(v5 ? kPahoV5 : kPahoV311);
        createOptions.set_max_buffered_messages(kMaxQueuedPublishes);
        m_client = std::make_unique<::mqtt::async_client>(
            serverUri.toStdString(), m_options.clientId.toStdString(), createOptions, nullptr);
    } catch (const ::mqtt::exception &e) {
        return {tr("The MQTT library refused the broker address %1: %2")
                    .arg(m_options.serverUri(), QString::fromStdString(e.what()))};
    }

    ConnectionOptions pahoOptions = m_options;
    if (m_relay) // the relay makes the TLS/WebSocket connection: plain MQTT to it
        pahoOptions.transport = Transport::Tcp;
    m_connectOptions = paho::buildConnectOptions(pahoOptions);

    std::shared_ptr<Bridge> bridge = m_bridge;
    m_client->set_message_callback([bridge](::mqtt::const_message_ptr msg) {
        // Network thread: copy nothing, allocate only for MQTT 5 properties, never block.
        std::shared_ptr<const MessageProperties> props;
        if (!msg->get_properties().empty()) {
            MessageProperties converted = paho::toMessageProperties(msg->get_properties());
            if (!converted.isEmpty())
                props = std::make_shared<const MessageProperties>(std::move(converted));
        }
        const std::string &topic = msg->get_topic();
        const std::string &payload = msg->get_payload();
        Message message(msg, topic, payload, msg->get_qos(), msg->is_retained(),
                        msg->is_duplicate(), QDateTime::currentMSecsSinceEpoch(), std::move(props));
        if (bridge->queue->push(std::move(message)) && !bridge->queue->isSelfDraining())
            bridge->post([](PahoSession *o) { emit o->messagesAvailable(); });
    });
    m_client->set_connection_lost_handler([bridge](const std::string &cause) {
        DisconnectInfo info;
        info.cause = QString::fromStdString(cause);
        bridge->post([info](PahoSession *o) { o->onLost(info); });
    });
    m_client->set_disconnected_handler(
        [bridge](const ::mqtt::properties &props, ::mqtt::ReasonCode reason) {
            DisconnectInfo info;
            info.fromBroker = true;
            info.code = int(reason);
            info.codeName = ReasonCodes::name(info.code, PacketKind::Disconnect, MqttVersion::V5);
            info.explanation =
                ReasonCodes::explanation(info.code, PacketKind::Disconnect, MqttVersion::V5);
            info.reasonString = paho::reasonString(props);
            bridge->post([info](PahoSession *o) { o->onLost(info); });
        });

    setState(State::Connecting);
    startAttempt();
    return {};
}

void PahoSession::startAttempt()
{
    if (!m_client || m_closing)
        return;
    if (m_options.usesTls()) {
        // The TLS handshake is first made by Qt, on this thread, bounded by the connect timeout
        // and with the connection's own CA, client certificate and host name; Paho connects
        // only to a peer that completed it. Why: Paho C makes every client's handshake on its
        // one shared thread, and against a peer that accepts TCP but never answers the
        // handshake it waited past its connect timeout, the session stuck in Connecting for
        // ever (measured with tests/bench/connection_isolation; a 2026-11-30 Paho C++ program
        // saw another client's latency rise to p99 74-99 ms meanwhile). The cost is one
        // more handshake per connection; a failure is reported with the probe's words.
        delete m_gate;
        m_gate = new ConnectionProbe(this);
        connect(m_gate, &ConnectionProbe::finished, this, [this](const ProbeFinding &finding) {
            m_gate->deleteLater();
            m_gate = nullptr;
            if (!m_client || m_closing)
                return;
            if (finding.problem == ProbeFinding::Problem::None) {
                connectNow();
                return;
            }
            ConnectResult r;
            r.version = m_options.version;
            r.codeName = tr("No answer from the broker");
            r.explanation = finding.explanation;
            r.detail = finding.detail;
            reportConnectFailure(r);
        });
        m_gate->start(m_options, std::max(1, m_options.connectTimeoutSeconds) * 1000,
                      ConnectionProbe::Mode::HandshakeOnly);
        return;
    }
    connectNow();
}

void PahoSession::connectNow()
{
    try {
        m_client->connect(*m_connectOptions, nullptr, m_bridge->connectListener);
    } catch (const ::mqtt::exception &e) {
        ConnectResult r;
        r.version = m_options.version;
        r.code = e.get_return_code();
        r.detail = QString::fromStdString(e.what());
        onConnectFailed(r);
    }
}

void PahoSession::onConnectSucceeded(ConnectResult result)
{
    result.codeName = ReasonCodes::name(result.code, PacketKind::Connack, m_options.version);
    if (m_relay) // the library reached the recording relay; the user's broker is what matters
        result.serverUri = m_options.serverUri();
    result.explanation = result.sessionPresent
                             ? tr("Connected; the broker resumed the previous session.")
                             : tr("Connected with a new session.");
    m_lastConnect = result;
    const bool reconnection = m_everConnected;
    m_everConnected = true;
    m_attempt = 0;
    setState(State::Connected);
    emit connected(result);
    if (reconnection && !result.sessionPresent)
        resubscribe();
}

void PahoSession::reportConnectFailure(const ConnectResult &r)
{
    m_lastConnect = r;
    emit connectFailed(r);
    if (m_everConnected && m_options.reconnect.enabled && !m_closing) {
        scheduleReconnect();
    } else {
        setState(State::Disconnected);
    }
}

void PahoSession::onConnectFailed(ConnectResult result)
{
    result.version = m_options.version;
    auto report = [this](const ConnectResult &r) { reportConnectFailure(r); };
    if (result.gotConnack) {
        result.codeName = ReasonCodes::name(result.code, PacketKind::Connack, m_options.version);
        result.explanation =
            ReasonCodes::explanation(result.code, PacketKind::Connack, m_options.version);
        report(result);
        return;
    }
    // No CONNACK: find out which layer failed before telling the user.
    result.codeName = tr("No answer from the broker");
    delete m_probe;
    m_probe = new ConnectionProbe(this);
    connect(m_probe, &ConnectionProbe::finished, this,
            [this, result, report](const ProbeFinding &finding) mutable {
                result.explanation = finding.explanation;
                if (!finding.detail.isEmpty())
                    result.detail = finding.detail +
                                    (result.detail.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" (") + result.detail + QLatin1Char(')'));
                m_probe->deleteLater();
                m_probe = nullptr;
                report(result);
            });
    m_probe->start(m_options);
}

void PahoSession::finishClose()
{
    m_closeGuard.stop();
    if (m_state != State::Disconnecting)
        return;
    setState(State::Disconnected);
    emit closed();
}

void PahoSession::onLost(DisconnectInfo info)
{
    if (m_state == State::Disconnecting) {
        finishClose(); // closing anyway: the connection ended first
        return;
    }
    if (m_state != State::Connected)
        return; // a DISCONNECT from the broker is followed by the same loss: report it once
    const bool afterRefusal =
        m_lastPublishRefusal.isValid() && m_lastPublishRefusal.elapsed() < 2000;
    if (!info.fromBroker && info.cause.isEmpty())
        info.cause = afterRefusal
                         ? tr("the connection ends after the broker refuses a publish (seen "
                              "with mosquitto 2.0 and Paho C 1.3)")
                         : tr("the network connection was closed");
    if (info.explanation.isEmpty())
        info.explanation = tr("The connection to the broker was lost (%1).").arg(info.cause);
    emit connectionLost(info);
    if (m_options.reconnect.enabled && !m_closing)
        scheduleReconnect();
    else
        setState(State::Disconnected);
}

void PahoSession::scheduleReconnect()
{
    setState(State::Reconnecting);
    const int delay = ReconnectSchedule::delayMs(m_options.reconnect, m_attempt,
                                                 QRandomGenerator::global()->generateDouble());
    ++m_attempt;
    emit reconnectScheduled(delay, m_attempt);
    m_reconnectTimer.start(delay);
}

void PahoSession::resubscribe()
{
    // One SUBSCRIBE per subscription identifier: MQTT 5 carries one identifier per packet.
    QMap<quint32, QList<Subscription>> byIdentifier;
    for (const Subscription &s : std::as_const(m_active))
        byIdentifier[s.subscriptionIdentifier].append(s);
    for (const auto &group : std::as_const(byIdentifier))
        subscribe(group);
}

void PahoSession::close()
{
    m_closing = true;
    m_reconnectTimer.stop();
    if (m_client && m_client->is_connected()) {
        setState(State::Disconnecting);
        try {
            m_client->disconnect(1000, nullptr, m_bridge->disconnectListener);
            // Paho answers a disconnect within its 1 s, except when the connection ends under
            // it (it ends after a broker refuses a publish: mosquitto 2.0 and Paho C 1.3, the
            // packet trace saw either side close first): onLost() then ends
            // the close, and this guard whatever happens (seen as a CLI that never exited).
            m_closeGuard.start(3000);
            return;
        } catch (const ::mqtt::exception &) {
            // fall through: already gone
        }
    }
    setState(State::Disconnected);
    emit closed();
}

Submitted PahoSession::subscribe(const QList<Subscription> &subscriptions)
{
    Submitted out;
    out.error = RequestValidator::checkSubscriptions(subscriptions, m_options.version);
    if (!out.error.isEmpty())
        return out;
    const bool v5 = m_options.version == MqttVersion::V5;
    const quint32 identifier = subscriptions.first().subscriptionIdentifier;
    if (!m_client || m_state != State::Connected) {
        out.error = notConnectedError();
        return out;
    }
    ::mqtt::properties props;
    if (identifier != 0)
        props.add(::mqtt::property(::mqtt::property::SUBSCRIPTION_IDENTIFIER, int32_t(identifier)));
    out.id = m_nextId++;
    SubscribeRequest &request = m_subscribeRequests[out.id];
    request.outcomes.resize(subscriptions.size());

    // Paho C++ 1.2.0 crashes in MQTTAsync_subscribeMany when given a list of MQTT 5 subscribe
    // options: with options, send one SUBSCRIBE per filter and merge the SUBACKs.
    bool anyOptions = false;
    for (const Subscription &s : subscriptions)
        anyOptions |= s.noLocal || s.retainAsPublished || s.retainHandling != 0;
    const bool split = v5 && anyOptions && subscriptions.size() > 1;
    const int packets = split ? int(subscriptions.size()) : 1;
    for (int p = 0; p < packets; ++p) {
        PendingSubscribe pending;
        pending.requestId = out.id;
        pending.firstIndex = split ? p : 0;
        pending.subscriptions = split ? QList<Subscription>{subscriptions.at(p)} : subscriptions;
        const quint64 packetId = m_nextId++;
        try {
            if (pending.subscriptions.size() == 1) {
                const Subscription &s = pending.subscriptions.first();
                m_client->subscribe(
                    s.filter.toStdString(), s.qos, contextOf(packetId), m_bridge->subscribeListener,
                    ::mqtt::subscribe_options(
                        s.noLocal, s.retainAsPublished,
                        ::mqtt::subscribe_options::RetainHandling(s.retainHandling)),
                    props);
            } else {
                auto filters = std::make_shared<::mqtt::string_collection>();
                ::mqtt::iasync_client::qos_collection qos;
                for (const Subscription &s : std::as_const(pending.subscriptions)) {
                    filters->push_back(s.filter.toStdString());
                    qos.push_back(s.qos);
                }
                m_client->subscribe(filters, qos, contextOf(packetId), m_bridge->subscribeListener,
                                    std::vector<::mqtt::subscribe_options>(), props);
            }
            m_pendingSubscribes.insert(packetId, pending);
            ++request.packetsOutstanding;
        } catch (const ::mqtt::exception &e) {
            if (request.packetsOutstanding == 0) {
                m_subscribeRequests.remove(out.id);
                out.id = 0;
                out.error = tr("The subscription could not be sent: %1")
                                .arg(QString::fromStdString(e.what()));
                return out;
            }
            request.error = tr("Part of the subscription could not be sent: %1")
                                .arg(QString::fromStdString(e.what()));
            break;
        }
    }
    return out;
}

void PahoSession::onSubscribeDone(quint64 packetId, bool success, const QList<int> &codes,
                                  bool answered)
{
    const PendingSubscribe pending = m_pendingSubscribes.take(packetId);
    auto request = m_subscribeRequests.find(pending.requestId);
    if (pending.subscriptions.isEmpty() || request == m_subscribeRequests.end())
        return;
    for (int i = 0; i < pending.subscriptions.size(); ++i) {
        const Subscription &requested = pending.subscriptions.at(i);
        SubscriptionOutcome o;
        o.filter = requested.filter;
        o.requestedQos = requested.qos;
        o.answered = answered;
        if (!answered) {
            o.code = -1;
            o.codeName = tr("no SUBACK");
            o.explanation =
                tr("The connection ended before the broker answered this subscription: the broker "
                   "closed it, or sent a packet that could not be read (a malformed packet). The "
                   "subscription was not refused; the broker's log tells why it ended.");
            request->outcomes[pending.firstIndex + i] = o;
            continue;
        }
        o.code = i < codes.size() ? codes.at(i) : (success ? requested.qos : 0x80);
        o.granted = !ReasonCodes::isFailure(o.code, PacketKind::Suback, m_options.version);
        o.codeName = ReasonCodes::name(o.code, PacketKind::Suback, m_options.version);
        o.explanation = ReasonCodes::explanation(o.code, PacketKind::Suback, m_options.version);
        if (o.granted)
            m_active.insert(o.filter, requested);
        request->outcomes[pending.firstIndex + i] = o;
    }
    if (--request->packetsOutstanding > 0)
        return;
    SubscribeResult result;
    result.outcomes = request->outcomes;
    result.error = request->error;
    result.ok = result.error.isEmpty();
    for (const SubscriptionOutcome &o : std::as_const(result.outcomes))
        result.ok = result.ok && o.granted;
    const quint64 requestId = pending.requestId;
    m_subscribeRequests.erase(request);
    emit subscribeFinished(requestId, result);
}

Submitted PahoSession::unsubscribe(const QStringList &filters)
{
    Submitted out;
    if (filters.isEmpty()) {
        out.error = tr("No topic filter to unsubscribe from.");
        return out;
    }
    for (const QString &f : filters)
        if (QString e = TopicValidator::checkTopicFilter(f); !e.isEmpty()) {
            out.error = e;
            return out;
        }
    if (!m_client || m_state != State::Connected) {
        out.error = notConnectedError();
        return out;
    }
    auto collection = std::make_shared<::mqtt::string_collection>();
    for (const QString &f : filters)
        collection->push_back(f.toStdString());
    out.id = m_nextId++;
    m_pendingUnsubscribes.insert(out.id, filters);
    try {
        m_client->unsubscribe(collection, contextOf(out.id), m_bridge->unsubscribeListener);
    } catch (const ::mqtt::exception &e) {
        m_pendingUnsubscribes.remove(out.id);
        out.id = 0;
        out.error =
            tr("The unsubscribe could not be sent: %1").arg(QString::fromStdString(e.what()));
    }
    return out;
}

void PahoSession::onUnsubscribeDone(quint64 id, bool success, const QList<int> &codes, int rc)
{
    UnsubscribeResult result;
    result.filters = m_pendingUnsubscribes.take(id);
    result.codes = codes;
    result.ok = success;
    for (int c : codes)
        if (c >= 0x80)
            result.ok = false;
    if (!success)
        result.error =
            tr("The broker did not confirm the unsubscribe: %1").arg(paho::pahoErrorText(rc));
    for (const QString &f : std::as_const(result.filters))
        m_active.remove(f);
    emit unsubscribeFinished(id, result);
}

Submitted PahoSession::publish(const OutgoingMessage &message)
{
    Submitted out;
    out.error = RequestValidator::checkPublish(message, m_options.version);
    if (!out.error.isEmpty())
        return out;
    const bool v5 = m_options.version == MqttVersion::V5;
    if (!m_client || m_state != State::Connected) {
        out.error = notConnectedError();
        return out;
    }
    auto msg = ::mqtt::message::create(message.topic.toStdString(), message.payload.constData(),
                                       size_t(message.payload.size()), message.qos, message.retain,
                                       v5 ? paho::fromMessageProperties(message.properties)
                                          : ::mqtt::properties());
    out.id = m_nextId++;
    m_pendingPublishQos.insert(out.id, message.qos);
    try {
        m_client->publish(msg, contextOf(out.id), m_bridge->publishListener);
    } catch (const ::mqtt::exception &e) {
        m_pendingPublishQos.remove(out.id);
        out.id = 0;
        if (e.get_return_code() == MQTTASYNC_MAX_BUFFERED_MESSAGES)
            out.error = tr("%n message(s) are already waiting to be sent; this one was not "
                           "queued. Wait for earlier messages to be acknowledged.",
                           nullptr, kMaxQueuedPublishes);
        else
            out.error =
                tr("The message could not be sent: %1").arg(QString::fromStdString(e.what()));
    }
    return out;
}

void PahoSession::onPublishDone(quint64 id, bool success, int reasonCode, int rc,
                                const QString &message)
{
    PublishResult result;
    result.qos = m_pendingPublishQos.take(id);
    const PacketKind kind = result.qos == 2 ? PacketKind::Pubrec : PacketKind::Puback;
    result.code = reasonCode;
    if (success && !ReasonCodes::isFailure(reasonCode, kind, m_options.version)) {
        result.ok = true;
    } else if (reasonCode >= 0x80) {
        result.ok = false;
        m_lastPublishRefusal.start();
    } else {
        result.ok = false;
        result.error =
            tr("The message was not confirmed by the broker: %1 (code %2)").arg(message).arg(rc);
    }
    if (result.qos == 0 && result.ok) {
        result.codeName = tr("Sent");
        result.explanation = tr("QoS 0: the message was written to the network; the broker "
                                "does not acknowledge it.");
    } else {
        result.codeName = ReasonCodes::name(reasonCode, kind, m_options.version);
        result.explanation = ReasonCodes::explanation(reasonCode, kind, m_options.version);
    }
    emit publishFinished(id, result);
}

std::shared_ptr<MessageQueue> PahoSession::messageQueue() const
{
    return m_bridge->queue;
}

qsizetype PahoSession::takeMessages(std::vector<Message> &out)
{
    return m_bridge->queue->drain(out);
}

quint64 PahoSession::receivedCount() const
{
    return m_bridge->queue->offeredTotal();
}

QString Session::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Disconnecting:
        return tr("Disconnecting");
    }
    return {};
}

} // namespace deck::mqtt
