#include "AclProbe.h"

#include "mqtt/PahoSession.h"
#include "mqtt/ReasonCodes.h"
#include "mqtt/TopicValidator.h"

#include <QRandomGenerator>
#include <QUuid>

namespace deck::diagnostics {

using mqtt::PacketKind;

QString AclCheck::key(Kind kind)
{
    switch (kind) {
    case Kind::Subscribe: return QStringLiteral("sub");
    case Kind::Read: return QStringLiteral("read");
    case Kind::Publish: return QStringLiteral("pub");
    }
    return {};
}

QString AclFinding::key(AclVerdict verdict)
{
    switch (verdict) {
    case AclVerdict::Allowed: return QStringLiteral("allowed");
    case AclVerdict::Denied: return QStringLiteral("denied");
    case AclVerdict::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

struct AclProbe::Side
{
    QString role; // in words: "the probed identity", "the observer"
    mqtt::ConnectionOptions options;
    std::unique_ptr<mqtt::PahoSession> session = std::make_unique<mqtt::PahoSession>();
    QHash<quint64, std::function<void(const mqtt::SubscribeResult &)>> subs;
    QHash<quint64, std::function<void(const mqtt::PublishResult &)>> pubs;
    QSet<QByteArray> received; // probe tokens that arrived
    /// A publish was refused: the connection ends after that (mosquitto 2.0 with Paho C), maybe
    /// not yet. It is opened anew before the next check rather than used while it goes down.
    bool closing = false;
    bool connected() const
    {
        return !closing && session->state() == mqtt::Session::State::Connected;
    }
};

AclProbe::AclProbe(mqtt::ConnectionOptions probed,
                   std::optional<mqtt::ConnectionOptions> observer, QList<AclCheck> checks,
                   QObject *parent)
    : QObject(parent), m_checks(std::move(checks)), m_version(probed.version)
{
    auto makeSide = [this](mqtt::ConnectionOptions options, const QString &role) {
        auto side = std::make_unique<Side>();
        side->role = role;
        options.reconnect.enabled = false; // a refused publish ends the connection: reopened here
        options.cleanStart = true;         // nothing of the probe stays in a session
        if (options.clientId.isEmpty())
            options.clientId = QStringLiteral("mqttdeck-acl-%1")
                                   .arg(QRandomGenerator::global()->generate(), 8, 16,
                                        QLatin1Char('0'));
        side->options = options;
        Side *s = side.get();
        mqtt::Session *session = s->session.get();
        connect(session, &mqtt::Session::subscribeFinished, this,
                [s](quint64 id, const mqtt::SubscribeResult &r) {
                    if (auto cb = s->subs.take(id))
                        cb(r);
                });
        connect(session, &mqtt::Session::publishFinished, this,
                [s](quint64 id, const mqtt::PublishResult &r) {
                    if (auto cb = s->pubs.take(id))
                        cb(r);
                });
        connect(session, &mqtt::Session::messagesAvailable, this, [this, s] { drain(*s); });
        connect(session, &mqtt::Session::connectionLost, this,
                [s](const mqtt::DisconnectInfo &info) {
                    // What was waiting for an answer gets none: say so now, not at the watchdog.
                    const auto subs = std::exchange(s->subs, {});
                    const auto pubs = std::exchange(s->pubs, {});
                    for (const auto &cb : subs) {
                        mqtt::SubscribeResult r;
                        r.error = info.explanation;
                        cb(r);
                    }
                    for (const auto &cb : pubs) {
                        mqtt::PublishResult r;
                        r.error = info.explanation;
                        cb(r);
                    }
                });
        return side;
    };
    m_probed = makeSide(std::move(probed), tr("the probed identity"));
    if (observer) {
        if (observer->clientId == m_probed->options.clientId)
            observer->clientId.clear(); // the same id would knock the probed identity off
        m_observer = makeSide(std::move(*observer), tr("the observer"));
    }
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, [this] {
        if (auto cb = std::exchange(m_delivered, {}))
            cb(m_probed->received.contains(m_awaited),
               m_observer && m_observer->received.contains(m_awaited));
    });
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        AclFinding f;
        f.check = m_current;
        f.evidence = tr("the broker did not answer in time (%1 s)").arg(m_watchdog.interval() / 1000);
        report(f);
    });
}

AclProbe::~AclProbe() = default;

QStringList AclProbe::validate(const QList<AclCheck> &checks)
{
    QStringList errors;
    for (const AclCheck &c : checks) {
        if (c.kind == AclCheck::Kind::Subscribe) {
            if (const QString e = mqtt::TopicValidator::checkTopicFilter(c.target.toUtf8());
                !e.isEmpty())
                errors << e;
        } else if (const QString e = mqtt::TopicValidator::checkTopicName(c.target.toUtf8());
                   !e.isEmpty()) {
            errors << tr("%1 %2: %3").arg(AclCheck::key(c.kind), c.target, e);
        }
    }
    return errors;
}

QString AclProbe::sampleTopic(const QString &filter)
{
    QStringList levels = filter.split(QLatin1Char('/'));
    for (QString &level : levels)
        if (level == QLatin1String("+") || level == QLatin1String("#"))
            level = QStringLiteral("mqttdeck-probe");
    return levels.join(QLatin1Char('/'));
}

void AclProbe::start()
{
    runNext();
}

QByteArray AclProbe::newToken() const
{
    return "mqttdeck-acl-probe " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void AclProbe::connectSides(Done then)
{
    const bool ready = m_probed->connected() && (!m_observer || m_observer->connected());
    if (ready) {
        then();
        return;
    }
    for (Side *s : {m_probed.get(), m_observer.get()}) {
        if (!s || s->connected())
            continue;
        // One attempt per side per wait: connected() continues, connectFailed() ends the probe.
        auto *ctx = new QObject(this);
        connect(s->session.get(), &mqtt::Session::connected, ctx, [this, ctx, then] {
            if (!m_probed->connected() || (m_observer && !m_observer->connected()))
                return;
            ctx->deleteLater();
            then();
        });
        connect(s->session.get(), &mqtt::Session::connectFailed, ctx,
                [this, ctx, s](const mqtt::ConnectResult &r) {
                    ctx->deleteLater();
                    m_watchdog.stop();
                    m_checkOpen = false;
                    m_next = int(m_checks.size());
                    emit failed(tr("%1 could not connect: %2. %3")
                                    .arg(s->role,
                                         r.codeName.isEmpty() ? mqtt::ReasonCodes::hex(r.code)
                                                              : r.codeName,
                                         r.explanation));
                    emit finished();
                });
        s->closing = false;
        if (const QStringList errors = s->session->open(s->options); !errors.isEmpty()) {
            ctx->deleteLater();
            m_next = int(m_checks.size());
            emit failed(tr("%1 cannot connect: %2").arg(s->role, errors.join(QLatin1Char(' '))));
            emit finished();
            return;
        }
    }
}

void AclProbe::runNext()
{
    if (m_next >= m_checks.size()) {
        for (Side *s : {m_probed.get(), m_observer.get()})
            if (s && s->connected())
                s->session->close();
        emit finished();
        return;
    }
    m_current = m_checks.at(m_next++);
    m_checkOpen = true;
    m_watchdog.start(2 * m_deliveryTimeoutMs + 15000);
    connectSides([this] {
        if (m_current.kind == AclCheck::Kind::Publish)
            checkPublishing(m_current);
        else
            checkReading(m_current);
    });
}

void AclProbe::report(AclFinding f)
{
    if (!m_checkOpen)
        return;
    m_checkOpen = false;
    m_watchdog.stop();
    m_deliveryTimer.stop();
    m_delivered = {};
    m_sysArrived = {};
    emit finding(f);
    QTimer::singleShot(0, this, &AclProbe::runNext);
}

void AclProbe::drain(Side &side)
{
    std::vector<Message> messages;
    side.session->takeMessages(messages);
    for (const Message &m : messages) {
        if (m.payload().startsWith(QByteArrayView("mqttdeck-acl-probe ")))
            side.received.insert(m.payload().toByteArray());
        else if (m_sysArrived && m.topic().substr(0, 5) == "$SYS/") {
            if (&side == m_probed.get())
                std::exchange(m_sysArrived, {})(m.topicString());
            else if (m_sysObserverSaw.isEmpty())
                m_sysObserverSaw = m.topicString();
        }
    }
    if (!m_delivered || m_awaited.isEmpty())
        return;
    const bool probed = m_probed->received.contains(m_awaited);
    const bool observer = m_observer && m_observer->received.contains(m_awaited);
    if (observer && (probed || !m_expectProbed)) {
        m_deliveryTimer.stop();
        std::exchange(m_delivered, {})(probed, observer);
    }
}

void AclProbe::subscribe(Side &side, const QString &filter,
                         std::function<void(const mqtt::SubscriptionOutcome &)> then)
{
    mqtt::Subscription sub;
    sub.filter = filter;
    sub.qos = 1;
    if (m_version == mqtt::MqttVersion::V5)
        sub.retainHandling = 2; // no retained messages, only the probe's
    const mqtt::Submitted s = side.session->subscribe({sub});
    auto answer = [this, then, filter, check = m_next](const mqtt::SubscribeResult &r) {
        if (check != m_next || !m_checkOpen)
            return; // a late answer for a check already reported
        mqtt::SubscriptionOutcome o =
            r.outcomes.isEmpty() ? mqtt::SubscriptionOutcome{} : r.outcomes.first();
        if (r.outcomes.isEmpty()) {
            o.filter = filter;
            o.answered = false;
            o.code = -1;
            o.explanation = r.error;
        }
        then(o);
    };
    if (!s.ok()) {
        mqtt::SubscribeResult r;
        r.error = s.error;
        answer(r);
        return;
    }
    side.subs.insert(s.id, answer);
}

void AclProbe::publish(Side &side, const QString &topic, const QByteArray &payload,
                       std::function<void(const mqtt::PublishResult &)> then)
{
    mqtt::OutgoingMessage m;
    m.topic = topic;
    m.payload = payload;
    m.qos = 1;
    m.retain = false; // nothing left behind
    const mqtt::Submitted s = side.session->publish(m);
    auto answer = [this, then, check = m_next, s = &side](const mqtt::PublishResult &r) {
        if (!r.ok && r.code >= 0x80)
            s->closing = true;
        if (check != m_next || !m_checkOpen)
            return;
        then(r);
    };
    if (!s.ok()) {
        mqtt::PublishResult r;
        r.error = s.error;
        answer(r);
        return;
    }
    side.pubs.insert(s.id, answer);
}

void AclProbe::awaitDelivery(const QByteArray &token, std::function<void(bool, bool)> then)
{
    m_awaited = token;
    m_delivered = std::move(then);
    m_deliveryTimer.start(m_deliveryTimeoutMs);
    drain(*m_probed); // it may have come already
    if (m_observer)
        drain(*m_observer);
}

QString AclProbe::subackWords(const mqtt::SubscriptionOutcome &o) const
{
    if (!o.answered)
        return tr("no SUBACK (%1)").arg(o.explanation);
    if (o.granted)
        return tr("SUBACK granted QoS %1").arg(o.code);
    return tr("SUBACK %1 %2").arg(mqtt::ReasonCodes::hex(o.code),
                                  mqtt::ReasonCodes::name(o.code, PacketKind::Suback, m_version));
}

QString AclProbe::pubackWords(const mqtt::PublishResult &r) const
{
    if (m_version == mqtt::MqttVersion::V311)
        return tr("PUBACK (MQTT 3.1.1: no reason code)");
    return tr("PUBACK %1 %2").arg(mqtt::ReasonCodes::hex(r.code),
                                  mqtt::ReasonCodes::name(r.code, PacketKind::Puback, m_version));
}

void AclProbe::checkReading(const AclCheck &check)
{
    const QString topic =
        check.kind == AclCheck::Kind::Subscribe ? sampleTopic(check.target) : check.target;
    AclFinding f;
    f.check = check;
    subscribe(*m_probed, check.target, [=](const mqtt::SubscriptionOutcome &o) mutable {
        f.reasonCode = o.code;
        if (!o.answered) {
            f.evidence = subackWords(o);
            report(f);
            return;
        }
        if (!o.granted) {
            f.verdict = AclVerdict::Denied;
            f.evidence = subackWords(o);
            report(f);
            return;
        }
        if (check.target.startsWith(QLatin1String("$SYS"))) {
            // Clients cannot publish under $SYS: the broker's own messages there (mosquitto's
            // every sys_interval, 10 s by default) are the delivery evidence.
            const QString granted = subackWords(o);
            m_sysArrived = [=](const QString &topicSeen) mutable {
                m_probed->session->unsubscribe({check.target});
                if (m_observer && m_observer->connected())
                    m_observer->session->unsubscribe({check.target});
                f.verdict = AclVerdict::Allowed;
                f.probeTopic = topicSeen;
                f.evidence = tr("%1, and the broker's own message on %2 arrived.")
                                 .arg(granted, topicSeen);
                report(f);
            };
            m_awaited.clear();
            m_sysObserverSaw.clear();
            if (m_observer) // does the broker publish $SYS at all? The observer tells.
                subscribe(*m_observer, check.target, [](const mqtt::SubscriptionOutcome &) {});
            m_delivered = [=](bool, bool) mutable {
                m_probed->session->unsubscribe({check.target});
                if (m_observer && m_observer->connected())
                    m_observer->session->unsubscribe({check.target});
                if (!m_sysObserverSaw.isEmpty()) {
                    f.verdict = AclVerdict::Denied;
                    f.probeTopic = m_sysObserverSaw;
                    f.evidence = tr("%1, but no message under $SYS arrived within %2 s, while "
                                    "the observer received the broker's %3: the broker drops "
                                    "them for this identity.")
                                     .arg(granted)
                                     .arg(kSysWaitMs / 1000)
                                     .arg(m_sysObserverSaw);
                } else {
                    f.evidence = tr("%1, but no message under $SYS arrived within %2 s (the "
                                    "broker may not publish $SYS, or drops it for this "
                                    "identity).")
                                     .arg(granted)
                                     .arg(kSysWaitMs / 1000);
                }
                report(f);
            };
            m_deliveryTimer.start(std::max(kSysWaitMs, m_deliveryTimeoutMs));
            return;
        }
        if (!m_observer) {
            f.evidence = tr("%1, but without an observer nothing can show that messages are "
                            "delivered (mosquitto's acl_file grants a forbidden subscription and "
                            "drops its messages): give an observer.")
                             .arg(subackWords(o));
            m_probed->session->unsubscribe({check.target});
            report(f);
            return;
        }
        f.probeTopic = topic;
        const QString granted = subackWords(o);
        auto cleanUp = [this, check, topic] {
            m_probed->session->unsubscribe({check.target});
            if (m_observer->connected())
                m_observer->session->unsubscribe({topic});
        };
        subscribe(*m_observer, topic, [=](const mqtt::SubscriptionOutcome &oo) mutable {
            if (!oo.granted) {
                cleanUp();
                f.evidence = tr("%1; the observer may not subscribe to %2 (%3), so no delivery "
                                "could be tested.")
                                 .arg(granted, topic, subackWords(oo));
                report(f);
                return;
            }
            const QByteArray token = newToken();
            publish(*m_observer, topic, token, [=](const mqtt::PublishResult &pr) mutable {
                if (!pr.ok) {
                    cleanUp();
                    f.evidence = tr("%1; the observer may not publish to %2 (%3), so no "
                                    "delivery could be tested.")
                                     .arg(granted, topic,
                                          pr.error.isEmpty() ? pubackWords(pr) : pr.error);
                    report(f);
                    return;
                }
                m_expectProbed = true;
                awaitDelivery(token, [=](bool probed, bool observer) mutable {
                    cleanUp();
                    const double seconds = m_deliveryTimeoutMs / 1000.0;
                    if (probed) {
                        f.verdict = AclVerdict::Allowed;
                        f.evidence = tr("%1, and a probe message the observer published on %2 "
                                        "arrived.")
                                         .arg(granted, topic);
                    } else if (observer) {
                        f.verdict = AclVerdict::Denied;
                        f.evidence = tr("%1, but the probe message the observer published on "
                                        "%2 never arrived (%3 s), while the observer received "
                                        "it: the broker drops what this identity may not read.")
                                         .arg(granted, topic)
                                         .arg(seconds);
                    } else {
                        f.evidence = tr("%1; the observer's probe message on %2 did not reach "
                                        "the observer itself either (%3 s): the observer may "
                                        "not publish or read there.")
                                         .arg(granted, topic)
                                         .arg(seconds);
                    }
                    report(f);
                });
            });
        });
    });
}

void AclProbe::checkPublishing(const AclCheck &check)
{
    AclFinding f;
    f.check = check;
    const QString topic = check.target;
    auto publishNow = [=](bool observerReads, const QString &observerWhy) mutable {
        const QByteArray token = newToken();
        publish(*m_probed, topic, token, [=](const mqtt::PublishResult &pr) mutable {
            auto cleanUp = [this, topic, observerReads] {
                if (observerReads && m_observer->connected())
                    m_observer->session->unsubscribe({topic});
            };
            if (!pr.ok && pr.code >= 0x80) {
                cleanUp();
                f.verdict = AclVerdict::Denied;
                f.reasonCode = pr.code;
                f.evidence = pubackWords(pr);
                report(f);
                return;
            }
            if (!pr.ok) {
                cleanUp();
                f.evidence = tr("the publish did not complete: %1").arg(pr.error);
                report(f);
                return;
            }
            const QString acked = pubackWords(pr);
            if (m_version == mqtt::MqttVersion::V5)
                f.reasonCode = pr.code;
            if (!m_observer || !observerReads) {
                f.evidence =
                    (m_version == mqtt::MqttVersion::V311
                         ? tr("%1; under MQTT 3.1.1 brokers drop a refused publish silently, so "
                              "only a delivery can tell, and %2.")
                         : tr("%1, but a broker may acknowledge and drop: only a delivery can "
                              "tell, and %2."))
                        .arg(acked, observerWhy);
                report(f);
                return;
            }
            f.probeTopic = topic;
            m_expectProbed = false;
            awaitDelivery(token, [=](bool, bool observer) mutable {
                if (observer) {
                    cleanUp();
                    f.verdict = AclVerdict::Allowed;
                    f.evidence = tr("%1, and the observer received the probe message on %2.")
                                     .arg(acked, topic);
                    report(f);
                    return;
                }
                // Not received: is it this identity's right, or the observer's reading? The
                // observer's own message on the same topic tells.
                const QByteArray control = newToken();
                publish(*m_observer, topic, control,
                        [=](const mqtt::PublishResult &cr) mutable {
                            auto conclude = [=](bool controlArrived) mutable {
                                cleanUp();
                                const double seconds = m_deliveryTimeoutMs / 1000.0;
                                if (controlArrived) {
                                    f.verdict = AclVerdict::Denied;
                                    f.evidence =
                                        tr("%1, but the observer, subscribed to %2, never "
                                           "received the probe message (%3 s) while it received "
                                           "its own there: the broker dropped it (this identity "
                                           "may not publish there).")
                                            .arg(acked, topic)
                                            .arg(seconds);
                                } else {
                                    f.evidence = tr("%1; the observer received neither the "
                                                    "probe message nor its own on %2 (%3 s): "
                                                    "the observer may not read there.")
                                                     .arg(acked, topic)
                                                     .arg(seconds);
                                }
                                report(f);
                            };
                            if (!cr.ok) {
                                conclude(false);
                                return;
                            }
                            m_expectProbed = false;
                            awaitDelivery(control, [conclude](bool, bool observerGotIt) mutable {
                                conclude(observerGotIt);
                            });
                        });
            });
        });
    };
    if (!m_observer) {
        publishNow(false, tr("no observer was given"));
        return;
    }
    subscribe(*m_observer, topic, [=](const mqtt::SubscriptionOutcome &oo) mutable {
        publishNow(oo.granted,
                   tr("the observer may not subscribe to %1 (%2)").arg(topic, subackWords(oo)));
    });
}

} // namespace deck::diagnostics
