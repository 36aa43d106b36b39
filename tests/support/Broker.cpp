#include "Broker.h"

#include "bench/LocalBroker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <unistd.h>

namespace deck::test {

namespace {
const char *kDynsecPlugin = "/usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so";

// mosquitto's dynamic-security format: PBKDF2-HMAC-SHA512, 101 iterations, 12-byte salt.
QJsonObject dynsecClient(const DynSecClient &c)
{
    unsigned char salt[12];
    RAND_bytes(salt, sizeof salt);
    unsigned char hash[64];
    const QByteArray pw = c.password.toUtf8();
    PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()), salt, sizeof salt, 101, EVP_sha512(),
                      sizeof hash, hash);
    QJsonArray roles;
    for (const QString &r : c.roles)
        roles.append(QJsonObject{{QStringLiteral("rolename"), r}});
    return QJsonObject{
        {QStringLiteral("username"), c.username},
        {QStringLiteral("password"),
         QString::fromLatin1(
             QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toBase64())},
        {QStringLiteral("salt"),
         QString::fromLatin1(
             QByteArray(reinterpret_cast<const char *>(salt), sizeof salt).toBase64())},
        {QStringLiteral("iterations"), 101},
        {QStringLiteral("roles"), roles}};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(data);
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}
} // namespace

Broker::Options Broker::deviceAcl(const QString &user, const QString &password,
                                  const QString &prefix)
{
    Options o;
    o.allowAnonymous = false;
    o.dynsec = true;
    const QString pattern = prefix + QStringLiteral("/#");
    o.dynsecRoles = {{QStringLiteral("device"),
                      {{QStringLiteral("subscribePattern"), pattern, true},
                       {QStringLiteral("publishClientSend"), pattern, true}}}};
    o.dynsecClients = {{user, password, {QStringLiteral("device")}}};
    return o;
}

Broker::Broker() = default;
Broker::Broker(Options options) : m_options(std::move(options)) {}

Broker::~Broker()
{
    stop();
}

int Broker::freePort()
{
    return LocalBroker::freePort();
}

bool Broker::waitForPort(int port, int timeoutMs)
{
    return LocalBroker::waitForPort(port, timeoutMs);
}

QString Broker::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("mosquitto.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString Broker::writeConfig()
{
    // mosquitto started as root drops to user "mosquitto" unless told to stay root; when not
    // root, the files must simply be readable.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                            QFile::ExeOther);
    if ((m_options.tls || m_options.requireClientCertificate) && m_certs.caFile.isEmpty()) {
        if (QString e = m_certs.generate(m_dir.path()); !e.isEmpty())
            return e;
    }
    if (!m_tcpPort) {
        m_tcpPort = freePort();
        if (m_options.tls)
            m_tlsPort = freePort();
        if (m_options.websockets)
            m_wsPort = freePort();
        if (m_options.websockets && m_options.tls)
            m_wssPort = freePort();
    }
    QStringList conf;
    conf << QStringLiteral("per_listener_settings false") << QStringLiteral("persistence false")
         << QStringLiteral("log_dest file %1").arg(m_dir.filePath(QStringLiteral("mosquitto.log")))
         << QStringLiteral("log_type all") << QStringLiteral("max_queued_messages 0")
         << QStringLiteral("max_inflight_messages 0")
         << QStringLiteral("allow_anonymous %1")
                .arg(m_options.allowAnonymous ? QStringLiteral("true") : QStringLiteral("false"));
    if (geteuid() == 0)
        conf << QStringLiteral("user root");
    conf << m_options.extraConfig;
    if (!m_options.users.isEmpty()) {
        const QString pwfile = m_dir.filePath(QStringLiteral("passwords"));
        QFile::remove(pwfile);
        writeFile(pwfile, {});
        for (const auto &[user, password] : std::as_const(m_options.users)) {
            QProcess p;
            p.start(QStringLiteral("mosquitto_passwd"),
                    {QStringLiteral("-b"), pwfile, user, password});
            if (!p.waitForFinished(10000) || p.exitCode() != 0)
                return QStringLiteral("mosquitto_passwd failed: %1")
                    .arg(QString::fromUtf8(p.readAllStandardError()));
        }
        conf << QStringLiteral("password_file %1").arg(pwfile);
    }
    if (m_options.dynsec) {
        QJsonArray clients, roles;
        for (const DynSecClient &c : std::as_const(m_options.dynsecClients))
            clients.append(dynsecClient(c));
        for (const DynSecRole &r : std::as_const(m_options.dynsecRoles)) {
            QJsonArray acls;
            for (const DynSecAcl &a : r.acls)
                acls.append(QJsonObject{{QStringLiteral("acltype"), a.type},
                                        {QStringLiteral("topic"), a.topic},
                                        {QStringLiteral("allow"), a.allow},
                                        {QStringLiteral("priority"), 0}});
            roles.append(
                QJsonObject{{QStringLiteral("rolename"), r.name}, {QStringLiteral("acls"), acls}});
        }
        const QJsonObject root{{QStringLiteral("clients"), clients},
                               {QStringLiteral("roles"), roles},
                               {QStringLiteral("groups"), QJsonArray()},
                               {QStringLiteral("defaultACLAccess"),
                                QJsonObject{{QStringLiteral("publishClientSend"), false},
                                            {QStringLiteral("publishClientReceive"), true},
                                            {QStringLiteral("subscribe"), false},
                                            {QStringLiteral("unsubscribe"), true}}}};
        const QString file = m_dir.filePath(QStringLiteral("dynamic-security.json"));
        if (!writeFile(file, QJsonDocument(root).toJson()))
            return QStringLiteral("cannot write %1").arg(file);
        conf << QStringLiteral("plugin %1").arg(QLatin1String(kDynsecPlugin))
             << QStringLiteral("plugin_opt_config_file %1").arg(file);
    }
    conf << QStringLiteral("listener %1 127.0.0.1").arg(m_tcpPort);
    auto tlsLines = [&] {
        conf << QStringLiteral("cafile %1").arg(m_certs.caFile)
             << QStringLiteral("certfile %1")
                    .arg(m_options.expiredServerCertificate ? m_certs.expiredServerCert
                                                            : m_certs.serverCert)
             << QStringLiteral("keyfile %1").arg(m_certs.serverKey);
        if (m_options.requireClientCertificate)
            conf << QStringLiteral("require_certificate true");
    };
    if (m_options.tls) {
        conf << QStringLiteral("listener %1 127.0.0.1").arg(m_tlsPort);
        tlsLines();
    }
    if (m_options.websockets) {
        conf << QStringLiteral("listener %1 127.0.0.1").arg(m_wsPort)
             << QStringLiteral("protocol websockets") << QStringLiteral("socket_domain ipv4");
        if (m_options.tls) {
            conf << QStringLiteral("listener %1 127.0.0.1").arg(m_wssPort)
                 << QStringLiteral("protocol websockets") << QStringLiteral("socket_domain ipv4");
            tlsLines();
        }
    }
    m_configPath = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    if (!writeFile(m_configPath, conf.join(QLatin1Char('\n')).toUtf8() + '\n'))
        return QStringLiteral("cannot write %1").arg(m_configPath);
    return {};
}

QString Broker::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), m_configPath});
    if (!m_process->waitForStarted(5000))
        return QStringLiteral("mosquitto did not start: %1 (is it installed?)")
            .arg(m_process->errorString());
    for (int port : {m_tcpPort, m_tlsPort, m_wsPort, m_wssPort}) {
        if (port && !waitForPort(port, 10000))
            return QStringLiteral("mosquitto is not listening on port %1. Log:\n%2")
                .arg(port)
                .arg(log());
        if (m_process->state() != QProcess::Running)
            return QStringLiteral("mosquitto exited at start. Log:\n%1").arg(log());
    }
    return {};
}

QString Broker::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("cannot create a temporary directory");
    // A free port is only free when it is chosen: another test (or a CI run beside this one)
    // may take it before mosquitto binds it. Then new ports, a few times.
    QString e;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (e = writeConfig(); !e.isEmpty())
            return e;
        if (e = launch(); e.isEmpty())
            return {};
        if (!log().contains(QLatin1String("Address already in use")))
            return e;
        stop();
        m_tcpPort = m_tlsPort = m_wsPort = m_wssPort = 0; // chosen again
        QFile::remove(m_dir.filePath(QStringLiteral("mosquitto.log")));
    }
    return e;
}

void Broker::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

void Broker::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QString Broker::restart()
{
    stop();
    return launch();
}

} // namespace deck::test
