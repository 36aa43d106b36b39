#include "mqtt/ConnectionArguments.h"

#include <QTest>

using namespace deck::mqtt;

class TstConnectionArguments : public QObject
{
    Q_OBJECT

    static bool parse(const QStringList &args, ParsedConnectionArguments &out, QString *error,
                      QStringList *leftover = nullptr)
    {
        for (int i = 0; i < args.size(); ++i) {
            switch (ConnectionArguments::consume(args, i, out, error)) {
            case ConnectionArguments::Outcome::Consumed:
                break;
            case ConnectionArguments::Outcome::Error:
                return false;
            case ConnectionArguments::Outcome::NotMine:
                if (leftover)
                    *leftover << args.at(i);
                break;
            }
        }
        ConnectionArguments::finish(out);
        return true;
    }

private slots:
    // Issue 9 (connection URLs, as mosquitto's clients take them).
    void connectionUrls()
    {
        ParsedConnectionArguments p;
        QString error;
        QVERIFY2(parse({QStringLiteral("-L"),
                        QStringLiteral("mqtts://ops:s%40cret@broker.lab:8884/site/%23")},
                       p, &error),
                 qPrintable(error));
        QCOMPARE(p.options.transport, Transport::Tls);
        QCOMPARE(p.options.host, QStringLiteral("broker.lab"));
        QCOMPARE(p.options.port, 8884);
        QCOMPARE(p.options.username, QStringLiteral("ops"));
        QCOMPARE(p.options.password, QStringLiteral("s@cret"));
        QCOMPARE(p.urlTopic, QStringLiteral("site/#"));
        ParsedConnectionArguments ws;
        QVERIFY(parse({QStringLiteral("--url"), QStringLiteral("wss://h/t")}, ws, &error));
        QCOMPARE(ws.options.transport, Transport::SecureWebSocket);
        for (const char *bad : {"http://h/t", "mqtt:///t", "mqtt://h", "not a url"}) {
            ParsedConnectionArguments b;
            QVERIFY2(!parse({QStringLiteral("-L"), QString::fromLatin1(bad)}, b, &error), bad);
            QVERIFY2(error.contains(QStringLiteral("-L")), qPrintable(error));
        }
    }

    void mosquittoFlags()
    {
        ParsedConnectionArguments p;
        QString error;
        QStringList rest;
        QVERIFY2(parse({QStringLiteral("-h"), QStringLiteral("broker"), QStringLiteral("-p"),
                        QStringLiteral("1884"), QStringLiteral("-i"), QStringLiteral("me"),
                        QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("-P"),
                        QStringLiteral("pw"), QStringLiteral("-k"), QStringLiteral("30"),
                        QStringLiteral("-V"), QStringLiteral("mqttv311"), QStringLiteral("-t"),
                        QStringLiteral("x/#")},
                       p, &error, &rest),
                 qPrintable(error));
        QCOMPARE(p.options.host, QStringLiteral("broker"));
        QCOMPARE(p.options.port, 1884);
        QCOMPARE(p.options.clientId, QStringLiteral("me"));
        QCOMPARE(p.options.username, QStringLiteral("alice"));
        QCOMPARE(p.options.password, QStringLiteral("pw"));
        QCOMPARE(p.options.keepAliveSeconds, 30);
        QCOMPARE(p.options.version, MqttVersion::V311);
        QCOMPARE(rest, (QStringList{QStringLiteral("-t"), QStringLiteral("x/#")}));
    }
    void cafileImpliesTls()
    {
        ParsedConnectionArguments p;
        QString error;
        QVERIFY(parse({QStringLiteral("--cafile"), QStringLiteral("/tmp/ca.pem")}, p, &error));
        QCOMPARE(p.options.transport, Transport::Tls);
        QCOMPARE(p.options.effectivePort(), 8883);

        ParsedConnectionArguments ws;
        QVERIFY(parse({QStringLiteral("--transport"), QStringLiteral("wss"),
                       QStringLiteral("--cafile"), QStringLiteral("/tmp/ca.pem")},
                      ws, &error));
        QCOMPARE(ws.options.transport, Transport::SecureWebSocket);
    }
    void propertiesWithDashD()
    {
        ParsedConnectionArguments p;
        QString error;
        QVERIFY2(parse({QStringLiteral("-D"),
                        QStringLiteral("connect"),
                        QStringLiteral("session-expiry-interval"),
                        QStringLiteral("3600"),
                        QStringLiteral("-D"),
                        QStringLiteral("connect"),
                        QStringLiteral("user-property"),
                        QStringLiteral("site"),
                        QStringLiteral("paris"),
                        QStringLiteral("-D"),
                        QStringLiteral("publish"),
                        QStringLiteral("content-type"),
                        QStringLiteral("application/json"),
                        QStringLiteral("-D"),
                        QStringLiteral("publish"),
                        QStringLiteral("message-expiry-interval"),
                        QStringLiteral("60"),
                        QStringLiteral("-D"),
                        QStringLiteral("publish"),
                        QStringLiteral("user-property"),
                        QStringLiteral("a"),
                        QStringLiteral("b"),
                        QStringLiteral("-D"),
                        QStringLiteral("subscribe"),
                        QStringLiteral("subscription-identifier"),
                        QStringLiteral("7"),
                        QStringLiteral("-D"),
                        QStringLiteral("will"),
                        QStringLiteral("will-delay-interval"),
                        QStringLiteral("5")},
                       p, &error),
                 qPrintable(error));
        QCOMPARE(p.options.sessionExpirySeconds, 3600u);
        QCOMPARE(p.options.userProperties.size(), 1);
        QCOMPARE(p.publishProperties.contentType, QStringLiteral("application/json"));
        QCOMPARE(p.publishProperties.messageExpirySeconds.value_or(0), 60u);
        QCOMPARE(p.publishProperties.userProperties.first().second, QStringLiteral("b"));
        QCOMPARE(p.subscriptionIdentifier, 7u);
        QCOMPARE(p.options.will.delaySeconds, 5u);
    }
    void cleanSessionOffKeepsTheSessionUnderV5()
    {
        ParsedConnectionArguments p;
        QString error;
        QVERIFY(
            parse({QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("x")}, p, &error));
        QVERIFY(!p.options.cleanStart);
        QCOMPARE(p.options.sessionExpirySeconds, 0xFFFFFFFFu);
    }
    void errorsInWords_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port text") << QStringList{QStringLiteral("-p"), QStringLiteral("abc")}
                                   << QStringLiteral("between 1 and 65535");
        QTest::newRow("port zero") << QStringList{QStringLiteral("-p"), QStringLiteral("0")}
                                   << QStringLiteral("between 1 and 65535");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("-h")} << QStringLiteral("needs");
        QTest::newRow("version") << QStringList{QStringLiteral("-V"), QStringLiteral("mqttv31")}
                                 << QStringLiteral("mqttv5 or mqttv311");
        QTest::newRow("transport")
            << QStringList{QStringLiteral("--transport"), QStringLiteral("udp")}
            << QStringLiteral("tcp, tls, ws or wss");
        QTest::newRow("-D command") << QStringList{QStringLiteral("-D"), QStringLiteral("bogus"),
                                                   QStringLiteral("x"), QStringLiteral("y")}
                                    << QStringLiteral("unknown command");
        QTest::newRow("-D property")
            << QStringList{QStringLiteral("-D"), QStringLiteral("connect"),
                           QStringLiteral("content-type"), QStringLiteral("y")}
            << QStringLiteral("not supported");
        QTest::newRow("will qos") << QStringList{QStringLiteral("--will-qos"), QStringLiteral("3")}
                                  << QStringLiteral("between 0 and 2");
    }
    void errorsInWords()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        ParsedConnectionArguments p;
        QString error;
        QVERIFY(!parse(args, p, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstConnectionArguments)
#include "tst_connectionarguments.moc"
