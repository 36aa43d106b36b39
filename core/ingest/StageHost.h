#pragma once

#include "MessageStage.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <thread>

namespace deck {

/// The stages registered on one Engine and their delivery: inline stages are called on the
/// engine thread, worker stages get their own thread and bounded queue. Registration is
/// thread-safe; dispatch(), tick() and clear() are called by the engine thread only.
class StageHost
{
public:
    StageHost() = default;
    ~StageHost();
    StageHost(const StageHost &) = delete;
    StageHost &operator=(const StageHost &) = delete;

    void add(std::shared_ptr<MessageStage> stage);
    /// After it returns the stage is never called again (a worker's queue is discarded).
    void remove(const MessageStage *stage);
    bool isEmpty() const;

    /// Hands messages [begin, end) of a slice to every stage that wants them, in order.
    void dispatch(const Message *begin, const Message *end);
    void tick(qint64 nowMs);
    void clear();
    std::vector<StageCounters> counters() const;

private:
    struct Worker
    {
        std::shared_ptr<MessageStage> stage;
        std::thread thread;
        std::mutex mutex;
        std::condition_variable wake;
        struct Item
        {
            std::vector<Message> messages;
            bool clear = false;
        };
        std::deque<Item> items; // guarded by mutex
        qint64 tickAtMs = -1;   // a tick requested, guarded by mutex
        bool stop = false;      // guarded by mutex
        void run();
    };
    struct Entry
    {
        std::shared_ptr<MessageStage> stage;
        std::unique_ptr<Worker> worker; // null for inline stages
    };
    static void offer(Worker &worker, std::vector<Message> &&messages);
    static void stopWorker(Worker &worker);

    // The engine thread holds m_mutex (shared) while it calls stages: remove() (exclusive) then
    // waits for the current slice, and a removed stage is never called afterwards. counters()
    // reads under a shared lock too, so that a stage blocked in consume() (a CLI writing to a
    // full pipe) never blocks a reader of the counters. Registration is rare.
    mutable std::shared_mutex m_mutex;
    std::vector<Entry> m_entries;
};

} // namespace deck
