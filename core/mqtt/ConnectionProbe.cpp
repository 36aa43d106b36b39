#include "ConnectionProbe.h"

#include "TlsConfiguration.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace deck::mqtt {

using Problem = ProbeFinding::Problem;

ConnectionProbe::ConnectionProbe(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_encrypted) // handshake done and no alert followed: TLS is fine
            finish(Problem::None, {});
        else
            finish(Problem::Timeout, tr("no answer within the probe's time limit"));
    });
}

void ConnectionProbe::start(const ConnectionOptions &options, int timeoutMs, Mode mode)
{
    m_options = options;
    m_mode = mode;
    m_socket = new QSslSocket(this);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] { onSocketError(); });
    connect(m_socket, &QSslSocket::sslErrors, this, &ConnectionProbe::onSslErrors);
    m_timer.start(timeoutMs);

    if (!options.usesTls()) {
        connect(m_socket, &QAbstractSocket::connected, this, [this] { finish(Problem::None, {}); });
        m_socket->connectToHost(options.host, quint16(options.effectivePort()));
        return;
    }

    m_socket->setSslConfiguration(tlsConfiguration(options.tls));
    m_socket->setPeerVerifyName(options.host);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        if (m_mode == Mode::HandshakeOnly) {
            finish(Problem::None, {});
            return;
        }
        // Under TLS 1.3 a broker that rejects (or misses) our client certificate says so only
        // after the handshake: give its alert a moment to arrive.
        m_timer.start(1500);
        m_socket->write(QByteArray(1, '\0')); // provoke a read so that a pending alert surfaces
    });
    m_socket->connectToHostEncrypted(options.host, quint16(options.effectivePort()));
}

void ConnectionProbe::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull())
        m_certSummary = tr("broker certificate: subject \"%1\", issuer \"%2\", valid %3 to %4")
                            .arg(peer.subjectDisplayName(), peer.issuerDisplayName(),
                                 peer.effectiveDate().toString(Qt::ISODate),
                                 peer.expiryDate().toString(Qt::ISODate));
    const QList<QSslError> relevant = relevantSslErrors(errors, m_options.tls);
    if (relevant.isEmpty()) {
        m_socket->ignoreSslErrors();
        return;
    }
    QStringList texts;
    for (const QSslError &e : relevant)
        texts << e.errorString();
    // Report the most fundamental problem first: trust before name before dates.
    auto has = [&](std::initializer_list<QSslError::SslError> kinds) {
        for (const QSslError &e : relevant)
            for (auto k : kinds)
                if (e.error() == k)
                    return true;
        return false;
    };
    Problem problem = Problem::HandshakeFailed;
    if (has({QSslError::SelfSignedCertificate}))
        problem = Problem::SelfSigned;
    else if (has({QSslError::UnableToGetLocalIssuerCertificate,
                  QSslError::UnableToGetIssuerCertificate, QSslError::SelfSignedCertificateInChain,
                  QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted}))
        problem = Problem::UnknownCa;
    else if (has({QSslError::CertificateExpired}))
        problem = Problem::Expired;
    else if (has({QSslError::CertificateNotYetValid}))
        problem = Problem::NotYetValid;
    else if (has({QSslError::CertificateRevoked}))
        problem = Problem::Revoked;
    else if (has({QSslError::HostNameMismatch}))
        problem = Problem::HostnameMismatch;
    finish(problem, texts.join(QStringLiteral("; ")));
}

ProbeFinding::Problem ConnectionProbe::classifyAlert(const QString &text) const
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("certificate required")))
        return Problem::ClientCertificateRequired;
    if (t.contains(QLatin1String("wrong version number")) ||
        t.contains(QLatin1String("packet length too long")) ||
        t.contains(QLatin1String("unknown protocol")) ||
        t.contains(QLatin1String("record layer failure")))
        return Problem::NotTls;
    if (t.contains(QLatin1String("unknown ca")) || t.contains(QLatin1String("bad certificate")) ||
        t.contains(QLatin1String("certificate unknown")) ||
        t.contains(QLatin1String("decrypt error")))
        return m_options.tls.certFile.isEmpty() ? Problem::ClientCertificateRequired
                                                : Problem::ClientCertificateRejected;
    if (t.contains(QLatin1String("handshake failure")) && m_options.tls.certFile.isEmpty())
        return Problem::ClientCertificateRequired;
    return Problem::HandshakeFailed;
}

void ConnectionProbe::onSocketError()
{
    if (m_done)
        return;
    const auto error = m_socket->error();
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        finish(Problem::HostNotFound, text);
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(Problem::ConnectionRefused, text);
        return;
    case QAbstractSocket::SocketTimeoutError:
        finish(Problem::Timeout, text);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(classifyAlert(text), text);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_options.usesTls()) {
            // Closed during or right after the handshake: a broker that wants a client
            // certificate, or that rejected ours, closes like this.
            const Problem p = classifyAlert(text);
            if (p != Problem::HandshakeFailed)
                finish(p, text);
            else if (m_encrypted)
                finish(m_options.tls.certFile.isEmpty() ? Problem::ClientCertificateRequired
                                                        : Problem::ClientCertificateRejected,
                       text);
            else // closed without a TLS alert before the handshake ended: not a TLS listener
                finish(Problem::NotTls, text);
            return;
        }
        finish(Problem::None, text);
        return;
    default:
        finish(classifyAlert(text), text);
        return;
    }
}

void ConnectionProbe::finish(Problem problem, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_socket)
        m_socket->abort();
    ProbeFinding finding;
    finding.problem = problem;
    finding.explanation = explain(problem);
    finding.detail = detail;
    if (!m_certSummary.isEmpty())
        finding.detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) + m_certSummary;
    emit finished(finding);
}

QString ConnectionProbe::explain(Problem problem) const
{
    const QString where =
        m_options.host + QLatin1Char(':') + QString::number(m_options.effectivePort());
    switch (problem) {
    case Problem::None:
        return m_options.usesTls()
                   ? tr("TCP and TLS to %1 work, but the broker did not accept the MQTT "
                        "connection. Check the transport (WebSocket path, MQTT version) and the "
                        "broker's log.")
                         .arg(where)
                   : tr("TCP to %1 works, but the broker did not answer the MQTT CONNECT. Check "
                        "the transport: is this a TLS or WebSocket port? For WebSockets check the "
                        "path.")
                         .arg(where);
    case Problem::HostNotFound:
        return tr("The host \"%1\" was not found. Check its spelling and the DNS.")
            .arg(m_options.host);
    case Problem::ConnectionRefused:
        return tr("Nothing accepts connections on %1. Check that the broker runs and the port is "
                  "right (1883 MQTT, 8883 MQTT over TLS).")
            .arg(where);
    case Problem::Timeout:
        return tr("%1 did not answer in time. Check the address, the firewall and that the broker "
                  "runs.")
            .arg(where);
    case Problem::NotTls:
        return tr("%1 does not speak TLS (it closed the connection without a TLS answer). Use "
                  "the plain tcp transport, or the broker's TLS port (usually 8883).")
            .arg(where);
    case Problem::UnknownCa:
        return tr("The broker's certificate is not signed by a trusted CA. Give the CA file that "
                  "issued it (--cafile), or check that you reach the right broker.");
    case Problem::SelfSigned:
        return tr("The broker presents a self-signed certificate that is not trusted. Give that "
                  "certificate as the CA file (--cafile) if you trust it.");
    case Problem::HostnameMismatch:
        return tr("The broker's certificate does not name the host \"%1\". Connect with the host "
                  "name the certificate was issued for, or turn off hostname verification "
                  "(--insecure) for a test broker only.")
            .arg(m_options.host);
    case Problem::Expired:
        return tr("The broker's certificate has expired. Ask its administrator to renew it, or "
                  "check this computer's clock.");
    case Problem::NotYetValid:
        return tr("The broker's certificate is not valid yet. Check this computer's clock.");
    case Problem::Revoked:
        return tr("The broker's certificate has been revoked. Contact the broker's administrator.");
    case Problem::ClientCertificateRequired:
        return tr("The broker requires a client certificate (mutual TLS). Give one with --cert "
                  "and --key.");
    case Problem::ClientCertificateRejected:
        return tr("The broker rejected the client certificate. Check that it is signed by a CA "
                  "the broker trusts and has not expired.");
    case Problem::HandshakeFailed:
        return tr("The TLS handshake with %1 failed. Check the TLS version and ciphers the broker "
                  "accepts.")
            .arg(where);
    case Problem::Other:
        break;
    }
    return tr("The connection to %1 failed.").arg(where);
}

} // namespace deck::mqtt
