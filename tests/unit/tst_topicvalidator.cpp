#include "mqtt/TopicValidator.h"

#include <QTest>

using deck::mqtt::TopicValidator;

class TstTopicValidator : public QObject
{
    Q_OBJECT
private slots:
    void topicNames_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions"); // a word the error must contain
        QTest::newRow("plain") << QByteArray("site-01/device-7/telemetry") << true << QString();
        QTest::newRow("leading slash") << QByteArray("/finance") << true << QString();
        QTest::newRow("single level") << QByteArray("a") << true << QString();
        QTest::newRow("space") << QByteArray("with space/ok") << true << QString();
        QTest::newRow("$SYS") << QByteArray("$SYS/broker/uptime") << true << QString();
        QTest::newRow("utf8") << QByteArray("capteur/température") << true << QString();
        QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
        QTest::newRow("plus") << QByteArray("a/+/c") << false << QStringLiteral("wildcard");
        QTest::newRow("hash") << QByteArray("a/#") << false << QStringLiteral("wildcard");
        QTest::newRow("hash inside") << QByteArray("a#b") << false << QStringLiteral("wildcard");
        QTest::newRow("nul") << QByteArray("a\0b", 3) << false << QStringLiteral("NUL");
        QTest::newRow("invalid utf8")
            << QByteArray("a/\xC3\x28") << false << QStringLiteral("UTF-8");
        QTest::newRow("overlong utf8")
            << QByteArray("\xC0\xAF") << false << QStringLiteral("UTF-8");
        QTest::newRow("too long") << QByteArray(70000, 'a') << false << QStringLiteral("65,535");
    }
    void topicNames()
    {
        QFETCH(QByteArray, topic);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const QString error = TopicValidator::checkTopicName(topic);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void topicFilters_data()
    {
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hash alone") << QByteArray("#") << true;
        QTest::newRow("plus alone") << QByteArray("+") << true;
        QTest::newRow("sport/#") << QByteArray("sport/#") << true;
        QTest::newRow("+/+") << QByteArray("+/+") << true;
        QTest::newRow("/+") << QByteArray("/+") << true;
        QTest::newRow("a/+/c/#") << QByteArray("a/+/c/#") << true;
        QTest::newRow("$SYS/#") << QByteArray("$SYS/#") << true;
        QTest::newRow("shared") << QByteArray("$share/group/site/+/status") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("hash not last") << QByteArray("a/#/c") << false;
        QTest::newRow("hash mixed") << QByteArray("sport#") << false;
        QTest::newRow("hash mixed 2") << QByteArray("a/b#") << false;
        QTest::newRow("plus mixed") << QByteArray("a/b+/c") << false;
        QTest::newRow("plus mixed 2") << QByteArray("+a") << false;
        QTest::newRow("nul") << QByteArray("a/\0", 3) << false;
        QTest::newRow("invalid utf8") << QByteArray("a/\xFF") << false;
        QTest::newRow("shared no filter") << QByteArray("$share/group/") << false;
        QTest::newRow("shared no group") << QByteArray("$share//a") << false;
        QTest::newRow("shared wildcard group") << QByteArray("$share/g+/a") << false;
    }
    void topicFilters()
    {
        QFETCH(QByteArray, filter);
        QFETCH(bool, valid);
        const QString error = TopicValidator::checkTopicFilter(filter);
        QVERIFY2(error.isEmpty() == valid, qPrintable(error));
    }

    void errorsSayWhatToTry()
    {
        const QString e = TopicValidator::checkTopicFilter(QByteArray("a/#/b"));
        QVERIFY(e.contains(QStringLiteral("last level")));
        QVERIFY(e.contains(QStringLiteral("a/#/b")));
    }

    void unpairedSurrogateIsRefused()
    {
        QString topic = QStringLiteral("a/");
        topic.append(QChar(0xD800));
        QVERIFY(!TopicValidator::checkTopicName(topic).isEmpty());
        QVERIFY(!TopicValidator::checkTopicFilter(topic).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTopicValidator)
#include "tst_topicvalidator.moc"
