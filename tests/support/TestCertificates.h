#pragma once

#include <QString>

namespace deck::test {

/// A throw-away PKI written into a directory at test time with OpenSSL: a CA, a server
/// certificate for "localhost" (DNS name only, so that dialling 127.0.0.1 is a hostname
/// mismatch), a client certificate, an encrypted copy of the client key, an unrelated CA, and
/// an expired server certificate.
struct TestCertificates
{
    QString dir;
    QString caFile, caKey;
    QString serverCert, serverKey;
    QString expiredServerCert;
    QString clientCert, clientKey;
    QString clientKeyEncrypted;              ///< passphrase: keyPassphrase
    QString otherCaFile;                     ///< a CA that signed nothing the broker uses
    QString otherClientCert, otherClientKey; ///< signed by the other CA
    QString keyPassphrase = QStringLiteral("correct horse");

    /// Generates everything into `directory`; returns an error text or empty.
    QString generate(const QString &directory);
};

} // namespace deck::test
