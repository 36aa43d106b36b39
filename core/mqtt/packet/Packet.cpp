#include "Packet.h"

namespace deck::mqtt::packet {

bool Packet::operator==(const Packet &o) const
{
    return type == o.type && flags == o.flags && packetId == o.packetId && topic == o.topic &&
           payload == o.payload && reasonCodes == o.reasonCodes && properties == o.properties &&
           subscriptions == o.subscriptions && connect == o.connect &&
           sessionPresent == o.sessionPresent && size == o.size && secrets == o.secrets;
}

quint8 publishFlags(int qos, bool retain, bool dup)
{
    return quint8((dup ? 0x08 : 0) | ((qos & 0x03) << 1) | (retain ? 0x01 : 0));
}

QByteArray maskSecrets(QByteArray bytes, const QList<SecretSpan> &secrets)
{
    for (const SecretSpan &s : secrets) {
        if (s.offset >= 0 && s.length > 0 && s.offset + s.length <= bytes.size())
            bytes.replace(s.offset, s.length, QByteArray(s.length, '*'));
    }
    return bytes;
}

} // namespace deck::mqtt::packet
