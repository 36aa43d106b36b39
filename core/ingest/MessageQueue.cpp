#include "MessageQueue.h"

namespace deck {

void MessageQueue::setLimits(qsizetype maxMessages, qint64 maxPayloadBytes)
{
    std::lock_guard lock(m_mutex);
    m_maxMessages = maxMessages;
    m_maxBytes = maxPayloadBytes;
}

bool MessageQueue::push(Message &&message)
{
    const qint64 size = message.payload().size();
    bool wasEmpty;
    {
        std::lock_guard lock(m_mutex);
        if ((m_maxMessages > 0 && qsizetype(m_items.size()) >= m_maxMessages) ||
            (m_maxBytes > 0 && m_bytes.load(std::memory_order_relaxed) + size > m_maxBytes)) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return false;
        }
        wasEmpty = m_items.empty();
        m_items.push_back(std::move(message));
        m_bytes.fetch_add(size, std::memory_order_relaxed);
        m_pushed.fetch_add(1, std::memory_order_relaxed);
    }
    if (wasEmpty)
        m_wake.notify_one();
    return wasEmpty;
}

qsizetype MessageQueue::drain(std::vector<Message> &out)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_items.empty())
            return 0;
        m_spare.swap(m_items); // m_items now holds the (cleared) spare buffer
        m_bytes.store(0, std::memory_order_relaxed);
    }
    const qsizetype count = qsizetype(m_spare.size());
    if (out.empty()) {
        out.swap(m_spare);
    } else {
        out.insert(out.end(), std::make_move_iterator(m_spare.begin()),
                   std::make_move_iterator(m_spare.end()));
    }
    m_spare.clear();
    if (m_spare.capacity() > 65536)
        m_spare.shrink_to_fit(); // a past backlog must not pin its buffer
    return count;
}

bool MessageQueue::waitForMessages(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, timeout, [this] { return !m_items.empty() || m_wakeRequested; });
    m_wakeRequested = false;
    return !m_items.empty();
}

void MessageQueue::wakeUp()
{
    {
        std::lock_guard lock(m_mutex);
        m_wakeRequested = true;
    }
    m_wake.notify_all();
}

qsizetype MessageQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_items.size());
}

} // namespace deck
