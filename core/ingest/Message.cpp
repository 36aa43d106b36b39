#include "Message.h"

#include <string>

namespace deck {

Message::Message(std::shared_ptr<const void> owner, std::string_view topic,
                 std::string_view payload, int qos, bool retained, bool duplicate,
                 qint64 receivedAtMs, std::shared_ptr<const mqtt::MessageProperties> properties)
    : m_owner(std::move(owner)), m_topic(topic), m_payload(payload),
      m_properties(std::move(properties)), m_receivedAtMs(receivedAtMs), m_qos(quint8(qos)),
      m_retained(retained), m_duplicate(duplicate)
{
}

Message Message::fromParts(const QByteArray &topic, const QByteArray &payload, int qos,
                           bool retained, bool duplicate, qint64 receivedAtMs,
                           const mqtt::MessageProperties &props)
{
    struct Owned
    {
        std::string topic;
        std::string payload;
    };
    auto owned = std::make_shared<Owned>(
        Owned{topic.toStdString(), std::string(payload.constData(), size_t(payload.size()))});
    std::shared_ptr<const mqtt::MessageProperties> properties;
    if (!props.isEmpty())
        properties = std::make_shared<const mqtt::MessageProperties>(props);
    const std::string_view topicView(owned->topic);
    const std::string_view payloadView(owned->payload);
    return Message(std::move(owned), topicView, payloadView, qos, retained, duplicate, receivedAtMs,
                   std::move(properties));
}

QString Message::topicString() const
{
    return QString::fromUtf8(m_topic.data(), qsizetype(m_topic.size()));
}

const mqtt::MessageProperties &Message::properties() const
{
    static const mqtt::MessageProperties empty;
    return m_properties ? *m_properties : empty;
}

} // namespace deck
