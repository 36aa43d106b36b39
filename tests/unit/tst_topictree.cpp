#include "topics/TopicTree.h"

#include <QDateTime>
#include <QTest>

using namespace deck;

namespace {
Message msg(const char *topic, const QByteArray &payload, int qos = 0, bool retained = false,
            qint64 at = 0)
{
    return Message::fromParts(QByteArray(topic), payload, qos, retained, false,
                              at ? at : QDateTime::currentMSecsSinceEpoch());
}
} // namespace

class TstTopicTree : public QObject
{
    Q_OBJECT
private slots:
    void countsOwnAndSubtree()
    {
        TopicTree tree;
        tree.apply(msg("site/a/temp", "1"));
        tree.apply(msg("site/a/temp", "2"));
        tree.apply(msg("site/a/hum", "3"));
        tree.apply(msg("site/a", "own"));
        tree.apply(msg("other", "x"));
        const NodeId site = tree.find("site");
        const NodeId a = tree.find("site/a");
        QVERIFY(site != kNoNode && a != kNoNode);
        QCOMPARE(tree.info(kRootNode).subtreeMessages, quint64(5));
        QCOMPARE(tree.info(site).subtreeMessages, quint64(4));
        QCOMPARE(tree.info(site).ownMessages, quint64(0));
        QVERIFY(!tree.info(site).isTopic);
        QCOMPARE(tree.info(a).subtreeMessages, quint64(4));
        QCOMPARE(tree.info(a).ownMessages, quint64(1));
        QCOMPARE(tree.info(tree.find("site/a/temp")).ownMessages, quint64(2));
        QCOMPARE(tree.info(a).childCount, 2);
        QCOMPARE(tree.topicCount(), size_t(4));
        QCOMPARE(tree.nodeCount(), size_t(6)); // root, site, a, temp, hum, other
    }

    void stableIdsAndNames()
    {
        TopicTree tree;
        const NodeId first = tree.apply(msg("a/b/c", "1"));
        for (int i = 0; i < 100; ++i)
            tree.apply(msg(qPrintable(QStringLiteral("a/b/x%1").arg(i)), "y"));
        QCOMPARE(tree.apply(msg("a/b/c", "2")), first);
        QCOMPARE(tree.find("a/b/c"), first);
        QCOMPARE(tree.topic(first), QByteArray("a/b/c"));
        QCOMPARE(QByteArray(tree.name(first).data(), int(tree.name(first).size())),
                 QByteArray("c"));
        QCOMPARE(tree.find("a/b/nope"), kNoNode);
    }

    void manyChildrenUseTheIndex()
    {
        TopicTree tree;
        for (int i = 0; i < 5000; ++i)
            tree.apply(msg(qPrintable(QStringLiteral("fleet/device-%1/status").arg(i)), "on"));
        for (int i = 0; i < 5000; i += 97)
            QVERIFY(tree.find(qPrintable(QStringLiteral("fleet/device-%1/status").arg(i))) !=
                    kNoNode);
        QCOMPARE(tree.info(tree.find("fleet")).childCount, 5000);
        QCOMPARE(tree.info(tree.find("fleet")).subtreeMessages, quint64(5000));
        // Applying again finds, never duplicates.
        tree.apply(msg("fleet/device-42/status", "off"));
        QCOMPARE(tree.info(tree.find("fleet")).childCount, 5000);
        const auto kids = tree.children(tree.find("fleet"));
        QCOMPARE(kids.size(), size_t(5000));
        QVERIFY(tree.name(kids[0]) < tree.name(kids[1])); // name order
    }

    void emptyLevelsAndSys()
    {
        TopicTree tree;
        tree.apply(msg("/finance", "1"));
        tree.apply(msg("a//b", "2"));
        tree.apply(msg("$SYS/broker/uptime", "42 seconds"));
        QCOMPARE(tree.topic(tree.find("/finance")), QByteArray("/finance"));
        QVERIFY(tree.find("a//b") != kNoNode);
        QCOMPARE(tree.find("a/b"), kNoNode);
        const NodeId sys = tree.find("$SYS");
        QVERIFY(sys != kNoNode);
        QCOMPARE(tree.parent(sys), kRootNode); // $SYS lives in the same tree
        QCOMPARE(tree.lastMessage(tree.find("$SYS/broker/uptime")).payload,
                 QByteArray("42 seconds"));
    }

    void lastMessageFlagsAndSizes()
    {
        TopicTree tree;
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        mqtt::MessageProperties props;
        props.contentType = QStringLiteral("application/json");
        tree.apply(
            Message::fromParts("s/status", R"({"state":"online"})", 1, true, false, t0, props));
        const NodeId n = tree.find("s/status");
        NodeInfo i = tree.info(n);
        QVERIFY(i.lastRetained);
        QVERIFY(!i.retainedCleared);
        QCOMPARE(i.lastQos, 1);
        QVERIFY(qAbs(i.firstReceivedMs - t0) <= 10);
        QCOMPARE(tree.lastMessage(n).properties->contentType, QStringLiteral("application/json"));

        tree.apply(msg("s/status", QByteArray(), 1, true, t0 + 1000)); // clears the retained value
        i = tree.info(n);
        QVERIFY(i.retainedCleared);
        QVERIFY(!i.lastRetained);
        QVERIFY(qAbs(i.lastReceivedMs - (t0 + 1000)) <= 10);
        QVERIFY(!tree.lastMessage(n).properties); // the new message had none
        QCOMPARE(i.minPayload, 0);
        QCOMPARE(i.maxPayload, 18);
        QCOMPARE(i.avgPayload, 9.0);

        // Payloads growing past their slot, and large ones, keep their bytes.
        const QByteArray big(5000, 'b');
        tree.apply(msg("s/status", big));
        QCOMPARE(tree.lastMessage(n).payload, big);
        tree.apply(msg("s/status", "tiny"));
        QCOMPARE(tree.lastMessage(n).payload, QByteArray("tiny"));
    }

    void historyIsBoundedAndEvictionsCounted()
    {
        HistoryLimits limits;
        limits.messagesPerTopic = 5;
        limits.bytesPerTopic = 1 << 20;
        limits.totalBytes = 1 << 30;
        TopicTree tree(limits);
        tree.apply(msg("h/one", "only")); // a single message keeps no history
        QCOMPARE(tree.info(tree.find("h/one")).historyCount, 0);
        for (int i = 0; i < 12; ++i)
            tree.apply(msg("h/t", QByteArray::number(i)));
        const auto h = tree.history(tree.find("h/t"));
        QCOMPARE(h.size(), size_t(5));
        QCOMPARE(h.front().payload, QByteArray("7"));
        QCOMPARE(h.back().payload, QByteArray("11"));
        QCOMPARE(tree.evictions().byTopicCount, quint64(12 - 5));

        limits.messagesPerTopic = 100;
        limits.bytesPerTopic = 3 * (100 + 3 + 480); // room for three 100-byte entries
        TopicTree bytes(limits);
        for (int i = 0; i < 10; ++i)
            bytes.apply(msg("h/t", QByteArray(100, char('a' + i))));
        QCOMPARE(bytes.history(bytes.find("h/t")).size(), size_t(3));
        QVERIFY(bytes.evictions().byTopicBytes > 0);

        limits.bytesPerTopic = 1 << 20;
        limits.totalBytes = 20 * 300; // about twenty entries in all
        TopicTree global(limits);
        for (int i = 0; i < 200; ++i)
            global.apply(msg(qPrintable(QStringLiteral("g/%1").arg(i % 10)), QByteArray(100, 'x')));
        QVERIFY(qint64(global.historyBytes()) <= limits.totalBytes);
        QVERIFY(global.evictions().byGlobalBudget > 0);
        QCOMPARE(global.info(kRootNode).subtreeMessages, quint64(200)); // counts never evicted
    }

    void noHistoryWhenDisabled()
    {
        HistoryLimits limits;
        limits.messagesPerTopic = 0;
        TopicTree tree(limits);
        for (int i = 0; i < 10; ++i)
            tree.apply(msg("a", "x"));
        QCOMPARE(tree.historyEntries(), quint64(0));
        QCOMPARE(tree.info(tree.find("a")).ownMessages, quint64(10));
    }

    void clearForgetsEverything()
    {
        TopicTree tree;
        tree.apply(msg("a/b", "x"));
        tree.apply(msg("a/b", "y"));
        tree.clear();
        QCOMPARE(tree.nodeCount(), size_t(1));
        QCOMPARE(tree.topicCount(), size_t(0));
        QCOMPARE(tree.historyEntries(), quint64(0));
        QCOMPARE(tree.find("a/b"), kNoNode);
        tree.apply(msg("a/b", "z"));
        QCOMPARE(tree.info(tree.find("a/b")).ownMessages, quint64(1));
    }
    void deletedRetainedValueStaysDeletedUntilANewOne()
    {
        TopicTree tree;
        tree.apply(msg("d/status", "online", 1, true, 1000));
        const NodeId n = tree.find("d/status");
        tree.apply(msg("d/status", QByteArray(), 1, true, 2000)); // deleted by someone
        tree.apply(msg("d/status", "live", 0, false, 3000));      // live traffic says nothing of it
        QVERIFY(tree.info(n).retainedCleared);
        QVERIFY(!tree.info(n).holdsRetained);
        tree.apply(msg("d/status", "online", 1, true, 4000)); // a new retained value
        QVERIFY(!tree.info(n).retainedCleared);
        QVERIFY(tree.info(n).holdsRetained);
        // Deleted by us (the broker accepted our empty retained message), then the echo of it
        // arrives as a live message (MQTT 3.1.1 subscriptions lose the retain flag).
        tree.markRetainedCleared(n);
        tree.apply(msg("d/status", QByteArray(), 1, false, 5000));
        QVERIFY(tree.info(n).retainedCleared);
        QVERIFY(tree.retainedTopicsUnder(kRootNode).empty());
    }
};

QTEST_GUILESS_MAIN(TstTopicTree)
#include "tst_topictree.moc"
