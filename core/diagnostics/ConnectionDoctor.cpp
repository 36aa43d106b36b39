#include "ConnectionDoctor.h"

#include "AclProbe.h"
#include "mqtt/ConnectionProbe.h"
#include "mqtt/PahoSession.h"
#include "mqtt/ReasonCodes.h"
#include "mqtt/TopicValidator.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>
#include <QUuid>

namespace deck::diagnostics {

using Kind = DoctorStep::Kind;

QString DoctorStep::key(Kind kind)
{
    switch (kind) {
    case Kind::Dns: return QStringLiteral("dns");
    case Kind::Tcp: return QStringLiteral("tcp");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Connect: return QStringLiteral("connect");
    case Kind::Subscribe: return QStringLiteral("subscribe");
    case Kind::Roundtrip: return QStringLiteral("roundtrip");
    }
    return {};
}

ConnectionDoctor::ConnectionDoctor(mqtt::ConnectionOptions options, QString filter,
                                   QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_filter(std::move(filter))
{
    m_options.reconnect.enabled = false;
    m_options.cleanStart = true;
    if (m_options.clientId.isEmpty())
        m_options.clientId = mqtt::ConnectionOptions::generateClientId();
    if (m_filter.isEmpty())
        m_filter = QStringLiteral("mqttdeck/doctor/%1").arg(m_options.clientId);
    m_topic = AclProbe::sampleTopic(m_filter);
    m_timer.setSingleShot(true);
}

ConnectionDoctor::~ConnectionDoctor()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ConnectionDoctor::start()
{
    if (const QString e = mqtt::TopicValidator::checkTopicFilter(m_filter); !e.isEmpty()) {
        fail(Kind::Subscribe, e);
        return;
    }
    dns();
}

void ConnectionDoctor::report(Kind kind, bool ok, const QString &detail, bool skipped)
{
    DoctorStep s;
    s.kind = kind;
    s.ok = ok;
    s.skipped = skipped;
    s.detail = detail;
    s.ms = m_stepStart ? QDateTime::currentMSecsSinceEpoch() - m_stepStart : 0;
    m_timer.stop();
    m_timer.disconnect();
    emit step(s);
    m_stepStart = QDateTime::currentMSecsSinceEpoch();
}

void ConnectionDoctor::fail(Kind kind, const QString &detail)
{
    report(kind, false, detail);
    end(false);
}

void ConnectionDoctor::end(bool passed)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_session && m_session->state() == mqtt::Session::State::Connected)
        m_session->close();
    emit finished(passed);
}

void ConnectionDoctor::dns()
{
    m_stepStart = QDateTime::currentMSecsSinceEpoch();
    if (QHostAddress address; address.setAddress(m_options.host)) {
        report(Kind::Dns, true, tr("%1 is an address: nothing to look up.").arg(m_options.host));
        tcp();
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_options.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(Kind::Dns, tr("The host name \"%1\" does not resolve (%2). Check its spelling, "
                               "the DNS server, or use the broker's address.")
                                .arg(m_options.host, info.errorString()));
            return;
        }
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses << a.toString();
        report(Kind::Dns, true, tr("%1 resolves to %2.")
                                    .arg(m_options.host, addresses.join(QStringLiteral(", "))));
        tcp();
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        fail(Kind::Dns, tr("Looking up \"%1\" took longer than 10 s. Check the DNS server, or use "
                           "the broker's address.")
                            .arg(m_options.host));
    });
    m_timer.start(10000);
}

void ConnectionDoctor::tcp()
{
    mqtt::ConnectionOptions plain = m_options;
    plain.transport = mqtt::Transport::Tcp; // the socket only: TLS is the next step
    auto *probe = new mqtt::ConnectionProbe(this);
    connect(probe, &mqtt::ConnectionProbe::finished, this,
            [this, probe](const mqtt::ProbeFinding &f) {
                probe->deleteLater();
                if (f.problem != mqtt::ProbeFinding::Problem::None) {
                    fail(Kind::Tcp, f.explanation +
                                        (f.detail.isEmpty() ? QString()
                                                            : QStringLiteral(" (") + f.detail +
                                                                  QLatin1Char(')')));
                    return;
                }
                report(Kind::Tcp, true,
                       tr("%1:%2 accepts TCP connections.")
                           .arg(m_options.host)
                           .arg(m_options.effectivePort()));
                tls();
            });
    probe->start(plain, int(qMax(1000, m_options.connectTimeoutSeconds * 1000)));
}

void ConnectionDoctor::tls()
{
    if (!m_options.usesTls()) {
        report(Kind::Tls, true,
               tr("Not used: the connection is plain %1, nothing is encrypted.")
                   .arg(mqtt::ConnectionOptions::transportName(m_options.transport)),
               true);
        connectMqtt();
        return;
    }
    auto *probe = new mqtt::ConnectionProbe(this);
    connect(probe, &mqtt::ConnectionProbe::finished, this,
            [this, probe](const mqtt::ProbeFinding &f) {
                probe->deleteLater();
                if (f.problem != mqtt::ProbeFinding::Problem::None) {
                    fail(Kind::Tls, f.explanation +
                                        (f.detail.isEmpty() ? QString()
                                                            : QStringLiteral(" (") + f.detail +
                                                                  QLatin1Char(')')));
                    return;
                }
                report(Kind::Tls, true,
                       (m_options.tls.verifyPeer
                            ? tr("The TLS handshake succeeded and the broker's certificate is "
                                 "trusted for \"%1\".")
                            : tr("The TLS handshake succeeded, but the broker's certificate was "
                                 "NOT verified (--insecure): fine for a test broker only."))
                           .arg(m_options.host) +
                           (f.detail.isEmpty() ? QString() : QLatin1Char(' ') + f.detail));
                connectMqtt();
            });
    // The handshake only: the diagnosing mode writes a byte to surface a TLS 1.3 alert, which a
    // healthy broker answers by closing (a refused client certificate shows at CONNECT instead).
    probe->start(m_options, int(qMax(1000, m_options.connectTimeoutSeconds * 1000)),
                 mqtt::ConnectionProbe::Mode::HandshakeOnly);
}

void ConnectionDoctor::connectMqtt()
{
    m_session = std::make_unique<mqtt::PahoSession>();
    connect(m_session.get(), &mqtt::Session::connected, this,
            [this](const mqtt::ConnectResult &r) {
                report(Kind::Connect, true,
                       tr("The broker accepted the CONNECT (MQTT %1, client id %2%3).")
                           .arg(m_options.version == mqtt::MqttVersion::V5 ? QStringLiteral("5")
                                                                          : QStringLiteral("3.1.1"),
                                m_options.clientId,
                                m_options.username.isEmpty()
                                    ? tr(", anonymous")
                                    : tr(", user %1").arg(m_options.username)) +
                           (r.sessionPresent ? tr(" A session was kept for this client id.")
                                             : QString()));
                subscribe();
            });
    connect(m_session.get(), &mqtt::Session::connectFailed, this,
            [this](const mqtt::ConnectResult &r) {
                QString text = r.gotConnack
                                   ? tr("The broker refused the CONNECT: %1 (%2). %3")
                                         .arg(r.codeName, mqtt::ReasonCodes::hex(r.code),
                                              r.explanation)
                                   : tr("No CONNACK came: %1").arg(r.explanation);
                if (!r.detail.isEmpty())
                    text += QStringLiteral(" (") + r.detail + QLatin1Char(')');
                fail(Kind::Connect, text);
            });
    connect(m_session.get(), &mqtt::Session::connectionLost, this,
            [this](const mqtt::DisconnectInfo &info) {
                if (!m_ended)
                    fail(Kind::Roundtrip, tr("The connection ended during the check: %1")
                                              .arg(info.explanation));
            });
    if (const QStringList errors = m_session->open(m_options); !errors.isEmpty())
        fail(Kind::Connect, errors.join(QLatin1Char(' ')));
}

void ConnectionDoctor::subscribe()
{
    mqtt::Subscription sub;
    sub.filter = m_filter;
    sub.qos = 1;
    const mqtt::Submitted s = m_session->subscribe({sub});
    if (!s.ok()) {
        fail(Kind::Subscribe, s.error);
        return;
    }
    connect(m_session.get(), &mqtt::Session::subscribeFinished, this,
            [this, id = s.id](quint64 done, const mqtt::SubscribeResult &r) {
                if (done != id || m_ended)
                    return;
                const mqtt::SubscriptionOutcome o =
                    r.outcomes.isEmpty() ? mqtt::SubscriptionOutcome{} : r.outcomes.first();
                if (r.outcomes.isEmpty() || !o.answered) {
                    fail(Kind::Subscribe, tr("No SUBACK came for %1: %2").arg(m_filter, r.error));
                    return;
                }
                if (!o.granted) {
                    fail(Kind::Subscribe,
                         tr("The broker refused the subscription to %1: %2 (%3). %4 Check the "
                            "broker's access rules for this account, or choose another filter "
                            "(-t).")
                             .arg(m_filter, o.codeName, mqtt::ReasonCodes::hex(o.code),
                                  o.explanation));
                    return;
                }
                report(Kind::Subscribe, true,
                       tr("Subscribed to %1 (granted QoS %2).").arg(m_filter).arg(o.code));
                roundtrip();
            });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(Kind::Subscribe, tr("No SUBACK for %1 within 10 s: the broker is overloaded or "
                                 "the connection stalled.")
                                  .arg(m_filter));
    });
    m_timer.start(10000);
}

void ConnectionDoctor::roundtrip()
{
    m_token = "mqttdeck-doctor " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    mqtt::OutgoingMessage m;
    m.topic = m_topic;
    m.payload = m_token;
    m.qos = 1;
    m.retain = false;
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    const mqtt::Submitted s = m_session->publish(m);
    if (!s.ok()) {
        fail(Kind::Roundtrip, s.error);
        return;
    }
    auto acked = std::make_shared<QString>();
    connect(m_session.get(), &mqtt::Session::publishFinished, this,
            [this, id = s.id, acked](quint64 done, const mqtt::PublishResult &r) {
                if (done != id || m_ended)
                    return;
                if (!r.ok) {
                    fail(Kind::Roundtrip,
                         r.error.isEmpty()
                             ? tr("The broker refused the publish on %1: %2 (%3). %4")
                                   .arg(m_topic, r.codeName, mqtt::ReasonCodes::hex(r.code),
                                        r.explanation)
                             : r.error);
                    return;
                }
                *acked = m_options.version == mqtt::MqttVersion::V5
                             ? tr("PUBACK %1").arg(mqtt::ReasonCodes::hex(r.code))
                             : tr("PUBACK");
            });
    connect(m_session.get(), &mqtt::Session::messagesAvailable, this, [this, sentAt] {
        std::vector<Message> messages;
        m_session->takeMessages(messages);
        for (const Message &msg : messages)
            if (msg.payload() == QByteArrayView(m_token) && !m_ended) {
                report(Kind::Roundtrip, true,
                       tr("A QoS 1 message published on %1 came back in %2 ms.")
                           .arg(m_topic)
                           .arg(QDateTime::currentMSecsSinceEpoch() - sentAt));
                end(true);
                return;
            }
    });
    connect(&m_timer, &QTimer::timeout, this, [this, acked] {
        fail(Kind::Roundtrip,
             acked->isEmpty()
                 ? tr("The publish on %1 was not acknowledged within 5 s.").arg(m_topic)
                 : tr("The broker acknowledged the publish on %1 (%2) but it never came back "
                      "within 5 s: the broker drops it — this account may not publish or read "
                      "there (brokers drop refused publishes silently under MQTT 3.1.1, and "
                      "mosquitto's acl_file grants subscriptions it then starves). Check the "
                      "access rules, or try mqttdeck-cli acl-probe.")
                       .arg(m_topic, *acked));
    });
    m_timer.start(5000);
}

} // namespace deck::diagnostics
