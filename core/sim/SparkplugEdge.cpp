#include "SparkplugEdge.h"

#include "mqtt/packet/PacketBuilders.h"
#include "payload/proto/sparkplug_b.pb.h" // generated in the build tree

#include <QDateTime>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace deck::sim {

using namespace mqtt::packet;

namespace {

// Sparkplug B datatypes used here (numbers of the specification).
constexpr quint32 kInt64 = 4, kUInt64 = 8, kDouble = 10, kBoolean = 11, kString = 12;
// Aliases declared in NBIRTH; NDATA carries them instead of names.
constexpr quint64 kAliasTemperature = 1, kAliasPressure = 2, kAliasCycles = 3;
constexpr quint64 kAliasVibration = 1; // the device's own catalogue

QByteArray serialized(const deck::sparkplug::Payload &p)
{
    const std::string bytes = p.SerializeAsString();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

quint64 now()
{
    return quint64(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

SparkplugEdge::SparkplugEdge(QString host, int port, QString group, QString node, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_port(port), m_group(group.toUtf8()),
      m_node(node.toUtf8()), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, &SparkplugEdge::onConnected);
    connect(&m_timer, &QTimer::timeout, this, &SparkplugEdge::publishData);
    connect(m_socket, &QTcpSocket::readyRead, this, &SparkplugEdge::onReadyRead);
}

QByteArray SparkplugEdge::topic(const QByteArray &type) const
{
    return "spBv1.0/" + m_group + '/' + type + '/' + m_node;
}

void SparkplugEdge::start()
{
    m_socket->connectToHost(m_host, quint16(m_port));
}

void SparkplugEdge::stop()
{
    m_timer.stop();
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(encodeDisconnect());
        m_socket->flush();
    }
}

void SparkplugEdge::onConnected()
{
    deck::sparkplug::Payload death;
    death.set_timestamp(now());
    auto *bd = death.add_metrics();
    bd->set_name("bdSeq");
    bd->set_datatype(kInt64);
    bd->set_long_value(m_bdSeq);
    Will will;
    will.topic = topic("NDEATH");
    will.payload = serialized(death);
    will.qos = 1;
    m_socket->write(encodeConnect("sim-" + m_node, 30, will));
    m_sessionBdSeq = m_bdSeq++;
    // Rebirth requests come as NCMD to this node.
    m_socket->write(encodeSubscribe(1, "spBv1.0/" + m_group + "/NCMD/" + m_node, 0));
    publishBirth();
    m_timer.start(1000);
}

void SparkplugEdge::onReadyRead()
{
    m_stream.feed(m_socket->readAll());
    while (const std::optional<DecodeResult> decoded = m_stream.take()) {
        if (!decoded->ok() || decoded->packet.type != PacketType::Publish ||
            decoded->packet.topic != topic("NCMD"))
            continue; // CONNACK, SUBACK, other topics
        const QByteArray &payload = decoded->packet.payload;
        deck::sparkplug::Payload command;
        if (!command.ParseFromArray(payload.constData(), int(payload.size())))
            continue;
        for (const auto &m : command.metrics()) {
            if (m.name() == "Node Control/Rebirth" && m.boolean_value()) {
                ++m_rebirths;
                publishBirth(); // the same session: the same bdSeq, seq from 0
            }
            if (m.name() == "Simulation/Skip Seq" && m.boolean_value())
                m_skipSeq = true;
        }
    }
    if (m_stream.broken()) // nothing to resynchronise on: start afresh with the next bytes
        m_stream = StreamDecoder(mqtt::MqttVersion::V311);
}

void SparkplugEdge::publishBirth()
{
    m_seq = 0;
    deck::sparkplug::Payload birth;
    birth.set_timestamp(now());
    birth.set_seq(m_seq);
    auto add = [&](const char *name, quint64 alias, quint32 type) {
        auto *m = birth.add_metrics();
        m->set_name(name);
        if (alias)
            m->set_alias(alias);
        m->set_datatype(type);
        m->set_timestamp(now());
        return m;
    };
    add("bdSeq", 0, kInt64)->set_long_value(m_sessionBdSeq);
    add("Node Control/Rebirth", 0, kBoolean)->set_boolean_value(false);
    add("Properties/Firmware", 0, kString)->set_string_value("2.4.1");
    add("Inputs/Temperature", kAliasTemperature, kDouble)->set_double_value(m_temperature);
    add("Inputs/Pressure", kAliasPressure, kDouble)->set_double_value(m_pressure);
    add("Outputs/Cycles", kAliasCycles, kUInt64)->set_long_value(m_cycles);
    publish("NBIRTH", serialized(birth));

    // Its device, born right after it (the node's seq goes on).
    deck::sparkplug::Payload device;
    device.set_timestamp(now());
    device.set_seq(nextSeq());
    auto *v = device.add_metrics();
    v->set_name("Inputs/Vibration");
    v->set_alias(kAliasVibration);
    v->set_datatype(kDouble);
    v->set_double_value(m_vibration);
    publishDevice("DBIRTH", serialized(device));
}

quint64 SparkplugEdge::nextSeq()
{
    m_seq = (m_seq + (m_skipSeq ? 2 : 1)) % 256; // a skipped number: a gap for the console
    m_skipSeq = false;
    return m_seq;
}

void SparkplugEdge::publishDevice(const QByteArray &type, const QByteArray &payload)
{
    m_socket->write(encodePublish(topic(type) + '/' + kDevice, payload));
    ++m_published;
}

void SparkplugEdge::publishData()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const quint64 seq = nextSeq();
    m_temperature += (QRandomGenerator::global()->generateDouble() - 0.5) * 0.4;
    m_pressure += (QRandomGenerator::global()->generateDouble() - 0.5) * 0.004;
    m_cycles += 1 + QRandomGenerator::global()->bounded(3);
    deck::sparkplug::Payload data;
    data.set_timestamp(now());
    data.set_seq(seq);
    auto add = [&](quint64 alias, quint32 type) {
        auto *m = data.add_metrics();
        m->set_alias(alias);
        m->set_datatype(type);
        m->set_timestamp(now());
        return m;
    };
    add(kAliasTemperature, kDouble)->set_double_value(m_temperature);
    add(kAliasPressure, kDouble)->set_double_value(m_pressure);
    add(kAliasCycles, kUInt64)->set_long_value(m_cycles);
    publish("NDATA", serialized(data));

    m_vibration += (QRandomGenerator::global()->generateDouble() - 0.5) * 0.05;
    deck::sparkplug::Payload device;
    device.set_timestamp(now());
    device.set_seq(nextSeq());
    auto *v = device.add_metrics();
    v->set_alias(kAliasVibration);
    v->set_datatype(kDouble);
    v->set_double_value(m_vibration);
    publishDevice("DDATA", serialized(device));
}

void SparkplugEdge::publish(const QByteArray &type, const QByteArray &payload)
{
    // Sparkplug B: NBIRTH/NDATA are QoS 0 and not retained.
    m_socket->write(encodePublish(topic(type), payload));
    ++m_published;
}

} // namespace deck::sim
