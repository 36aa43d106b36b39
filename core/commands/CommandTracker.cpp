#include "CommandTracker.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace deck::commands {

namespace {

constexpr size_t kMaxEvents = 100000;

/// The state an answer's status asks for.
std::optional<CommandState> statusState(const QString &status)
{
    if (status == QLatin1String("accepted"))
        return CommandState::Acked;
    if (status == QLatin1String("rejected"))
        return CommandState::Rejected;
    if (status == QLatin1String("running"))
        return CommandState::Running;
    if (status == QLatin1String("done"))
        return CommandState::Done;
    if (status == QLatin1String("failed"))
        return CommandState::Failed;
    return std::nullopt;
}

int rank(CommandState s)
{
    switch (s) {
    case CommandState::Created:
        return 0;
    case CommandState::Sent:
        return 1;
    case CommandState::Acked:
        return 2;
    case CommandState::Running:
        return 3;
    default:
        return 4;
    }
}

} // namespace

CommandTracker::CommandTracker(const Clock &clock)
    : MessageStage(QString::fromLatin1(QT_TRANSLATE_NOOP("Stage", "the command tracker")),
                   StageFilter::none()),
      m_clock(clock)
{
    m_snapshot.publish(std::make_shared<const CommandsSnapshot>());
}

TrackedCommand &CommandTracker::writable(Slot &slot)
{
    // A snapshot may hold this command: change a copy, never what a reader sees.
    if (slot.use_count() > 1) {
        const Slot copy = std::make_shared<TrackedCommand>(*slot);
        for (Slot &s : m_order)
            if (s == slot)
                s = copy;
        m_byId[copy->record.commandId] = copy;
        slot = copy;
    }
    return *slot;
}

void CommandTracker::record(CommandEvent event)
{
    m_events.push_back(std::move(event));
    while (m_events.size() > kMaxEvents) {
        m_events.pop_front();
        ++m_eventsLost;
    }
}

void CommandTracker::publish()
{
    auto snap = std::make_shared<CommandsSnapshot>();
    snap->commands.assign(m_order.begin(), m_order.end());
    snap->generation = ++m_generation;
    snap->unmatchedAnswers = m_unmatched;
    m_snapshot.publish(std::move(snap));
}

void CommandTracker::updateFilter()
{
    std::vector<QByteArray> topics;
    for (const Slot &s : m_order)
        for (const QString &t : s->record.answerTopics())
            if (std::find(topics.begin(), topics.end(), t.toUtf8()) == topics.end())
                topics.push_back(t.toUtf8());
    setFilter(topics.empty() ? StageFilter::none() : StageFilter(topics));
}

void CommandTracker::add(Slot slot)
{
    m_byId[slot->record.commandId] = slot;
    m_order.push_back(std::move(slot));
    updateFilter();
}

void CommandTracker::track(const CommandRecord &r)
{
    std::lock_guard lock(m_mutex);
    if (m_byId.count(r.commandId))
        return;
    auto slot = std::make_shared<TrackedCommand>();
    slot->record = r;
    CommandEvent e;
    e.commandId = r.commandId;
    e.atMs = m_clock.nowMs();
    e.detail = tr("created");
    slot->apply(e);
    record(e);
    add(std::move(slot));
    publish();
}

void CommandTracker::resume(const TrackedCommand &command)
{
    std::lock_guard lock(m_mutex);
    if (m_byId.count(command.record.commandId))
        return;
    add(std::make_shared<TrackedCommand>(command));
    publish();
}

void CommandTracker::move(Slot &slot, CommandState to, qint64 at, const QString &detail,
                          const QString &topic, const QByteArray &payload, int reasonCode)
{
    TrackedCommand &c = writable(slot);
    CommandEvent e;
    e.commandId = c.record.commandId;
    e.atMs = at;
    e.from = c.state;
    e.to = to;
    e.detail = detail;
    e.topic = topic;
    e.payload = payload;
    e.reasonCode = reasonCode;
    c.apply(e);
    record(std::move(e));
}

void CommandTracker::note(const QString &commandId, CommandEvent::Kind kind, CommandState state,
                          qint64 at, const QString &detail, const QString &topic,
                          const QByteArray &payload)
{
    CommandEvent e;
    e.commandId = commandId;
    e.atMs = at;
    e.kind = kind;
    e.from = e.to = state;
    e.detail = detail;
    e.topic = topic;
    e.payload = payload;
    if (kind != CommandEvent::Kind::BrokerAnswer)
        ++m_unmatched;
    if (const auto it = m_byId.find(commandId); it != m_byId.end())
        writable(it->second).timeline << e;
    record(std::move(e));
}

void CommandTracker::publishAnswered(const QString &commandId, const mqtt::PublishResult &r)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byId.find(commandId);
    if (it == m_byId.end())
        return;
    Slot &slot = it->second;
    const qint64 at = m_clock.nowMs();
    const QString words = r.error.isEmpty()
                              ? (r.codeName.isEmpty() ? QString() : r.codeName)
                              : r.error;
    if (slot->state != CommandState::Created) {
        // A device answered before this PUBACK was handled (another thread): keep the
        // broker's answer on record without moving the state back.
        note(commandId, CommandEvent::Kind::BrokerAnswer, slot->state, at,
             r.ok ? tr("the broker acknowledged the publish") : words, {}, {});
        if (!m_events.empty())
            m_events.back().reasonCode = r.code;
    } else if (r.ok) {
        move(slot, CommandState::Sent, at,
             r.qos == 0 ? tr("written to the connection (QoS 0: the broker does not answer)")
                        : tr("the broker acknowledged the publish"),
             {}, {}, r.code);
    } else {
        move(slot, CommandState::Failed, at, tr("not delivered to the broker: %1").arg(words), {},
             {}, r.error.isEmpty() ? r.code : -1);
    }
    publish();
}

bool CommandTracker::cancel(const QString &commandId, const QString &why)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byId.find(commandId);
    if (it == m_byId.end() || isFinal(it->second->state))
        return false;
    move(it->second, CommandState::Cancelled, m_clock.nowMs(),
         why.isEmpty() ? tr("cancelled by the operator") : why);
    publish();
    return true;
}

TrackedCommandPtr CommandTracker::find(const QString &commandId) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_byId.find(commandId);
    return it == m_byId.end() ? nullptr : it->second;
}

std::vector<CommandEvent> CommandTracker::takeEvents()
{
    std::lock_guard lock(m_mutex);
    std::vector<CommandEvent> out(std::make_move_iterator(m_events.begin()),
                                  std::make_move_iterator(m_events.end()));
    m_events.clear();
    return out;
}

quint64 CommandTracker::eventsLost() const
{
    std::lock_guard lock(m_mutex);
    return m_eventsLost;
}

void CommandTracker::answer(Slot &slot, CommandState status, qint64 at, const QString &topic,
                            const QByteArray &payload)
{
    const CommandState state = slot->state;
    const QString &id = slot->record.commandId;
    if (isFinal(state)) {
        const bool repeat = status == state;
        note(id, repeat ? CommandEvent::Kind::Duplicate : CommandEvent::Kind::Late, state, at,
             repeat ? tr("the same answer again") : tr("an answer after the command ended as %1")
                                                       .arg(stateKey(state)),
             topic, payload);
        return;
    }
    if (state == CommandState::Created) // the device was faster than the PUBACK's handling
        move(slot, CommandState::Sent, at, tr("sent (a device answered before the broker's "
                                              "acknowledgement was handled)"));
    const CommandState now = slot->state;
    if (status == CommandState::Rejected && rank(now) >= rank(CommandState::Acked)) {
        note(id, CommandEvent::Kind::Unexpected, now, at,
             tr("a rejection after the command was accepted"), topic, payload);
        return;
    }
    if (rank(status) < 4 && rank(status) <= rank(now)) {
        note(id, CommandEvent::Kind::Duplicate, now, at, tr("the same answer again"), topic,
             payload);
        return;
    }
    QString detail;
    switch (status) {
    case CommandState::Acked:
        detail = tr("the device accepted the command");
        break;
    case CommandState::Rejected:
        detail = tr("the device rejected the command");
        break;
    case CommandState::Running:
        detail = tr("the device runs the command");
        break;
    case CommandState::Done:
        detail = tr("the device says the command is done");
        break;
    default:
        detail = tr("the device says the command failed");
        break;
    }
    move(slot, status, at, detail, topic, payload);
}

void CommandTracker::consume(const Message &message)
{
    std::lock_guard lock(m_mutex);
    const qint64 at = m_clock.nowMs();
    const QString topic = message.topicString();
    const QByteArray payload = message.payloadCopy();

    // Sparkplug: the next data message of the node or device is the outcome.
    bool sparkplug = false;
    for (Slot &s : m_order)
        if (s->record.convention == Convention::Sparkplug && s->record.resultTopic == topic) {
            sparkplug = true;
            if (!isFinal(s->state))
                move(s, CommandState::Done, at, tr("the next data message after the command"),
                     topic, payload);
        }
    if (sparkplug) {
        publish();
        return;
    }

    const QJsonObject json = QJsonDocument::fromJson(payload).object();
    QString id = message.properties().correlationData.isEmpty()
                     ? QString()
                     : QString::fromUtf8(message.properties().correlationData);
    if (id.isEmpty())
        id = json.value(QStringLiteral("command_id")).toString();
    const QString status = json.value(QStringLiteral("status")).toString();
    const auto it = id.isEmpty() ? m_byId.end() : m_byId.find(id);
    if (it == m_byId.end()) {
        note(id, CommandEvent::Kind::Unknown, CommandState::Created, at,
             id.isEmpty() ? tr("an answer without a command_id")
                          : tr("an answer for a command this connection did not send"),
             topic, payload);
        publish();
        return;
    }
    Slot &slot = it->second;
    const std::optional<CommandState> asked = statusState(status);
    const CommandRecord &r = slot->record;
    // An ack topic carries accepted/rejected, a result topic running/done/failed; an MQTT 5
    // response either.
    const bool fits =
        asked && (topic == r.responseTopic ||
                  (topic == r.ackTopic && (*asked == CommandState::Acked ||
                                           *asked == CommandState::Rejected)) ||
                  (topic == r.resultTopic && rank(*asked) >= rank(CommandState::Running) &&
                   *asked != CommandState::Rejected));
    if (!fits) {
        note(r.commandId, CommandEvent::Kind::Unexpected, slot->state, at,
             tr("an answer whose status \"%1\" does not fit this topic").arg(status), topic,
             payload);
        publish();
        return;
    }
    answer(slot, *asked, at, topic, payload);
    publish();
}

void CommandTracker::tick(qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    bool changed = false;
    for (Slot &s : m_order) {
        if (isFinal(s->state))
            continue;
        const CommandRecord &r = s->record;
        const qint64 since = s->sentMs ? s->sentMs : r.createdMs;
        if (r.convention == Convention::Sparkplug) {
            if (nowMs >= since + r.resultTimeoutMs) {
                move(s, CommandState::Timeout, nowMs,
                     tr("no data message from the node within %1 s").arg(r.resultTimeoutMs / 1000));
                changed = true;
            }
            continue;
        }
        if (s->state == CommandState::Created || s->state == CommandState::Sent) {
            const qint64 ackDeadline = since + r.ackTimeoutMs;
            if (nowMs >= r.expiresAtMs() && r.expiresAtMs() <= ackDeadline) {
                move(s, CommandState::Expired, nowMs,
                     tr("its time to live (%1 s) passed before an ack").arg(r.ttlMs / 1000));
                changed = true;
            } else if (nowMs >= ackDeadline) {
                move(s, CommandState::Timeout, nowMs,
                     tr("no ack within %1 s").arg(r.ackTimeoutMs / 1000));
                changed = true;
            }
        } else if (nowMs >= s->ackedMs + r.resultTimeoutMs) {
            move(s, CommandState::Timeout, nowMs,
                 tr("no result within %1 s of the ack").arg(r.resultTimeoutMs / 1000));
            changed = true;
        }
    }
    if (changed)
        publish();
}

} // namespace deck::commands
