#include "TlsConfiguration.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace deck::mqtt {

namespace {
QSslKey loadKey(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Opaque}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}
} // namespace

QSslConfiguration tlsConfiguration(const TlsOptions &tls)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty())
        conf.setCaCertificates(QSslCertificate::fromPath(tls.caFile));
    conf.setPeerVerifyMode(tls.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    if (!tls.certFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(tls.certFile);
        if (!certs.isEmpty())
            conf.setLocalCertificate(certs.first());
        conf.setPrivateKey(loadKey(tls.keyFile.isEmpty() ? tls.certFile : tls.keyFile,
                                   tls.keyPassphrase.toUtf8()));
    }
    return conf;
}

QList<QSslError> relevantSslErrors(const QList<QSslError> &errors, const TlsOptions &tls)
{
    QList<QSslError> relevant;
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::HostNameMismatch && !tls.verifyHostname)
            continue;
        relevant << e;
    }
    return relevant;
}

} // namespace deck::mqtt
