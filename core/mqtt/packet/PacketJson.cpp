#include "PacketJson.h"

#include "mqtt/TopicValidator.h"

#include <QJsonArray>

namespace deck::mqtt::packet {

namespace {
QJsonValue bytesValue(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QJsonObject masked(qsizetype length)
{
    return QJsonObject{{QStringLiteral("masked"), true}, {QStringLiteral("length"), length}};
}

void putPayload(QJsonObject &o, const QString &key, const QByteArray &payload)
{
    if (TopicValidator::isValidUtf8(payload))
        o.insert(key, QString::fromUtf8(payload));
    else
        o.insert(key + QStringLiteral("_hex"), bytesValue(payload));
}

PacketKind kindOf(PacketType type)
{
    switch (type) {
    case PacketType::Connack:
        return PacketKind::Connack;
    case PacketType::Suback:
        return PacketKind::Suback;
    case PacketType::Unsuback:
        return PacketKind::Unsuback;
    case PacketType::Pubrec:
        return PacketKind::Pubrec;
    case PacketType::Disconnect:
        return PacketKind::Disconnect;
    default: // PUBACK, PUBREL, PUBCOMP, AUTH: 0x00 is "Success", the others by code alone
        return PacketKind::Puback;
    }
}
} // namespace

QString reasonName(PacketType type, int code, MqttVersion version)
{
    return ReasonCodes::name(code, kindOf(type), version);
}

QJsonObject propertiesToJson(const Properties &properties)
{
    QJsonObject o;
    for (const Property &p : properties) {
        const PropertyInfo *info = propertyInfo(p.id);
        const QString key = info ? QString::fromLatin1(info->name)
                                 : QStringLiteral("0x%1").arg(p.id, 2, 16, QLatin1Char('0'));
        QJsonValue value;
        switch (info ? info->type : PropertyType::Binary) {
        case PropertyType::Byte:
        case PropertyType::TwoByte:
        case PropertyType::FourByte:
        case PropertyType::VarInt:
            value = qint64(p.number);
            break;
        case PropertyType::Utf8:
            value = QString::fromUtf8(p.bytes);
            break;
        case PropertyType::Utf8Pair:
            value = QJsonArray{QString::fromUtf8(p.bytes), QString::fromUtf8(p.value)};
            break;
        case PropertyType::Binary:
            value = p.masked ? QJsonValue(masked(p.bytes.size())) : bytesValue(p.bytes);
            break;
        }
        if (p.id == PropertyId::UserProperty || p.id == PropertyId::SubscriptionIdentifier) {
            QJsonArray list = o.value(key).toArray();
            list.append(value);
            o.insert(key, list);
        } else {
            o.insert(key, value);
        }
    }
    return o;
}

QJsonObject packetToJson(const Packet &p, MqttVersion version)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), QString::fromLatin1(packetTypeName(p.type)));
    o.insert(QStringLiteral("size"), p.size);
    o.insert(QStringLiteral("packet_id"),
             p.hasPacketId() ? QJsonValue(int(p.packetId)) : QJsonValue(QJsonValue::Null));
    QJsonArray codes, names;
    for (quint8 code : p.reasonCodes) {
        codes.append(int(code));
        names.append(reasonName(p.type, code, version));
    }
    o.insert(QStringLiteral("reason_codes"), codes);
    o.insert(QStringLiteral("reason_names"), names);
    if (version == MqttVersion::V5 ||
        (p.type == PacketType::Connect && p.connect.protocolLevel >= 5))
        o.insert(QStringLiteral("properties"), propertiesToJson(p.properties));
    switch (p.type) {
    case PacketType::Publish:
        o.insert(QStringLiteral("topic"), QString::fromUtf8(p.topic));
        o.insert(QStringLiteral("qos"), p.qos());
        o.insert(QStringLiteral("retain"), p.retain());
        o.insert(QStringLiteral("dup"), p.dup());
        o.insert(QStringLiteral("payload_size"), p.payload.size());
        putPayload(o, QStringLiteral("payload"), p.payload);
        break;
    case PacketType::Connect: {
        const ConnectFields &c = p.connect;
        o.insert(QStringLiteral("protocol_name"), QString::fromUtf8(c.protocolName));
        o.insert(QStringLiteral("protocol_level"), c.protocolLevel);
        o.insert(QStringLiteral("clean_start"), c.cleanStart);
        o.insert(QStringLiteral("keep_alive"), c.keepAlive);
        o.insert(QStringLiteral("client_id"), QString::fromUtf8(c.clientId));
        if (c.username)
            o.insert(QStringLiteral("username"), QString::fromUtf8(*c.username));
        if (c.password)
            o.insert(QStringLiteral("password"), masked(c.password->size()));
        if (c.will) {
            QJsonObject will{{QStringLiteral("topic"), QString::fromUtf8(c.will->topic)},
                             {QStringLiteral("qos"), c.will->qos},
                             {QStringLiteral("retain"), c.will->retain}};
            putPayload(will, QStringLiteral("payload"), c.will->payload);
            if (c.protocolLevel >= 5)
                will.insert(QStringLiteral("properties"), propertiesToJson(c.will->properties));
            o.insert(QStringLiteral("will"), will);
        }
        break;
    }
    case PacketType::Connack:
        o.insert(QStringLiteral("session_present"), p.sessionPresent);
        break;
    case PacketType::Subscribe: {
        QJsonArray list;
        for (const Subscription &s : p.subscriptions) {
            QJsonObject sub{{QStringLiteral("filter"), QString::fromUtf8(s.filter)},
                            {QStringLiteral("qos"), s.qos()}};
            if (version == MqttVersion::V5) {
                sub.insert(QStringLiteral("no_local"), s.noLocal());
                sub.insert(QStringLiteral("retain_as_published"), s.retainAsPublished());
                sub.insert(QStringLiteral("retain_handling"), s.retainHandling());
            }
            list.append(sub);
        }
        o.insert(QStringLiteral("subscriptions"), list);
        break;
    }
    case PacketType::Unsubscribe: {
        QJsonArray list;
        for (const Subscription &s : p.subscriptions)
            list.append(QString::fromUtf8(s.filter));
        o.insert(QStringLiteral("filters"), list);
        break;
    }
    default:
        break;
    }
    return o;
}

QJsonObject errorToJson(const DecodeError &e)
{
    QJsonObject o{{QStringLiteral("error"), e.message()},
                  {QStringLiteral("rule"), e.reference()},
                  {QStringLiteral("offset"), e.offset}};
    if (e.type != PacketType::Reserved || e.rule == Rule::ReservedPacketType)
        o.insert(QStringLiteral("type"), QString::fromLatin1(packetTypeName(e.type)));
    return o;
}

} // namespace deck::mqtt::packet
