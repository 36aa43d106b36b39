#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace deck::test {

/// A loopback TCP relay in front of a broker that keeps every byte both ways, per connection:
/// point a client we did not write (mosquitto_pub, mosquitto_sub) at port() and read what it
/// sent and what the broker answered. Runs on the event loop of the thread that made it.
class CaptureRelay : public QObject
{
    Q_OBJECT
public:
    struct Connection
    {
        QByteArray fromClient;
        QByteArray fromBroker;
        bool closed = false; ///< both sides are gone
    };

    explicit CaptureRelay(int brokerPort);
    ~CaptureRelay() override;

    int port() const { return m_server.serverPort(); }
    const QList<Connection> &connections() const { return m_connections; }
    /// True once every connection accepted so far has closed on both sides.
    bool allClosed() const;

private:
    struct Pair
    {
        QTcpSocket *client = nullptr; ///< owned by the relay (deleted later)
        QTcpSocket *broker = nullptr; ///< owned by the relay (deleted later)
        int index = 0;
        bool clientGone = false, brokerGone = false;
    };
    void accept();
    void closed(Pair *pair);

    int m_brokerPort;
    QTcpServer m_server;
    QList<Connection> m_connections;
    std::vector<std::unique_ptr<Pair>> m_pairs;
};

} // namespace deck::test
