#include "TlsFiles.h"

#include "ConnectionOptions.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace deck::mqtt {

namespace {
struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

QString readProblem(const QString &path, const QString &what, QByteArray *contents)
{
    const QFileInfo info(path);
    if (!info.exists())
        return TlsFiles::tr("The %1 file \"%2\" does not exist. Check the path.").arg(what, path);
    if (!info.isFile())
        return TlsFiles::tr("The %1 path \"%2\" is not a file.").arg(what, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return TlsFiles::tr("The %1 file \"%2\" cannot be read (%3). Check its permissions.")
            .arg(what, path, file.errorString());
    *contents = file.read(16 << 20); // certificates and keys are a few KiB: no file needs more
    if (file.error() != QFileDevice::NoError) // opened, but reading failed (EIO, EACCES...)
        return TlsFiles::tr("The %1 file \"%2\" cannot be read (%3). Check its permissions.")
            .arg(what, path, file.errorString());
    return {};
}

int countCertificates(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    int count = 0;
    while (X509Ptr cert{PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)})
        ++count;
    ERR_clear_error();
    return count;
}

int passphraseCallback(char *buf, int size, int /*rwflag*/, void *userdata)
{
    const QByteArray *pass = static_cast<const QByteArray *>(userdata);
    if (!pass || pass->isEmpty())
        return -1; // no passphrase: make OpenSSL fail instead of prompting on the terminal
    const int n = std::min(size, int(pass->size()));
    memcpy(buf, pass->constData(), size_t(n));
    return n;
}
} // namespace

QStringList TlsFiles::check(const TlsOptions &tls)
{
    QStringList errors;
    if (!tls.caFile.isEmpty()) {
        QByteArray pem;
        if (QString e = readProblem(tls.caFile, tr("CA certificate"), &pem); !e.isEmpty())
            errors << e;
        else if (countCertificates(pem) == 0)
            errors << tr("The CA file \"%1\" holds no PEM certificate (expected \"-----BEGIN "
                         "CERTIFICATE-----\"). Convert a DER file with: openssl x509 -inform der "
                         "-in ca.der -out ca.pem")
                          .arg(tls.caFile);
    }
    if (tls.certFile.isEmpty()) {
        if (!tls.keyFile.isEmpty())
            errors << tr("A client key was given without a client certificate. Add the "
                         "certificate file (--cert).");
        return errors;
    }

    QByteArray certPem;
    if (QString e = readProblem(tls.certFile, tr("client certificate"), &certPem); !e.isEmpty()) {
        errors << e;
        return errors;
    }
    BioPtr certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    if (!cert) {
        errors << tr("The client certificate \"%1\" is not a PEM certificate. Check that it is "
                     "the certificate (not the key) and PEM-encoded.")
                      .arg(tls.certFile);
        return errors;
    }

    const QString keyPath = tls.keyFile.isEmpty() ? tls.certFile : tls.keyFile;
    QByteArray keyPem;
    if (QString e = readProblem(keyPath, tr("private key"), &keyPem); !e.isEmpty()) {
        errors << e;
        return errors;
    }
    QByteArray pass = tls.keyPassphrase.toUtf8();
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback, &pass));
    const unsigned long err = ERR_peek_last_error();
    ERR_clear_error();
    if (!key) {
        const bool encrypted = keyPem.contains("ENCRYPTED");
        if (encrypted && pass.isEmpty())
            errors << tr("The private key \"%1\" is encrypted. Enter its passphrase "
                         "(--key-passphrase).")
                          .arg(keyPath);
        else if (encrypted || ERR_GET_REASON(err) == 100 /* bad decrypt */)
            errors << tr("The passphrase does not decrypt the private key \"%1\". Check the "
                         "passphrase.")
                          .arg(keyPath);
        else if (tls.keyFile.isEmpty()) // the key may share the certificate's file; it does not
            errors << tr("The client certificate \"%1\" was given without its private key, and "
                         "the certificate file holds none. Add the key file (--key).")
                          .arg(tls.certFile);
        else
            errors << tr("The private key \"%1\" is not a PEM private key. Check that it is the "
                         "key (not the certificate) and PEM-encoded.")
                          .arg(keyPath);
        return errors;
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        errors << tr("The private key \"%1\" does not belong to the client certificate \"%2\". "
                     "Pick the key that was generated with this certificate.")
                      .arg(keyPath, tls.certFile);
    }
    return errors;
}

} // namespace deck::mqtt
