#pragma once

#include "ConnectionOptions.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

namespace deck::mqtt {

/// Qt's TLS settings for a connection's own verification settings (CA file or the system store,
/// client certificate and key with its passphrase, peer verification): what the connection
/// probe and the packet trace's relay hand to QSslSocket, so that both verify exactly as the
/// connection does.
QSslConfiguration tlsConfiguration(const TlsOptions &tls);
/// The errors that matter under these settings: a host name mismatch does not when host name
/// verification is off. Empty: the handshake may go on (ignoreSslErrors).
QList<QSslError> relevantSslErrors(const QList<QSslError> &errors, const TlsOptions &tls);

} // namespace deck::mqtt
