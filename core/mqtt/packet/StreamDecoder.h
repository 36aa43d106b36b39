#pragma once

#include "PacketDecoder.h"

#include <QByteArray>

#include <optional>

namespace deck::mqtt::packet {

/// Cuts a byte stream (one direction of a connection) into packets: feed bytes as they come,
/// take packets as they complete, however the reads split them. A malformed packet whose length
/// is readable is reported and skipped; a malformed length leaves nothing to resynchronise on,
/// so the stream is broken from there on. A CONNECT switches the version to its protocol level.
class StreamDecoder
{
public:
    /// The largest packet MQTT can carry (a 4-byte remaining length of 268,435,455 bytes).
    static constexpr qsizetype kMaxPacketSize = 268435455 + 5;

    explicit StreamDecoder(MqttVersion version = MqttVersion::V5,
                           qsizetype maxPacketSize = kMaxPacketSize);

    void feed(QByteArrayView bytes);
    /// The next packet (or the error of the next malformed one); nullopt until one is whole, and
    /// for ever once the stream is broken.
    std::optional<DecodeResult> take();
    /// At the end of the stream: the error when it stopped inside a packet.
    std::optional<DecodeError> finish() const;

    bool broken() const { return m_broken; }
    MqttVersion version() const { return m_version; }
    void setVersion(MqttVersion version) { m_version = version; }
    /// Bytes taken off the stream so far (the offset of the next packet).
    qint64 consumed() const { return m_base + m_at; }
    qsizetype buffered() const { return m_buffer.size() - m_at; }

private:
    QByteArray m_buffer;
    qsizetype m_at = 0; ///< the first byte not yet taken
    qint64 m_base = 0;  ///< stream offset of m_buffer[0]
    MqttVersion m_version;
    qsizetype m_maxPacketSize;
    bool m_broken = false;
};

} // namespace deck::mqtt::packet
