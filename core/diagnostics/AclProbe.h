#pragma once

#include "mqtt/ConnectionOptions.h"
#include "mqtt/Results.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace deck::diagnostics {

/// One right to test: subscribing to a filter, reading a topic, publishing to a topic.
struct AclCheck
{
    enum class Kind { Subscribe, Read, Publish };
    Kind kind = Kind::Subscribe;
    QString target; ///< a filter (Subscribe) or a topic without wildcards (Read, Publish)
    /// "sub", "read", "pub": the CLI's keys, never translated.
    static QString key(Kind kind);
};

enum class AclVerdict { Allowed, Denied, Unknown };

/// What one check found, and the evidence in words.
struct AclFinding
{
    AclCheck check;
    AclVerdict verdict = AclVerdict::Unknown;
    QString evidence;
    int reasonCode = -1;  ///< the SUBACK or PUBACK code that informed the verdict; -1: none
    QString probeTopic;   ///< the topic the delivery test used; empty when there was none
    /// "allowed", "denied", "unknown": the CLI's keys, never translated.
    static QString key(AclVerdict verdict);
};

/// Tests what an identity may do on a broker, with evidence, and not only from the broker's
/// acknowledgements: mosquitto's acl_file grants a forbidden subscription in the SUBACK and then
/// drops its deliveries (mosquitto issue 2042), and MQTT 3.1.1 brokers drop a refused publish
/// silently. So a right is "allowed" only when a probe message actually went through: published
/// by a second, observing identity (read rights), or by the probed identity and received by the
/// observer (write rights). The observer also receives its own probe message, so that a message
/// the observer itself may not send or read is told apart from a right the probed identity lacks.
/// Without an observer, a refusal in a SUBACK or PUBACK is still "denied", and anything else is
/// "unknown", with why. Probe messages are QoS 1, never retained (nothing is left behind), and
/// carry a unique token; subscriptions are removed after each check.
class AclProbe : public QObject
{
    Q_OBJECT
public:
    /// `observer`: the observing identity's options (same broker), or none.
    AclProbe(mqtt::ConnectionOptions probed, std::optional<mqtt::ConnectionOptions> observer,
             QList<AclCheck> checks, QObject *parent = nullptr);
    ~AclProbe() override;

    /// How long a probe message may take to arrive (default 2 s).
    void setDeliveryTimeoutMs(int ms) { m_deliveryTimeoutMs = ms; }
    /// Errors in words for checks that cannot be run (invalid filter, a wildcard in a topic).
    static QStringList validate(const QList<AclCheck> &checks);
    /// A topic that `filter` matches, for the delivery test: each `+` and a trailing `#` become
    /// `mqttdeck-probe`.
    static QString sampleTopic(const QString &filter);

    void start();

signals:
    void finding(const deck::diagnostics::AclFinding &finding);
    /// An identity could not connect (what was left untested stays so); in words. finished()
    /// follows.
    void failed(const QString &why);
    /// Always last.
    void finished();

private:
    struct Side;
    using Done = std::function<void()>;
    void connectSides(Done then);
    void runNext();
    void checkReading(const AclCheck &check);
    void checkPublishing(const AclCheck &check);
    void subscribe(Side &side, const QString &filter,
                   std::function<void(const mqtt::SubscriptionOutcome &)> then);
    void publish(Side &side, const QString &topic, const QByteArray &payload,
                 std::function<void(const mqtt::PublishResult &)> then);
    void awaitDelivery(const QByteArray &token, std::function<void(bool, bool)> then);
    void report(AclFinding f);
    void drain(Side &side);
    QString subackWords(const mqtt::SubscriptionOutcome &o) const;
    QString pubackWords(const mqtt::PublishResult &r) const;
    QByteArray newToken() const;

    std::unique_ptr<Side> m_probed;
    std::unique_ptr<Side> m_observer;
    QList<AclCheck> m_checks;
    int m_next = 0;
    int m_deliveryTimeoutMs = 2000;
    mqtt::MqttVersion m_version;
    QTimer m_deliveryTimer;
    QTimer m_watchdog; // a step the broker never answers ends its check as unknown
    QByteArray m_awaited;
    std::function<void(bool, bool)> m_delivered;
    bool m_expectProbed = false; // the delivery awaited includes the probed identity's
    std::function<void(const QString &)> m_sysArrived; // a $SYS subscription's evidence
    QString m_sysObserverSaw; // a $SYS topic the observer received meanwhile
    static constexpr int kSysWaitMs = 12000;
    bool m_checkOpen = false;
    AclCheck m_current;
};

} // namespace deck::diagnostics
