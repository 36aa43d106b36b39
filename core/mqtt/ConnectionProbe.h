#pragma once

#include "ConnectionOptions.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace deck::mqtt {

/// Why a connection could not be established below MQTT: the words a support engineer needs
/// (unknown CA, hostname mismatch, expired certificate, client certificate required...).
struct ProbeFinding
{
    enum class Problem {
        None, ///< TCP (and TLS) fine: the problem is above, in MQTT
        HostNotFound,
        ConnectionRefused,
        Timeout,
        NotTls, ///< TLS asked but the port does not speak TLS
        UnknownCa,
        SelfSigned,
        HostnameMismatch,
        Expired,
        NotYetValid,
        Revoked,
        ClientCertificateRequired,
        ClientCertificateRejected,
        HandshakeFailed,
        Other
    };
    Problem problem = Problem::Other;
    QString explanation; ///< one sentence: what failed and what to try
    QString detail;      ///< Qt/OpenSSL wording, for support engineers
};

/// After a connection attempt failed without a CONNACK, replays the TCP and TLS handshake with
/// Qt's QSslSocket (same CA, client certificate, host name) to tell which layer failed and why:
/// the MQTT library only reports "TCP/TLS connect failure". Runs asynchronously in the caller's
/// thread, bounded by a timeout.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    /// Diagnose: after the handshake, wait for an alert (TLS 1.3 refuses a client certificate
    /// only then). HandshakeOnly: finished(None) as soon as TCP (and TLS) is up, nothing written
    /// (the gate before a TLS connection, see PahoSession::startAttempt).
    enum class Mode { Diagnose, HandshakeOnly };
    void start(const ConnectionOptions &options, int timeoutMs = 5000,
               Mode mode = Mode::Diagnose);

signals:
    void finished(const deck::mqtt::ProbeFinding &finding);

private:
    void finish(ProbeFinding::Problem problem, const QString &detail);
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    ProbeFinding::Problem classifyAlert(const QString &text) const;
    QString explain(ProbeFinding::Problem problem) const;

    ConnectionOptions m_options;
    QSslSocket *m_socket = nullptr; // owned (child)
    QTimer m_timer;
    bool m_encrypted = false;
    Mode m_mode = Mode::Diagnose;
    bool m_done = false;
    QString m_certSummary; // subject/issuer/validity of the broker's certificate, when seen
};

} // namespace deck::mqtt

Q_DECLARE_METATYPE(deck::mqtt::ProbeFinding)
