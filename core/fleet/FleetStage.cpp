#include "FleetStage.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace deck::fleet {

const char *stateKey(DeviceState state)
{
    switch (state) {
    case DeviceState::Online:
        return "online";
    case DeviceState::Stale:
        return "stale";
    case DeviceState::Offline:
        return "offline";
    case DeviceState::Unknown:
        break;
    }
    return "unknown";
}

QString stateText(DeviceState state)
{
    switch (state) {
    case DeviceState::Online:
        return FleetStage::tr("online");
    case DeviceState::Stale:
        return FleetStage::tr("stale");
    case DeviceState::Offline:
        return FleetStage::tr("offline");
    case DeviceState::Unknown:
        break;
    }
    return FleetStage::tr("unknown");
}

FleetStage::FleetStage(DeviceRules rules, size_t maxDevices)
    : MessageStage(QString::fromLatin1(QT_TRANSLATE_NOOP("Stage", "the fleet"))),
      m_rules(std::move(rules)), m_maxDevices(maxDevices)
{
    m_snapshot.publish(std::make_shared<const FleetSnapshot>());
}

Device &FleetStage::writable(Slot &slot)
{
    // A snapshot may hold this device: change a copy (copy on write), never what a reader sees.
    if (slot.device.use_count() > 1)
        slot.device = std::make_shared<Device>(*slot.device);
    m_dirty = true;
    Device &d = *slot.device;
    if (slot.hot) {
        d.messages += slot.hotMessages;
        d.lastSeenMs = std::max(d.lastSeenMs, slot.hotLastSeenMs);
        d.topics += slot.hotTopics;
        slot.hotMessages = 0;
        slot.hotTopics.clear();
        slot.hot = false;
    }
    return d;
}

FleetStage::Slot *FleetStage::newSlot(std::string key)
{
    auto slot = std::make_unique<Slot>();
    slot->key = std::move(key);
    Slot *raw = slot.get();
    m_devices.emplace(std::string_view(raw->key), std::move(slot));
    m_order.push_back(raw);
    m_resort = true;
    m_dirty = true;
    return raw;
}

void FleetStage::transition(Slot &slot, DeviceState to, qint64 atMs, const QString &cause)
{
    if (slot.device->state == to)
        return;
    Device &d = writable(slot);
    Transition t{atMs, d.state, to, cause};
    if (d.state == DeviceState::Online && d.stateSinceMs > 0 && atMs > d.stateSinceMs)
        d.onlineMs += atMs - d.stateSinceMs;
    if (d.state == DeviceState::Offline && to == DeviceState::Online)
        ++d.reconnects;
    d.state = to;
    d.stateSinceMs = atMs;
    d.history.push_back(t);
    while (d.history.size() > kHistory)
        d.history.pop_front();
    m_changes.emplace_back(slot.device, t);
    std::lock_guard lock(m_takeMutex);
    m_toTake.emplace_back(slot.device, t);
    while (m_toTake.size() > 100000) {
        m_toTake.pop_front();
        ++m_changesLost;
    }
}

std::vector<std::pair<DevicePtr, Transition>> FleetStage::takeChanges()
{
    std::lock_guard lock(m_takeMutex);
    std::vector<std::pair<DevicePtr, Transition>> out(m_toTake.begin(), m_toTake.end());
    m_toTake.clear();
    return out;
}

FleetStage::Slot *FleetStage::slotFor(const DeviceRule &rule, const TopicMatch &match,
                                      qint64 atMs)
{
    if (const auto it = m_devices.find(match.prefix); it != m_devices.end())
        return it->second.get();
    Slot *slot = newDevice(std::string(match.prefix), atMs, rule.staleAfterSeconds);
    if (!slot)
        return nullptr;
    Device &d = writable(*slot);
    d.id = QString::fromUtf8(match.id.data(), qsizetype(match.id.size()));
    d.rule = rule.name;
    d.groupNames = rule.groupNames;
    const QStringList levels = d.prefix.split(QLatin1Char('/'));
    for (int level : rule.groupLevels)
        d.groups << levels.value(level);
    return slot;
}

FleetStage::Slot *FleetStage::newDevice(std::string key, qint64 atMs, int staleAfterSeconds)
{
    if (m_devices.size() >= m_maxDevices) {
        ++m_dropped;
        m_dirty = true;
        return nullptr;
    }
    auto d = std::make_shared<Device>();
    d->prefix = QString::fromStdString(key);
    d->firstSeenMs = atMs;
    d->stateSinceMs = atMs;
    d->staleAfterSeconds = staleAfterSeconds;
    Slot *slot = newSlot(std::move(key));
    slot->device = std::move(d);
    return slot;
}

void FleetStage::consume(const Message &message)
{
    if (m_rules.sparkplug() && message.topic().substr(0, 8) == "spBv1.0/") {
        consumeSparkplug(message);
        return;
    }
    const auto found = m_rules.match(message.topic());
    if (!found)
        return;
    const auto &[rule, match] = *found;
    const qint64 at = message.receivedAtMs();
    Slot *slot = slotFor(*rule, match, at);
    if (!slot)
        return;
    // Retained = from the broker's store, unless the status topic was already seen: under
    // MQTT 5's "retain as published" (the window asks for it) a live update keeps its retain
    // flag, but the store sends each topic once, on subscribing.
    const bool live =
        !message.isRetained() ||
        (match.status &&
         !m_seenTopics.insert(std::hash<std::string_view>{}(message.topic())).second);
    if (match.status && !message.isRetained())
        m_seenTopics.insert(std::hash<std::string_view>{}(message.topic()));
    ++slot->hotMessages;
    if (live)
        slot->hotLastSeenMs = std::max(slot->hotLastSeenMs, at);
    if (slot->device->topics.size() + slot->hotTopics.size() < kTopics &&
        slot->topicHashes.insert(std::hash<std::string_view>{}(message.topic())).second)
        slot->hotTopics << message.topicString();
    if (!slot->hot) {
        slot->hot = true;
        m_hot.push_back(slot);
    }
    if (match.status && !message.payload().isEmpty()) {
        const QByteArray payload = message.payload().toByteArray();
        QString firmware, since;
        const StatusSays says = DeviceRules::readState(*rule, payload, &firmware, &since);
        Device &d = writable(*slot);
        d.lastStatus = payload.left(kStatusBytes);
        d.statusTopic = message.topicString();
        d.lastStatusMs = at;
        if (!firmware.isEmpty())
            d.firmware = firmware;
        if (!since.isEmpty())
            d.since = since;
        const QString how = live ? QString() : tr(" (retained)");
        if (says == StatusSays::Online)
            transition(*slot, DeviceState::Online, at, tr("status: online%1").arg(how));
        else if (says == StatusSays::Offline)
            transition(*slot, DeviceState::Offline, at, tr("status: offline%1").arg(how));
        return;
    }
    if (live && slot->device->state != DeviceState::Online &&
        slot->device->state != DeviceState::Offline)
        transition(*slot, DeviceState::Online, at, tr("messages arrive"));
}

void FleetStage::consumeSparkplug(const Message &message)
{
    std::vector<QString> changed;
    if (!m_sparkplug.apply(message.topic(), message.payload(), message.receivedAtMs(), &changed))
        return;
    for (const QString &id : changed)
        if (const auto it = m_sparkplug.entities().find(id); it != m_sparkplug.entities().end()) {
            syncSparkplug(it->second, message.receivedAtMs());
            const std::string key = "spBv1.0/" + id.toStdString();
            const auto slot = m_devices.find(std::string_view(key));
            if (slot != m_devices.end() && slot->second->device->topics.size() < kTopics &&
                slot->second->topicHashes.insert(std::hash<std::string_view>{}(message.topic())).second)
                writable(*slot->second).topics << message.topicString();
        }
}

void FleetStage::syncSparkplug(const SparkplugEntity &e, qint64 atMs)
{
    // A Sparkplug node or device is a fleet device keyed by its id under spBv1.0/; its state
    // comes from births and deaths (the tracker), staleness from the same threshold as others.
    const QString id = e.id();
    const std::string key = "spBv1.0/" + id.toStdString();
    Slot *found = nullptr;
    if (const auto it = m_devices.find(std::string_view(key)); it != m_devices.end()) {
        found = it->second.get();
    } else {
        found = newDevice(key, atMs,
                          m_rules.rules().empty() ? 300 : m_rules.rules().front().staleAfterSeconds);
        if (!found)
            return;
        Device &d = writable(*found);
        d.id = id;
        d.rule = QStringLiteral("sparkplug");
        d.sparkplug = true;
        d.kind = e.kind == SparkplugEntity::Kind::Node ? QStringLiteral("node")
                                                       : QStringLiteral("device");
        d.groupNames = {QStringLiteral("group"), QStringLiteral("node")};
        d.groups = {e.group, e.node};
    }
    Slot &slot = *found;
    {
        Device &d = writable(slot);
        ++d.messages;
        d.lastSeenMs = std::max(d.lastSeenMs, e.lastSeenMs);
        d.bdSeq = e.bdSeq ? qint64(*e.bdSeq) : -1;
        d.flags = e.flags();
        d.lastProblem = e.lastProblem;
        QJsonObject metrics;
        for (const auto &[name, metric] : e.metrics)
            metrics.insert(name, metric.value);
        d.metricsJson = QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact));
        if (const auto fw = e.metrics.find(QStringLiteral("Properties/Firmware"));
            fw != e.metrics.end() && fw->second.value.isString())
            d.firmware = fw->second.value.toString();
    }
    if (e.state == SparkplugEntity::State::Online && slot.device->state == DeviceState::Online &&
        e.births > slot.device->births) {
        // Born again while online: no change of state, but a line in its history.
        Device &d = writable(slot);
        Transition t{atMs, DeviceState::Online, DeviceState::Online,
                     tr("rebirth (%1)").arg(e.lastRebirthCause)};
        d.history.push_back(t);
        while (d.history.size() > kHistory)
            d.history.pop_front();
        m_changes.emplace_back(slot.device, t);
        std::lock_guard lock(m_takeMutex);
        m_toTake.emplace_back(slot.device, t);
    }
    if (slot.device->births != e.births)
        writable(slot).births = e.births;
    if (e.state == SparkplugEntity::State::Online)
        transition(slot, DeviceState::Online, atMs,
                   e.births > 1 ? tr("birth (%1)").arg(e.lastRebirthCause) : tr("birth"));
    else if (e.state == SparkplugEntity::State::Offline)
        transition(slot, DeviceState::Offline, atMs, e.offlineCause);
    else if (slot.device->state == DeviceState::Stale)
        transition(slot, DeviceState::Unknown, atMs, tr("data without a birth"));
}

void FleetStage::tick(qint64 nowMs)
{
    // Staleness: online (or never told) devices silent for longer than their threshold. A device
    // known only from retained messages is silent since it was first seen.
    for (Slot *slot : m_order) {
        const Device &d = *slot->device;
        if (d.state != DeviceState::Online && d.state != DeviceState::Unknown)
            continue;
        const qint64 since = lastSeen(*slot) > 0 ? lastSeen(*slot) : d.firstSeenMs;
        if (nowMs - since > qint64(d.staleAfterSeconds) * 1000)
            transition(*slot, DeviceState::Stale, nowMs,
                       tr("nothing received for %1 s").arg((nowMs - since) / 1000));
    }
    if (m_lastRateMs == 0 || nowMs - m_lastRateMs >= 1000) {
        const double seconds = m_lastRateMs == 0 ? 0 : double(nowMs - m_lastRateMs) / 1000.0;
        for (Slot *slot : m_order) {
            const quint64 n = slot->device->messages + slot->hotMessages;
            if (seconds > 0) {
                const double rate = double(n - slot->messagesAtRate) / seconds;
                if (std::abs(rate - slot->device->ratePerSecond) > 0.01)
                    writable(*slot).ratePerSecond = rate;
            }
            slot->messagesAtRate = n;
        }
        m_lastRateMs = nowMs;
    }
    // Counters are folded in (a copy of each busy device) at most once a second; a state change
    // or a new device is published at once.
    const bool countersDue = !m_hot.empty() && nowMs - m_lastPublishMs >= kCountersEveryMs;
    if (!m_dirty && !countersDue)
        return;
    for (Slot *slot : m_hot)
        if (slot->hot)
            writable(*slot);
    m_hot.clear();
    m_lastPublishMs = nowMs;
    if (m_resort) {
        std::sort(m_order.begin(), m_order.end(),
                  [](const Slot *a, const Slot *b) { return a->device->prefix < b->device->prefix; });
        m_resort = false;
    }
    auto snap = std::make_shared<FleetSnapshot>();
    snap->generation = ++m_generation;
    snap->atMs = nowMs;
    snap->devices.reserve(m_order.size());
    for (Slot *slot : m_order) {
        snap->devices.push_back(slot->device);
        switch (slot->device->state) {
        case DeviceState::Online:
            ++snap->online;
            break;
        case DeviceState::Stale:
            ++snap->stale;
            break;
        case DeviceState::Offline:
            ++snap->offline;
            break;
        case DeviceState::Unknown:
            ++snap->unknown;
            break;
        }
    }
    snap->total = int(snap->devices.size());
    snap->changes.swap(m_changes);
    snap->droppedDevices = m_dropped;
    m_snapshot.publish(std::move(snap));
    m_dirty = false;
}

void FleetStage::cleared()
{
    m_devices.clear();
    m_order.clear();
    m_hot.clear();
    m_seenTopics.clear();
    m_sparkplug.clear();
    m_changes.clear();
    m_dropped = 0;
    m_dirty = true;
}

} // namespace deck::fleet
