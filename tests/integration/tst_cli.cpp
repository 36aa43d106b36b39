// The real mqttdeck-cli binary against a real mosquitto: MQTT 5 properties round-trip over
// TCP, TLS, WebSockets and secure WebSockets; exit codes and error sentences.

#include "Broker.h"
#include "Cli.h"
#include "SessionWaiter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace deck;
using namespace deck::mqtt;
using namespace deck::test;

class TstCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<Broker> m_dynsec;

    QStringList connectionFlags(const QString &transport) const
    {
        const TestCertificates &c = m_broker->certificates();
        QStringList f{QStringLiteral("-h"), QStringLiteral("localhost")};
        if (transport == QLatin1String("tcp"))
            f << QStringLiteral("-p") << QString::number(m_broker->tcpPort());
        else if (transport == QLatin1String("tls"))
            f << QStringLiteral("-p") << QString::number(m_broker->tlsPort())
              << QStringLiteral("--cafile") << c.caFile;
        else if (transport == QLatin1String("ws"))
            f << QStringLiteral("-p") << QString::number(m_broker->wsPort())
              << QStringLiteral("--transport") << QStringLiteral("ws");
        else
            f << QStringLiteral("-p") << QString::number(m_broker->wssPort())
              << QStringLiteral("--transport") << QStringLiteral("wss")
              << QStringLiteral("--cafile") << c.caFile;
        return f;
    }

    bool publishRetained(int port, const QString &topic, const QByteArray &payload)
    {
        SessionWaiter w;
        if (!w.connect(localOptions(port)))
            return false;
        OutgoingMessage m;
        m.topic = topic;
        m.payload = payload;
        m.qos = 1;
        m.retain = true;
        return w.publish(m);
    }

private slots:
    void initTestCase()
    {
        Broker::Options all;
        all.tls = true;
        all.websockets = true;
        m_broker = std::make_unique<Broker>(all);
        QString e = m_broker->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));

        m_dynsec = std::make_unique<Broker>(Broker::deviceAcl(
            QStringLiteral("dev"), QStringLiteral("devpw"), QStringLiteral("own")));
        e = m_dynsec->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void roundTripWithV5Properties_data()
    {
        QTest::addColumn<QString>("transport");
        for (const char *t : {"tcp", "tls", "ws", "wss"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void roundTripWithV5Properties()
    {
        QFETCH(QString, transport);
        const QString base = QStringLiteral("rt/%1").arg(transport);
        // A retained "ready" line tells us the subscriber's SUBSCRIBE is in place.
        QVERIFY(publishRetained(m_broker->tcpPort(), base + QStringLiteral("/ready"), "ready"));

        QProcess sub;
        sub.start(cliPath(),
                  QStringList{QStringLiteral("sub")} + connectionFlags(transport) +
                      QStringList{QStringLiteral("-t"), base + QStringLiteral("/#"),
                                  QStringLiteral("-q"), QStringLiteral("1"),
                                  QStringLiteral("--json"), QStringLiteral("-C"),
                                  QStringLiteral("2"), QStringLiteral("-W"), QStringLiteral("30")});
        QVERIFY(sub.waitForStarted());
        QVERIFY2(QTest::qWaitFor(
                     [&] { return sub.canReadLine() || sub.state() != QProcess::Running; }, 15000),
                 "the subscriber printed nothing");
        const QByteArray readyLine = sub.readLine();
        QVERIFY2(readyLine.contains("\"retain\":true"), readyLine.constData());

        const CliResult pub =
            runCli(QStringList{QStringLiteral("pub")} + connectionFlags(transport) +
                   QStringList{QStringLiteral("-t"),
                               base + QStringLiteral("/data"),
                               QStringLiteral("-m"),
                               QStringLiteral(R"({"value":21.5})"),
                               QStringLiteral("-q"),
                               QStringLiteral("1"),
                               QStringLiteral("-D"),
                               QStringLiteral("publish"),
                               QStringLiteral("content-type"),
                               QStringLiteral("application/json"),
                               QStringLiteral("-D"),
                               QStringLiteral("publish"),
                               QStringLiteral("payload-format-indicator"),
                               QStringLiteral("1"),
                               QStringLiteral("-D"),
                               QStringLiteral("publish"),
                               QStringLiteral("message-expiry-interval"),
                               QStringLiteral("300"),
                               QStringLiteral("-D"),
                               QStringLiteral("publish"),
                               QStringLiteral("response-topic"),
                               base + QStringLiteral("/reply"),
                               QStringLiteral("-D"),
                               QStringLiteral("publish"),
                               QStringLiteral("correlation-data"),
                               QStringLiteral("cmd-42"),
                               QStringLiteral("-D"),
                               QStringLiteral("publish"),
                               QStringLiteral("user-property"),
                               QStringLiteral("site"),
                               QStringLiteral("paris")});
        QVERIFY2(pub.exitCode == 0, pub.err.constData());

        QVERIFY(sub.waitForFinished(15000));
        QCOMPARE(sub.exitCode(), 0);
        const QByteArray line = sub.readAll().trimmed();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(o.value(QStringLiteral("topic")).toString(), base + QStringLiteral("/data"));
        QCOMPARE(o.value(QStringLiteral("payload")).toString(),
                 QStringLiteral(R"({"value":21.5})"));
        QCOMPARE(o.value(QStringLiteral("qos")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("retain")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("dup")).toBool(), false);
        const QJsonObject p = o.value(QStringLiteral("properties")).toObject();
        QCOMPARE(p.value(QStringLiteral("content_type")).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(p.value(QStringLiteral("payload_format_indicator")).toInt(), 1);
        QVERIFY(p.value(QStringLiteral("message_expiry_interval")).toInt() > 290);
        QCOMPARE(p.value(QStringLiteral("response_topic")).toString(),
                 base + QStringLiteral("/reply"));
        QCOMPARE(p.value(QStringLiteral("correlation_data")).toString(), QStringLiteral("cmd-42"));
        QCOMPARE(
            p.value(QStringLiteral("user_properties")).toArray().at(0).toArray().at(1).toString(),
            QStringLiteral("paris"));
        QVERIFY(
            publishRetained(m_broker->tcpPort(), base + QStringLiteral("/ready"), QByteArray()));
    }

    void binaryPayloadIsBase64InJson()
    {
        QVERIFY(
            publishRetained(m_broker->tcpPort(), QStringLiteral("bin/cbor"),
                            QByteArray("\xa1\x61\x74\xfb\x40\x35\x80\x00\x00\x00\x00\x00", 12)));
        const CliResult r =
            runCli({QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), QString::number(m_broker->tcpPort()),
                    QStringLiteral("-t"), QStringLiteral("bin/cbor"), QStringLiteral("--json"),
                    QStringLiteral("-C"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("payload_encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(
            QByteArray::fromBase64(o.value(QStringLiteral("payload")).toString().toLatin1()).size(),
            12);
        QVERIFY(publishRetained(m_broker->tcpPort(), QStringLiteral("bin/cbor"), QByteArray()));
    }

    void verbosePlainOutputLikeMosquittoSub()
    {
        QVERIFY(publishRetained(m_broker->tcpPort(), QStringLiteral("plain/a"), "hello world"));
        const CliResult r =
            runCli({QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), QString::number(m_broker->tcpPort()),
                    QStringLiteral("-t"), QStringLiteral("plain/#"), QStringLiteral("-v"),
                    QStringLiteral("-C"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("plain/a hello world\n"));
        QVERIFY(publishRetained(m_broker->tcpPort(), QStringLiteral("plain/a"), QByteArray()));
    }

    void exitCodesAndErrorsInWords_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrMentions");
        const QString dead = QString::number(Broker::freePort());
        QTest::newRow("wildcard publish")
            << QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("a/#"),
                           QStringLiteral("-m"), QStringLiteral("x")}
            << 1 << QStringLiteral("wildcard");
        QTest::newRow("no payload")
            << QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("a")} << 1
            << QStringLiteral("no payload");
        QTest::newRow("bad filter")
            << QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a/#/b")}
            << 1 << QStringLiteral("last level");
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("sub"), QStringLiteral("--bogus")} << 1
            << QStringLiteral("unknown option");
        QTest::newRow("missing CA file")
            << QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a"),
                           QStringLiteral("--cafile"), QStringLiteral("/nonexistent/ca.pem")}
            << 1 << QStringLiteral("does not exist");
        QTest::newRow("dead broker") << QStringList{QStringLiteral("pub"),
                                                    QStringLiteral("-h"),
                                                    QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("-p"),
                                                    dead,
                                                    QStringLiteral("-t"),
                                                    QStringLiteral("a"),
                                                    QStringLiteral("-m"),
                                                    QStringLiteral("x")}
                                     << 2 << QStringLiteral("Nothing accepts connections");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 1 << QStringLiteral("unknown command");
    }
    void exitCodesAndErrorsInWords()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrMentions);
        const CliResult r = runCli(args);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(
                     QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrMentions), r.err.constData());
    }

    void brokerRefusalsExitWithCode3()
    {
        const QStringList auth{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("-p"), QString::number(m_dynsec->tcpPort()),
                               QStringLiteral("-u"), QStringLiteral("dev"),
                               QStringLiteral("-P"), QStringLiteral("devpw")};
        CliResult r = runCli(
            QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("others/#")} +
            auth);
        QVERIFY2(r.exitCode == 3, qPrintable(QStringLiteral("exit %1 (finished: %2): %3")
                                                  .arg(r.exitCode)
                                                  .arg(r.finished)
                                                  .arg(QString::fromUtf8(r.err + r.out))));
        QVERIFY2(r.err.contains("Not authorized") && r.err.contains("0x87"), r.err.constData());

        r = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"),
                               QStringLiteral("others/x"), QStringLiteral("-m"),
                               QStringLiteral("x"), QStringLiteral("-q"), QStringLiteral("1")} +
                   auth);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("refused the message") && r.err.contains("0x87"),
                 r.err.constData());

        r = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("own/x"),
                               QStringLiteral("-m"), QStringLiteral("x"), QStringLiteral("-q"),
                               QStringLiteral("1")} +
                   auth);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), QString::number(m_dynsec->tcpPort()),
                    QStringLiteral("-u"), QStringLiteral("dev"), QStringLiteral("-P"),
                    QStringLiteral("wrong"), QStringLiteral("-t"), QStringLiteral("own/x"),
                    QStringLiteral("-m"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("connection refused by the broker"), r.err.constData());
    }

    void timeoutExitsWithCode5()
    {
        const CliResult r = runCli(
            {QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
             QStringLiteral("-p"), QString::number(m_broker->tcpPort()), QStringLiteral("-t"),
             QStringLiteral("silence/#"), QStringLiteral("-W"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains("timed out"));
    }

    void helpForEachCommand()
    {
        // Issue 10: no Qt warning about XDG_RUNTIME_DIR above the usage, for the CLI and the
        // console (whose --help mentions the language setting too).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        const QString gui = QFileInfo(cliPath()).dir().filePath(QStringLiteral("mqttdeck"));
        for (const QString &program : {cliPath(), gui}) {
            QProcess bare;
            bare.setProcessEnvironment(env);
            bare.start(program, {QStringLiteral("--help")});
            QVERIFY(bare.waitForFinished(10000));
            const QByteArray err = bare.readAllStandardError();
            QVERIFY2(!err.contains("XDG_RUNTIME_DIR"), err.constData());
            const QByteArray out = bare.readAllStandardOutput();
            QVERIFY2(out.startsWith("Usage: mqttdeck"), out.constData());
            if (program == gui)
                QVERIFY(out.contains("MQTTDECK_LANG"));
        }
        for (const char *cmd : {"sub", "pub"}) {
            const CliResult r = runCli({QString::fromLatin1(cmd), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith(QByteArray("Usage: mqttdeck-cli ").append(cmd)));
            QVERIFY(r.out.contains("--cafile"));
        }
    }

    // Issue 11 (4): the bytes of -t as given; Qt's conversion of argv would turn \xff into
    // U+FFFD and publish to another topic. A shell passes the raw byte.
    // Issue 11 (8): --cert without --key says the key is missing (it said the certificate "is
    // not a PEM private key").
    void certificateWithoutKeySaysTheKeyIsMissing()
    {
        const TestCertificates &c = m_broker->certificates();
        const CliResult r =
            runCli({QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("localhost"),
                    QStringLiteral("-p"), QString::number(m_broker->tlsPort()),
                    QStringLiteral("--cafile"), c.caFile, QStringLiteral("--cert"), c.clientCert,
                    QStringLiteral("-t"), QStringLiteral("a")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("was given without its private key") && r.err.contains("--key"),
                 r.err.constData());
        QVERIFY2(!r.err.contains("not a PEM private key"), r.err.constData());
    }

    void invalidUtf8TopicIsRefusedNotRewritten()
    {
        SessionWaiter w;
        QVERIFY(w.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(w.subscribe(QStringLiteral("rel/#"), 0));
        QProcess p;
        p.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("exec \"$0\" pub -h 127.0.0.1 -p %1 -t \"$(printf 'rel/utf8/\\377')\" "
                            "-m x -q 1")
                 .arg(m_broker->tcpPort()),
             cliPath()});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("not valid UTF-8"), err.constData());
        QTest::qWait(500);
        QCOMPARE(w.messages().size(), size_t(0)); // nothing went to rel/utf8/U+FFFD
    }

    // Issue 11 (2): endless input is refused in words before memory runs out.
    void endlessPayloadInputIsRefused()
    {
        const QStringList base{QStringLiteral("pub"),
                               QStringLiteral("-h"),
                               QStringLiteral("127.0.0.1"),
                               QStringLiteral("-p"),
                               QString::number(m_broker->tcpPort()),
                               QStringLiteral("-t"),
                               QStringLiteral("big/x")};
        CliResult r =
            runCli(base + QStringList{QStringLiteral("-f"), QStringLiteral("/dev/zero")}, 60000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("more than one MQTT message can carry"), r.err.constData());

        QProcess p;
        p.setStandardInputFile(QStringLiteral("/dev/zero"));
        p.start(cliPath(), base + QStringList{QStringLiteral("-s")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("standard input holds more than"), err.constData());
    }

    // Issue 11 (2): the broker's announced maximum packet size (MQTT 5 CONNACK) is respected and
    // said, instead of a bare library error.
    void brokerMaximumPacketSizeIsSaid()
    {
        Broker::Options small;
        small.extraConfig << QStringLiteral("max_packet_size 2000");
        Broker broker(small);
        QString e = broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        const CliResult r =
            runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), QString::number(broker.tcpPort()), QStringLiteral("-t"),
                    QStringLiteral("big/x"), QStringLiteral("-s")},
                   20000, QByteArray(5000, 'x'));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("at most 2,000 bytes"), r.err.constData());
    }

    // Issue 11 (5) and (11): -c without -i is refused under MQTT 5 too; secrets can be given
    // without appearing in the process list.
    void persistentSessionNeedsClientIdAndSecretsStayOffTheCommandLine()
    {
        CliResult r = runCli({QStringLiteral("sub"), QStringLiteral("-h"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(m_broker->tcpPort()), QStringLiteral("-c"),
                              QStringLiteral("-t"), QStringLiteral("a"), QStringLiteral("-V"),
                              QStringLiteral("mqttv5"), QStringLiteral("-W"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("needs a fixed client id"), r.err.constData());

        QTemporaryDir dir;
        const QString pwFile = dir.filePath(QStringLiteral("pw"));
        QFile f(pwFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("devpw\n");
        f.close();
        const QStringList pubOwn{QStringLiteral("pub"),
                                 QStringLiteral("-h"),
                                 QStringLiteral("127.0.0.1"),
                                 QStringLiteral("-p"),
                                 QString::number(m_dynsec->tcpPort()),
                                 QStringLiteral("-u"),
                                 QStringLiteral("dev"),
                                 QStringLiteral("-t"),
                                 QStringLiteral("own/x"),
                                 QStringLiteral("-m"),
                                 QStringLiteral("x"),
                                 QStringLiteral("-q"),
                                 QStringLiteral("1")};
        r = runCli(pubOwn + QStringList{QStringLiteral("--pw-file"), pwFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QProcess p; // the environment variable, when no flag gives a password
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MQTTDECK_PASSWORD"), QStringLiteral("devpw"));
        p.setProcessEnvironment(env);
        p.start(cliPath(), pubOwn);
        QVERIFY(p.waitForFinished(20000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        QProcess prompt; // setsid: no controlling terminal, even when the test runs in one
        prompt.start(QStringLiteral("setsid"), QStringList{QStringLiteral("-w"), cliPath()} +
                                                   pubOwn +
                                                   QStringList{QStringLiteral("--pw-prompt")});
        QVERIFY(prompt.waitForFinished(20000));
        QCOMPARE(prompt.exitCode(), 1);
        const QByteArray err = prompt.readAllStandardError();
        QVERIFY2(err.contains("no terminal to ask on"), err.constData());
    }

    // Issue 11 (7): the simulator and the bench refuse bad input and unreachable brokers in
    // words with a non-zero code, instead of exiting 0 in silence.
    void simulatorAndBenchSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("rate nan") << QStringList{QStringLiteral("sim"), QStringLiteral("--rate"),
                                                 QStringLiteral("nan")}
                                  << 1 << QStringLiteral("out of range");
        QTest::newRow("env with a wildcard")
            << QStringList{QStringLiteral("sim"), QStringLiteral("--env"), QStringLiteral("a/#")}
            << 1 << QStringLiteral("must be one topic level");
        QTest::newRow("70 KB env") << QStringList{QStringLiteral("sim"), QStringLiteral("--env"),
                                                  QString(70000, QLatin1Char('a'))}
                                   << 1 << QStringLiteral("must be one topic level");
        QTest::newRow("closed port")
            << QStringList{QStringLiteral("sim"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("-p"), QString::number(Broker::freePort())}
            << 2 << QStringLiteral("Connection refused");
        QTest::newRow("unknown bench consumer")
            << QStringList{QStringLiteral("bench"), QStringLiteral("--consumers"),
                           QStringLiteral("foo")}
            << 1 << QStringLiteral("unknown consumer");
    }
    void simulatorAndBenchSayWhatIsWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const CliResult r = runCli(args, 20000);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    }

    // A server that is not a broker (garbage), and one that closes every connection at once.
    void simulatorSaysWhenTheServerIsNotABroker_data()
    {
        QTest::addColumn<bool>("garbage");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("garbage") << true << QStringLiteral("does not speak MQTT");
        QTest::newRow("closes at once") << false << QStringLiteral("closed the connection");
    }
    void simulatorSaysWhenTheServerIsNotABroker()
    {
        QFETCH(bool, garbage);
        QFETCH(QString, mentions);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                if (garbage) {
                    s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
                    s->flush();
                } else {
                    s->abort();
                }
            }
        });
        QProcess p;
        p.start(cliPath(), {QStringLiteral("sim"), QStringLiteral("-h"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                            QString::number(server.serverPort()), QStringLiteral("--devices"),
                            QStringLiteral("2"), QStringLiteral("--no-sparkplug")});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(mentions.toUtf8()), err.constData());
    }

    // Issue 11 (6): a broker that answers a SUBSCRIBE with a malformed PUBLISH (QoS 3) and no
    // SUBACK: the connection was lost, nothing was refused (exit 4, not 3 with a made-up 0x80).
    void malformedPacketIsNotASubscriptionRefusal_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("v5") << QStringLiteral("mqttv5");
        QTest::newRow("v3.1.1") << QStringLiteral("mqttv311");
    }
    void malformedPacketIsNotASubscriptionRefusal()
    {
        QFETCH(QString, version);
        const bool v5 = version == QLatin1String("mqttv5");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            auto packets = std::make_shared<int>(0);
            connect(s, &QTcpSocket::readyRead, s, [s, packets, v5] {
                s->readAll();
                if ((*packets)++ == 0) // CONNECT: accepted
                    s->write(v5 ? QByteArray::fromHex("2003000000")
                                : QByteArray::fromHex("20020000"));
                else { // SUBSCRIBE: a PUBLISH with QoS 3 instead of a SUBACK, then the end.
                    // (Paho rejects it under MQTT 5; under 3.1.1 it waits on, so the close
                    // is what ends the connection there.)
                    s->write(QByteArray::fromHex("360500016100 01"));
                    QTimer::singleShot(1000, s, [s] { s->disconnectFromHost(); });
                }
            });
        });
        QProcess p;
        p.start(cliPath(),
                {QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("-p"), QString::number(server.serverPort()), QStringLiteral("-t"),
                 QStringLiteral("a"), QStringLiteral("-V"), version,
                 QStringLiteral("--no-reconnect")});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 4, err.constData());
        QVERIFY2(err.contains("not answered") && err.contains("malformed"), err.constData());
        QVERIFY2(!err.contains("refused:"), err.constData());
    }

    // Issue 9: -L URL for sub and pub, as mosquitto's clients take it.
    void connectionUrls()
    {
        const QString base = QStringLiteral("mqtt://127.0.0.1:%1/").arg(m_broker->tcpPort());
        QProcess sub;
        sub.start(cliPath(),
                  {QStringLiteral("sub"), QStringLiteral("-L"), base + QStringLiteral("url/%23"),
                   QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-W"),
                   QStringLiteral("10"), QStringLiteral("-v")});
        QVERIFY(sub.waitForStarted());
        QTest::qWait(1500); // subscribed
        const CliResult r =
            runCli({QStringLiteral("pub"), QStringLiteral("-L"), base + QStringLiteral("url/x"),
                    QStringLiteral("-m"), QStringLiteral("by url"), QStringLiteral("-q"),
                    QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(sub.waitForFinished(15000));
        QCOMPARE(sub.exitCode(), 0);
        QCOMPARE(sub.readAllStandardOutput().trimmed(), QByteArray("url/x by url"));
    }

    void linesFromStdinArePublishedInOrder()
    {
        SessionWaiter w;
        QVERIFY(w.connect(localOptions(m_broker->tcpPort())));
        QVERIFY(w.subscribe(QStringLiteral("lines/#"), 1));
        const CliResult r =
            runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), QString::number(m_broker->tcpPort()),
                    QStringLiteral("-t"), QStringLiteral("lines/x"), QStringLiteral("-q"),
                    QStringLiteral("1"), QStringLiteral("-l")},
                   20000, "one\ntwo\r\n\nthree\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto &got = w.waitForMessages(3);
        QCOMPARE(got.size(), size_t(3));
        QCOMPARE(got[2].payloadCopy(), QByteArray("three"));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
