#include "topics/TopicSearch.h"

#include <QTest>

using namespace deck;

class TstTopicSearch : public QObject
{
    Q_OBJECT
    TopicTree m_tree;

    QList<QByteArray> topics(const TopicSearchResult &r) const
    {
        QList<QByteArray> out;
        for (NodeId n : r.matches)
            out << m_tree.topic(n);
        std::sort(out.begin(), out.end());
        return out;
    }

private slots:
    void initTestCase()
    {
        for (const char *t : {"prod/acme/paris/gw-1/status", "prod/acme/paris/gw-1/telemetry/temp",
                              "prod/acme/lyon/gw-2/status", "dev/acme/paris/gw-9/status",
                              "/finance", "$SYS/broker/uptime"})
            m_tree.apply(Message::fromParts(QByteArray(t), QByteArray("{\"state\":\"online\"}")));
        m_tree.apply(Message::fromParts("prod/acme/lyon/gw-2/status", "{\"state\":\"OFFLINE\"}"));
    }

    void topicText()
    {
        TopicQuery q;
        q.text = QStringLiteral("PARIS");
        const auto r = TopicSearch::run(m_tree, q);
        QCOMPARE(topics(r),
                 (QList<QByteArray>{"dev/acme/paris/gw-9/status", "prod/acme/paris/gw-1/status",
                                    "prod/acme/paris/gw-1/telemetry/temp"}));
        q.caseSensitive = true;
        QVERIFY(TopicSearch::run(m_tree, q).matches.empty());
        QCOMPARE(r.topicsScanned, size_t(6));
    }

    void filter()
    {
        TopicQuery q;
        q.mode = TopicQuery::Mode::Filter;
        q.text = QStringLiteral("prod/+/+/+/status");
        QCOMPARE(topics(TopicSearch::run(m_tree, q)),
                 (QList<QByteArray>{"prod/acme/lyon/gw-2/status", "prod/acme/paris/gw-1/status"}));
        q.text = QStringLiteral("#");
        QCOMPARE(TopicSearch::run(m_tree, q).matches.size(), size_t(5)); // not $SYS
        q.text = QStringLiteral("+/+");
        QCOMPARE(topics(TopicSearch::run(m_tree, q)), QList<QByteArray>{"/finance"});
        q.text = QStringLiteral("prod/acme/paris/gw-1/status");
        QCOMPARE(TopicSearch::run(m_tree, q).matches.size(), size_t(1));
        q.text = QStringLiteral("a/#/b");
        QVERIFY(!TopicSearch::run(m_tree, q).error.isEmpty());
    }

    void regex()
    {
        TopicQuery q;
        q.mode = TopicQuery::Mode::Regex;
        q.text = QStringLiteral("gw-[12]/status$");
        QCOMPARE(TopicSearch::run(m_tree, q).matches.size(), size_t(2));
        q.text = QStringLiteral("(unclosed");
        QVERIFY(TopicSearch::run(m_tree, q).error.contains(QStringLiteral("not valid")));
    }

    void payloadText()
    {
        TopicQuery q;
        q.mode = TopicQuery::Mode::PayloadText;
        q.text = QStringLiteral("offline");
        QCOMPARE(topics(TopicSearch::run(m_tree, q)),
                 QList<QByteArray>{"prod/acme/lyon/gw-2/status"});
    }

    void limitTruncates()
    {
        TopicQuery q;
        q.text = QStringLiteral("acme");
        q.limit = 2;
        const auto r = TopicSearch::run(m_tree, q);
        QCOMPARE(r.matches.size(), size_t(2));
        QVERIFY(r.truncated);
    }
};

QTEST_GUILESS_MAIN(TstTopicSearch)
#include "tst_topicsearch.moc"
