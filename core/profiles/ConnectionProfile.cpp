#include "ConnectionProfile.h"

#include <QJsonArray>

namespace deck::profiles {

namespace {

QJsonArray userPropertiesToJson(const mqtt::UserProperties &props)
{
    QJsonArray a;
    for (const auto &[name, value] : props)
        a.append(QJsonArray{name, value});
    return a;
}

mqtt::UserProperties userPropertiesFromJson(const QJsonValue &v)
{
    mqtt::UserProperties props;
    for (const QJsonValue &pair : v.toArray())
        props.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return props;
}

} // namespace

QJsonObject propertiesToJson(const mqtt::MessageProperties &p)
{
    QJsonObject json;
    if (p.payloadIsUtf8)
        json.insert(QStringLiteral("payload_is_utf8"), *p.payloadIsUtf8);
    if (p.messageExpirySeconds)
        json.insert(QStringLiteral("message_expiry_s"), qint64(*p.messageExpirySeconds));
    if (!p.contentType.isEmpty())
        json.insert(QStringLiteral("content_type"), p.contentType);
    if (!p.responseTopic.isEmpty())
        json.insert(QStringLiteral("response_topic"), p.responseTopic);
    if (!p.correlationData.isEmpty())
        json.insert(QStringLiteral("correlation_base64"),
                    QString::fromLatin1(p.correlationData.toBase64()));
    if (!p.userProperties.isEmpty())
        json.insert(QStringLiteral("user_properties"), userPropertiesToJson(p.userProperties));
    return json;
}

mqtt::MessageProperties propertiesFromJson(const QJsonObject &json)
{
    mqtt::MessageProperties p;
    if (json.contains(QStringLiteral("payload_is_utf8")))
        p.payloadIsUtf8 = json.value(QStringLiteral("payload_is_utf8")).toBool();
    if (json.contains(QStringLiteral("message_expiry_s")))
        p.messageExpirySeconds =
            quint32(json.value(QStringLiteral("message_expiry_s")).toInteger());
    p.contentType = json.value(QStringLiteral("content_type")).toString();
    p.responseTopic = json.value(QStringLiteral("response_topic")).toString();
    p.correlationData = QByteArray::fromBase64(
        json.value(QStringLiteral("correlation_base64")).toString().toLatin1());
    p.userProperties = userPropertiesFromJson(json.value(QStringLiteral("user_properties")));
    return p;
}

QJsonObject optionsToJson(const mqtt::ConnectionOptions &o)
{
    QJsonObject will{
        {QStringLiteral("topic"), o.will.topic},
        {QStringLiteral("payload_base64"), QString::fromLatin1(o.will.payload.toBase64())},
        {QStringLiteral("qos"), o.will.qos},
        {QStringLiteral("retain"), o.will.retain},
        {QStringLiteral("delay_s"), qint64(o.will.delaySeconds)},
        {QStringLiteral("content_type"), o.will.properties.contentType},
        {QStringLiteral("user_properties"),
         userPropertiesToJson(o.will.properties.userProperties)}};
    QJsonObject tls{{QStringLiteral("ca_file"), o.tls.caFile},
                    {QStringLiteral("cert_file"), o.tls.certFile},
                    {QStringLiteral("key_file"), o.tls.keyFile},
                    {QStringLiteral("verify_peer"), o.tls.verifyPeer},
                    {QStringLiteral("verify_hostname"), o.tls.verifyHostname}};
    QJsonObject json{
        {QStringLiteral("host"), o.host},
        {QStringLiteral("port"), o.port},
        {QStringLiteral("transport"), mqtt::ConnectionOptions::transportName(o.transport)},
        {QStringLiteral("ws_path"), o.webSocketPath},
        {QStringLiteral("version"), o.version == mqtt::MqttVersion::V5 ? 5 : 4},
        {QStringLiteral("client_id"), o.clientId},
        {QStringLiteral("username"), o.username},
        {QStringLiteral("keepalive_s"), o.keepAliveSeconds},
        {QStringLiteral("clean_start"), o.cleanStart},
        {QStringLiteral("session_expiry_s"), qint64(o.sessionExpirySeconds)},
        {QStringLiteral("connect_timeout_s"), o.connectTimeoutSeconds},
        {QStringLiteral("user_properties"), userPropertiesToJson(o.userProperties)},
        {QStringLiteral("will"), will},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("reconnect"), o.reconnect.enabled}};
    if (o.receiveMaximum)
        json.insert(QStringLiteral("receive_maximum"), int(*o.receiveMaximum));
    if (o.maximumPacketSize)
        json.insert(QStringLiteral("maximum_packet_size"), qint64(*o.maximumPacketSize));
    return json;
}

mqtt::ConnectionOptions optionsFromJson(const QJsonObject &json)
{
    mqtt::ConnectionOptions o;
    o.host = json.value(QStringLiteral("host")).toString(o.host);
    o.port = json.value(QStringLiteral("port")).toInt(o.port);
    o.transport =
        mqtt::ConnectionOptions::parseTransport(json.value(QStringLiteral("transport")).toString())
            .value_or(mqtt::Transport::Tcp);
    o.webSocketPath = json.value(QStringLiteral("ws_path")).toString(o.webSocketPath);
    o.version = json.value(QStringLiteral("version")).toInt(5) == 5 ? mqtt::MqttVersion::V5
                                                                    : mqtt::MqttVersion::V311;
    o.clientId = json.value(QStringLiteral("client_id")).toString();
    o.username = json.value(QStringLiteral("username")).toString();
    o.keepAliveSeconds = json.value(QStringLiteral("keepalive_s")).toInt(o.keepAliveSeconds);
    o.cleanStart = json.value(QStringLiteral("clean_start")).toBool(o.cleanStart);
    o.sessionExpirySeconds = quint32(json.value(QStringLiteral("session_expiry_s")).toInteger(0));
    o.connectTimeoutSeconds =
        json.value(QStringLiteral("connect_timeout_s")).toInt(o.connectTimeoutSeconds);
    o.userProperties = userPropertiesFromJson(json.value(QStringLiteral("user_properties")));
    o.reconnect.enabled = json.value(QStringLiteral("reconnect")).toBool(true);
    if (json.contains(QStringLiteral("receive_maximum")))
        o.receiveMaximum = quint16(json.value(QStringLiteral("receive_maximum")).toInt());
    if (json.contains(QStringLiteral("maximum_packet_size")))
        o.maximumPacketSize =
            quint32(json.value(QStringLiteral("maximum_packet_size")).toInteger());
    const QJsonObject will = json.value(QStringLiteral("will")).toObject();
    o.will.topic = will.value(QStringLiteral("topic")).toString();
    o.will.payload =
        QByteArray::fromBase64(will.value(QStringLiteral("payload_base64")).toString().toLatin1());
    o.will.qos = will.value(QStringLiteral("qos")).toInt();
    o.will.retain = will.value(QStringLiteral("retain")).toBool();
    o.will.delaySeconds = quint32(will.value(QStringLiteral("delay_s")).toInteger());
    o.will.properties.contentType = will.value(QStringLiteral("content_type")).toString();
    o.will.properties.userProperties =
        userPropertiesFromJson(will.value(QStringLiteral("user_properties")));
    const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
    o.tls.caFile = tls.value(QStringLiteral("ca_file")).toString();
    o.tls.certFile = tls.value(QStringLiteral("cert_file")).toString();
    o.tls.keyFile = tls.value(QStringLiteral("key_file")).toString();
    o.tls.verifyPeer = tls.value(QStringLiteral("verify_peer")).toBool(true);
    o.tls.verifyHostname = tls.value(QStringLiteral("verify_hostname")).toBool(true);
    return o;
}

} // namespace deck::profiles
