#pragma once

#include "mqtt/PahoSession.h"

#include <QSignalSpy>

#include <memory>
#include <vector>

namespace deck::test {

/// Drives a real PahoSession in tests: connect and wait, subscribe and wait, publish and wait,
/// collect messages. Every wait is bounded; a failure returns the reason in words.
class SessionWaiter
{
public:
    SessionWaiter();
    mqtt::PahoSession &session() { return *m_session; }

    /// Opens and waits for connected() or connectFailed(); fills `result`.
    bool connect(const mqtt::ConnectionOptions &options, mqtt::ConnectResult *result = nullptr,
                 int timeoutMs = 15000);
    bool subscribe(const QList<mqtt::Subscription> &subs, mqtt::SubscribeResult *result = nullptr,
                   int timeoutMs = 10000);
    bool subscribe(const QString &filter, int qos, mqtt::SubscribeResult *result = nullptr);
    bool publish(const mqtt::OutgoingMessage &message, mqtt::PublishResult *result = nullptr,
                 int timeoutMs = 10000);
    /// Submits every message at once (as an application would), then waits for all answers.
    bool publishAll(const QList<mqtt::OutgoingMessage> &messages,
                    QList<mqtt::PublishResult> *results = nullptr, int timeoutMs = 20000);
    /// Waits until at least `count` messages were received in total; returns them all.
    std::vector<Message> &waitForMessages(size_t count, int timeoutMs = 10000);
    std::vector<Message> &messages() { return m_messages; }
    void close(int timeoutMs = 5000);
    QString lastError() const { return m_error; }

private:
    std::unique_ptr<mqtt::PahoSession> m_session;
    std::vector<Message> m_messages;
    QString m_error;
};

mqtt::ConnectionOptions localOptions(int port, mqtt::MqttVersion version = mqtt::MqttVersion::V5);

} // namespace deck::test
