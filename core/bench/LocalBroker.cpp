#include "LocalBroker.h"

#include "platform/LoopbackSocket.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace deck {

LocalBroker::LocalBroker() = default;

LocalBroker::~LocalBroker()
{
    stop();
}

int LocalBroker::freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0) ? server.serverPort() : 0;
}

bool LocalBroker::waitForPort(int port, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 50) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

QString LocalBroker::logPath() const
{
    return m_dir.filePath(QStringLiteral("mosquitto.log"));
}

bool LocalBroker::hasSubscribed(const QString &clientId) const
{
    QFile log(logPath());
    return log.open(QIODevice::ReadOnly) &&
           log.readAll().contains(QByteArray(QByteArray("Sending SUBACK to ") + clientId.toUtf8()));
}

QString LocalBroker::start()
{
    if (!m_dir.isValid())
        return tr("cannot create a temporary directory for the broker");
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                            QFile::ExeOther);
    m_port = freePort();
    QStringList conf{QStringLiteral("listener %1 127.0.0.1").arg(m_port),
                     QStringLiteral("allow_anonymous true"),
                     QStringLiteral("persistence false"),
                     QStringLiteral("max_queued_messages 0"),
                     QStringLiteral("max_queued_bytes 0"),
                     QStringLiteral("max_inflight_messages 0"),
                     QStringLiteral("log_dest file %1").arg(logPath()),
                     QStringLiteral("log_type error"),
                     QStringLiteral("log_type warning"),
                     QStringLiteral("log_type notice"),
                     QStringLiteral("log_type debug")};
    if (platform::runningAsAdministrator())
        conf << QStringLiteral("user root"); // or mosquitto drops to a user that cannot read here
    const QString path = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1").arg(path);
    file.write(conf.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(QProcess::nullDevice());
    m_process->start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), path});
    if (!m_process->waitForStarted(5000))
        return tr("mosquitto did not start (%1). Install it: apt-get install mosquitto")
            .arg(m_process->errorString());
    if (!waitForPort(m_port, 10000))
        return tr("mosquitto does not accept connections on port %1; see %2")
            .arg(m_port)
            .arg(logPath());
    return {};
}

void LocalBroker::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000))
        m_process->kill();
    m_process->waitForFinished(2000);
    m_process.reset();
}

} // namespace deck
