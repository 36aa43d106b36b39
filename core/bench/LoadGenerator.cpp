#include "LoadGenerator.h"

#include "platform/LoopbackSocket.h"
#include "mqtt/packet/PacketBuilders.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>

namespace deck {

LoadGenerator::LoadGenerator(LoadSpec spec) : m_spec(spec) {}

QByteArray LoadGenerator::topicFor(quint64 index, int topics)
{
    const quint64 t = index % quint64(std::max(1, topics));
    char buf[96];
    std::snprintf(buf, sizeof buf, "site-%02llu/area-%02llu/device-%06llu/telemetry/temp",
                  (unsigned long long)(t % 100), (unsigned long long)((t / 100) % 100),
                  (unsigned long long)t);
    return QByteArray(buf);
}

void LoadGenerator::prepare()
{
    m_packets.clear();
    m_packets.reserve(qsizetype(m_spec.messages) * (m_spec.payloadBytes + 56));
    quint16 packetId = 0;
    for (quint64 i = 0; i < m_spec.messages; ++i) {
        const QByteArray topic = topicFor(i, m_spec.topics);
        char body[128];
        int n =
            std::snprintf(body, sizeof body, R"({"seq":%llu,"value":%.2f,"unit":"C","q":"good"})",
                          (unsigned long long)i, 20.0 + double(i % 1000) / 100.0);
        QByteArray payload(body, n);
        if (payload.size() < m_spec.payloadBytes)
            payload.append(QByteArray(m_spec.payloadBytes - payload.size(), ' '));
        if (m_spec.qos > 0 && ++packetId == 0)
            packetId = 1;
        m_packets.append(
            mqtt::packet::encodePublish(topic, payload, m_spec.qos > 0 ? 1 : 0, false, packetId));
    }
}

QString LoadGenerator::run()
{
    platform::LoopbackSocket socket;
    if (const QString error = socket.connectTo(m_spec.port); !error.isEmpty())
        return tr("the load generator cannot connect to 127.0.0.1:%1 (%2)")
            .arg(m_spec.port)
            .arg(error);
    const QByteArray connect = mqtt::packet::encodeConnect("mqttdeck-load", 120);
    char connack[4];
    if (!socket.sendAll(connect.constData(), size_t(connect.size())) ||
        !socket.receiveExactly(connack, 4) || connack[3] != 0) {
        return tr("the broker refused the load generator's connection");
    }

    // QoS 1: count PUBACKs on another thread; keep at most kWindow unacknowledged so that
    // packet ids (which wrap at 65535) are never reused while in flight.
    constexpr quint64 kWindow = 20000;
    std::atomic<quint64> acked{0};
    std::atomic<bool> readFailed{false};
    std::thread reader;
    if (m_spec.qos > 0) {
        reader = std::thread([&] {
            char buf[64 * 1024];
            quint64 bytes = 0;
            while (acked.load() < m_spec.messages) {
                const long long n = socket.receiveSome(buf, sizeof buf);
                if (n <= 0) {
                    readFailed = true;
                    return;
                }
                bytes += quint64(n);
                acked = bytes / 4; // PUBACK is 4 bytes
            }
        });
    }
    QElapsedTimer timer;
    timer.start();
    const char *data = m_packets.constData();
    const char *end = data + m_packets.size();
    quint64 sent = 0;
    bool ok = true;
    const double rate = m_spec.ratePerSecond;
    const quint64 paceBatch = rate > 0 ? std::max<quint64>(1, quint64(rate / 200)) : ~quint64(0);
    while (data < end && ok) {
        // Paced: no further ahead of the schedule than one 5 ms batch.
        while (rate > 0 && double(sent) / rate > double(timer.nsecsElapsed()) / 1e9)
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        // Write batches of ~64 KiB worth of whole packets.
        const char *batchEnd = data;
        quint64 inBatch = 0;
        while (batchEnd < end && batchEnd - data < 64 * 1024 && inBatch < paceBatch) {
            quint32 length = 0, multiplier = 1;
            const char *p = batchEnd + 1;
            quint8 byte;
            do {
                byte = quint8(*p++);
                length += (byte & 0x7F) * multiplier;
                multiplier *= 128;
            } while (byte & 0x80);
            batchEnd = p + length;
            ++inBatch;
        }
        if (m_spec.qos > 0) {
            while (sent + inBatch - acked.load() > kWindow && !readFailed)
                std::this_thread::yield();
        }
        ok = socket.sendAll(data, size_t(batchEnd - data));
        sent += inBatch;
        data = batchEnd;
    }
    if (m_spec.qos > 0) {
        while (ok && acked.load() < m_spec.messages && !readFailed)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        socket.shutdownReading();
        reader.join();
    }
    m_seconds = double(timer.nsecsElapsed()) / 1e9;
    const char disconnect[2] = {char(0xE0), 0};
    socket.sendAll(disconnect, 2);
    socket.close();
    if (!ok || readFailed)
        return tr("the broker closed the load generator's connection after %1 messages").arg(sent);
    return {};
}

} // namespace deck
