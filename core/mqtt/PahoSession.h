#pragma once

#include "Session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QTimer>

#include <memory>

namespace mqtt {
class async_client;
class connect_options;
} // namespace mqtt

namespace deck::mqtt {

class ConnectionProbe;
namespace trace {
class TraceBuffer;
class TraceRelay;
} // namespace trace

/// Session on Eclipse Paho MQTT C++. Paho's callbacks run on its network thread; they never
/// block and never touch this object directly: messages go into a MessageQueue (the consumer is
/// woken once per batch) and every other event is posted to this object's thread.
///
/// Reconnection is ours rather than Paho's automatic_reconnect: we need the CONNACK of every
/// reconnection (session present decides whether to resubscribe) and a visible countdown.
class PahoSession : public Session
{
    Q_OBJECT
public:
    explicit PahoSession(QObject *parent = nullptr);
    ~PahoSession() override;

    QStringList open(const ConnectionOptions &options) override;
    void close() override;
    Submitted subscribe(const QList<Subscription> &subscriptions) override;
    Submitted unsubscribe(const QStringList &filters) override;
    Submitted publish(const OutgoingMessage &message) override;
    qsizetype takeMessages(std::vector<Message> &out) override;
    quint64 receivedCount() const override;
    std::shared_ptr<MessageQueue> messageQueue() const override;
    State state() const override { return m_state; }
    const ConnectionOptions &options() const override { return m_options; }
    ConnectResult lastConnectResult() const override { return m_lastConnect; }

    QList<Subscription> activeSubscriptions() const override { return m_active.values(); }

    /// Traces every packet of the connections open() makes into `buffer` (null: no trace, the
    /// default, and nothing in the way). Takes effect at the next open(). TCP and TLS (the
    /// relay makes the TLS connection); open() refuses a traced WebSocket connection in words.
    void setTrace(std::shared_ptr<trace::TraceBuffer> buffer);
    std::shared_ptr<trace::TraceBuffer> traceBuffer() const { return m_trace; }

    struct Bridge; // state shared with Paho's thread; defined in the .cpp

private:
    friend struct Bridge;
    void setState(State state);
    void startAttempt();
    void connectNow();
    void reportConnectFailure(const ConnectResult &result);
    void onConnectSucceeded(ConnectResult result);
    void onConnectFailed(ConnectResult result);
    void onLost(DisconnectInfo info);
    /// The end of a close(): said once, whichever of Paho's answer, the loss of the connection
    /// or the guard comes first.
    void finishClose();
    void onSubscribeDone(quint64 id, bool success, const QList<int> &codes, bool answered);
    void onUnsubscribeDone(quint64 id, bool success, const QList<int> &codes, int rc);
    void onPublishDone(quint64 id, bool success, int reasonCode, int rc, const QString &message);
    void scheduleReconnect();
    void resubscribe();
    void destroyClient();
    QString notConnectedError() const;

    std::shared_ptr<Bridge> m_bridge;
    std::unique_ptr<::mqtt::async_client> m_client;
    std::unique_ptr<::mqtt::connect_options> m_connectOptions;
    std::shared_ptr<trace::TraceBuffer> m_trace;
    std::unique_ptr<trace::TraceRelay> m_relay; ///< between the library and the broker, traced
    ConnectionOptions m_options;
    ConnectResult m_lastConnect;
    State m_state = State::Disconnected;
    quint64 m_nextId = 1;
    int m_attempt = 0;
    bool m_everConnected = false;
    bool m_closing = false;
    QTimer m_reconnectTimer;
    QTimer m_closeGuard;
    QElapsedTimer m_lastPublishRefusal; // Paho C 1.3.12 drops the connection after one
    ConnectionProbe *m_probe = nullptr; // owned (child), alive while a probe runs
    ConnectionProbe *m_gate = nullptr;  // owned (child), alive while a TLS gate runs
    struct PendingSubscribe             // one SUBSCRIBE packet in flight
    {
        quint64 requestId = 0;
        int firstIndex = 0;
        QList<Subscription> subscriptions;
    };
    struct SubscribeRequest // one subscribe() call, possibly sent as several packets
    {
        QList<SubscriptionOutcome> outcomes;
        int packetsOutstanding = 0;
        QString error;
    };
    QHash<quint64, PendingSubscribe> m_pendingSubscribes;
    QHash<quint64, SubscribeRequest> m_subscribeRequests;
    QHash<quint64, QStringList> m_pendingUnsubscribes;
    QHash<quint64, int> m_pendingPublishQos;
    QMap<QString, Subscription> m_active;
};

} // namespace deck::mqtt
