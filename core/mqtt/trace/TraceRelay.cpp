#include "TraceRelay.h"

#include "mqtt/TlsConfiguration.h"
#include "mqtt/packet/StreamDecoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>
#include <vector>

namespace deck::mqtt::trace {

/// The relay's objects, all in the relay's thread.
class RelayWorker : public QObject
{
public:
    RelayWorker(ConnectionOptions options, std::shared_ptr<TraceBuffer> buffer)
        : m_options(std::move(options)), m_version(m_options.version), m_buffer(std::move(buffer))
    {
        m_clock.start();
        m_startUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    }

    int listen(QString *error)
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            *error = m_server->errorString();
            return 0;
        }
        connect(m_server, &QTcpServer::newConnection, this, &RelayWorker::accept);
        return m_server->serverPort();
    }

private:
    struct Link
    {
        QTcpSocket *client = nullptr; ///< child of the worker
        QTcpSocket *broker = nullptr; ///< child of the worker; null over WebSockets
        QWebSocket *ws = nullptr;     ///< child of the worker, over WebSockets
        QByteArray wsIncoming;        ///< binary frames received, not yet forwarded
        packet::StreamDecoder out;
        packet::StreamDecoder in;
        int index = 0;
        bool ready = false; ///< the broker side is connected (and encrypted, over TLS)
        bool closeRecorded = false;
    };

    qint64 nowUs() const { return m_startUs + m_clock.nsecsElapsed() / 1000; }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto link = std::make_shared<Link>();
            link->client = client;
            const bool webSocket = m_options.transport == Transport::WebSocket ||
                                   m_options.transport == Transport::SecureWebSocket;
            if (!webSocket)
                link->broker = m_options.usesTls() ? new QSslSocket(this) : new QTcpSocket(this);
            link->out = packet::StreamDecoder(m_version);
            link->in = packet::StreamDecoder(m_version);
            link->index = m_connections++;
            // Low latency both ways: the relay must not add Nagle's delay to small packets.
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            Link *l = link.get();
            // What the client sends before the broker side is up waits in the client socket.
            auto brokerReady = [this, l] {
                l->ready = true;
                forward(l, Direction::Out);
            };
            connect(client, &QTcpSocket::readyRead, this, [this, l] {
                if (l->ready)
                    forward(l, Direction::Out);
            });
            if (webSocket) {
                connectWebSocket(l, client, brokerReady);
                m_links.push_back(std::move(link));
                continue;
            }
            link->broker->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            if (auto *tls = qobject_cast<QSslSocket *>(link->broker)) {
                tls->setSslConfiguration(tlsConfiguration(m_options.tls));
                tls->setPeerVerifyName(m_options.host);
                connect(tls, &QSslSocket::encrypted, this, brokerReady);
                connect(tls, &QSslSocket::sslErrors, this, [this, tls](const QList<QSslError> &e) {
                    // Refused as the connection itself would refuse it: the library then sees
                    // its connection closed, and the session's probe says why in words.
                    if (relevantSslErrors(e, m_options.tls).isEmpty())
                        tls->ignoreSslErrors();
                });
            } else {
                connect(link->broker, &QTcpSocket::connected, this, brokerReady);
            }
            connect(link->broker, &QTcpSocket::readyRead, this,
                    [this, l] { forward(l, Direction::In); });
            // Either side gone: close the other once what it has is written; the link goes
            // when both are closed.
            connect(client, &QTcpSocket::disconnected, this, [this, l] {
                closedBy(l, Direction::Out);
                l->broker->disconnectFromHost();
                dropWhenClosed(l);
            });
            connect(link->broker, &QTcpSocket::disconnected, this, [this, l] {
                closedBy(l, Direction::In);
                l->client->disconnectFromHost();
                dropWhenClosed(l);
            });
            connect(link->broker, &QTcpSocket::errorOccurred, this, [this, l] {
                if (l->broker->state() == QAbstractSocket::UnconnectedState) {
                    closedBy(l, Direction::In);
                    l->client->disconnectFromHost(); // the library sees the failure as it is
                    dropWhenClosed(l);
                }
            });
            if (auto *tls = qobject_cast<QSslSocket *>(link->broker))
                tls->connectToHostEncrypted(m_options.host, quint16(m_options.effectivePort()));
            else
                link->broker->connectToHost(m_options.host, quint16(m_options.effectivePort()));
            m_links.push_back(std::move(link));
        }
    }

    /// Over WebSockets the relay is the WebSocket client (subprotocol "mqtt", the connection's
    /// path, and over wss its TLS settings); MQTT bytes travel in binary frames, a packet may
    /// span frames or share one, so frames are streams of bytes to the decoder as TCP reads are.
    template <typename Ready> void connectWebSocket(Link *l, QTcpSocket *client, Ready brokerReady)
    {
        l->ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        const bool secure = m_options.transport == Transport::SecureWebSocket;
        if (secure) {
            l->ws->setSslConfiguration(tlsConfiguration(m_options.tls));
            connect(l->ws, &QWebSocket::sslErrors, this, [this, l](const QList<QSslError> &e) {
                if (relevantSslErrors(e, m_options.tls).isEmpty())
                    l->ws->ignoreSslErrors();
            });
        }
        connect(l->ws, &QWebSocket::connected, this, brokerReady);
        connect(l->ws, &QWebSocket::binaryMessageReceived, this,
                [this, l](const QByteArray &frame) {
                    l->wsIncoming += frame;
                    forward(l, Direction::In);
                });
        connect(l->ws, &QWebSocket::disconnected, this, [this, l] {
            closedBy(l, Direction::In);
            l->client->disconnectFromHost();
            dropWhenClosed(l);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, l] {
            closedBy(l, Direction::Out);
            if (l->ws->state() != QAbstractSocket::UnconnectedState)
                l->ws->close();
            dropWhenClosed(l);
        });
        QString path = m_options.webSocketPath.isEmpty() ? QStringLiteral("/")
                                                         : m_options.webSocketPath;
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        QUrl url;
        url.setScheme(secure ? QStringLiteral("wss") : QStringLiteral("ws"));
        url.setHost(m_options.host);
        url.setPort(m_options.effectivePort());
        url.setPath(path);
        QNetworkRequest request(url);
        // MQTT over WebSockets names its subprotocol (MQTT 5 §6, 3.1.1 §6); brokers refuse
        // a handshake without it.
        request.setRawHeader("Sec-WebSocket-Protocol", "mqtt");
        l->ws->open(request);
    }

    QByteArray takeFrom(Link *l, Direction direction)
    {
        if (direction == Direction::Out)
            return l->client->readAll();
        if (l->ws)
            return std::exchange(l->wsIncoming, {});
        return l->broker->readAll();
    }

    void forward(Link *l, Direction direction)
    {
        const QByteArray bytes = takeFrom(l, direction);
        if (bytes.isEmpty())
            return;
        if (direction == Direction::In) {
            if (l->client->state() == QAbstractSocket::ConnectedState)
                l->client->write(bytes);
        } else if (l->ready && l->ws) {
            if (l->ws->state() == QAbstractSocket::ConnectedState)
                l->ws->sendBinaryMessage(bytes);
        } else if (l->ready && l->broker->state() == QAbstractSocket::ConnectedState) {
            l->broker->write(bytes);
        } // else the other side is gone: the bytes are only traced
        const qint64 time = nowUs();
        packet::StreamDecoder &decoder = direction == Direction::Out ? l->out : l->in;
        if (decoder.broken())
            return; // a bad length: nothing further can be framed (the error was recorded)
        decoder.feed(bytes);
        for (;;) {
            const MqttVersion version = decoder.version();
            std::optional<packet::DecodeResult> r = decoder.take();
            if (!r)
                break;
            // The broker answers in the version the client's CONNECT asked for.
            if (direction == Direction::Out && r->ok() &&
                r->packet.type == packet::PacketType::Connect)
                l->in.setVersion(decoder.version());
            m_buffer->append({time, direction, l->index, version, std::move(*r)});
        }
    }

    /// One side closed: what the other side had already sent is still read and decoded (the
    /// answer a client hung up on is part of the story), then the close is recorded once.
    void closedBy(Link *l, Direction side)
    {
        if (l->closeRecorded)
            return;
        l->closeRecorded = true;
        forward(l, side == Direction::Out ? Direction::In : Direction::Out);
        TraceEvent e;
        e.timeUs = nowUs();
        e.direction = side;
        e.connection = l->index;
        e.version = l->out.version();
        e.closed = true;
        m_buffer->append(std::move(e));
    }

    /// Forgets a connection once both its sockets are closed; their signals are cut first, so
    /// no handler can reach the link after it is gone.
    void dropWhenClosed(Link *l)
    {
        const QAbstractSocket::SocketState brokerState =
            l->ws ? l->ws->state() : l->broker->state();
        if (l->client->state() != QAbstractSocket::UnconnectedState ||
            brokerState != QAbstractSocket::UnconnectedState)
            return;
        for (QObject *s : {static_cast<QObject *>(l->client),
                           l->ws ? static_cast<QObject *>(l->ws) : l->broker}) {
            QObject::disconnect(s, nullptr, this, nullptr);
            s->deleteLater();
        }
        m_links.erase(std::remove_if(m_links.begin(), m_links.end(),
                                     [l](const std::shared_ptr<Link> &k) { return k.get() == l; }),
                      m_links.end());
    }

    ConnectionOptions m_options;
    MqttVersion m_version;
    std::shared_ptr<TraceBuffer> m_buffer;
    QTcpServer *m_server = nullptr; ///< child
    std::vector<std::shared_ptr<Link>> m_links;
    int m_connections = 0;
    QElapsedTimer m_clock;
    qint64 m_startUs = 0;
};

TraceRelay::TraceRelay(const ConnectionOptions &options, std::shared_ptr<TraceBuffer> buffer)
    : m_options(options), m_buffer(std::move(buffer))
{
    m_thread.setObjectName(QStringLiteral("mqttdeck-trace"));
}

TraceRelay::~TraceRelay()
{
    if (m_worker) {
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.quit();
        m_thread.wait();
    }
}

int TraceRelay::start(QString *error)
{
    if (m_worker) {
        *error = tr("The packet trace is already started.");
        return 0;
    }
    m_worker = new RelayWorker(m_options, m_buffer);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    int port = 0;
    QString reason;
    QMetaObject::invokeMethod(
        m_worker, [this, &port, &reason] { port = m_worker->listen(&reason); },
        Qt::BlockingQueuedConnection);
    if (port == 0)
        *error = tr("The packet trace could not listen on 127.0.0.1: %1").arg(reason);
    return port;
}

} // namespace deck::mqtt::trace
