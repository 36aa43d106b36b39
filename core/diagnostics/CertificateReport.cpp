#include "CertificateReport.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace deck::diagnostics {

namespace {
QString names(const QSslCertificate &c, QSslCertificate::SubjectInfo info)
{
    return c.subjectInfo(info).join(QStringLiteral(", "));
}

QString distinguished(const QSslCertificate &c, bool issuer)
{
    // CN first, then O and OU: what people recognise.
    QStringList parts;
    for (auto [info, label] : {std::pair{QSslCertificate::CommonName, "CN"},
                               std::pair{QSslCertificate::Organization, "O"},
                               std::pair{QSslCertificate::OrganizationalUnitName, "OU"}}) {
        const QStringList v = issuer ? c.issuerInfo(info) : c.subjectInfo(info);
        if (!v.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(label), v.join(QLatin1Char('+')));
    }
    return parts.join(QStringLiteral(", "));
}

QString algorithmName(QSsl::KeyAlgorithm a)
{
    switch (a) {
    case QSsl::Rsa: return QStringLiteral("RSA");
    case QSsl::Ec: return QStringLiteral("EC");
    case QSsl::Dsa: return QStringLiteral("DSA");
    case QSsl::Dh: return QStringLiteral("DH");
    case QSsl::Opaque: return QStringLiteral("opaque");
    }
    return {};
}

QString fingerprint(const QSslCertificate &c)
{
    const QByteArray hex = c.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}
} // namespace

CertificateReport::CertificateReport(mqtt::ConnectionOptions options, int warnDays,
                                     QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_warnDays(warnDays)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        done(tr("%1:%2 did not complete a TLS handshake within %3 s.")
                 .arg(m_options.host)
                 .arg(m_options.effectivePort())
                 .arg(m_timer.interval() / 1000));
    });
}

CertificateFacts CertificateReport::describe(const QSslCertificate &c, const QString &role,
                                             const QString &host, int warnDays,
                                             const QList<QSslError> &errors, const QDateTime &now)
{
    CertificateFacts f;
    f.role = role;
    f.subject = distinguished(c, false);
    f.issuer = distinguished(c, true);
    const auto alternates = c.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        f.sans << it.value();
    f.notBefore = c.effectiveDate().toUTC();
    f.notAfter = c.expiryDate().toUTC();
    f.daysLeft = now.secsTo(f.notAfter) / 86400;
    const QSslKey key = c.publicKey();
    f.keyType = algorithmName(key.algorithm());
    f.keyBits = key.length();
    f.sha256 = fingerprint(c);
    f.selfSigned = c.isSelfSigned();
    auto warn = [&f](const char *id, const QString &text) {
        f.warnings << QLatin1String(id);
        f.warningText << text;
    };
    if (now > f.notAfter)
        warn("expired", tr("expired on %1").arg(f.notAfter.toString(Qt::ISODate)));
    else if (now < f.notBefore)
        warn("not_yet_valid", tr("not valid before %1 (check this computer's clock)")
                                  .arg(f.notBefore.toString(Qt::ISODate)));
    else if (f.daysLeft < warnDays)
        warn("expiring_soon", tr("expires in %n day(s), on %1", nullptr, int(f.daysLeft))
                                  .arg(f.notAfter.toString(Qt::ISODate)));
    if (f.selfSigned && role != QLatin1String("chain"))
        warn("self_signed", tr("self-signed: only trusted where it is given as the CA itself"));
    const bool weak = (key.algorithm() == QSsl::Rsa || key.algorithm() == QSsl::Dsa)
                          ? f.keyBits < 2048
                          : key.algorithm() == QSsl::Ec && f.keyBits < 256;
    if (weak)
        warn("weak_key", tr("weak key: %1 %2 bits (use RSA 2048 or more, or EC 256 or more)")
                             .arg(f.keyType)
                             .arg(f.keyBits));
    if (role == QLatin1String("server")) {
        bool mismatch = false, untrusted = false;
        QStringList why;
        for (const QSslError &e : errors) {
            // A trust error may name any certificate of the chain: it is the server's trust.
            switch (e.error()) {
            case QSslError::HostNameMismatch:
                mismatch = e.certificate().isNull() || e.certificate() == c;
                break;
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::CertificateUntrusted:
            case QSslError::CertificateRejected:
                untrusted = true;
                why << e.errorString();
                break;
            default:
                break;
            }
        }
        if (mismatch)
            warn("host_not_in_san",
                 tr("does not name the host \"%1\" (it names: %2)")
                     .arg(host, f.sans.isEmpty() ? names(c, QSslCertificate::CommonName)
                                                 : f.sans.join(QStringLiteral(", "))));
        if (untrusted)
            warn("untrusted", tr("not trusted by the CA in use (%1)")
                                  .arg(why.join(QStringLiteral("; "))));
    }
    return f;
}

void CertificateReport::start()
{
    m_socket = new QSslSocket(this);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_options.tls.caFile.isEmpty())
        conf.setCaCertificates(QSslCertificate::fromPath(m_options.tls.caFile));
    // Verify (to hear what is wrong) but go on whatever it says: the chain is what is wanted.
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // No client certificate is sent: the broker shows its chain before asking for one, and a
    // client certificate OpenSSL refuses to load (a weak key) would stop the handshake. The
    // client certificate is read from its file.
    m_socket->setSslConfiguration(conf);
    m_socket->setPeerVerifyName(m_options.host);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_errors += errors;
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_chain = m_socket->peerCertificateChain();
        done({});
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_chain.isEmpty())
            m_chain = m_socket->peerCertificateChain();
        done(tr("no TLS handshake with %1:%2: %3")
                 .arg(m_options.host)
                 .arg(m_options.effectivePort())
                 .arg(m_socket->errorString()));
    });
    m_timer.start(int(qMax(1000, m_options.connectTimeoutSeconds * 1000)));
    m_socket->connectToHostEncrypted(m_options.host, quint16(m_options.effectivePort()));
}

void CertificateReport::done(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_socket)
        m_socket->abort(); // nothing is sent after the handshake
    QList<CertificateFacts> out;
    for (int i = 0; i < m_chain.size(); ++i)
        out << describe(m_chain.at(i), i == 0 ? QStringLiteral("server") : QStringLiteral("chain"),
                        m_options.host, m_warnDays, m_errors);
    if (!m_options.tls.certFile.isEmpty())
        for (const QSslCertificate &c : QSslCertificate::fromPath(m_options.tls.certFile))
            out << describe(c, QStringLiteral("client"), m_options.host, m_warnDays);
    emit finished(out, error);
}

} // namespace deck::diagnostics
