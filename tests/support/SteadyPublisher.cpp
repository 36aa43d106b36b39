#include "SteadyPublisher.h"

#include "mqtt/packet/PacketBuilders.h"

#include <QDateTime>

namespace deck::test {

SteadyPublisher::SteadyPublisher(int port, QByteArray topic, int total, int perSecond)
    : m_port(port), m_topic(std::move(topic)), m_total(total), m_perSecond(perSecond)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_in.clear();
        m_accepted = false;
        m_socket.write(mqtt::packet::encodeConnect("steady-publisher", 30));
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &SteadyPublisher::read);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_accepted = false;
        for (int n : std::as_const(m_inFlight)) // not acknowledged: sent again once back
            m_resend << n;
        m_inFlight.clear();
        QTimer::singleShot(20, this, &SteadyPublisher::connectNow);
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            QTimer::singleShot(20, this, &SteadyPublisher::connectNow);
    });
    connect(&m_timer, &QTimer::timeout, this, &SteadyPublisher::pump);
}

SteadyPublisher::~SteadyPublisher()
{
    // The socket outlives the members its handlers touch (it is declared first): silence it
    // before the members go, or its last "disconnected" would write into freed memory.
    m_socket.disconnect(this);
    m_timer.stop();
    m_socket.abort();
}

void SteadyPublisher::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    connectNow();
    m_timer.start(2);
}

void SteadyPublisher::connectNow()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
}

void SteadyPublisher::pump()
{
    if (!m_accepted)
        return;
    // On schedule: as many as the rate allows since the start, and at most 100 unacknowledged.
    const qint64 due = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) * m_perSecond / 1000;
    while (m_inFlight.size() < 100 && (!m_resend.isEmpty() || (m_next < m_total && m_sent < due))) {
        const bool again = !m_resend.isEmpty();
        const int n = again ? m_resend.takeFirst() : m_next++;
        if (!again)
            ++m_sent;
        if (++m_lastId == 0)
            m_lastId = 1;
        m_inFlight.insert(m_lastId, n);
        m_socket.write(mqtt::packet::encodePublish(m_topic, QByteArray::number(n), 1, false, m_lastId));
    }
}

void SteadyPublisher::read()
{
    m_in += m_socket.readAll();
    while (m_in.size() >= 4) { // CONNACK and PUBACK are both 4 bytes under MQTT 3.1.1
        const quint8 type = quint8(m_in[0]) >> 4;
        if (type == 2) {
            m_accepted = m_in[3] == 0;
        } else if (type == 4) {
            const quint16 id = quint16((quint8(m_in[2]) << 8) | quint8(m_in[3]));
            if (m_inFlight.contains(id))
                m_acked.insert(m_inFlight.take(id));
        }
        m_in.remove(0, 4);
    }
}

} // namespace deck::test
