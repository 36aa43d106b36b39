#include "MessageStage.h"

namespace deck {

StageFilter StageFilter::all()
{
    StageFilter f;
    f.m_all = true;
    return f;
}

StageFilter StageFilter::none()
{
    return StageFilter();
}

StageFilter::StageFilter(const std::vector<QByteArray> &filters)
{
    // `#` is a filter like any other: it does not match $SYS/... (StageFilter::all() does).
    for (const QByteArray &f : filters)
        m_filters.emplace_back(f);
}

MessageStage::MessageStage(QString name, StageFilter filter, Delivery delivery, size_t maxQueued)
    : m_name(std::move(name)), m_delivery(delivery), m_maxQueued(std::max<size_t>(1, maxQueued)),
      m_filter(std::make_shared<const StageFilter>(std::move(filter)))
{
}

MessageStage::~MessageStage() = default;

void MessageStage::setFilter(StageFilter filter)
{
    std::atomic_store(&m_filter, std::make_shared<const StageFilter>(std::move(filter)));
}

StageCounters MessageStage::counters() const
{
    StageCounters c;
    c.name = m_name;
    c.worker = m_delivery == Delivery::Worker;
    c.delivered = m_delivered.load(std::memory_order_relaxed);
    c.dropped = m_dropped.load(std::memory_order_relaxed);
    c.queued = m_queued.load(std::memory_order_relaxed);
    return c;
}

} // namespace deck
