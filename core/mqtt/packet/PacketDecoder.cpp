#include "PacketDecoder.h"

#include "WireReader.h"

namespace deck::mqtt::packet {

namespace {

bool isBoolean(quint8 id)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
    case PropertyId::RequestProblemInformation:
    case PropertyId::RequestResponseInformation:
    case PropertyId::MaximumQos:
    case PropertyId::RetainAvailable:
    case PropertyId::WildcardSubscriptionAvailable:
    case PropertyId::SubscriptionIdentifierAvailable:
    case PropertyId::SharedSubscriptionAvailable:
        return true;
    default:
        return false;
    }
}

bool mustNotBeZero(quint8 id)
{
    return id == PropertyId::ReceiveMaximum || id == PropertyId::TopicAlias ||
           id == PropertyId::MaximumPacketSize || id == PropertyId::SubscriptionIdentifier;
}

/// A property list (MQTT 5 section 2.2.2): its length, then id/value pairs. `allowed` is the
/// packet's bit in PropertyInfo::packets (kWillProperties for a will).
bool readProperties(WireReader &r, quint32 allowed, Properties *out, QList<SecretSpan> *secrets)
{
    quint32 length = 0;
    qsizetype saved = 0;
    if (!r.varInt(&length) || !r.pushLimit(qsizetype(length), &saved))
        return false;
    while (!r.atEnd()) {
        const qsizetype at = r.position();
        quint32 id = 0;
        if (!r.varInt(&id))
            return false;
        const PropertyInfo *info = id <= 0xFF ? propertyInfo(quint8(id)) : nullptr;
        if (!info)
            return r.fail(Rule::UnknownProperty, at, int(id));
        if (!(info->packets & allowed))
            return r.fail(Rule::PropertyNotAllowed, at, int(id));
        const bool repeatable =
            info->repeatable || (id == PropertyId::SubscriptionIdentifier &&
                                 allowed == (1u << quint8(PacketType::Publish)));
        if (!repeatable && findProperty(*out, quint8(id)))
            return r.fail(Rule::DuplicateProperty, at, int(id));
        Property p;
        p.id = quint8(id);
        switch (info->type) {
        case PropertyType::Byte: {
            quint8 v = 0;
            r.byte(&v);
            p.number = v;
            break;
        }
        case PropertyType::TwoByte: {
            quint16 v = 0;
            r.twoBytes(&v);
            p.number = v;
            break;
        }
        case PropertyType::FourByte:
            r.fourBytes(&p.number);
            break;
        case PropertyType::VarInt:
            r.varInt(&p.number);
            break;
        case PropertyType::Utf8:
            r.utf8(&p.bytes);
            break;
        case PropertyType::Utf8Pair:
            if (r.utf8(&p.bytes))
                r.utf8(&p.value);
            break;
        case PropertyType::Binary:
            r.binary(&p.bytes);
            if (id == PropertyId::AuthenticationData && !r.failed()) {
                secrets->append({r.position() - p.bytes.size(), p.bytes.size()});
                p.bytes.fill('*');
                p.masked = true;
            }
            break;
        }
        if (r.failed())
            return false;
        if ((isBoolean(p.id) && p.number > 1) || (mustNotBeZero(p.id) && p.number == 0))
            return r.fail(Rule::PropertyValue, at, int(id));
        out->append(p);
    }
    r.popLimit(saved);
    return true;
}

bool hasProperties(const WireReader &r)
{
    return r.version() == MqttVersion::V5;
}

quint32 bitOf(PacketType type)
{
    return 1u << quint8(type);
}

bool readPacketId(WireReader &r, Packet *p)
{
    const qsizetype at = r.position();
    if (!r.twoBytes(&p->packetId))
        return false;
    if (p->packetId == 0)
        return r.fail(Rule::PacketIdZero, at);
    return true;
}

void readConnect(WireReader &r, Packet *p)
{
    ConnectFields &c = p->connect;
    const qsizetype nameAt = r.position();
    if (!r.utf8(&c.protocolName) || !r.byte(&c.protocolLevel))
        return;
    if (c.protocolLevel < 3 || c.protocolLevel > 5) {
        r.fail(Rule::ProtocolLevel, r.position() - 1, c.protocolLevel);
        return;
    }
    if (c.protocolName != (c.protocolLevel == 3 ? QByteArray("MQIsdp") : QByteArray("MQTT"))) {
        r.fail(Rule::ProtocolName, nameAt);
        return;
    }
    r.setVersion(versionOfLevel(c.protocolLevel));
    const qsizetype flagsAt = r.position();
    quint8 flags = 0;
    if (!r.byte(&flags) || !r.twoBytes(&c.keepAlive))
        return;
    const bool willFlag = flags & 0x04;
    const int willQos = (flags >> 3) & 0x03;
    const bool willRetain = flags & 0x20;
    const bool passwordFlag = flags & 0x40;
    const bool usernameFlag = flags & 0x80;
    if (flags & 0x01) {
        r.fail(Rule::ConnectReservedFlag, flagsAt, flags);
        return;
    }
    if (!willFlag && (willQos != 0 || willRetain)) {
        r.fail(Rule::WillFlagsWithoutWill, flagsAt, flags);
        return;
    }
    if (willQos == 3) {
        r.fail(Rule::WillQos3, flagsAt, flags);
        return;
    }
    if (passwordFlag && !usernameFlag && r.version() == MqttVersion::V311) {
        r.fail(Rule::PasswordWithoutUsername, flagsAt, flags);
        return;
    }
    c.cleanStart = flags & 0x02;
    if (hasProperties(r) &&
        !readProperties(r, bitOf(PacketType::Connect), &p->properties, &p->secrets))
        return;
    if (!r.utf8(&c.clientId))
        return;
    if (willFlag) {
        Will will;
        will.qos = willQos;
        will.retain = willRetain;
        if (hasProperties(r) && !readProperties(r, kWillProperties, &will.properties, &p->secrets))
            return;
        if (!r.utf8(&will.topic) || !r.binary(&will.payload))
            return;
        c.will = will;
    }
    if (usernameFlag) {
        QByteArray username;
        if (!r.utf8(&username))
            return;
        c.username = username;
    }
    if (passwordFlag) {
        QByteArray password;
        if (!r.binary(&password))
            return;
        p->secrets.append({r.position() - password.size(), password.size()});
        c.password = QByteArray(password.size(), '*');
        c.passwordMasked = true;
    }
}

void readConnack(WireReader &r, Packet *p)
{
    quint8 flags = 0, code = 0;
    if (!r.byte(&flags))
        return;
    if (flags & 0xFE) {
        r.fail(Rule::ConnackReservedFlags, r.position() - 1, flags);
        return;
    }
    p->sessionPresent = flags & 0x01;
    if (!r.byte(&code))
        return;
    p->reasonCodes = {code};
    // A broker refusing an MQTT 5 CONNECT may answer without properties: read them when present.
    if (hasProperties(r) && !r.atEnd())
        readProperties(r, bitOf(PacketType::Connack), &p->properties, &p->secrets);
}

void readPublish(WireReader &r, Packet *p)
{
    const int qos = p->qos();
    if (qos == 3) {
        r.fail(Rule::PublishQos3, 0, p->flags);
        return;
    }
    if (qos == 0 && p->dup()) {
        r.fail(Rule::DupWithQos0, 0, p->flags);
        return;
    }
    const qsizetype topicAt = r.position() + 2;
    if (!r.utf8(&p->topic))
        return;
    for (qsizetype i = 0; i < p->topic.size(); ++i) {
        if (p->topic[i] == '+' || p->topic[i] == '#') {
            r.fail(Rule::TopicWildcard, topicAt + i);
            return;
        }
    }
    if (qos > 0 && !readPacketId(r, p))
        return;
    if (hasProperties(r) &&
        !readProperties(r, bitOf(PacketType::Publish), &p->properties, &p->secrets))
        return;
    if (p->topic.isEmpty() && !findProperty(p->properties, PropertyId::TopicAlias)) {
        r.fail(Rule::TopicEmpty, topicAt - 2);
        return;
    }
    p->payload = r.rest();
}

/// PUBACK, PUBREC, PUBREL, PUBCOMP, and (without a packet id) DISCONNECT and AUTH: under MQTT 5
/// a reason code and properties, each left out when the rest is (then the code is 0).
void readReasonAndProperties(WireReader &r, Packet *p)
{
    if (!hasProperties(r))
        return;
    quint8 code = 0;
    if (!r.atEnd() && !r.byte(&code))
        return;
    p->reasonCodes = {code};
    if (!r.atEnd())
        readProperties(r, bitOf(p->type), &p->properties, &p->secrets);
}

void readSubscribe(WireReader &r, Packet *p, bool withOptions)
{
    if (!readPacketId(r, p))
        return;
    if (hasProperties(r) && !readProperties(r, bitOf(p->type), &p->properties, &p->secrets))
        return;
    if (r.atEnd()) {
        r.fail(Rule::NoTopicFilters, r.position());
        return;
    }
    const quint8 reserved = hasProperties(r) ? 0xC0 : 0xFC;
    while (!r.atEnd()) {
        Subscription s;
        if (!r.utf8(&s.filter))
            return;
        if (withOptions) {
            if (!r.byte(&s.options))
                return;
            if ((s.options & reserved) || s.qos() == 3 || s.retainHandling() == 3) {
                r.fail(Rule::SubscriptionOptions, r.position() - 1, s.options);
                return;
            }
        }
        p->subscriptions.append(s);
    }
}

void readAckList(WireReader &r, Packet *p)
{
    if (!readPacketId(r, p))
        return;
    if (hasProperties(r) && !readProperties(r, bitOf(p->type), &p->properties, &p->secrets))
        return;
    if (p->type == PacketType::Unsuback && !hasProperties(r))
        return; // MQTT 3.1.1 UNSUBACK: the packet id only
    if (r.atEnd()) {
        r.fail(Rule::NoReasonCodes, r.position());
        return;
    }
    while (!r.atEnd()) {
        quint8 code = 0;
        r.byte(&code);
        if (p->type == PacketType::Suback && !hasProperties(r) && code > 2 && code != 0x80) {
            r.fail(Rule::ReturnCodeNotAllowed, r.position() - 1, code);
            return;
        }
        p->reasonCodes.append(code);
    }
}

} // namespace

MqttVersion versionOfLevel(int protocolLevel)
{
    return protocolLevel >= 5 ? MqttVersion::V5 : MqttVersion::V311;
}

FrameStatus readFrameHeader(QByteArrayView bytes, FrameHeader *header, DecodeError *error,
                            qint64 base, MqttVersion version)
{
    if (bytes.isEmpty())
        return FrameStatus::NeedMore;
    header->type = PacketType(quint8(bytes[0]) >> 4);
    header->flags = quint8(bytes[0]) & 0x0F;
    quint32 length = 0;
    for (int i = 0; i < 4; ++i) {
        if (1 + i >= bytes.size())
            return FrameStatus::NeedMore;
        const quint8 b = quint8(bytes[1 + i]);
        length |= quint32(b & 0x7F) << (7 * i);
        if (!(b & 0x80)) {
            if (i > 0 && b == 0) {
                *error = {Rule::VarIntNotMinimal, base + 1, header->type, -1, version};
                return FrameStatus::Malformed;
            }
            header->headerSize = 2 + i;
            header->remainingLength = length;
            return FrameStatus::Complete;
        }
    }
    *error = {Rule::RemainingLengthTooLong, base + 1, header->type, -1, version};
    return FrameStatus::Malformed;
}

DecodeResult decodePacket(QByteArrayView bytes, MqttVersion version, qint64 base)
{
    DecodeResult result;
    result.offset = base;
    FrameHeader h;
    const FrameStatus status = readFrameHeader(bytes, &h, &result.error, base, version);
    if (status == FrameStatus::Malformed)
        return result;
    if (status == FrameStatus::NeedMore || h.packetSize() > bytes.size()) {
        result.error = {Rule::Truncated, base + bytes.size(), h.type, -1, version};
        return result;
    }
    if (h.packetSize() < bytes.size()) {
        result.error = {Rule::TrailingBytes, base + h.packetSize(), h.type, -1, version};
        return result;
    }
    Packet &p = result.packet;
    p.type = h.type;
    p.flags = h.flags;
    p.size = bytes.size();
    WireReader r(bytes, base, h.type, version);
    if (h.type == PacketType::Reserved ||
        (h.type == PacketType::Auth && version == MqttVersion::V311)) {
        r.fail(Rule::ReservedPacketType, 0, int(h.type));
    } else if (requiredFlags(h.type) >= 0 && h.flags != requiredFlags(h.type)) {
        r.fail(Rule::ReservedFlags, 0, h.flags);
    } else {
        qsizetype ignored = 0;
        r.pushLimit(bytes.size(), &ignored);
        // Skip the fixed header: the reader's positions count from the packet's first byte.
        for (qsizetype i = 0; i < h.headerSize; ++i) {
            quint8 b = 0;
            r.byte(&b);
        }
        switch (h.type) {
        case PacketType::Connect:
            readConnect(r, &p);
            break;
        case PacketType::Connack:
            readConnack(r, &p);
            break;
        case PacketType::Publish:
            readPublish(r, &p);
            break;
        case PacketType::Puback:
        case PacketType::Pubrec:
        case PacketType::Pubrel:
        case PacketType::Pubcomp:
            if (readPacketId(r, &p))
                readReasonAndProperties(r, &p);
            break;
        case PacketType::Subscribe:
            readSubscribe(r, &p, true);
            break;
        case PacketType::Unsubscribe:
            readSubscribe(r, &p, false);
            break;
        case PacketType::Suback:
        case PacketType::Unsuback:
            readAckList(r, &p);
            break;
        case PacketType::Disconnect:
        case PacketType::Auth:
            readReasonAndProperties(r, &p);
            break;
        default: // PINGREQ, PINGRESP: nothing after the fixed header
            break;
        }
        if (!r.failed() && !r.atEnd())
            r.fail(Rule::TrailingBytes, r.position());
    }
    if (r.failed()) {
        result.error = r.error();
        result.packet = Packet();
        result.packet.type = h.type;
        result.packet.size = bytes.size();
        if (h.type != PacketType::Connect && h.type != PacketType::Connack &&
            h.type != PacketType::Auth)
            result.bytes = bytes.toByteArray();
        return result;
    }
    result.bytes = maskSecrets(bytes.toByteArray(), p.secrets);
    return result;
}

} // namespace deck::mqtt::packet
