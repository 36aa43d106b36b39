#include "topics/TopicFilter.h"

#include <QTest>

using deck::TopicFilter;

class TstTopicFilter : public QObject
{
    Q_OBJECT
private slots:
    void specRules_data()
    {
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<bool>("match");
        // MQTT 5 §4.7.1.2 multi-level wildcard
        QTest::newRow("sport/tennis/player1/#, sport/tennis/player1")
            << QByteArray("sport/tennis/player1/#") << QByteArray("sport/tennis/player1") << true;
        QTest::newRow("…/#, …/ranking") << QByteArray("sport/tennis/player1/#")
                                        << QByteArray("sport/tennis/player1/ranking") << true;
        QTest::newRow("…/#, deep") << QByteArray("sport/tennis/player1/#")
                                   << QByteArray("sport/tennis/player1/score/wimbledon") << true;
        QTest::newRow("sport/# matches sport")
            << QByteArray("sport/#") << QByteArray("sport") << true;
        QTest::newRow("# matches everything") << QByteArray("#") << QByteArray("a/b/c") << true;
        QTest::newRow("# matches /") << QByteArray("#") << QByteArray("/") << true;
        // §4.7.1.3 single-level wildcard
        QTest::newRow("sport/tennis/+ one level")
            << QByteArray("sport/tennis/+") << QByteArray("sport/tennis/player1") << true;
        QTest::newRow("sport/tennis/+ not two")
            << QByteArray("sport/tennis/+") << QByteArray("sport/tennis/player1/ranking") << false;
        QTest::newRow("sport/+ not sport") << QByteArray("sport/+") << QByteArray("sport") << false;
        QTest::newRow("sport/+ matches sport/")
            << QByteArray("sport/+") << QByteArray("sport/") << true;
        QTest::newRow("+ matches a") << QByteArray("+") << QByteArray("a") << true;
        QTest::newRow("+ not a/b") << QByteArray("+") << QByteArray("a/b") << false;
        QTest::newRow("+/+ matches /finance")
            << QByteArray("+/+") << QByteArray("/finance") << true;
        QTest::newRow("/+ matches /finance") << QByteArray("/+") << QByteArray("/finance") << true;
        QTest::newRow("+ not /finance") << QByteArray("+") << QByteArray("/finance") << false;
        QTest::newRow("+/+/# a/b") << QByteArray("+/+/#") << QByteArray("a/b") << true;
        QTest::newRow("a/+/c") << QByteArray("a/+/c") << QByteArray("a/x/c") << true;
        QTest::newRow("a/+/c empty level") << QByteArray("a/+/c") << QByteArray("a//c") << true;
        QTest::newRow("a/+/c wrong tail") << QByteArray("a/+/c") << QByteArray("a/x/d") << false;
        // §4.7.2 $ topics
        QTest::newRow("# not $SYS/x") << QByteArray("#") << QByteArray("$SYS/x") << false;
        QTest::newRow("+/monitor/Clients not $SYS")
            << QByteArray("+/monitor/Clients") << QByteArray("$SYS/monitor/Clients") << false;
        QTest::newRow("$SYS/# matches $SYS/x")
            << QByteArray("$SYS/#") << QByteArray("$SYS/x") << true;
        QTest::newRow("$SYS/monitor/+")
            << QByteArray("$SYS/monitor/+") << QByteArray("$SYS/monitor/Clients") << true;
        // exact
        QTest::newRow("exact") << QByteArray("a/b") << QByteArray("a/b") << true;
        QTest::newRow("exact prefix") << QByteArray("a/b") << QByteArray("a/bc") << false;
        QTest::newRow("exact longer topic") << QByteArray("a/b") << QByteArray("a/b/c") << false;
        QTest::newRow("exact shorter topic") << QByteArray("a/b/c") << QByteArray("a/b") << false;
        QTest::newRow("case sensitive") << QByteArray("A/b") << QByteArray("a/b") << false;
        QTest::newRow("trailing slash") << QByteArray("a/b/") << QByteArray("a/b") << false;
        // shared subscriptions match as their filter
        QTest::newRow("$share") << QByteArray("$share/g/site/+/status")
                                << QByteArray("site/7/status") << true;
        QTest::newRow("$share no")
            << QByteArray("$share/g/site/+/status") << QByteArray("site/7/event") << false;
    }
    void specRules()
    {
        QFETCH(QByteArray, filter);
        QFETCH(QByteArray, topic);
        QFETCH(bool, match);
        QCOMPARE(TopicFilter::matches(std::string_view(filter.constData(), filter.size()),
                                      std::string_view(topic.constData(), topic.size())),
                 match);
        QCOMPARE(TopicFilter(filter).matches(std::string_view(topic.constData(), topic.size())),
                 match);
    }
    void literalPrefix()
    {
        const auto p = TopicFilter(QByteArray("site/area/+/x/#")).literalPrefix();
        QCOMPARE(p.size(), size_t(2));
        QCOMPARE(QByteArray(p[1].data(), p[1].size()), QByteArray("area"));
        QVERIFY(TopicFilter(QByteArray("#")).literalPrefix().empty());
        QVERIFY(TopicFilter(QByteArray("a/b")).isExact());
        QVERIFY(!TopicFilter(QByteArray("a/+")).isExact());
    }
};

QTEST_GUILESS_MAIN(TstTopicFilter)
#include "tst_topicfilter.moc"
