#include "mqtt/ReasonCodes.h"

#include <QTest>

using namespace deck::mqtt;

class TstReasonCodes : public QObject
{
    Q_OBJECT
private slots:
    void sameByteDiffersByPacket()
    {
        QCOMPARE(ReasonCodes::name(0, PacketKind::Suback, MqttVersion::V5),
                 QStringLiteral("Granted QoS 0"));
        QCOMPARE(ReasonCodes::name(0, PacketKind::Puback, MqttVersion::V5),
                 QStringLiteral("Success"));
        QCOMPARE(ReasonCodes::name(0, PacketKind::Disconnect, MqttVersion::V5),
                 QStringLiteral("Normal disconnection"));
    }
    void notAuthorizedExplainsPerPacket()
    {
        QCOMPARE(ReasonCodes::name(0x87, PacketKind::Suback, MqttVersion::V5),
                 QStringLiteral("Not authorized"));
        QVERIFY(ReasonCodes::explanation(0x87, PacketKind::Suback, MqttVersion::V5)
                    .contains(QStringLiteral("subscribe")));
        QVERIFY(ReasonCodes::explanation(0x87, PacketKind::Puback, MqttVersion::V5)
                    .contains(QStringLiteral("publish")));
    }
    void v3Codes()
    {
        QCOMPARE(ReasonCodes::name(5, PacketKind::Connack, MqttVersion::V311),
                 QStringLiteral("Not authorized"));
        QCOMPARE(ReasonCodes::name(4, PacketKind::Connack, MqttVersion::V311),
                 QStringLiteral("Bad user name or password"));
        QCOMPARE(ReasonCodes::name(0x80, PacketKind::Suback, MqttVersion::V311),
                 QStringLiteral("Failure"));
        QVERIFY(ReasonCodes::isFailure(0x80, PacketKind::Suback, MqttVersion::V311));
        QVERIFY(!ReasonCodes::isFailure(1, PacketKind::Suback, MqttVersion::V311));
        QVERIFY(ReasonCodes::isFailure(5, PacketKind::Connack, MqttVersion::V311));
    }
    void failureThreshold()
    {
        QVERIFY(!ReasonCodes::isFailure(0x10, PacketKind::Puback, MqttVersion::V5));
        QVERIFY(ReasonCodes::isFailure(0x80, PacketKind::Puback, MqttVersion::V5));
        QVERIFY(ReasonCodes::isFailure(0x97, PacketKind::Puback, MqttVersion::V5));
    }
    void hex()
    {
        QCOMPARE(ReasonCodes::hex(0x87), QStringLiteral("0x87"));
        QCOMPARE(ReasonCodes::hex(0x8a), QStringLiteral("0x8A"));
        QCOMPARE(ReasonCodes::hex(5), QStringLiteral("0x05"));
    }
    void everyV5CodeIsNamed()
    {
        for (int code : {0x00, 0x01, 0x02, 0x04, 0x10, 0x11, 0x18, 0x19, 0x80, 0x81, 0x82,
                         0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D,
                         0x8E, 0x8F, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98,
                         0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2}) {
            QVERIFY2(ReasonCodes::name(code, PacketKind::Disconnect, MqttVersion::V5) !=
                         QStringLiteral("Unknown reason code"),
                     qPrintable(ReasonCodes::hex(code)));
        }
        QCOMPARE(ReasonCodes::name(0x42, PacketKind::Puback, MqttVersion::V5),
                 QStringLiteral("Unknown reason code"));
    }
};

QTEST_GUILESS_MAIN(TstReasonCodes)
#include "tst_reasoncodes.moc"
