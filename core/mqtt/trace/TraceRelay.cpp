#include "TraceRelay.h"

#include "mqtt/TlsConfiguration.h"
#include "mqtt/packet/StreamDecoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

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
        QTcpSocket *broker = nullptr; ///< child of the worker
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
            link->broker = m_options.usesTls() ? new QSslSocket(this) : new QTcpSocket(this);
            link->out = packet::StreamDecoder(m_version);
            link->in = packet::StreamDecoder(m_version);
            link->index = m_connections++;
            // Low latency both ways: the relay must not add Nagle's delay to small packets.
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            link->broker->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            Link *l = link.get();
            // What the client sends before the broker side is up waits in the client socket.
            auto brokerReady = [this, l] {
                l->ready = true;
                forward(l, Direction::Out);
            };
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
            connect(client, &QTcpSocket::readyRead, this, [this, l] {
                if (l->ready)
                    forward(l, Direction::Out);
            });
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

    void forward(Link *l, Direction direction)
    {
        QTcpSocket *from = direction == Direction::Out ? l->client : l->broker;
        QTcpSocket *to = direction == Direction::Out ? l->broker : l->client;
        const QByteArray bytes = from->readAll();
        if (bytes.isEmpty())
            return;
        if (to->state() == QAbstractSocket::ConnectedState && (to != l->broker || l->ready))
            to->write(bytes); // else the other side is gone: the bytes are only traced
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
        if (l->client->state() != QAbstractSocket::UnconnectedState ||
            l->broker->state() != QAbstractSocket::UnconnectedState)
            return;
        for (QTcpSocket *s : {l->client, l->broker}) {
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
