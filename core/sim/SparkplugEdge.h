#pragma once

#include "mqtt/packet/StreamDecoder.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace deck::sim {

/// One Sparkplug B edge node for the demo: spBv1.0/{group}/NBIRTH/{node} with its metric
/// catalogue (names and aliases) and bdSeq, NDEATH registered as its will, then NDATA once a
/// second carrying aliases only, with seq wrapping at 256 — what a console must decode and
/// resolve. Protobuf payloads (libprotobuf); MQTT 3.1.1 on a raw socket like FleetSimulator.
class SparkplugEdge : public QObject
{
    Q_OBJECT
public:
    SparkplugEdge(QString host, int port, QString group = QStringLiteral("acme-plant"),
                  QString node = QStringLiteral("edge-01"), QObject *parent = nullptr);
    void start();
    void stop();
    quint64 published() const { return m_published; }
    /// Rebirth requests answered (NCMD Node Control/Rebirth = true).
    int rebirths() const { return m_rebirths; }
    /// The next data message jumps one seq number (a console must flag the gap). Also asked over
    /// MQTT: NCMD with the boolean metric "Simulation/Skip Seq" = true.
    void skipNextSeq() { m_skipSeq = true; }
    static constexpr const char *kDevice = "sensor-1"; ///< its one device (DBIRTH, DDATA)

private:
    void onConnected();
    void publishBirth();
    void onReadyRead();
    void publishData();
    void publish(const QByteArray &type, const QByteArray &payload);
    void publishDevice(const QByteArray &type, const QByteArray &payload);
    quint64 nextSeq();
    QByteArray topic(const QByteArray &type) const;

    QString m_host;
    int m_port;
    QByteArray m_group;
    QByteArray m_node;
    QTcpSocket *m_socket;
    QTimer m_timer;
    quint64 m_bdSeq = 0;     ///< the next session's
    quint64 m_sessionBdSeq = 0; ///< this session's: its NDEATH will and every NBIRTH carry it
    mqtt::packet::StreamDecoder m_stream{mqtt::MqttVersion::V311};
    int m_rebirths = 0;
    bool m_skipSeq = false;
    double m_vibration = 0.2;
    quint64 m_seq = 0;
    quint64 m_published = 0;
    double m_temperature = 21.0;
    double m_pressure = 1.013;
    quint64 m_cycles = 0;
};

} // namespace deck::sim
