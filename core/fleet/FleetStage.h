#pragma once

#include "Device.h"
#include "DeviceRules.h"
#include "SparkplugTracker.h"
#include "ingest/MessageStage.h"
#include "util/Published.h"

#include <QCoreApplication>

#include <atomic>
#include <deque>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace deck::fleet {

/// The fleet of one connection, from what is already on the wire: devices found by the rules
/// (status topics, wills, any message under a device), their state (online, offline, stale,
/// unknown) with timestamped transitions, reconnects, last seen, rate, firmware. An inline stage
/// on the connection's engine; ticked with the connection's clock for staleness; publishes a
/// FleetSnapshot at each notification when something changed (devices are shared between
/// snapshots and copied before a change, so readers never lock).
class FleetStage : public MessageStage
{
    Q_DECLARE_TR_FUNCTIONS(FleetStage)
public:
    explicit FleetStage(DeviceRules rules, size_t maxDevices = 100000);

    std::shared_ptr<const FleetSnapshot> snapshot() const { return m_snapshot.get(); }
    /// Every transition since the last call, in order (any thread). At most 100,000 wait; older
    /// ones are dropped and counted (changesLost()).
    std::vector<std::pair<DevicePtr, Transition>> takeChanges();
    quint64 changesLost() const { return m_changesLost.load(); }
    const DeviceRules &rules() const { return m_rules; }

    void consume(const Message &message) override;
    void tick(qint64 nowMs) override;
    void cleared() override;

    static constexpr size_t kHistory = 50;
    static constexpr int kTopics = 20;
    static constexpr qsizetype kStatusBytes = 4096;
    /// Counters (messages, last seen, rate) are published at most this often; state changes at
    /// the next notification.
    static constexpr qint64 kCountersEveryMs = 1000;

private:
    struct Slot
    {
        std::string key; ///< the topic prefix; the map's key views into it
        std::shared_ptr<Device> device;
        std::unordered_set<size_t> topicHashes;
        quint64 messagesAtRate = 0;
        // What arrived since the device was last published: counted here and folded into the
        // device when it is published, so that a message does not copy a device a reader holds.
        quint64 hotMessages = 0;
        qint64 hotLastSeenMs = 0;
        QStringList hotTopics;
        bool hot = false;
    };
    Device &writable(Slot &slot);
    qint64 lastSeen(const Slot &slot) const
    {
        return std::max(slot.device->lastSeenMs, slot.hotLastSeenMs);
    }
    /// A new device under `key` (its prefix), or null past the bound (counted as dropped).
    Slot *newDevice(std::string key, qint64 atMs, int staleAfterSeconds);
    void transition(Slot &slot, DeviceState to, qint64 atMs, const QString &cause);
    Slot *slotFor(const DeviceRule &rule, const TopicMatch &match, qint64 atMs);
    void consumeSparkplug(const Message &message);
    void syncSparkplug(const SparkplugEntity &entity, qint64 atMs);

    DeviceRules m_rules;
    SparkplugTracker m_sparkplug;
    size_t m_maxDevices;
    Slot *newSlot(std::string key);
    std::unordered_map<std::string_view, std::unique_ptr<Slot>> m_devices; // by topic prefix
    std::vector<Slot *> m_order;       // sorted by prefix when m_resort
    std::vector<Slot *> m_hot;         // slots with messages not yet folded into their device
    qint64 m_lastPublishMs = 0;
    bool m_resort = false;
    bool m_dirty = true;
    quint64 m_dropped = 0;
    quint64 m_generation = 0;
    qint64 m_lastRateMs = 0;
    std::vector<std::pair<DevicePtr, Transition>> m_changes;
    std::unordered_set<size_t> m_seenTopics; // topics seen once: a later retained one is live
    Published<FleetSnapshot> m_snapshot;
    std::mutex m_takeMutex;
    std::deque<std::pair<DevicePtr, Transition>> m_toTake; // guarded by m_takeMutex
    std::atomic<quint64> m_changesLost{0};
};

} // namespace deck::fleet
