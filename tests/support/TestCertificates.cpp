#include "TestCertificates.h"

#include <QFile>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace deck::test {

namespace {
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CertFree
{
    void operator()(X509 *c) const { X509_free(c); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Cert = std::unique_ptr<X509, CertFree>;

Key makeKey()
{
    return Key(EVP_EC_gen("P-256"));
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

/// Signs `key`'s certificate with `issuerKey` (self-signed when issuer is null).
Cert makeCert(const char *cn, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey, bool ca,
              const char *san, long notBeforeDays, long notAfterDays)
{
    static long serial = 1000;
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), notBeforeDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), notAfterDays * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("MQTT Deck tests"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509 *issuerCert = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));
    addExt(cert.get(), issuerCert, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    addExt(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (ca)
        addExt(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    else
        addExt(cert.get(), issuerCert, NID_authority_key_identifier, "keyid");
    if (san)
        addExt(cert.get(), issuerCert, NID_subject_alt_name, san);
    X509_sign(cert.get(), issuer ? issuerKey : key, EVP_sha256());
    return cert;
}

bool writeCert(const QString &path, X509 *cert)
{
    FILE *f = fopen(QFile::encodeName(path).constData(), "w");
    if (!f)
        return false;
    const bool ok = PEM_write_X509(f, cert) == 1;
    fclose(f);
    return ok;
}

bool writeKey(const QString &path, EVP_PKEY *key, const QByteArray &passphrase = {})
{
    FILE *f = fopen(QFile::encodeName(path).constData(), "w");
    if (!f)
        return false;
    const bool ok =
        PEM_write_PrivateKey(f, key, passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc(),
                             passphrase.isEmpty()
                                 ? nullptr
                                 : reinterpret_cast<const unsigned char *>(passphrase.constData()),
                             int(passphrase.size()), nullptr, nullptr) == 1;
    fclose(f);
    return ok;
}
} // namespace

QString TestCertificates::generate(const QString &directory)
{
    dir = directory;
    auto path = [&](const char *name) -> QString {
        return directory + QLatin1Char('/') + QLatin1String(name);
    };
    caFile = path("ca.pem");
    caKey = path("ca.key");
    serverCert = path("server.pem");
    serverKey = path("server.key");
    expiredServerCert = path("server-expired.pem");
    clientCert = path("client.pem");
    clientKey = path("client.key");
    clientKeyEncrypted = path("client-encrypted.key");
    otherCaFile = path("other-ca.pem");
    otherClientCert = path("other-client.pem");
    otherClientKey = path("other-client.key");

    Key ca = makeKey(), server = makeKey(), client = makeKey(), other = makeKey(),
        otherClient = makeKey();
    if (!ca || !server || !client || !other || !otherClient)
        return QStringLiteral("OpenSSL could not generate EC keys");
    Cert caCert = makeCert("MQTT Deck Test CA", ca.get(), nullptr, nullptr, true, nullptr, -1, 30);
    Cert serverC =
        makeCert("localhost", server.get(), caCert.get(), ca.get(), false, "DNS:localhost", -1, 30);
    Cert expired = makeCert("localhost", server.get(), caCert.get(), ca.get(), false,
                            "DNS:localhost", -30, -1);
    Cert clientC =
        makeCert("test-client", client.get(), caCert.get(), ca.get(), false, nullptr, -1, 30);
    Cert otherCa = makeCert("Unrelated CA", other.get(), nullptr, nullptr, true, nullptr, -1, 30);
    Cert otherClientC =
        makeCert("stranger", otherClient.get(), otherCa.get(), other.get(), false, nullptr, -1, 30);
    const bool ok = writeCert(caFile, caCert.get()) && writeKey(caKey, ca.get()) &&
                    writeCert(serverCert, serverC.get()) && writeKey(serverKey, server.get()) &&
                    writeCert(expiredServerCert, expired.get()) &&
                    writeCert(clientCert, clientC.get()) && writeKey(clientKey, client.get()) &&
                    writeKey(clientKeyEncrypted, client.get(), keyPassphrase.toUtf8()) &&
                    writeCert(otherCaFile, otherCa.get()) &&
                    writeCert(otherClientCert, otherClientC.get()) &&
                    writeKey(otherClientKey, otherClient.get());
    return ok ? QString()
              : QStringLiteral("could not write the certificates into %1").arg(directory);
}

} // namespace deck::test
