#include "RetainedBoard.h"

namespace deck::fleet {

RetainedBoard::RetainedBoard(qint64 largeBytes, size_t maxTopics)
    : MessageStage(QString::fromLatin1(QT_TRANSLATE_NOOP("Stage", "the retained board"))),
      m_largeBytes(largeBytes), m_wantedLargeBytes(largeBytes), m_maxTopics(maxTopics)
{
    m_snapshot.publish(std::make_shared<const RetainedSnapshot>());
}

QStringList RetainedBoard::flagsFor(std::string_view topic, qint64 size, qint64 largeBytes)
{
    bool command = false, telemetry = false;
    const bool sparkplug = topic.substr(0, 8) == "spBv1.0/";
    int index = 0;
    for (size_t start = 0;; ++index) {
        const size_t slash = topic.find('/', start);
        const std::string_view level =
            topic.substr(start, slash == std::string_view::npos ? slash : slash - start);
        if (sparkplug && index == 2) {
            command = command || level == "NCMD" || level == "DCMD";
            telemetry = telemetry || level == "NDATA" || level == "DDATA";
        } else if (!sparkplug) {
            command = command || level == "command" || level == "commands" || level == "cmd";
            telemetry = telemetry || level == "telemetry";
        }
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    QStringList flags;
    if (command)
        flags << QStringLiteral("retained_command");
    if (telemetry)
        flags << QStringLiteral("retained_telemetry");
    if (size > largeBytes)
        flags << QStringLiteral("large");
    return flags;
}

void RetainedBoard::consume(const Message &message)
{
    if (!message.isRetained())
        return;
    const std::string topic(message.topic());
    if (message.payload().isEmpty()) { // a clear: the broker no longer keeps it
        m_dirty = m_entries.erase(topic) > 0 || m_dirty;
        return;
    }
    auto it = m_entries.find(topic);
    if (it == m_entries.end()) {
        if (m_entries.size() >= m_maxTopics) {
            ++m_dropped;
            m_dirty = true;
            return;
        }
        it = m_entries.emplace(topic, std::make_shared<RetainedEntry>()).first;
        it->second->topic = message.topicString();
        it->second->firstSeenMs = message.receivedAtMs();
    } else if (it->second.use_count() > 1) {
        it->second = std::make_shared<RetainedEntry>(*it->second); // a snapshot holds it
    }
    RetainedEntry &e = *it->second;
    e.size = message.payload().size();
    e.qos = message.qos();
    e.preview = message.payload().first(std::min(e.size, qint64(kPreviewBytes))).toByteArray();
    e.lastSeenMs = message.receivedAtMs();
    e.flags = flagsFor(message.topic(), e.size, m_largeBytes);
    m_dirty = true;
}

void RetainedBoard::setLargeBytes(qint64 bytes)
{
    m_wantedLargeBytes.store(bytes > 0 ? bytes : 1, std::memory_order_relaxed);
}

qint64 RetainedBoard::largeBytes() const
{
    return m_wantedLargeBytes.load(std::memory_order_relaxed);
}

void RetainedBoard::tick(qint64 nowMs)
{
    Q_UNUSED(nowMs);
    if (const qint64 wanted = m_wantedLargeBytes.load(std::memory_order_relaxed);
        wanted != m_largeBytes) {
        m_largeBytes = wanted;
        for (auto &[topic, entry] : m_entries) {
            QStringList flags = flagsFor(topic, entry->size, m_largeBytes);
            if (flags == entry->flags)
                continue;
            if (entry.use_count() > 1)
                entry = std::make_shared<RetainedEntry>(*entry); // a snapshot holds it
            entry->flags = std::move(flags);
            m_dirty = true;
        }
    }
    if (!m_dirty)
        return;
    auto snap = std::make_shared<RetainedSnapshot>();
    snap->generation = ++m_generation;
    snap->entries.reserve(m_entries.size());
    for (const auto &[topic, entry] : m_entries)
        snap->entries.push_back(entry);
    snap->dropped = m_dropped;
    m_snapshot.publish(std::move(snap));
    m_dirty = false;
}

void RetainedBoard::cleared()
{
    m_entries.clear();
    m_dropped = 0;
    m_dirty = true;
}

} // namespace deck::fleet
