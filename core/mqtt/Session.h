#pragma once

#include "ConnectionOptions.h"
#include "Requests.h"
#include "Results.h"
#include "ingest/MessageQueue.h"

#include <QObject>

#include <memory>
#include <vector>

namespace deck::mqtt {

/// One MQTT connection, usable from the GUI, the CLI and tests. All methods are called from the
/// thread the session lives in; all signals are emitted there too. Received messages are not
/// signalled one by one: messagesAvailable() fires once when the queue becomes non-empty and the
/// consumer drains everything queued with takeMessages().
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting, Disconnecting };
    Q_ENUM(State)

    using QObject::QObject;
    ~Session() override = default;

    /// Validates the options and starts connecting. Returns the validation errors (nothing is
    /// sent when there are any); the outcome arrives as connected() or connectFailed().
    virtual QStringList open(const ConnectionOptions &options) = 0;
    /// Clean DISCONNECT (no will); stops reconnecting.
    virtual void close() = 0;

    virtual Submitted subscribe(const QList<Subscription> &subscriptions) = 0;
    virtual Submitted unsubscribe(const QStringList &filters) = 0;
    virtual Submitted publish(const OutgoingMessage &message) = 0;

    /// Moves every received message not yet taken to the end of `out`.
    virtual qsizetype takeMessages(std::vector<Message> &out) = 0;
    /// Messages received from the network since the session was created (including any the
    /// hand-off queue had to drop at its bound).
    virtual quint64 receivedCount() const = 0;
    /// The hand-off queue itself, for a consumer on another thread (the Engine). Use either
    /// this or takeMessages(), not both.
    virtual std::shared_ptr<MessageQueue> messageQueue() const = 0;

    /// Subscriptions the broker granted; a reconnection without a kept session restores them.
    virtual QList<Subscription> activeSubscriptions() const = 0;
    virtual State state() const = 0;
    virtual const ConnectionOptions &options() const = 0;
    /// The last CONNACK (or failed attempt) seen.
    virtual ConnectResult lastConnectResult() const = 0;

    static QString stateName(State state);

signals:
    void stateChanged(deck::mqtt::Session::State state);
    void connected(const deck::mqtt::ConnectResult &result);
    void connectFailed(const deck::mqtt::ConnectResult &result);
    /// The connection broke (or the broker sent DISCONNECT); reconnecting follows if enabled.
    void connectionLost(const deck::mqtt::DisconnectInfo &info);
    /// A reconnect attempt is scheduled in `delayMs`.
    void reconnectScheduled(int delayMs, int attempt);
    void subscribeFinished(quint64 id, const deck::mqtt::SubscribeResult &result);
    void unsubscribeFinished(quint64 id, const deck::mqtt::UnsubscribeResult &result);
    void publishFinished(quint64 id, const deck::mqtt::PublishResult &result);
    void messagesAvailable();
    void closed();
};

} // namespace deck::mqtt

Q_DECLARE_METATYPE(deck::mqtt::ConnectResult)
Q_DECLARE_METATYPE(deck::mqtt::DisconnectInfo)
Q_DECLARE_METATYPE(deck::mqtt::SubscribeResult)
Q_DECLARE_METATYPE(deck::mqtt::UnsubscribeResult)
Q_DECLARE_METATYPE(deck::mqtt::PublishResult)
