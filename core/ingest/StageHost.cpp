#include "StageHost.h"

#include <algorithm>

namespace deck {

StageHost::~StageHost()
{
    std::lock_guard lock(m_mutex);
    for (Entry &e : m_entries)
        if (e.worker)
            stopWorker(*e.worker);
}

void StageHost::add(std::shared_ptr<MessageStage> stage)
{
    Entry entry;
    entry.stage = std::move(stage);
    if (entry.stage->delivery() == MessageStage::Delivery::Worker) {
        entry.worker = std::make_unique<Worker>();
        entry.worker->stage = entry.stage;
        Worker *w = entry.worker.get();
        w->thread = std::thread([w] { w->run(); });
    }
    std::lock_guard lock(m_mutex);
    m_entries.push_back(std::move(entry));
}

void StageHost::remove(const MessageStage *stage)
{
    std::unique_ptr<Worker> worker;
    {
        std::lock_guard lock(m_mutex);
        const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                     [stage](const Entry &e) { return e.stage.get() == stage; });
        if (it == m_entries.end())
            return;
        worker = std::move(it->worker);
        m_entries.erase(it);
    }
    if (worker)
        stopWorker(*worker);
}

bool StageHost::isEmpty() const
{
    std::shared_lock lock(m_mutex);
    return m_entries.empty();
}

void StageHost::dispatch(const Message *begin, const Message *end)
{
    std::shared_lock lock(m_mutex);
    for (Entry &e : m_entries) {
        const std::shared_ptr<const StageFilter> filter = e.stage->filter();
        if (filter->wantsNothing())
            continue;
        if (!e.worker) {
            quint64 n = 0;
            for (const Message *m = begin; m != end; ++m)
                if (filter->matches(m->topic())) {
                    e.stage->consume(*m);
                    ++n;
                }
            if (n > 0) {
                e.stage->m_delivered.fetch_add(n, std::memory_order_relaxed);
                e.stage->sliceEnd();
            }
            continue;
        }
        std::vector<Message> wanted;
        if (filter->wantsAll()) {
            wanted.assign(begin, end);
        } else {
            for (const Message *m = begin; m != end; ++m)
                if (filter->matches(m->topic()))
                    wanted.push_back(*m);
        }
        if (!wanted.empty())
            offer(*e.worker, std::move(wanted));
    }
}

void StageHost::offer(Worker &w, std::vector<Message> &&messages)
{
    MessageStage &s = *w.stage;
    const quint64 n = messages.size();
    if (s.m_queued.load(std::memory_order_relaxed) + n > s.maxQueued()) {
        // Behind by more than its bound: this slice's messages are dropped, and counted. The
        // messages already queued stay in order; the stage sees a gap, never a reordering.
        s.m_dropped.fetch_add(n, std::memory_order_relaxed);
        return;
    }
    s.m_queued.fetch_add(n, std::memory_order_relaxed);
    {
        std::lock_guard lock(w.mutex);
        w.items.push_back({std::move(messages), false});
    }
    w.wake.notify_one();
}

void StageHost::tick(qint64 nowMs)
{
    std::shared_lock lock(m_mutex);
    for (Entry &e : m_entries) {
        if (!e.worker) {
            e.stage->tick(nowMs);
            continue;
        }
        {
            std::lock_guard wl(e.worker->mutex);
            e.worker->tickAtMs = nowMs;
        }
        e.worker->wake.notify_one();
    }
}

void StageHost::clear()
{
    std::shared_lock lock(m_mutex);
    for (Entry &e : m_entries) {
        if (!e.worker) {
            e.stage->cleared();
            continue;
        }
        {
            std::lock_guard wl(e.worker->mutex);
            e.worker->items.push_back({{}, true});
        }
        e.worker->wake.notify_one();
    }
}

std::vector<StageCounters> StageHost::counters() const
{
    std::shared_lock lock(m_mutex);
    std::vector<StageCounters> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.push_back(e.stage->counters());
    return out;
}

void StageHost::stopWorker(Worker &w)
{
    {
        std::lock_guard lock(w.mutex);
        w.stop = true;
    }
    w.wake.notify_one();
    if (w.thread.joinable())
        w.thread.join();
}

void StageHost::Worker::run()
{
    std::unique_lock lock(mutex);
    for (;;) {
        wake.wait(lock, [this] { return stop || !items.empty() || tickAtMs >= 0; });
        if (stop)
            return;
        if (!items.empty()) {
            Item item = std::move(items.front());
            items.pop_front();
            lock.unlock();
            if (item.clear) {
                stage->cleared();
            } else {
                for (const Message &m : item.messages)
                    stage->consume(m);
                stage->m_delivered.fetch_add(item.messages.size(), std::memory_order_relaxed);
                stage->m_queued.fetch_sub(item.messages.size(), std::memory_order_relaxed);
                stage->sliceEnd();
            }
            lock.lock();
            continue; // the queue first: a tick sees everything delivered before it
        }
        const qint64 at = tickAtMs;
        tickAtMs = -1;
        lock.unlock();
        stage->tick(at);
        lock.lock();
    }
}

} // namespace deck
