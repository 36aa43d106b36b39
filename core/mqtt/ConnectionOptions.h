#pragma once

#include "MessageProperties.h"
#include "ReasonCodes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace deck::mqtt {

enum class Transport { Tcp, Tls, WebSocket, SecureWebSocket };

struct TlsOptions
{
    QString caFile;   ///< PEM bundle of trusted CAs; empty = the system store
    QString certFile; ///< client certificate (PEM) for mutual TLS
    QString keyFile;  ///< its private key (PEM); may be the certificate file itself
    QString keyPassphrase;
    bool verifyPeer = true;     ///< check the broker's certificate chain
    bool verifyHostname = true; ///< check that the certificate names the host we dialled
};

struct WillOptions
{
    QString topic; ///< empty = no Last Will
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    quint32 delaySeconds = 0;     ///< MQTT 5 Will Delay Interval
    MessageProperties properties; ///< MQTT 5 will properties
};

struct ReconnectOptions
{
    bool enabled = true;
    int minDelayMs = 250;  ///< the first wait after the immediate retry (see ReconnectSchedule)
    int maxDelayMs = 30000;
};

/// Everything needed to open one MQTT connection. Plain data: validate() says what is wrong in
/// words before anything touches the network.
struct ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)
public:
    QString host = QStringLiteral("localhost");
    int port = 0; ///< 0 = the transport's usual port
    Transport transport = Transport::Tcp;
    QString webSocketPath = QStringLiteral("/mqtt");
    MqttVersion version = MqttVersion::V5;
    QString clientId; ///< empty = generated (see generateClientId)
    QString username;
    QString password;
    int keepAliveSeconds = 60;
    bool cleanStart = true;           ///< clean session under MQTT 3.1.1
    quint32 sessionExpirySeconds = 0; ///< MQTT 5; 0xFFFFFFFF = never expires
    WillOptions will;
    UserProperties userProperties; ///< MQTT 5 CONNECT user properties
    std::optional<quint16> receiveMaximum;
    std::optional<quint32> maximumPacketSize;
    int connectTimeoutSeconds = 10;
    TlsOptions tls;
    ReconnectOptions reconnect;

    bool usesTls() const
    {
        return transport == Transport::Tls || transport == Transport::SecureWebSocket;
    }
    int effectivePort() const;
    /// The URI handed to the MQTT library: tcp://, ssl://, ws:// or wss:// with the path.
    QString serverUri() const;
    /// Every problem found, one sentence each; empty when the options can be used.
    QStringList validate() const;

    static QString generateClientId();
    static QString transportName(Transport transport);
    static std::optional<Transport> parseTransport(const QString &name);
};

} // namespace deck::mqtt
