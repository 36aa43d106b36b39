#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace deck {

/// A mosquitto started on a free loopback port for benchmarks and demos, configured so that it
/// never drops messages for a slow subscriber (unlimited queues and in-flight windows, no
/// persistence): mosquitto's defaults drop silently, which would make any benchmark lie.
class LocalBroker
{
    Q_DECLARE_TR_FUNCTIONS(LocalBroker)
public:
    LocalBroker();
    ~LocalBroker();
    /// Returns an error sentence, or empty once the broker accepts connections.
    QString start();
    void stop();
    int port() const { return m_port; }
    QString logPath() const;
    /// True once the broker's log shows a SUBACK sent to `clientId`.
    bool hasSubscribed(const QString &clientId) const;

    static int freePort();
    static bool waitForPort(int port, int timeoutMs);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

} // namespace deck
