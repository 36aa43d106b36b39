#include "FleetSimulator.h"

#include "mqtt/packet/PacketBuilders.h"

#include <QDateTime>
#include <QTcpSocket>

namespace deck::sim {

using namespace mqtt::packet;

namespace {
constexpr int kKeepAlive = 60;
QByteArray isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
}
} // namespace

FleetSimulator::FleetSimulator(FleetOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_random(m_options.seed)
{
    m_devices.resize(size_t(std::max(0, m_options.devices)));
    for (int i = 0; i < int(m_devices.size()); ++i) {
        Device &d = m_devices[size_t(i)];
        d.base = deviceBase(i);
        d.clientId = "sim-" + d.base.mid(d.base.lastIndexOf('/') + 1) + '-' + QByteArray::number(i);
        for (int s = 0; s < m_options.signalNames.size(); ++s)
            d.values.push_back(20.0 + m_random.bounded(100) / 10.0);
        d.due = m_random.bounded(1000) / 1000.0; // spread the first messages
    }
    connect(&m_timer, &QTimer::timeout, this, &FleetSimulator::tick);
}

FleetSimulator::~FleetSimulator()
{
    stop();
}

QByteArray FleetSimulator::deviceBase(int index) const
{
    const int sites = std::max<int>(1, int(m_options.sites.size()));
    const QString site = m_options.sites.value(index % sites, QStringLiteral("site"));
    const int area = (index / sites) % 4 + 1;
    return QStringLiteral("%1/%2/%3/line-%4/gw-%5")
        .arg(m_options.environment, m_options.tenant, site)
        .arg(area, 2, 10, QLatin1Char('0'))
        .arg(index + 1, 3, 10, QLatin1Char('0'))
        .toUtf8();
}

void FleetSimulator::start()
{
    for (Device &d : m_devices)
        connectDevice(d);
    m_lastTickMs = m_lastPingMs = QDateTime::currentMSecsSinceEpoch();
    m_nextCrashMs = m_lastTickMs + qint64(m_options.crashEverySeconds) * 1000;
    m_nextSilenceMs = m_lastTickMs + qint64(m_options.silentEverySeconds) * 1000;
    m_nextFlapMs = m_lastTickMs + qint64(m_options.flapEverySeconds) * 1000;
    m_timer.start(100);
}

void FleetSimulator::stop()
{
    m_timer.stop();
    for (Device &d : m_devices) {
        if (d.socket && d.socket->state() == QAbstractSocket::ConnectedState) {
            publish(d, "/status/connection", statusPayload("offline"), 1, true);
            d.socket->write(encodeDisconnect());
            d.socket->flush();
            d.socket->disconnectFromHost();
        }
        d.online = false;
    }
}

int FleetSimulator::connectedDevices() const
{
    int n = 0;
    for (const Device &d : m_devices)
        n += d.online ? 1 : 0;
    return n;
}

QByteArray FleetSimulator::statusPayload(const char *state) const
{
    return QByteArray(R"({"schema_version":"1.0","state":")") + state + R"(","since":")" +
           isoNow() + R"(","firmware":"1.8.2"})";
}

void FleetSimulator::connectDevice(Device &d)
{
    if (!d.socket) {
        d.socket = new QTcpSocket(this);
        Device *device = &d; // m_devices never reallocates after construction
        connect(d.socket, &QTcpSocket::connected, this, [this, device] { onConnected(*device); });
        connect(d.socket, &QTcpSocket::readyRead, this, [this, device] { onBytes(*device); });
        connect(d.socket, &QTcpSocket::errorOccurred, this, [this, device] {
            m_lastProblem = tr("cannot connect to %1:%2: %3")
                                .arg(m_options.host)
                                .arg(m_options.port)
                                .arg(device->socket->errorString());
        });
        connect(d.socket, &QTcpSocket::disconnected, this, [this, device] {
            if (!device->accepted && m_lastProblem.isEmpty())
                m_lastProblem = tr("the broker at %1:%2 closed the connection before accepting "
                                   "it (no CONNACK)")
                                    .arg(m_options.host)
                                    .arg(m_options.port);
            device->accepted = false;
            if (device->online) {
                device->online = false;
                emit connectedDevicesChanged(connectedDevices());
            }
        });
    }
    d.socket->connectToHost(m_options.host, quint16(m_options.port));
}

void FleetSimulator::onConnected(Device &d)
{
    Will will;
    will.topic = d.base + "/status/connection";
    will.payload = R"({"schema_version":"1.0","state":"offline","reason":"connection lost"})";
    will.qos = 1;
    will.retain = true;
    d.accepted = false;
    d.connack.clear();
    d.socket->write(encodeConnect(d.clientId, kKeepAlive, will));
    d.online = true;
    publish(d, "/status/connection", statusPayload("online"), 1, true);
    emit connectedDevicesChanged(connectedDevices());
}

void FleetSimulator::onBytes(Device &d)
{
    if (d.accepted) { // PUBACKs and PINGRESPs: nothing to do with them
        d.socket->readAll();
        return;
    }
    d.connack += d.socket->read(4 - d.connack.size());
    if (d.connack.size() < 4)
        return;
    // MQTT 3.1.1 CONNACK: 0x20, remaining length 2, session-present flags, return code.
    if (quint8(d.connack[0]) != 0x20 || d.connack[1] != 2) {
        m_lastProblem = tr("the server at %1:%2 does not speak MQTT: it answered the CONNECT with "
                           "the bytes %3 instead of a CONNACK")
                            .arg(m_options.host)
                            .arg(m_options.port)
                            .arg(QString::fromLatin1(d.connack.toHex(' ')));
        d.socket->abort();
        return;
    }
    if (d.connack[3] != 0) {
        m_lastProblem = tr("the broker at %1:%2 refused the devices' connections (CONNACK return "
                           "code %3)")
                            .arg(m_options.host)
                            .arg(m_options.port)
                            .arg(int(quint8(d.connack[3])));
        d.socket->abort();
        return;
    }
    d.accepted = true;
    ++m_accepted;
    d.socket->readAll();
}

void FleetSimulator::publish(Device &d, const QByteArray &suffix, const QByteArray &payload,
                             int qos, bool retain)
{
    if (!d.socket || d.socket->state() != QAbstractSocket::ConnectedState)
        return;
    // QoS 1 packet ids are not tracked: the simulator ignores PUBACKs (they are read and
    // dropped); ids only need to be non-zero.
    const quint16 id = quint16(d.sequence % 65535 + 1);
    d.socket->write(encodePublish(d.base + suffix, payload, qos, retain, id));
    ++m_published;
}

void FleetSimulator::crash(Device &d, qint64 downForMs, qint64 now)
{
    // Dies without DISCONNECT: the broker publishes its will.
    d.socket->abort();
    d.online = false;
    d.downUntilMs = now + downForMs;
    emit connectedDevicesChanged(connectedDevices());
}

void FleetSimulator::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double elapsed = double(now - m_lastTickMs) / 1000.0;
    m_lastTickMs = now;
    const bool ping = now - m_lastPingMs > kKeepAlive * 500;
    if (ping)
        m_lastPingMs = now;
    if (m_options.crashEverySeconds > 0 && now >= m_nextCrashMs && !m_devices.empty()) {
        // A device dies without DISCONNECT: the broker publishes its will.
        Device &victim = m_devices[m_random.bounded(quint32(m_devices.size()))];
        if (victim.online)
            crash(victim, 10000 + m_random.bounded(20000), now);
        m_nextCrashMs = now + qint64(m_options.crashEverySeconds) * 1000;
    }
    if (m_options.silentEverySeconds > 0 && now >= m_nextSilenceMs && !m_devices.empty()) {
        Device &quiet = m_devices[m_random.bounded(quint32(m_devices.size()))];
        if (quiet.online)
            quiet.silentUntilMs = now + qint64(m_options.silentForSeconds) * 1000;
        m_nextSilenceMs = now + qint64(m_options.silentEverySeconds) * 1000;
    }
    if (m_options.flapEverySeconds > 0 && now >= m_nextFlapMs && !m_devices.empty()) {
        Device &flapper = m_devices[m_random.bounded(quint32(m_devices.size()))];
        if (flapper.online) {
            flapper.flapsLeft = 3;
            flapper.flapAtMs = now;
        }
        m_nextFlapMs = now + qint64(m_options.flapEverySeconds) * 1000;
    }
    for (Device &d : m_devices) {
        if (!d.online) {
            if (d.downUntilMs && now >= d.downUntilMs &&
                d.socket->state() == QAbstractSocket::UnconnectedState) {
                d.downUntilMs = 0;
                connectDevice(d);
            }
            continue;
        }
        if (ping)
            d.socket->write(encodePingRequest());
        if (d.flapsLeft > 0 && now >= d.flapAtMs) {
            --d.flapsLeft;
            d.flapAtMs = now + 5000; // back after 2 s, dead again 3 s later
            crash(d, 2000, now);
            continue;
        }
        if (d.silentUntilMs > now)
            continue; // connected (its pings go on), silent
        d.due -= elapsed * m_options.messagesPerSecond;
        while (d.due <= 0) {
            d.due += 1.0;
            ++d.sequence;
            for (int s = 0; s < m_options.signalNames.size(); ++s) {
                double &v = d.values[size_t(s)];
                v += (m_random.bounded(200) - 100) / 100.0;
                const QByteArray name = m_options.signalNames.at(s).toUtf8();
                const QByteArray payload =
                    R"({"schema_version":"1.0","message_id":")" + d.clientId + '-' +
                    QByteArray::number(d.sequence) + R"(","device_id":")" +
                    d.base.mid(d.base.lastIndexOf('/') + 1) + R"(","sequence":)" +
                    QByteArray::number(d.sequence) + R"(,"metric":")" + name + R"(","value":)" +
                    QByteArray::number(v, 'f', 2) + R"(,"quality":"good","ts":")" + isoNow() +
                    "\"}";
                publish(d, "/telemetry/" + name, payload, 0, false);
            }
            if (m_random.bounded(50) == 0)
                publish(d, "/event/alarm",
                        R"({"schema_version":"1.0","event_id":"evt-)" +
                            QByteArray::number(d.sequence) +
                            R"(","severity":"warning","code":"OVERHEAT","ts":")" + isoNow() + "\"}",
                        1, false);
        }
    }
}

} // namespace deck::sim
