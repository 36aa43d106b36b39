#pragma once

#include "DecodeError.h"

#include <QByteArray>
#include <QByteArrayView>

namespace deck::mqtt::packet {

/// Reads the data types of MQTT (MQTT 5 section 1.5) off one packet's bytes, within a limit,
/// and records the first rule broken with its offset. Every read after an error fails.
class WireReader
{
public:
    /// `base` is the offset of bytes[0] in the stream, added to error offsets.
    WireReader(QByteArrayView bytes, qint64 base, PacketType type, MqttVersion version);

    qsizetype position() const { return m_at; } ///< from the start of the packet
    qsizetype remaining() const { return m_end - m_at; }
    bool atEnd() const { return m_at >= m_end; }
    bool failed() const { return m_error.isError(); }
    const DecodeError &error() const { return m_error; }

    bool byte(quint8 *out);
    bool twoBytes(quint16 *out);
    bool fourBytes(quint32 *out);
    bool varInt(quint32 *out);
    bool binary(QByteArray *out);
    /// A UTF-8 string, checked: well-formed, no surrogates, no U+0000.
    bool utf8(QByteArray *out);
    /// Everything up to the limit.
    QByteArray rest();

    /// Reads no further than `length` bytes from here until popLimit(); false (Truncated) when
    /// the packet has fewer.
    bool pushLimit(qsizetype length, qsizetype *saved);
    void popLimit(qsizetype saved) { m_end = saved; }

    /// Records the error (the first one wins) at `at` bytes from the start of the packet.
    bool fail(Rule rule, qsizetype at, int value = -1);
    void setType(PacketType type) { m_type = type; }
    void setVersion(MqttVersion version) { m_version = version; }
    MqttVersion version() const { return m_version; }
    PacketType type() const { return m_type; }

private:
    QByteArrayView m_bytes;
    qint64 m_base;
    qsizetype m_at = 0;
    qsizetype m_end;
    PacketType m_type;
    MqttVersion m_version;
    DecodeError m_error;
};

/// The index of the first byte that makes `s` an invalid MQTT UTF-8 string, or -1 when it is
/// valid; `*nul` tells a U+0000 from ill-formed UTF-8.
qsizetype firstInvalidUtf8(QByteArrayView s, bool *nul);

} // namespace deck::mqtt::packet
