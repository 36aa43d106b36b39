#pragma once

#include "TestCertificates.h"

#include <QList>
#include <QPair>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace deck::test {

/// Dynamic-security (ACL) setup: mosquitto's plain acl_file never refuses a SUBSCRIBE, the
/// dynamic-security plugin does (SUBACK 0x87 under MQTT 5, 0x80 under 3.1.1).
struct DynSecAcl
{
    QString type; ///< subscribePattern, publishClientSend, publishClientReceive, ...
    QString topic;
    bool allow = true;
};
struct DynSecRole
{
    QString name;
    QList<DynSecAcl> acls;
};
struct DynSecClient
{
    QString username;
    QString password;
    QStringList roles;
};

/// A real mosquitto on free loopback ports with a generated configuration, for integration
/// tests. Stopped (and its files removed) when destroyed.
class Broker
{
public:
    struct Options
    {
        bool allowAnonymous = true;
        QList<QPair<QString, QString>> users; ///< password file entries
        bool tls = false;                     ///< add a TLS listener (and wss with websockets)
        bool requireClientCertificate = false;
        bool expiredServerCertificate = false;
        bool websockets = false; ///< add a WebSocket listener
        bool dynsec = false;
        QList<DynSecClient> dynsecClients;
        QList<DynSecRole> dynsecRoles;
        QStringList extraConfig; ///< further mosquitto.conf lines (e.g. max_packet_size 2000)
    };

    /// The dynamic-security plugin with one client, `user`/`password`, allowed to subscribe and
    /// publish under `prefix`/# only (everything else refused), anonymous refused.
    static Options deviceAcl(const QString &user, const QString &password, const QString &prefix);

    Broker();
    explicit Broker(Options options);
    ~Broker();
    Broker(const Broker &) = delete;
    Broker &operator=(const Broker &) = delete;

    /// Writes the configuration, starts mosquitto and waits until every listener accepts.
    /// Returns an error sentence (with the broker's log) or empty.
    QString start();
    void stop();
    /// Stops and starts again on the same ports.
    QString restart();
    /// Kills the broker with SIGKILL (no clean shutdown: clients see their sockets die), waits
    /// for it to be gone; launch() starts it again on the same ports.
    void kill();
    QString launch();

    int tcpPort() const { return m_tcpPort; }
    int tlsPort() const { return m_tlsPort; }
    int wsPort() const { return m_wsPort; }
    int wssPort() const { return m_wssPort; }
    const TestCertificates &certificates() const { return m_certs; }
    QString dir() const { return m_dir.path(); }
    QString log() const;

    static int freePort();
    static bool waitForPort(int port, int timeoutMs);

private:
    QString writeConfig();

    Options m_options;
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    std::unique_ptr<QProcess> m_process;
    QString m_configPath;
    int m_tcpPort = 0, m_tlsPort = 0, m_wsPort = 0, m_wssPort = 0;
};

} // namespace deck::test
