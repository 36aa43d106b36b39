#pragma once

#include "mqtt/ConnectionOptions.h"
#include "mqtt/Session.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace deck::diagnostics {

/// One step of the doctor, as the support engineer reads it.
struct DoctorStep
{
    enum class Kind { Dns, Tcp, Tls, Connect, Subscribe, Roundtrip };
    Kind kind = Kind::Dns;
    bool ok = false;
    bool skipped = false; ///< not applicable (TLS on a plain connection): counts as passed
    QString detail;       ///< what was found; on failure the likely cause and what to try
    qint64 ms = 0;        ///< how long the step took
    /// "dns", "tcp", "tls", "connect", "subscribe", "roundtrip": the CLI's keys.
    static QString key(Kind kind);
};

/// Walks a connection in the order a support engineer debugs it — DNS, TCP, TLS, CONNECT,
/// SUBSCRIBE, a PUBLISH that must come back — and stops at the first step that fails, with the
/// likely cause and what to try. The round trip is QoS 1, never retained, on a topic of the
/// filter (by default a topic of the doctor's own, mqttdeck/doctor/<client id>).
class ConnectionDoctor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionDoctor(mqtt::ConnectionOptions options, QString filter = {},
                              QObject *parent = nullptr);
    ~ConnectionDoctor() override;
    void start();
    QString filter() const { return m_filter; }

signals:
    void step(const deck::diagnostics::DoctorStep &step);
    /// Always last; `passed` when every step passed.
    void finished(bool passed);

private:
    void dns();
    void tcp();
    void tls();
    void connectMqtt();
    void subscribe();
    void roundtrip();
    void report(DoctorStep::Kind kind, bool ok, const QString &detail, bool skipped = false);
    void fail(DoctorStep::Kind kind, const QString &detail);
    void end(bool passed);

    mqtt::ConnectionOptions m_options;
    QString m_filter;
    QString m_topic;
    QByteArray m_token;
    std::unique_ptr<mqtt::Session> m_session;
    QTimer m_timer;       // the current step's bound
    qint64 m_stepStart = 0;
    bool m_ended = false;
    int m_lookupId = -1;
};

} // namespace deck::diagnostics
