#include "SecurityChecklist.h"

#include "mqtt/PahoSession.h"
#include "mqtt/ReasonCodes.h"

#include <QTimer>

namespace deck::diagnostics {

using Result = ChecklistItem::Result;

namespace {
QString title(const QString &key)
{
    if (key == QLatin1String("anonymous_refused"))
        return SecurityChecklist::tr("Anonymous CONNECT refused");
    if (key == QLatin1String("plaintext_closed"))
        return SecurityChecklist::tr("No plaintext listener beside TLS");
    if (key == QLatin1String("wildcard_refused"))
        return SecurityChecklist::tr("# not subscribable");
    if (key == QLatin1String("sys_refused"))
        return SecurityChecklist::tr("$SYS/# not subscribable");
    if (key == QLatin1String("other_namespace_refused"))
        return SecurityChecklist::tr("Publishing into another device's namespace refused");
    if (key == QLatin1String("command_publish_refused"))
        return SecurityChecklist::tr("Publishing a command topic refused");
    if (key == QLatin1String("oversize_refused"))
        return SecurityChecklist::tr("Oversized payload refused");
    if (key == QLatin1String("certificate_valid"))
        return SecurityChecklist::tr("Certificates not near expiry");
    return key;
}

QString connackWords(const mqtt::ConnectResult &r)
{
    return QStringLiteral("%1 (%2)").arg(r.codeName, mqtt::ReasonCodes::hex(r.code));
}
} // namespace

QString ChecklistItem::resultKey(Result result)
{
    switch (result) {
    case Result::Pass: return QStringLiteral("pass");
    case Result::Fail: return QStringLiteral("fail");
    case Result::Unknown: return QStringLiteral("unknown");
    case Result::NotApplicable: return QStringLiteral("n/a");
    }
    return {};
}

SecurityChecklist::SecurityChecklist(mqtt::ConnectionOptions options, ChecklistSettings settings,
                                     QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_settings(std::move(settings))
{
    m_options.reconnect.enabled = false;
    m_options.cleanStart = true;
    if (m_options.clientId.isEmpty())
        m_options.clientId = mqtt::ConnectionOptions::generateClientId();
    if (m_settings.ownTopic.isEmpty())
        m_settings.ownTopic = QStringLiteral("mqttdeck/check/%1").arg(m_options.clientId);
}

SecurityChecklist::~SecurityChecklist() = default;

void SecurityChecklist::start()
{
    anonymous([this] {
        plaintext([this] {
            rights([this] {
                oversize([this] { certificates([this] { emit finished(); }); });
            });
        });
    });
}

void SecurityChecklist::emitItem(const QString &key, Result result, const QString &evidence)
{
    ChecklistItem i;
    i.key = key;
    i.result = result;
    i.title = title(key);
    i.evidence = evidence;
    emit item(i);
}

void SecurityChecklist::connectOnce(const mqtt::ConnectionOptions &options,
                                    std::function<void(mqtt::Session *)> done,
                                    std::function<void(const mqtt::ConnectResult &)> failed)
{
    if (m_session) // the previous item's: closed, deleted once its signals are over
        m_session.release()->deleteLater();
    m_session = std::make_unique<mqtt::PahoSession>();
    mqtt::Session *s = m_session.get();
    connect(s, &mqtt::Session::connected, this, [s, done] { done(s); });
    connect(s, &mqtt::Session::connectFailed, this, failed);
    if (const QStringList errors = s->open(options); !errors.isEmpty()) {
        mqtt::ConnectResult r;
        r.explanation = errors.join(QLatin1Char(' '));
        QTimer::singleShot(0, this, [failed, r] { failed(r); });
    }
}

void SecurityChecklist::anonymous(Next next)
{
    mqtt::ConnectionOptions o = m_options;
    o.username.clear();
    o.password.clear();
    o.tls.certFile.clear();
    o.tls.keyFile.clear();
    o.tls.keyPassphrase.clear();
    o.clientId.clear();
    connectOnce(
        o,
        [this, next](mqtt::Session *s) {
            s->close();
            emitItem(QStringLiteral("anonymous_refused"), Result::Fail,
                     tr("The broker accepted a CONNECT without user name, password or client "
                        "certificate: anyone who reaches it may connect."));
            next();
        },
        [this, next](const mqtt::ConnectResult &r) {
            if (r.gotConnack)
                emitItem(QStringLiteral("anonymous_refused"), Result::Pass,
                         tr("Refused: %1.").arg(connackWords(r)));
            else
                emitItem(QStringLiteral("anonymous_refused"),
                         m_options.usesTls() && !m_options.tls.certFile.isEmpty() ? Result::Pass
                                                                                  : Result::Unknown,
                         tr("No CONNACK: %1").arg(r.explanation));
            next();
        });
}

void SecurityChecklist::plaintext(Next next)
{
    if (!m_options.usesTls()) {
        emitItem(QStringLiteral("plaintext_closed"), Result::Fail,
                 tr("This connection itself is not encrypted (%1): user names, passwords and "
                    "payloads cross the network in clear.")
                     .arg(mqtt::ConnectionOptions::transportName(m_options.transport)));
        next();
        return;
    }
    mqtt::ConnectionOptions o = m_options;
    o.transport = mqtt::Transport::Tcp;
    o.port = m_settings.plainPort;
    o.tls = {};
    o.clientId.clear();
    o.connectTimeoutSeconds = qMin(o.connectTimeoutSeconds, 5);
    const int port = m_settings.plainPort;
    connectOnce(
        o,
        [this, next, port](mqtt::Session *s) {
            s->close();
            emitItem(QStringLiteral("plaintext_closed"), Result::Fail,
                     tr("A plaintext MQTT listener on port %1 accepted this identity: its "
                        "password crosses the network in clear there.")
                         .arg(port));
            next();
        },
        [this, next, port](const mqtt::ConnectResult &r) {
            if (r.gotConnack)
                emitItem(QStringLiteral("plaintext_closed"), Result::Fail,
                         tr("A plaintext MQTT listener answers on port %1 (it refused this "
                            "CONNECT: %2, but credentials sent there cross in clear).")
                             .arg(port)
                             .arg(connackWords(r)));
            else
                emitItem(QStringLiteral("plaintext_closed"), Result::Pass,
                         tr("No plaintext MQTT listener on port %1: %2").arg(port).arg(r.explanation));
            next();
        });
}

void SecurityChecklist::rights(Next next)
{
    QList<AclCheck> checks{{AclCheck::Kind::Subscribe, QStringLiteral("#")},
                           {AclCheck::Kind::Subscribe, QStringLiteral("$SYS/#")}};
    QStringList keys{QStringLiteral("wildcard_refused"), QStringLiteral("sys_refused")};
    for (const auto &[topic, key] :
         {std::pair{m_settings.otherNamespaceTopic, QStringLiteral("other_namespace_refused")},
          std::pair{m_settings.commandTopic, QStringLiteral("command_publish_refused")}}) {
        if (topic.isEmpty())
            continue;
        checks << AclCheck{AclCheck::Kind::Publish, topic};
        keys << key;
    }
    m_probe = std::make_unique<AclProbe>(m_options, m_settings.observer, checks);
    m_probe->setDeliveryTimeoutMs(m_settings.deliveryTimeoutMs);
    auto seen = std::make_shared<int>(0);
    connect(m_probe.get(), &AclProbe::finding, this, [this, keys, seen](const AclFinding &f) {
        const QString key = keys.value((*seen)++);
        emitItem(key,
                 f.verdict == AclVerdict::Denied    ? Result::Pass
                 : f.verdict == AclVerdict::Allowed ? Result::Fail
                                                    : Result::Unknown,
                 (f.verdict == AclVerdict::Allowed
                      ? tr("Allowed for this identity (%1): %2")
                      : f.verdict == AclVerdict::Denied ? tr("Refused (%1): %2")
                                                        : tr("Not established (%1): %2"))
                     .arg(AclCheck::key(f.check.kind) + QLatin1Char(' ') + f.check.target,
                          f.evidence));
    });
    connect(m_probe.get(), &AclProbe::failed, this, [this, keys, seen](const QString &why) {
        while (*seen < keys.size())
            emitItem(keys.value((*seen)++), Result::Unknown, why);
    });
    connect(m_probe.get(), &AclProbe::finished, this, [this, next] {
        if (m_settings.otherNamespaceTopic.isEmpty())
            emitItem(QStringLiteral("other_namespace_refused"), Result::NotApplicable,
                     tr("Give a topic of another device (--other-topic) to check it."));
        if (m_settings.commandTopic.isEmpty())
            emitItem(QStringLiteral("command_publish_refused"), Result::NotApplicable,
                     tr("Give a command topic (--command-topic) to check it."));
        QTimer::singleShot(0, this, next);
    });
    m_probe->start();
}

void SecurityChecklist::oversize(Next next)
{
    const qint64 size = m_settings.oversizeBytes;
    const QString topic = m_settings.ownTopic;
    auto answered = std::make_shared<bool>(false);
    auto conclude = [this, next, answered](Result result, const QString &evidence) {
        if (*answered)
            return;
        *answered = true;
        emitItem(QStringLiteral("oversize_refused"), result, evidence);
        if (m_session && m_session->state() == mqtt::Session::State::Connected)
            m_session->close();
        next();
    };
    connectOnce(
        m_options,
        [this, size, topic, conclude](mqtt::Session *s) {
            connect(s, &mqtt::Session::connectionLost, this,
                    [conclude, size](const mqtt::DisconnectInfo &info) {
                        conclude(Result::Pass,
                                 tr("The broker closed the connection on a %1-byte payload: %2")
                                     .arg(size)
                                     .arg(info.explanation));
                    });
            mqtt::OutgoingMessage m;
            m.topic = topic;
            m.payload = QByteArray(qsizetype(size), 'x');
            m.qos = 1;
            m.retain = false;
            const mqtt::Submitted sub = s->publish(m);
            if (!sub.ok()) {
                conclude(Result::Pass, tr("Refused before sending: %1").arg(sub.error));
                return;
            }
            connect(s, &mqtt::Session::publishFinished, this,
                    [conclude, id = sub.id, size, topic](quint64 done, const mqtt::PublishResult &r) {
                        if (done != id)
                            return;
                        if (r.ok)
                            conclude(Result::Fail,
                                     tr("The broker accepted a %1-byte payload on %2: set a "
                                        "message size limit (mosquitto: message_size_limit or "
                                        "max_packet_size).")
                                         .arg(size)
                                         .arg(topic));
                        else if (r.error.isEmpty())
                            conclude(Result::Pass, tr("Refused: PUBACK %1 %2.")
                                                       .arg(mqtt::ReasonCodes::hex(r.code),
                                                            r.codeName));
                        else
                            conclude(Result::Pass, tr("Refused: %1").arg(r.error));
                    });
            QTimer::singleShot(20000, this, [conclude] {
                conclude(Result::Unknown, tr("No answer to the oversized publish within 20 s."));
            });
        },
        [conclude](const mqtt::ConnectResult &r) {
            conclude(Result::Unknown, tr("This identity could not connect: %1").arg(r.explanation));
        });
}

void SecurityChecklist::certificates(Next next)
{
    if (!m_options.usesTls()) {
        emitItem(QStringLiteral("certificate_valid"), Result::NotApplicable,
                 tr("No TLS: there is no certificate to check."));
        next();
        return;
    }
    m_report = std::make_unique<CertificateReport>(m_options, m_settings.warnDays);
    connect(m_report.get(), &CertificateReport::finished, this,
            [this, next](const QList<CertificateFacts> &certs, const QString &error) {
                QStringList near;
                qint64 least = std::numeric_limits<qint64>::max();
                for (const CertificateFacts &c : certs) {
                    least = std::min(least, c.daysLeft);
                    for (int i = 0; i < c.warnings.size(); ++i)
                        if (c.warnings[i] == QLatin1String("expired") ||
                            c.warnings[i] == QLatin1String("expiring_soon") ||
                            c.warnings[i] == QLatin1String("not_yet_valid"))
                            near << QStringLiteral("%1 %2: %3").arg(c.role, c.subject,
                                                                    c.warningText[i]);
                }
                if (!near.isEmpty())
                    emitItem(QStringLiteral("certificate_valid"), Result::Fail,
                             near.join(QStringLiteral("; ")));
                else if (certs.isEmpty())
                    emitItem(QStringLiteral("certificate_valid"), Result::Unknown, error);
                else
                    emitItem(QStringLiteral("certificate_valid"), Result::Pass,
                             tr("Every certificate has more than %n day(s) left (the nearest "
                                "expiry: %1 days).",
                                nullptr, m_settings.warnDays)
                                 .arg(least));
                next();
            });
    m_report->start();
}

} // namespace deck::diagnostics
