#pragma once

#include "PacketType.h"
#include "Properties.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace deck::mqtt::packet {

/// A CONNECT's Last Will.
struct Will
{
    QByteArray topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    Properties properties; ///< MQTT 5 will properties

    bool operator==(const Will &o) const
    {
        return topic == o.topic && payload == o.payload && qos == o.qos && retain == o.retain &&
               properties == o.properties;
    }
};

/// The fields of a CONNECT. In a packet built to be sent, `password` is in clear; in a decoded
/// packet it is masked: as many '*' as it had bytes, and `passwordMasked` set.
struct ConnectFields
{
    QByteArray protocolName = "MQTT";
    quint8 protocolLevel = 5; ///< 3 (MQIsdp), 4 (3.1.1) or 5; the encoder writes properties at 5
    bool cleanStart = true;   ///< "clean session" in MQTT 3.1.1
    quint16 keepAlive = 60;
    QByteArray clientId;
    std::optional<Will> will;
    std::optional<QByteArray> username;
    std::optional<QByteArray> password;
    bool passwordMasked = false;

    bool operator==(const ConnectFields &o) const
    {
        return protocolName == o.protocolName && protocolLevel == o.protocolLevel &&
               cleanStart == o.cleanStart && keepAlive == o.keepAlive && clientId == o.clientId &&
               will == o.will && username == o.username && password == o.password &&
               passwordMasked == o.passwordMasked;
    }
};

/// One topic filter of a SUBSCRIBE (filter and options byte) or an UNSUBSCRIBE (filter only).
struct Subscription
{
    QByteArray filter;
    /// bits 0-1 maximum QoS; MQTT 5: bit 2 no local, bit 3 retain as published, bits 4-5
    /// retain handling.
    quint8 options = 0;

    int qos() const { return options & 0x03; }
    bool noLocal() const { return options & 0x04; }
    bool retainAsPublished() const { return options & 0x08; }
    int retainHandling() const { return (options >> 4) & 0x03; }
    bool operator==(const Subscription &o) const
    {
        return filter == o.filter && options == o.options;
    }
};

/// A region of a packet's bytes that holds a secret (password, authentication data), from the
/// start of the packet.
struct SecretSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    bool operator==(const SecretSpan &o) const { return offset == o.offset && length == o.length; }
};

/// One MQTT control packet, either built to be encoded or decoded from bytes (then its secrets
/// are masked and `size` and `secrets` are set). Fields a type does not use stay empty.
struct Packet
{
    PacketType type = PacketType::Reserved;
    quint8 flags = 0;     ///< low nibble of the first byte (PUBLISH: dup, qos, retain)
    quint16 packetId = 0; ///< when carriesPacketId(type, qos())
    QByteArray topic;     ///< PUBLISH
    QByteArray payload;   ///< PUBLISH
    /// CONNACK (return code under 3.1.1), the publish acks, SUBACK, UNSUBACK (MQTT 5),
    /// DISCONNECT and AUTH (MQTT 5; 0 when the packet leaves it out).
    QList<quint8> reasonCodes;
    Properties properties;             ///< MQTT 5
    QList<Subscription> subscriptions; ///< SUBSCRIBE, UNSUBSCRIBE
    ConnectFields connect;             ///< CONNECT
    bool sessionPresent = false;       ///< CONNACK
    qsizetype size = 0;                ///< decoded: bytes on the wire, fixed header included
    QList<SecretSpan> secrets;         ///< decoded: where the masked bytes were

    bool dup() const { return flags & 0x08; }
    int qos() const { return (flags >> 1) & 0x03; }
    bool retain() const { return flags & 0x01; }
    bool hasPacketId() const { return carriesPacketId(type, qos()); }
    bool operator==(const Packet &o) const;
    bool operator!=(const Packet &o) const { return !(*this == o); }
};

/// PUBLISH flags from their parts.
quint8 publishFlags(int qos, bool retain, bool dup = false);
/// The bytes with every secret span overwritten by '*' (for a hex dump or an export).
QByteArray maskSecrets(QByteArray bytes, const QList<SecretSpan> &secrets);

} // namespace deck::mqtt::packet
