#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace deck {

/// The time a connection's stages see: staleness, command timeouts and rates ask it, never the
/// system directly, so that tests and replays can run on another time. Thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
    /// Told the receive time of the newest applied message (the engine calls it once per slice);
    /// only a message-time clock uses it.
    virtual void observe(qint64 messageMs) { Q_UNUSED(messageMs); }

    /// The wall clock (the default for live connections).
    static std::shared_ptr<Clock> system();
};

/// A clock moved by hand: tests set the time and step it.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_ms(startMs) {}
    qint64 nowMs() const override { return m_ms.load(std::memory_order_acquire); }
    void set(qint64 ms) { m_ms.store(ms, std::memory_order_release); }
    void advance(qint64 ms) { m_ms.fetch_add(ms, std::memory_order_acq_rel); }

private:
    std::atomic<qint64> m_ms;
};

/// Time as the messages tell it: the newest receive time applied so far (a replay of a capture
/// runs on the capture's time, however fast it is fed). Never goes backwards.
class MessageTimeClock : public Clock
{
public:
    explicit MessageTimeClock(qint64 startMs = 0) : m_ms(startMs) {}
    qint64 nowMs() const override { return m_ms.load(std::memory_order_acquire); }
    void observe(qint64 messageMs) override
    {
        qint64 seen = m_ms.load(std::memory_order_relaxed);
        while (messageMs > seen && !m_ms.compare_exchange_weak(seen, messageMs))
        {
        }
    }

private:
    std::atomic<qint64> m_ms;
};

} // namespace deck
