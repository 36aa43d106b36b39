#pragma once

#include "topics/TopicTree.h"

#include <QJsonObject>
#include <QString>

namespace deck {

/// What one benchmark subscriber measured, as printed by `mqttdeck-cli bench-consume`.
struct ConsumerReport
{
    QString mode;
    quint64 received = 0; ///< delivered by the client library
    quint64 applied = 0;  ///< counted into the tree (engine mode)
    quint64 dropped = 0;  ///< dropped at the hand-off queue's bound (engine mode)
    qint64 doneAtNs = 0;  ///< steady clock (CLOCK_MONOTONIC) when the last message was counted
    double cpuSeconds = -1; ///< user + system CPU of the consumer's process, "ready" to done
    qint64 peakRssKb = 0;
    qint64 rssGrowthKb = 0; ///< after the load minus before subscribing
    quint64 topics = 0;
    QString error;
    QJsonObject toJson() const;
    static ConsumerReport fromJson(const QJsonObject &o);
};

/// Subscribes to '#' on 127.0.0.1:`port`, prints "ready" on stdout once the SUBACK arrived,
/// and counts until `expected` messages or `idleMs` without a message. `mode` is "engine"
/// (the product's path: PahoSession + Engine with its tree, the live feed and an idle stage
/// registered), "engine_nostages" (the same without any stage: what the stage interface costs
/// is the difference), "engine_fleet" (the engine with a fleet stage tracking 10,000 devices
/// among the load's 100,000 topics) or "paho" (a bare Paho C++ message callback that only
/// counts: the library's own ceiling).
/// `mqtt5`: every consumer speaks the same protocol version (MQTT 5 costs Paho a properties
/// object per message).
ConsumerReport runBenchConsumer(const QString &mode, int port, int qos, quint64 expected,
                                int idleMs, const HistoryLimits &history, bool mqtt5);

qint64 steadyNowNs();
qint64 currentRssKb();
qint64 peakRssKb();

} // namespace deck
