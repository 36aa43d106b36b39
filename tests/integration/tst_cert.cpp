// mqttdeck-cli cert against mosquitto's TLS listeners: the broker's certificate described
// (subject, names, validity, key, fingerprint) and each warning where it applies — expiring
// soon, expired, host not in the names, not trusted by the CA in use — and a client
// certificate with a weak key, self-signed (made here with openssl).

#include "Broker.h"
#include "Cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace deck::test;

namespace {
QList<QJsonObject> certificates(const CliResult &r)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

QStringList warnings(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QStringLiteral("warnings")).toArray())
        out << v.toString();
    return out;
}

QString said(const CliResult &r)
{
    return QStringLiteral("exit %1\n%2\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}
} // namespace

class TstCert : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<Broker> m_expired;

    CliResult cert(const Broker &b, const QString &host, const QString &ca,
                   const QStringList &more = {})
    {
        return runCli(QStringList{QStringLiteral("cert"), QStringLiteral("--json"),
                                  QStringLiteral("-h"), host, QStringLiteral("-p"),
                                  QString::number(b.tlsPort()), QStringLiteral("--cafile"), ca} +
                          more,
                      30000);
    }

private slots:
    void initTestCase()
    {
        Broker::Options o;
        o.tls = true;
        m_broker = std::make_unique<Broker>(o);
        QString e = m_broker->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        Broker::Options x;
        x.tls = true;
        x.expiredServerCertificate = true;
        m_expired = std::make_unique<Broker>(x);
        e = m_expired->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    // The test certificates live 30 days: quiet with --warn-days 7, "expiring soon" with 60.
    void describesTheBrokersCertificate()
    {
        CliResult r = cert(*m_broker, QStringLiteral("localhost"),
                           m_broker->certificates().caFile,
                           {QStringLiteral("--warn-days"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, qPrintable(said(r)));
        const QList<QJsonObject> c = certificates(r);
        QVERIFY2(!c.isEmpty(), qPrintable(said(r)));
        const QJsonObject server = c.first();
        QCOMPARE(server.value(QStringLiteral("role")).toString(), QStringLiteral("server"));
        QVERIFY(server.value(QStringLiteral("subject")).toString().contains(QStringLiteral("CN=localhost")));
        QVERIFY(server.value(QStringLiteral("sans")).toArray().contains(QStringLiteral("localhost")));
        QVERIFY(server.value(QStringLiteral("key_bits")).toInt() >= 2048 ||
                server.value(QStringLiteral("key_type")).toString() == QStringLiteral("EC"));
        QCOMPARE(server.value(QStringLiteral("sha256")).toString().count(QLatin1Char(':')), 31);
        const int days = server.value(QStringLiteral("days_left")).toInt();
        QVERIFY2(days >= 28 && days <= 30, qPrintable(said(r)));
        QVERIFY(warnings(server).isEmpty());

        r = cert(*m_broker, QStringLiteral("localhost"), m_broker->certificates().caFile,
                 {QStringLiteral("--warn-days"), QStringLiteral("60")});
        QVERIFY2(r.exitCode == 32, qPrintable(said(r)));
        QCOMPARE(warnings(certificates(r).first()), QStringList{QStringLiteral("expiring_soon")});
    }

    void warnsWhereItApplies()
    {
        // 127.0.0.1 is not among the names.
        CliResult r = cert(*m_broker, QStringLiteral("127.0.0.1"),
                           m_broker->certificates().caFile,
                           {QStringLiteral("--warn-days"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 32, qPrintable(said(r)));
        QCOMPARE(warnings(certificates(r).first()), QStringList{QStringLiteral("host_not_in_san")});
        // Another CA.
        r = cert(*m_broker, QStringLiteral("localhost"), m_broker->certificates().otherCaFile,
                 {QStringLiteral("--warn-days"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 32, qPrintable(said(r)));
        QVERIFY2(warnings(certificates(r).first()).contains(QStringLiteral("untrusted")),
                 qPrintable(said(r)));
        // Expired.
        r = cert(*m_expired, QStringLiteral("localhost"), m_expired->certificates().caFile);
        QVERIFY2(r.exitCode == 32, qPrintable(said(r)));
        const QJsonObject expired = certificates(r).first();
        QVERIFY2(warnings(expired).contains(QStringLiteral("expired")), qPrintable(said(r)));
        QVERIFY(expired.value(QStringLiteral("days_left")).toInt() < 0);
    }

    void describesAWeakSelfSignedClientCertificate()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("weak.key"));
        const QString crt = dir.filePath(QStringLiteral("weak.crt"));
        const int made = QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:1024"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
             QStringLiteral("-out"), crt, QStringLiteral("-days"), QStringLiteral("10"),
             QStringLiteral("-subj"), QStringLiteral("/CN=old-gateway")});
        QCOMPARE(made, 0);
        const CliResult r = cert(*m_broker, QStringLiteral("localhost"),
                                 m_broker->certificates().caFile,
                                 {QStringLiteral("--cert"), crt, QStringLiteral("--key"), key});
        QVERIFY2(r.exitCode == 32, qPrintable(said(r)));
        const QList<QJsonObject> c = certificates(r);
        QCOMPARE(c.last().value(QStringLiteral("role")).toString(), QStringLiteral("client"));
        QCOMPARE(c.last().value(QStringLiteral("key_bits")).toInt(), 1024);
        const QStringList w = warnings(c.last());
        QVERIFY2(w.contains(QStringLiteral("weak_key")) && w.contains(QStringLiteral("self_signed")) &&
                     w.contains(QStringLiteral("expiring_soon")),
                 qPrintable(said(r)));
    }

    void refusesAPlainConnectionAndAClosedPort()
    {
        CliResult r = runCli({QStringLiteral("cert"), QStringLiteral("-h"),
                              QStringLiteral("localhost"), QStringLiteral("-p"),
                              QString::number(m_broker->tcpPort())});
        QVERIFY2(r.exitCode == 1 && r.err.contains("needs a TLS connection"), qPrintable(said(r)));
        r = runCli({QStringLiteral("cert"), QStringLiteral("-h"), QStringLiteral("localhost"),
                    QStringLiteral("-p"), QString::number(Broker::freePort()),
                    QStringLiteral("--cafile"), m_broker->certificates().caFile});
        QVERIFY2(r.exitCode == 2 && r.err.contains("no TLS handshake"), qPrintable(said(r)));
    }
};

QTEST_GUILESS_MAIN(TstCert)
#include "tst_cert.moc"
