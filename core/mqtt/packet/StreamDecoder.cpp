#include "StreamDecoder.h"

namespace deck::mqtt::packet {

StreamDecoder::StreamDecoder(MqttVersion version, qsizetype maxPacketSize)
    : m_version(version), m_maxPacketSize(maxPacketSize)
{
}

void StreamDecoder::feed(QByteArrayView bytes)
{
    if (m_broken)
        return;
    // Drop what was taken once it is most of the buffer: amortised, not one move per packet.
    if (m_at > 0 && m_at >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_at);
        m_base += m_at;
        m_at = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

std::optional<DecodeResult> StreamDecoder::take()
{
    if (m_broken)
        return std::nullopt;
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_at);
    FrameHeader header;
    DecodeResult result;
    result.offset = consumed();
    const FrameStatus status = readFrameHeader(rest, &header, &result.error, consumed(), m_version);
    if (status == FrameStatus::NeedMore)
        return std::nullopt;
    if (status == FrameStatus::Complete && header.packetSize() > m_maxPacketSize) {
        result.error = {Rule::PacketTooLarge, consumed() + 1, header.type,
                        int(qMin<qint64>(header.remainingLength, INT_MAX)), m_version};
    }
    if (result.error.isError()) {
        result.packet.type = header.type;
        m_broken = true;
        return result;
    }
    if (header.packetSize() > rest.size())
        return std::nullopt;
    result = decodePacket(rest.first(header.packetSize()), m_version, consumed());
    m_at += header.packetSize();
    if (result.ok() && result.packet.type == PacketType::Connect)
        m_version = versionOfLevel(result.packet.connect.protocolLevel);
    return result;
}

std::optional<DecodeError> StreamDecoder::finish() const
{
    if (m_broken || m_at >= m_buffer.size())
        return std::nullopt;
    DecodeError e;
    e.rule = Rule::StreamTruncated;
    e.offset = consumed(); // the start of the packet cut short
    e.type = PacketType(quint8(m_buffer[m_at]) >> 4);
    e.version = m_version;
    return e;
}

} // namespace deck::mqtt::packet
