#include "mqtt/ConnectionOptions.h"
#include "mqtt/ReconnectSchedule.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace deck::mqtt;

class TstConnectionOptions : public QObject
{
    Q_OBJECT

    static bool mentions(const QStringList &errors, const QString &word)
    {
        for (const QString &e : errors)
            if (e.contains(word, Qt::CaseInsensitive))
                return true;
        return false;
    }

private slots:
    void defaultsAreValid()
    {
        ConnectionOptions o;
        QVERIFY2(o.validate().isEmpty(), qPrintable(o.validate().join(QLatin1Char('\n'))));
        QCOMPARE(o.effectivePort(), 1883);
        QCOMPARE(o.serverUri(), QStringLiteral("tcp://localhost:1883"));
    }
    void uris()
    {
        ConnectionOptions o;
        o.host = QStringLiteral("broker.example");
        o.transport = Transport::Tls;
        QCOMPARE(o.serverUri(), QStringLiteral("ssl://broker.example:8883"));
        o.transport = Transport::WebSocket;
        o.port = 9001;
        QCOMPARE(o.serverUri(), QStringLiteral("ws://broker.example:9001/mqtt"));
        o.transport = Transport::SecureWebSocket;
        o.webSocketPath = QStringLiteral("ws");
        QCOMPARE(o.serverUri(), QStringLiteral("wss://broker.example:9001/ws"));
        o.host = QStringLiteral("::1");
        o.transport = Transport::Tcp;
        QCOMPARE(o.serverUri(), QStringLiteral("tcp://[::1]:9001"));
    }
    void generatedClientIdsAreUniqueAndPortable()
    {
        const QString a = ConnectionOptions::generateClientId();
        const QString b = ConnectionOptions::generateClientId();
        QVERIFY(a != b);
        QCOMPARE(a.size(), 23); // MQTT 3.1.1 brokers must accept 23 characters
    }
    void badHostAndPort()
    {
        ConnectionOptions o;
        o.host = QString();
        QVERIFY(mentions(o.validate(), QStringLiteral("host is empty")));
        o.host = QStringLiteral("mqtt://broker");
        QVERIFY(mentions(o.validate(), QStringLiteral("URI")));
        o.host = QStringLiteral("bro ker");
        QVERIFY(mentions(o.validate(), QStringLiteral("spaces")));
        o.host = QStringLiteral("localhost");
        o.port = 70000;
        QVERIFY(mentions(o.validate(), QStringLiteral("out of range")));
    }
    void versionSpecificOptions()
    {
        ConnectionOptions o;
        o.version = MqttVersion::V311;
        o.sessionExpirySeconds = 60;
        QVERIFY(mentions(o.validate(), QStringLiteral("MQTT 5")));
        o.sessionExpirySeconds = 0;
        o.cleanStart = false;
        QVERIFY(mentions(o.validate(), QStringLiteral("client id")));
        o.clientId = QStringLiteral("fixed");
        QVERIFY(o.validate().isEmpty());
        o.password = QStringLiteral("x");
        QVERIFY(mentions(o.validate(), QStringLiteral("user name")));
    }
    void will()
    {
        ConnectionOptions o;
        o.will.topic = QStringLiteral("a/+/status");
        QVERIFY(mentions(o.validate(), QStringLiteral("wildcard")));
        o.will.topic.clear();
        o.will.payload = "offline";
        QVERIFY(mentions(o.validate(), QStringLiteral("will topic")));
    }
    void tlsFiles()
    {
        QTemporaryDir dir;
        ConnectionOptions o;
        o.transport = Transport::Tls;
        o.tls.caFile = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(mentions(o.validate(), QStringLiteral("does not exist")));

        const QString garbage = dir.filePath(QStringLiteral("garbage.pem"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a certificate\n");
        f.close();
        o.tls.caFile = garbage;
        QVERIFY(mentions(o.validate(), QStringLiteral("no PEM certificate")));

        o.tls.caFile.clear();
        o.tls.certFile = garbage;
        QVERIFY(mentions(o.validate(), QStringLiteral("not a PEM certificate")));

        o.tls.certFile.clear();
        o.tls.keyFile = garbage;
        QVERIFY(mentions(o.validate(), QStringLiteral("without a client certificate")));

        ConnectionOptions plain;
        plain.tls.caFile = garbage;
        QVERIFY(mentions(plain.validate(), QStringLiteral("no TLS")));
    }
    // Issue 11 (10): the first retry goes at once (with jitter), later ones back off.
    void reconnectRetriesAtOnceThenBacksOff()
    {
        const ReconnectOptions policy; // defaults: 250 ms, 30 s
        QVERIFY(ReconnectSchedule::delayMs(policy, 0, 0.0) == 0);
        QVERIFY(ReconnectSchedule::delayMs(policy, 0, 0.999) < 100);
        QCOMPARE(ReconnectSchedule::delayMs(policy, 1, 0.0), 250);
        QVERIFY(ReconnectSchedule::delayMs(policy, 1, 0.999) <= 300);
        QCOMPARE(ReconnectSchedule::delayMs(policy, 2, 0.0), 500);
        QCOMPARE(ReconnectSchedule::delayMs(policy, 3, 0.0), 1000);
        for (int attempt = 1; attempt < 100; ++attempt) // never beyond the maximum, no overflow
            QVERIFY(ReconnectSchedule::delayMs(policy, attempt, 0.999) <= policy.maxDelayMs);
        QCOMPARE(ReconnectSchedule::delayMs(policy, 60, 0.0), policy.maxDelayMs);
    }

    void unreadableFile()
    {
        // Root opens any file whatever its mode, so the unreadable file must be one whose read
        // fails for root too: /proc/self/mem opens, and reading its first page fails (EIO).
        // Others get a file without permissions.
        QTemporaryDir dir;
        QString path = QStringLiteral("/proc/self/mem");
        if (geteuid() != 0) {
            path = dir.filePath(QStringLiteral("ca.pem"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            QFile::setPermissions(path, QFileDevice::Permissions());
        }
        ConnectionOptions o;
        o.transport = Transport::Tls;
        o.tls.caFile = path;
        const QStringList errors = o.validate();
        QVERIFY2(mentions(errors, QStringLiteral("cannot be read")), qPrintable(errors.join(u'|')));

        o.tls.caFile = dir.path(); // a directory
        QVERIFY(mentions(o.validate(), QStringLiteral("is not a file")));
    }
};

QTEST_GUILESS_MAIN(TstConnectionOptions)
#include "tst_connectionoptions.moc"
