#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace deck::platform {

/// A blocking TCP socket to 127.0.0.1, for the benchmark's load generator, which must write
/// pre-encoded packets in large batches faster than any MQTT client library would (see
/// docs/benchmarks.md). The only place with BSD socket / Winsock calls: one implementation per
/// platform (LoopbackSocket_posix.cpp, LoopbackSocket_win.cpp).
class LoopbackSocket
{
public:
    LoopbackSocket() = default;
    ~LoopbackSocket();
    LoopbackSocket(const LoopbackSocket &) = delete;
    LoopbackSocket &operator=(const LoopbackSocket &) = delete;

    /// Connects to 127.0.0.1:port; the error in words when it cannot.
    QString connectTo(int port);
    /// Writes everything (retrying on interruption); false when the peer is gone.
    bool sendAll(const char *data, size_t size);
    /// Reads exactly `size` bytes; false on end of stream or error.
    bool receiveExactly(char *data, size_t size);
    /// Reads what is there (blocking for at least one byte); <= 0 on end of stream or error.
    long long receiveSome(char *data, size_t size);
    /// Ends a receiveSome() blocked in another thread.
    void shutdownReading();
    void close();

private:
    intptr_t m_handle = -1;
};

/// True when the process runs as root / an elevated administrator (mosquitto then needs
/// `user root` to keep reading files in a temporary directory).
bool runningAsAdministrator();

} // namespace deck::platform
