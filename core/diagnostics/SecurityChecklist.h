#pragma once

#include "AclProbe.h"
#include "CertificateReport.h"
#include "mqtt/ConnectionOptions.h"
#include "mqtt/Session.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace deck::diagnostics {

/// One acceptance check an operator runs against a broker.
struct ChecklistItem
{
    enum class Result { Pass, Fail, Unknown, NotApplicable };
    QString key; ///< anonymous_refused, plaintext_closed, wildcard_refused, sys_refused,
                 ///< other_namespace_refused, command_publish_refused, oversize_refused,
                 ///< certificate_valid (the CLI's keys, never translated)
    Result result = Result::Unknown;
    QString title;    ///< what is checked, in words
    QString evidence; ///< what was seen, in words
    /// "pass", "fail", "unknown", "n/a".
    static QString resultKey(Result result);
};

/// What the checklist needs beyond the connection: the topics that stand for "another device's
/// namespace" and "a command topic" (a device identity must not publish there), the payload
/// size that must be refused, and the certificate horizon.
struct ChecklistSettings
{
    std::optional<mqtt::ConnectionOptions> observer; ///< for the delivery evidence (AclProbe)
    QString otherNamespaceTopic;                     ///< empty: that item is not applicable
    QString commandTopic;                            ///< empty: that item is not applicable
    QString ownTopic;      ///< where the oversized payload goes; empty: mqttdeck/check/<id>
    qint64 oversizeBytes = 1024 * 1024 + 1;
    int plainPort = 1883;  ///< where a plaintext listener would be, beside TLS
    int warnDays = 30;
    int deliveryTimeoutMs = 2000;
};

/// The security acceptance checks of one identity on one broker, each with its result and
/// evidence: anonymous CONNECT refused; no plaintext listener beside TLS; `#` and `$SYS/#` not
/// subscribable (and not delivering); publishing into another device's namespace and on a
/// command topic refused; an oversized payload refused; certificates not near expiry. The
/// rights are tested as the ACL probe does (deliveries, not only acknowledgements). Probe
/// messages are never retained.
class SecurityChecklist : public QObject
{
    Q_OBJECT
public:
    SecurityChecklist(mqtt::ConnectionOptions options, ChecklistSettings settings,
                      QObject *parent = nullptr);
    ~SecurityChecklist() override;
    void start();

signals:
    void item(const deck::diagnostics::ChecklistItem &item);
    void finished();

private:
    using Next = std::function<void()>;
    void anonymous(Next next);
    void plaintext(Next next);
    void rights(Next next);
    void oversize(Next next);
    void certificates(Next next);
    void emitItem(const QString &key, ChecklistItem::Result result, const QString &evidence);
    /// A session of its own for one item, with `options`: `done` gets it when it is connected,
    /// `failed` the CONNACK or the failure.
    void connectOnce(const mqtt::ConnectionOptions &options,
                     std::function<void(mqtt::Session *)> done,
                     std::function<void(const mqtt::ConnectResult &)> failed);

    mqtt::ConnectionOptions m_options;
    ChecklistSettings m_settings;
    std::unique_ptr<mqtt::Session> m_session;
    std::unique_ptr<AclProbe> m_probe;
    std::unique_ptr<CertificateReport> m_report;
};

} // namespace deck::diagnostics
