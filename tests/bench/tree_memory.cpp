// RSS growth per topic when the tree holds N distinct topics, each with its last 60-byte
// payload (the memory target: <= 200 bytes per topic). Prints one JSON object.
//   tree_memory [topics=1000000]

#include "AllocatorTuning.h"
#include "topics/TopicTree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstring>

namespace {
long rssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLong() * 4 : 0;
}
} // namespace

int main(int argc, char **argv)
{
    const long topics = argc > 1 ? std::atol(argv[1]) : 1000000;
    deck::HistoryLimits limits;
    deck::tuneAllocator();
    deck::TopicTree tree(limits);
    const long before = rssKb();
    char topic[96];
    char payload[128];
    QElapsedTimer timer;
    timer.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (long i = 0; i < topics; ++i) {
        // site-XX/area-YY/device-NNNNNN/telemetry/temp: 44 bytes, as the load.
        std::snprintf(topic, sizeof topic, "site-%02ld/area-%02ld/device-%06ld/telemetry/temp",
                      i % 100, (i / 100) % 100, i);
        std::snprintf(payload, sizeof payload,
                      "{\"device\":\"device-%06ld\",\"value\":%08.3f,\"u\":\"C\"}", i,
                      double(i % 1000) / 7.0);
        tree.apply(deck::Message::fromParts(QByteArray(topic), QByteArray(payload, 60), 0, false,
                                            false, now));
    }
    const double seconds = timer.elapsed() / 1000.0;
    const long after = rssKb();
    std::printf("{\"topics\":%ld,\"rss_growth_kb\":%ld,\"rss_bytes_per_topic\":%.1f,"
                "\"tree_bytes_per_topic\":%.1f,\"nodes\":%zu,\"insert_ns_per_topic\":%.0f}\n",
                topics, after - before, (after - before) * 1024.0 / double(topics),
                double(tree.memoryBytes()) / double(topics), tree.nodeCount(),
                seconds * 1e9 / double(topics));
    return 0;
}
