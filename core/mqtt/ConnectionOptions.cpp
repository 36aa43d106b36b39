#include "ConnectionOptions.h"

#include "TlsFiles.h"
#include "TopicValidator.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

namespace deck::mqtt {

int ConnectionOptions::effectivePort() const
{
    if (port > 0)
        return port;
    switch (transport) {
    case Transport::Tcp:
        return 1883;
    case Transport::Tls:
        return 8883;
    case Transport::WebSocket:
        return 80;
    case Transport::SecureWebSocket:
        return 443;
    }
    return 1883;
}

QString ConnectionOptions::serverUri() const
{
    // IPv6 literals need brackets inside a URI.
    const QString hostPart =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    const QString hostPort = hostPart + QLatin1Char(':') + QString::number(effectivePort());
    QString path = webSocketPath.isEmpty() ? QStringLiteral("/") : webSocketPath;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    switch (transport) {
    case Transport::Tcp:
        return QStringLiteral("tcp://") + hostPort;
    case Transport::Tls:
        return QStringLiteral("ssl://") + hostPort;
    case Transport::WebSocket:
        return QStringLiteral("ws://") + hostPort + path;
    case Transport::SecureWebSocket:
        return QStringLiteral("wss://") + hostPort + path;
    }
    return {};
}

QString ConnectionOptions::generateClientId()
{
    // 23 characters from [0-9a-zA-Z] is what MQTT 3.1.1 brokers must accept.
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id = QStringLiteral("mqttdeck-");
    auto *rng = QRandomGenerator::global();
    while (id.size() < 23)
        id.append(QLatin1Char(alphabet[rng->bounded(int(sizeof(alphabet) - 1))]));
    return id;
}

QString ConnectionOptions::transportName(Transport t)
{
    switch (t) {
    case Transport::Tcp:
        return QStringLiteral("tcp");
    case Transport::Tls:
        return QStringLiteral("tls");
    case Transport::WebSocket:
        return QStringLiteral("ws");
    case Transport::SecureWebSocket:
        return QStringLiteral("wss");
    }
    return {};
}

std::optional<Transport> ConnectionOptions::parseTransport(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("tcp") || n == QLatin1String("mqtt"))
        return Transport::Tcp;
    if (n == QLatin1String("tls") || n == QLatin1String("ssl") || n == QLatin1String("mqtts"))
        return Transport::Tls;
    if (n == QLatin1String("ws") || n == QLatin1String("websockets"))
        return Transport::WebSocket;
    if (n == QLatin1String("wss"))
        return Transport::SecureWebSocket;
    return std::nullopt;
}

QStringList ConnectionOptions::validate() const
{
    QStringList errors;
    const QString trimmedHost = host.trimmed();
    if (trimmedHost.isEmpty()) {
        errors << tr("The broker host is empty. Enter a host name or an address such as "
                     "127.0.0.1.");
    } else if (trimmedHost != host || host.contains(QLatin1Char(' '))) {
        errors << tr("The broker host \"%1\" contains spaces. Remove them.").arg(host);
    } else if (host.contains(QLatin1String("://"))) {
        errors << tr("The broker host \"%1\" looks like a URI. Enter only the host name and "
                     "choose the transport separately.")
                      .arg(host);
    } else if (QHostAddress address; !address.setAddress(host)) {
        // Not an address: must be a valid host name.
        const QUrl url(QStringLiteral("tcp://") + host);
        if (!url.isValid() || url.host().isEmpty() || host.contains(QLatin1Char('/')))
            errors << tr("The broker host \"%1\" is not a valid host name.").arg(host);
    }
    if (port < 0 || port > 65535)
        errors << tr("The port %1 is out of range. Use a port between 1 and 65535 (1883 for "
                     "MQTT, 8883 for MQTT over TLS).")
                      .arg(port);
    if ((transport == Transport::WebSocket || transport == Transport::SecureWebSocket) &&
        (webSocketPath.contains(QLatin1Char(' ')) || webSocketPath.contains(QLatin1Char('?'))))
        errors << tr("The WebSocket path \"%1\" is not a plain URL path (such as /mqtt).")
                      .arg(webSocketPath);
    if (!clientId.isEmpty()) {
        if (QString e = TopicValidator::checkMqttString(clientId.toUtf8(), tr("client id"));
            !e.isEmpty())
            errors << e;
    } else if (!cleanStart) {
        // Under MQTT 5 the broker would accept it, but the session (kept for the session expiry
        // interval, with -c forever) could never be resumed by anyone: a leak on the broker.
        errors << tr("A persistent session (clean session off) needs a fixed client id: the "
                     "broker finds the session by it, and a session under a random id would stay "
                     "on the broker with nobody to resume it. Enter a client id (-i).");
    }
    if (!username.isEmpty()) {
        if (QString e = TopicValidator::checkMqttString(username.toUtf8(), tr("user name"));
            !e.isEmpty())
            errors << e;
    } else if (!password.isEmpty() && version == MqttVersion::V311) {
        errors << tr("MQTT 3.1.1 cannot send a password without a user name. Enter a user name "
                     "or use MQTT 5.");
    }
    if (keepAliveSeconds < 0 || keepAliveSeconds > 65535)
        errors << tr("The keep alive %1 s is out of range (0 to 65535 seconds).")
                      .arg(keepAliveSeconds);
    if (connectTimeoutSeconds <= 0)
        errors << tr("The connect timeout must be at least one second.");
    if (version == MqttVersion::V311) {
        if (sessionExpirySeconds != 0)
            errors << tr("Session expiry is an MQTT 5 option. Use MQTT 5, or clean session off "
                         "for a persistent MQTT 3.1.1 session.");
        if (!userProperties.isEmpty() || receiveMaximum || maximumPacketSize)
            errors << tr("User properties, receive maximum and maximum packet size are MQTT 5 "
                         "options. Use MQTT 5 or remove them.");
    }
    if (receiveMaximum && *receiveMaximum == 0)
        errors << tr("The receive maximum must be at least 1.");
    if (maximumPacketSize && *maximumPacketSize == 0)
        errors << tr("The maximum packet size must be at least 1 byte.");
    if (!will.topic.isEmpty()) {
        if (QString e = TopicValidator::checkTopicName(will.topic); !e.isEmpty())
            errors << tr("Last Will: %1").arg(e);
        if (will.qos < 0 || will.qos > 2)
            errors << tr("The Last Will QoS must be 0, 1 or 2.");
    } else if (!will.payload.isEmpty() || will.retain) {
        errors << tr("A Last Will payload or retain flag was given without a will topic. Add "
                     "the will topic.");
    }
    if (reconnect.minDelayMs <= 0 || reconnect.maxDelayMs < reconnect.minDelayMs)
        errors << tr("The reconnect delays are inconsistent: the minimum must be positive and "
                     "not above the maximum.");
    if (usesTls()) {
        errors << TlsFiles::check(tls);
    } else if (!tls.caFile.isEmpty() || !tls.certFile.isEmpty() || !tls.keyFile.isEmpty()) {
        errors << tr("Certificate files were given but the transport is %1 (no TLS). Choose tls "
                     "or wss, or remove the files.")
                      .arg(transportName(transport));
    }
    errors.removeAll(QString());
    return errors;
}

} // namespace deck::mqtt
