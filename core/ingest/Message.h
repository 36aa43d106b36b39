#pragma once

#include "mqtt/MessageProperties.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <string_view>

namespace deck {

/// One received MQTT message: immutable and cheap to copy. The topic and payload bytes stay in
/// the buffer the network library allocated (shared, never copied); MQTT 5 properties are only
/// allocated when the message carried some.
class Message
{
public:
    Message() = default;
    /// Wraps bytes owned by `owner`; `topic` and `payload` must point into it.
    Message(std::shared_ptr<const void> owner, std::string_view topic, std::string_view payload,
            int qos, bool retained, bool duplicate, qint64 receivedAtMs,
            std::shared_ptr<const mqtt::MessageProperties> properties = {});
    /// Builds a message from owned copies (tests, simulators, replays).
    static Message fromParts(const QByteArray &topic, const QByteArray &payload, int qos = 0,
                             bool retained = false, bool duplicate = false, qint64 receivedAtMs = 0,
                             const mqtt::MessageProperties &props = {});

    std::string_view topic() const { return m_topic; }
    QByteArrayView topicBytes() const { return {m_topic.data(), qsizetype(m_topic.size())}; }
    QString topicString() const;
    QByteArrayView payload() const { return {m_payload.data(), qsizetype(m_payload.size())}; }
    /// A deep copy of the payload, for consumers that keep it beyond the message.
    QByteArray payloadCopy() const { return payload().toByteArray(); }
    int qos() const { return m_qos; }
    bool isRetained() const { return m_retained; }
    bool isDuplicate() const { return m_duplicate; }
    /// Milliseconds since the epoch when the network thread received it.
    qint64 receivedAtMs() const { return m_receivedAtMs; }
    /// Empty properties for MQTT 3.1.1 messages and MQTT 5 messages without any.
    const mqtt::MessageProperties &properties() const;
    bool hasProperties() const { return bool(m_properties); }
    const std::shared_ptr<const mqtt::MessageProperties> &sharedProperties() const
    {
        return m_properties;
    }

private:
    std::shared_ptr<const void> m_owner;
    std::string_view m_topic;
    std::string_view m_payload;
    std::shared_ptr<const mqtt::MessageProperties> m_properties;
    qint64 m_receivedAtMs = 0;
    quint8 m_qos = 0;
    bool m_retained = false;
    bool m_duplicate = false;
};

} // namespace deck
