#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace deck::mqtt {

struct TlsOptions;

/// Reads the certificate and key files of a TLS connection with OpenSSL before connecting, so
/// that an unreadable file, a malformed PEM, a wrong passphrase or a key that does not belong to
/// the certificate is reported in words instead of as a failed handshake.
class TlsFiles
{
    Q_DECLARE_TR_FUNCTIONS(TlsFiles)
public:
    /// One sentence per problem; empty when the files are usable.
    static QStringList check(const TlsOptions &tls);
};

} // namespace deck::mqtt
