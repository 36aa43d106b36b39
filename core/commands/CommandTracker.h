#pragma once

#include "CommandEvent.h"
#include "ingest/MessageStage.h"
#include "mqtt/Results.h"
#include "util/Clock.h"
#include "util/Published.h"

#include <QCoreApplication>

#include <deque>
#include <mutex>
#include <unordered_map>

namespace deck::commands {

/// Follows commands through their answers (an inline stage on the connection's engine):
/// CREATED → SENT → ACKED → RUNNING → DONE, or REJECTED, FAILED, EXPIRED, TIMEOUT, CANCELLED.
/// Answers are matched by the command_id in their JSON (stream, devices) or by their
/// correlation data (MQTT 5); Sparkplug commands end with the next NDATA/DDATA of their node or
/// device. An answer for an unknown or finished command, a duplicate and a status the state
/// cannot take are recorded as events, never dropped; they never move the state. Time-outs and
/// expiry are evaluated in tick() with the connection's clock, which stamps every transition.
///
/// Readers take snapshot() (immutable) and takeEvents() (every event in order, once); nothing
/// they hold is ever changed. All methods are thread-safe.
class CommandTracker : public MessageStage
{
    Q_DECLARE_TR_FUNCTIONS(CommandTracker)
public:
    /// `clock` (not owned) is the connection's; it must outlive the tracker's use.
    explicit CommandTracker(const Clock &clock);

    /// Starts following a command (CREATED, an event).
    void track(const CommandRecord &record);
    /// Follows a command again as the journal left it (no event).
    void resume(const TrackedCommand &command);
    /// The broker's answer to the command's PUBLISH: SENT (with its reason code) or FAILED.
    void publishAnswered(const QString &commandId, const mqtt::PublishResult &result);
    /// Stops following a command that is not final: CANCELLED. False when it is unknown or final.
    bool cancel(const QString &commandId, const QString &why = {});

    std::shared_ptr<const CommandsSnapshot> snapshot() const { return m_snapshot.get(); }
    TrackedCommandPtr find(const QString &commandId) const;
    /// Every event since the last call, in order. At most 100,000 wait; older ones are dropped
    /// and counted (eventsLost()).
    std::vector<CommandEvent> takeEvents();
    quint64 eventsLost() const;

    void consume(const Message &message) override;
    void tick(qint64 nowMs) override;

private:
    using Slot = std::shared_ptr<TrackedCommand>;
    TrackedCommand &writable(Slot &slot);
    void add(Slot slot);
    void record(CommandEvent event);
    void move(Slot &slot, CommandState to, qint64 at, const QString &detail,
              const QString &topic = {}, const QByteArray &payload = {}, int reasonCode = -1);
    void note(const QString &commandId, CommandEvent::Kind kind, CommandState state, qint64 at,
              const QString &detail, const QString &topic, const QByteArray &payload);
    void answer(Slot &slot, CommandState status, qint64 at, const QString &topic,
                const QByteArray &payload);
    void updateFilter();
    void publish();

    const Clock &m_clock;
    mutable std::mutex m_mutex;
    std::unordered_map<QString, Slot> m_byId;
    std::vector<Slot> m_order;
    std::deque<CommandEvent> m_events;
    quint64 m_eventsLost = 0;
    quint64 m_unmatched = 0;
    quint64 m_generation = 0;
    Published<CommandsSnapshot> m_snapshot;
};

} // namespace deck::commands
