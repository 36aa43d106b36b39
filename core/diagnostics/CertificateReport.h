#pragma once

#include "mqtt/ConnectionOptions.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace deck::diagnostics {

/// One certificate as a support engineer reads it, with what is wrong with it in words.
struct CertificateFacts
{
    QString role; ///< "server" (the broker's own), "chain" (an issuer it sent), "client"
    QString subject;
    QString issuer;
    QStringList sans; ///< DNS names and IP addresses it is valid for
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 daysLeft = 0; ///< negative once expired
    QString keyType;     ///< "RSA", "EC", "DSA", "DH"
    int keyBits = 0;
    QString sha256; ///< fingerprint, colon-separated hex
    bool selfSigned = false;
    /// Keys (never translated): expired, not_yet_valid, expiring_soon, self_signed, weak_key,
    /// host_not_in_san, untrusted.
    QStringList warnings;
    QStringList warningText; ///< the same, in words, same order
};

/// The broker's certificate chain, as its TLS handshake presents it, and the client
/// certificate of the options, each described with warnings: expired, expiring within
/// `warnDays`, not yet valid, self-signed, weak key (RSA or DSA under 2048 bits, EC under 256),
/// the host not in the server certificate's names, an issuer the options' CA does not trust.
/// The handshake is made to read the chain even when it would not be trusted: nothing is sent
/// after it.
class CertificateReport : public QObject
{
    Q_OBJECT
public:
    explicit CertificateReport(mqtt::ConnectionOptions options, int warnDays = 30,
                               QObject *parent = nullptr);
    void start();

    /// Describes one certificate (`host` for the server's names, `errors` from the handshake).
    static CertificateFacts describe(const QSslCertificate &certificate, const QString &role,
                                     const QString &host, int warnDays,
                                     const QList<QSslError> &errors = {},
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    /// The certificates (server first, then its chain, then the client's), or `error` in words
    /// when the broker's could not be read (the client's are still described).
    void finished(const QList<deck::diagnostics::CertificateFacts> &certificates,
                  const QString &error);

private:
    void done(const QString &error);

    mqtt::ConnectionOptions m_options;
    int m_warnDays;
    QSslSocket *m_socket = nullptr;
    QList<QSslError> m_errors;
    QList<QSslCertificate> m_chain;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace deck::diagnostics
