#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace deck {

struct LoadSpec
{
    int port = 1883;
    quint64 messages = 100000;
    int topics = 10000;
    int qos = 0;
    int payloadBytes = 60;
    double ratePerSecond = 0; ///< 0 = as fast as possible; else paced in 5 ms steps
};

/// Publishes a benchmark load faster than the broker can route it: every PUBLISH packet is
/// encoded before the clock starts and written to a raw socket in large batches. Written by
/// hand because client libraries make one system call per message (libmosquitto) or search
/// their in-flight list per acknowledgement, and would measure themselves instead of the
/// subscriber. Topics look like site-07/area-12/device-004211/telemetry/temp; payloads are
/// ~60-byte JSON. POSIX sockets (Linux, macOS).
class LoadGenerator
{
    Q_DECLARE_TR_FUNCTIONS(LoadGenerator)
public:
    explicit LoadGenerator(LoadSpec spec);
    /// Encodes the packets (not timed).
    void prepare();
    /// Connects, sends everything (QoS 1: waits for every PUBACK), disconnects. Returns an
    /// error sentence or empty.
    QString run();
    double sendSeconds() const { return m_seconds; }
    quint64 bytes() const { return quint64(m_packets.size()); }
    static QByteArray topicFor(quint64 index, int topics);

private:
    LoadSpec m_spec;
    QByteArray m_packets;
    double m_seconds = 0;
};

} // namespace deck
