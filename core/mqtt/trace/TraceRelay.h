#pragma once

#include "TraceBuffer.h"
#include "mqtt/ConnectionOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QThread>

#include <memory>

namespace deck::mqtt::trace {

class RelayWorker;

/// The packet trace of one connection: a TCP listener on 127.0.0.1 that the MQTT library
/// connects to instead of the broker, which forwards every byte both ways to the broker and
/// decodes each packet it sees (with the one codec, core/mqtt/packet) into a TraceBuffer, with
/// its time and direction. Each connection the library opens (reconnections too) is relayed to
/// a new broker connection. Runs on a thread of its own: the session's thread may wait on the
/// library (a DISCONNECT at teardown) while the relay must keep forwarding.
///
/// Over TLS the relay makes the TLS connection to the broker itself, with exactly the
/// connection's verification settings (CA, client certificate and key, peer and host name
/// verification: TlsConfiguration), and the library speaks plain MQTT to the relay on loopback.
/// Over WebSockets (ws and wss) the relay is the WebSocket client, with the same TLS settings
/// over wss. A session without a trace has no relay at all, so an
/// untraced connection pays nothing.
class TraceRelay
{
    Q_DECLARE_TR_FUNCTIONS(TraceRelay)
public:
    /// `options`: the broker, its transport (TCP or TLS) and TLS settings, the MQTT version.
    TraceRelay(const ConnectionOptions &options, std::shared_ptr<TraceBuffer> buffer);
    ~TraceRelay();
    TraceRelay(const TraceRelay &) = delete;
    TraceRelay &operator=(const TraceRelay &) = delete;

    /// Starts listening; the port the MQTT library must connect to, or 0 with `error` set.
    int start(QString *error);
    std::shared_ptr<TraceBuffer> buffer() const { return m_buffer; }

private:
    ConnectionOptions m_options;
    std::shared_ptr<TraceBuffer> m_buffer;
    QThread m_thread;
    RelayWorker *m_worker = nullptr; ///< lives in m_thread; deleted there when it finishes
};

} // namespace deck::mqtt::trace
