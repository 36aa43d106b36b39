#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

#include <vector>

class QTcpSocket;

namespace deck::sim {

struct FleetOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    int devices = 40;
    double messagesPerSecond = 1.0; ///< telemetry per device and signal
    QString environment = QStringLiteral("prod");
    QString tenant = QStringLiteral("acme");
    QStringList sites{QStringLiteral("paris"), QStringLiteral("lyon"), QStringLiteral("berlin"),
                      QStringLiteral("madrid")};
    QStringList signalNames{QStringLiteral("temperature"), QStringLiteral("humidity"),
                            QStringLiteral("power")};
    int crashEverySeconds =
        45; ///< a random device dies without DISCONNECT (its will fires); 0 = never
    /// A random device stays connected but publishes nothing for silentForSeconds (a console
    /// sees it turn stale); 0 = never.
    int silentEverySeconds = 60;
    int silentForSeconds = 360;
    /// A random device flaps: it dies and comes back three times, seconds apart; 0 = never.
    int flapEverySeconds = 90;
    quint32 seed = 7;
};

/// A fleet of devices under {env}/{tenant}/{site}/{area}/{asset}/{stream}/{signal}, each on its
/// own connection with a Last Will (retained {"state":"offline"} on …/status/connection), a
/// retained online status, JSON telemetry at the configured rate and an event now and then.
/// Now and then a device dies without DISCONNECT and comes back later, so that wills fire; one
/// goes silent while connected (stale); one flaps (dies and returns three times in a row).
class FleetSimulator : public QObject
{
    Q_OBJECT
public:
    explicit FleetSimulator(FleetOptions options, QObject *parent = nullptr);
    ~FleetSimulator() override;

    void start();
    /// Clean DISCONNECT of every device (no will).
    void stop();
    int connectedDevices() const;
    quint64 published() const { return m_published; }
    /// Devices whose CONNECT the broker accepted (a CONNACK with return code 0), ever.
    int acceptedConnections() const { return m_accepted; }
    /// The last thing that went wrong with a device's connection, in words (empty: nothing).
    QString lastProblem() const { return m_lastProblem; }
    /// "prod/acme/paris/line-02/gw-007": the topic prefix of device `index`.
    QByteArray deviceBase(int index) const;

signals:
    void connectedDevicesChanged(int connected);

private:
    struct Device
    {
        QTcpSocket *socket = nullptr; // owned (child)
        QByteArray base;
        QByteArray clientId;
        bool online = false;
        bool accepted = false; ///< the CONNACK of the current connection said yes
        QByteArray connack;    ///< the first bytes of the current connection, until 4
        qint64 downUntilMs = 0;
        qint64 silentUntilMs = 0; ///< connected, publishing nothing until then
        int flapsLeft = 0;        ///< deaths still to come in a flap
        qint64 flapAtMs = 0;      ///< the next death of a flap
        quint64 sequence = 0;
        std::vector<double> values;
        double due = 0;
    };
    void connectDevice(Device &device);
    void onConnected(Device &device);
    void onBytes(Device &device);
    void tick();
    void crash(Device &device, qint64 downForMs, qint64 now);
    void publish(Device &device, const QByteArray &suffix, const QByteArray &payload, int qos,
                 bool retain);
    QByteArray statusPayload(const char *state) const;

    FleetOptions m_options;
    std::vector<Device> m_devices;
    QTimer m_timer;
    QRandomGenerator m_random;
    quint64 m_published = 0;
    int m_accepted = 0;
    qint64 m_nextSilenceMs = 0;
    qint64 m_nextFlapMs = 0;
    QString m_lastProblem;
    qint64 m_lastTickMs = 0;
    qint64 m_nextCrashMs = 0;
    qint64 m_lastPingMs = 0;
};

} // namespace deck::sim
