#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

namespace deck::test {

/// Publishes numbered QoS 1 messages (payload "0", "1", …) at a steady rate over its own raw
/// MQTT 3.1.1 connection, as a fleet of devices would: through a broker restart it reconnects
/// every 20 ms and re-sends what was not acknowledged, without waiting on Paho's threads (so it
/// is back before any Paho-based subscriber). Used to measure what subscribers lose.
class SteadyPublisher : public QObject
{
    Q_OBJECT
public:
    SteadyPublisher(int port, QByteArray topic, int total, int perSecond);
    ~SteadyPublisher() override;
    void start();
    /// Distinct numbers the broker acknowledged.
    int acknowledged() const { return int(m_acked.size()); }

private:
    void connectNow();
    void pump();
    void read();

    int m_port;
    QByteArray m_topic;
    int m_total;
    int m_perSecond;
    QTcpSocket m_socket;
    QTimer m_timer;
    QByteArray m_in;
    bool m_accepted = false;
    int m_next = 0;
    QList<int> m_resend;
    QHash<quint16, int> m_inFlight; ///< packet id -> number
    quint16 m_lastId = 0;
    QSet<int> m_acked;
    qint64 m_startedMs = 0;
    int m_sent = 0;
};

} // namespace deck::test
