// `mqttdeck-cli trace --decode` as a user runs it (issue 14): raw MQTT bytes or hex text on
// standard input, one JSON line per packet with dir, type, packet_id, reason_codes and, for
// PUBLISH, topic, qos, retain, dup; secrets never printed; a malformed packet gives an error
// line with its offset and rule, the decoding goes on, and the exit code is 7.

#include "Cli.h"
#include "mqtt/packet/PacketEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace deck::test;
using namespace deck::mqtt;
using namespace deck::mqtt::packet;

namespace {

QList<QJsonObject> lines(const QByteArray &out)
{
    QList<QJsonObject> result;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {}; // every line must be one JSON object
        result.append(doc.object());
    }
    return result;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray conversation(MqttVersion v)
{
    Packet connect;
    connect.type = PacketType::Connect;
    connect.connect.protocolLevel = quint8(v);
    connect.connect.clientId = "cli-test";
    connect.connect.username = QByteArray("bob");
    connect.connect.password = QByteArray("hunter2-secret");
    Packet publish;
    publish.type = PacketType::Publish;
    publish.flags = publishFlags(1, true);
    publish.packetId = 42;
    publish.topic = "devices/d1/status";
    publish.payload = R"({"state":"online"})";
    Packet suback;
    suback.type = PacketType::Suback;
    suback.packetId = 43;
    suback.reasonCodes = {0x01, quint8(v == MqttVersion::V5 ? 0x87 : 0x80)};
    Packet disconnect;
    disconnect.type = PacketType::Disconnect;
    return encodePacket(connect, v) + encodePacket(publish, v) + encodePacket(suback, v) +
           encodePacket(disconnect, v);
}

void checkConversation(const CliResult &r, MqttVersion v)
{
    QVERIFY2(r.finished, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("hunter2"));
    const QList<QJsonObject> got = lines(r.out);
    QCOMPARE(got.size(), 4);
    QStringList types;
    for (const QJsonObject &o : got) {
        types << str(o, "type");
        QCOMPARE(str(o, "dir"), QStringLiteral("in"));
    }
    QCOMPARE(types, (QStringList{QStringLiteral("CONNECT"), QStringLiteral("PUBLISH"),
                                 QStringLiteral("SUBACK"), QStringLiteral("DISCONNECT")}));
    QCOMPARE(str(got[0], "username"), QStringLiteral("bob"));
    QCOMPARE(got[0].value(QStringLiteral("password")).toObject().value(QStringLiteral("masked")),
             QJsonValue(true));
    const QJsonObject &publish = got[1];
    QCOMPARE(str(publish, "topic"), QStringLiteral("devices/d1/status"));
    QCOMPARE(publish.value(QStringLiteral("qos")).toInt(), 1);
    QCOMPARE(publish.value(QStringLiteral("retain")).toBool(), true);
    QCOMPARE(publish.value(QStringLiteral("dup")).toBool(), false);
    QCOMPARE(publish.value(QStringLiteral("packet_id")).toInt(), 42);
    QCOMPARE(str(publish, "payload"), QStringLiteral(R"({"state":"online"})"));
    const int denied = v == MqttVersion::V5 ? 0x87 : 0x80;
    QCOMPARE(got[2].value(QStringLiteral("reason_codes")).toArray(), (QJsonArray{1, denied}));
    QCOMPARE(got[2].value(QStringLiteral("packet_id")).toInt(), 43);
    QCOMPARE(got[2].value(QStringLiteral("reason_names")).toArray().size(), 2);
    QVERIFY(got[3].value(QStringLiteral("packet_id")).isNull());
    QCOMPARE(got[1].value(QStringLiteral("offset")).toInt(),
             got[0].value(QStringLiteral("size")).toInt());
}

QByteArray spacedHex(const QByteArray &bytes)
{
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out += bytes.mid(i, 1).toHex();
        out += (i % 16 == 15) ? "\n" : (i % 2 ? "  " : " ");
    }
    return out;
}

} // namespace

class TstTraceCli : public QObject
{
    Q_OBJECT
private slots:
    void decodesRawBytesV5()
    {
        checkConversation(runCli({QStringLiteral("trace"), QStringLiteral("--decode")}, 20000,
                                 conversation(MqttVersion::V5)),
                          MqttVersion::V5);
    }
    void decodesHexTextV311()
    {
        checkConversation(runCli({QStringLiteral("trace"), QStringLiteral("--decode"),
                                  QStringLiteral("-V"), QStringLiteral("mqttv311"),
                                  QStringLiteral("--hex")},
                                 20000, spacedHex(conversation(MqttVersion::V311))),
                          MqttVersion::V311);
    }
    void readsV311WithoutConnectOnlyWhenTold()
    {
        // A v3.1.1 PUBACK is 2 bytes; read as MQTT 5 (the default) the same bytes are fine too,
        // but a v3.1.1 SUBACK code 0x80 with -V mqttv311 is named "Failure".
        const CliResult r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"),
                                    QStringLiteral("--hex"), QStringLiteral("-V"),
                                    QStringLiteral("mqttv311"), QStringLiteral("--dir"),
                                    QStringLiteral("out")},
                                   20000, "90 03 00 07 80");
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> got = lines(r.out);
        QCOMPARE(got.size(), 1);
        QCOMPARE(str(got[0], "dir"), QStringLiteral("out"));
        QCOMPARE(got[0].value(QStringLiteral("reason_codes")).toArray(), (QJsonArray{0x80}));
    }
    void malformedPacketGivesOffsetAndRule()
    {
        // PINGREQ, then a PUBLISH with QoS 3 at offset 2, then a PINGRESP still decoded.
        const CliResult r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"),
                                    QStringLiteral("--hex")},
                                   20000, "c000 36 06 0001 61 0001 00\nd000\n");
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 7);
        const QList<QJsonObject> got = lines(r.out);
        QCOMPARE(got.size(), 3);
        QCOMPARE(str(got[0], "type"), QStringLiteral("PINGREQ"));
        QVERIFY(!str(got[1], "error").isEmpty());
        QCOMPARE(got[1].value(QStringLiteral("offset")).toInt(), 2);
        QCOMPARE(str(got[1], "rule"), QStringLiteral("MQTT-3.3.1-4"));
        QCOMPARE(str(got[1], "type"), QStringLiteral("PUBLISH"));
        QCOMPARE(str(got[2], "type"), QStringLiteral("PINGRESP"));
    }
    void wildcardTopicAndBadLength()
    {
        CliResult r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"),
                              QStringLiteral("-V"), QStringLiteral("mqttv311")},
                             20000, QByteArray::fromHex("30050003612f23"));
        QCOMPARE(r.exitCode, 7);
        QList<QJsonObject> got = lines(r.out);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0].value(QStringLiteral("offset")).toInt(), 6);
        QCOMPARE(str(got[0], "rule"), QStringLiteral("MQTT-3.3.2-2"));

        r = runCli({QStringLiteral("trace"), QStringLiteral("--decode")}, 20000,
                   QByteArray::fromHex("c00030ffffffff01c000"));
        QCOMPARE(r.exitCode, 7);
        got = lines(r.out);
        QCOMPARE(got.size(), 2); // nothing can be read after a broken length
        QCOMPARE(got[1].value(QStringLiteral("offset")).toInt(), 3);
    }
    void truncatedStream()
    {
        const CliResult r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"),
                                    QStringLiteral("--hex")},
                                   20000, "c000 300a 0003 612f62");
        QCOMPARE(r.exitCode, 7);
        const QList<QJsonObject> got = lines(r.out);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[1].value(QStringLiteral("offset")).toInt(), 2);
        QVERIFY(str(got[1], "error").contains(QStringLiteral("PUBLISH")));
    }
    void badInput()
    {
        CliResult r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"),
                              QStringLiteral("--hex")},
                             20000, "c0 0z");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"), QStringLiteral("--hex")},
                   20000, "c00");
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("trace"), QStringLiteral("--hex")}, 20000, "c000");
        QCOMPARE(r.exitCode, 1); // --hex belongs to --decode
        r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"), QStringLiteral("-V"),
                    QStringLiteral("mqttv4")});
        QCOMPARE(r.exitCode, 1);
        r = runCli({QStringLiteral("trace"), QStringLiteral("--decode"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--hex"));
    }
};

QTEST_GUILESS_MAIN(TstTraceCli)
#include "tst_trace_cli.moc"
