#include "MessageQueue.h"

namespace deck {

bool MessageQueue::push(Message &&message)
{
    std::lock_guard lock(m_mutex);
    const bool wasEmpty = m_items.empty();
    m_items.push_back(std::move(message));
    m_pushed.fetch_add(1, std::memory_order_relaxed);
    return wasEmpty;
}

qsizetype MessageQueue::drain(std::vector<Message> &out)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_items.empty())
            return 0;
        m_spare.swap(m_items); // m_items now holds the (cleared) spare buffer
    }
    const qsizetype count = qsizetype(m_spare.size());
    if (out.empty()) {
        out.swap(m_spare);
    } else {
        out.insert(out.end(), std::make_move_iterator(m_spare.begin()),
                   std::make_move_iterator(m_spare.end()));
        m_spare.clear();
    }
    return count;
}

qsizetype MessageQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_items.size());
}

} // namespace deck
