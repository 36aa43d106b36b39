#include "CaptureRelay.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace deck::test {

CaptureRelay::CaptureRelay(int brokerPort) : m_brokerPort(brokerPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &CaptureRelay::accept);
}

CaptureRelay::~CaptureRelay()
{
    for (const auto &pair : m_pairs) {
        delete pair->client;
        delete pair->broker;
    }
}

bool CaptureRelay::allClosed() const
{
    for (const Connection &c : m_connections) {
        if (!c.closed)
            return false;
    }
    return true;
}

void CaptureRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(nullptr);
        auto pair = std::make_unique<Pair>();
        Pair *p = pair.get();
        p->client = client;
        p->broker = new QTcpSocket;
        p->index = int(m_connections.size());
        m_connections.append(Connection());
        m_pairs.push_back(std::move(pair));
        // Bytes the client sends before the broker side is up wait in the client socket.
        connect(p->broker, &QTcpSocket::connected, this, [this, p] {
            const QByteArray early = p->client->readAll();
            m_connections[p->index].fromClient += early;
            p->broker->write(early);
        });
        connect(client, &QTcpSocket::readyRead, this, [this, p] {
            if (p->broker->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray bytes = p->client->readAll();
            m_connections[p->index].fromClient += bytes;
            p->broker->write(bytes);
        });
        connect(p->broker, &QTcpSocket::readyRead, this, [this, p] {
            const QByteArray bytes = p->broker->readAll();
            m_connections[p->index].fromBroker += bytes;
            p->client->write(bytes);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, p] {
            p->clientGone = true;
            p->broker->disconnectFromHost();
            closed(p);
        });
        connect(p->broker, &QTcpSocket::disconnected, this, [this, p] {
            p->brokerGone = true;
            p->client->disconnectFromHost();
            closed(p);
        });
        p->broker->connectToHost(QHostAddress::LocalHost, quint16(m_brokerPort));
    }
}

void CaptureRelay::closed(Pair *pair)
{
    if (pair->clientGone && pair->brokerGone)
        m_connections[pair->index].closed = true;
}

} // namespace deck::test
