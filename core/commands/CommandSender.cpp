#include "CommandSender.h"

#include "CommandId.h"
#include "connection/ConnectionContext.h"
#include "storage/Journal.h"
#include "topics/TopicFilter.h"

namespace deck::commands {

CommandSender::CommandSender(ConnectionContext &context, QString journalPath, QObject *parent)
    : QObject(parent), m_context(context),
      m_journalPath(journalPath.isEmpty() ? storage::Journal::defaultPath() : journalPath),
      m_tracker(std::make_shared<CommandTracker>(context.clock()))
{
    m_context.engine().addStage(m_tracker);
    mqtt::Session *session = &m_context.session();
    connect(session, &mqtt::Session::publishFinished, this,
            [this](quint64 id, const mqtt::PublishResult &r) {
                const auto it = m_publishes.constFind(id);
                if (it == m_publishes.cend())
                    return;
                m_tracker->publishAnswered(it.value(), r);
                m_publishes.erase(it);
                drain();
            });
    connect(session, &mqtt::Session::subscribeFinished, this,
            [this](quint64, const mqtt::SubscribeResult &r) {
                QString why;
                if (!r.ok) {
                    why = r.error;
                    for (const mqtt::SubscriptionOutcome &o : r.outcomes)
                        if (!o.granted)
                            why = tr("%1: %2").arg(o.filter, o.codeName);
                }
                publishReady(!r.ok, why);
            });
    // Timeouts are found at the engine's ticks; the events are taken here at the same cadence.
    connect(&m_context.engine(), &Engine::changed, this, &CommandSender::drain);
    m_drain.setInterval(200);
    connect(&m_drain, &QTimer::timeout, this, &CommandSender::drain);
    m_drain.start();
}

CommandSender::~CommandSender()
{
    drain();
    m_context.engine().removeStage(m_tracker.get());
}

QString CommandSender::openJournal()
{
    if (m_journal.isOpen())
        return {};
    const storage::Status s = m_journal.open(m_journalPath);
    return s.ok() ? QString() : s.error();
}

void CommandSender::drain()
{
    std::vector<CommandEvent> events = m_tracker->takeEvents();
    if (events.empty())
        return;
    if (const storage::Status s = m_journal.recordEvents(events); !s)
        emit problem(tr("What became of the commands could not be recorded: %1").arg(s.error()),
                     true);
    for (const CommandEvent &e : events)
        emit event(e);
}

bool CommandSender::covered(const QString &topic) const
{
    const std::string t = topic.toStdString();
    for (const mqtt::Subscription &s : m_context.session().activeSubscriptions())
        if (TopicFilter::matches(s.filter.toStdString(), t))
            return true;
    return false;
}

int CommandSender::loadHistory(QString *error, int limit)
{
    if (const QString e = openJournal(); !e.isEmpty()) {
        *error = e;
        return -1;
    }
    storage::Result<QList<TrackedCommand>> list = m_journal.commands(limit);
    if (!list) {
        *error = list.error();
        return -1;
    }
    int shown = 0;
    for (const TrackedCommand &c : list.value())
        if (isFinal(c.state) && c.record.broker == m_context.brokerKey()) {
            m_tracker->resume(c); // a final command: nothing to time out, late answers noted
            ++shown;
        }
    return shown;
}

bool CommandSender::answersCovered() const
{
    return std::all_of(m_answerTopics.cbegin(), m_answerTopics.cend(),
                       [this](const QString &t) { return covered(t); });
}

void CommandSender::subscribe(const QStringList &topics)
{
    // Beside the user's subscriptions, not in them: kept when the user changes the filter, and
    // not subscribed again where a filter of the user's already brings them (which would bring
    // every answer twice).
    bool added = false;
    for (const QString &t : topics)
        if (!m_answerTopics.contains(t)) {
            m_answerTopics << t;
            added = true;
        }
    if (added)
        if (const QString e = m_context.requireFilters(QStringLiteral("commands"), m_answerTopics);
            !e.isEmpty())
            emit problem(e, false);
}

QString CommandSender::send(CommandRequest request, QString *error, bool *notRecorded)
{
    if (notRecorded)
        *notRecorded = false;
    if (const QString e = openJournal(); !e.isEmpty()) {
        *error = tr("Nothing was sent, because it could not be recorded: %1").arg(e);
        if (notRecorded)
            *notRecorded = true;
        return {};
    }
    if (m_context.session().state() != mqtt::Session::State::Connected) {
        *error = tr("Nothing was sent: the connection is not up.");
        return {};
    }
    const mqtt::ConnectionOptions &options = m_context.session().options();
    request.broker = m_context.brokerKey();
    request.clientId = options.clientId;
    const qint64 now = m_context.clock().nowMs();
    std::optional<BuiltCommand> built =
        CommandBuilder::build(request, makeCommandId(now), now, error);
    if (!built)
        return {};
    if (built->record.convention == Convention::Mqtt5 && options.version != mqtt::MqttVersion::V5) {
        *error = tr("the mqtt5 convention needs an MQTT 5 connection (response topic and "
                    "correlation data are MQTT 5 properties).");
        return {};
    }
    if (options.version == mqtt::MqttVersion::V5 && !built->message.properties.messageExpirySeconds)
        built->message.properties.messageExpirySeconds = quint32(built->record.ttlMs / 1000);
    // The record first: a command that cannot be recorded is not sent.
    if (const storage::Status s = m_journal.recordCommand(built->record); !s) {
        *error = tr("Nothing was sent, because it could not be recorded: %1").arg(s.error());
        if (notRecorded)
            *notRecorded = true;
        return {};
    }
    m_tracker->track(built->record);
    drain(); // CREATED is on record before the PUBLISH too
    const QString id = built->record.commandId;
    Waiting w{*built, built->record.answerTopics()};
    m_waiting << w;
    subscribe(w.topics);
    publishReady(false, {});
    return id;
}

void CommandSender::publishReady(bool refused, const QString &why)
{
    for (int i = 0; i < m_waiting.size();) {
        const Waiting &w = m_waiting[i];
        const bool ready = std::all_of(w.topics.cbegin(), w.topics.cend(),
                                       [this](const QString &t) { return covered(t); });
        if (ready) {
            const BuiltCommand c = w.command;
            m_waiting.removeAt(i);
            publishNow(c);
            continue;
        }
        if (refused) {
            mqtt::PublishResult r;
            r.error = tr("not sent: its answers could not be subscribed (%1)").arg(why);
            m_tracker->publishAnswered(w.command.record.commandId, r);
            m_waiting.removeAt(i);
            continue;
        }
        ++i;
    }
    drain();
}

void CommandSender::publishNow(const BuiltCommand &c)
{
    const mqtt::Submitted s = m_context.session().publish(c.message);
    if (!s.ok()) {
        mqtt::PublishResult r;
        r.error = s.error;
        m_tracker->publishAnswered(c.record.commandId, r);
        drain();
        return;
    }
    m_publishes.insert(s.id, c.record.commandId);
}

bool CommandSender::cancel(const QString &commandId, const QString &why)
{
    const bool ok = m_tracker->cancel(commandId, why);
    drain();
    return ok;
}

CommandSender::Resumed CommandSender::resumeUnfinished(QString *error)
{
    Resumed out;
    if (const QString e = openJournal(); !e.isEmpty()) {
        *error = e;
        return out;
    }
    storage::Result<QList<TrackedCommand>> list = m_journal.unfinished();
    if (!list) {
        *error = list.error();
        return out;
    }
    const qint64 now = m_context.clock().nowMs();
    std::vector<CommandEvent> unknown;
    QStringList topics;
    for (const TrackedCommand &c : list.value()) {
        const CommandRecord &r = c.record;
        const qint64 since = c.sentMs ? c.sentMs : r.createdMs;
        qint64 deadline = 0;
        if (r.convention == Convention::Sparkplug)
            deadline = since + r.resultTimeoutMs;
        else if (c.state == CommandState::Created || c.state == CommandState::Sent)
            deadline = std::min(r.expiresAtMs(), since + r.ackTimeoutMs);
        else
            deadline = c.ackedMs + r.resultTimeoutMs;
        if (now >= deadline) {
            CommandEvent e;
            e.commandId = r.commandId;
            e.atMs = now;
            e.from = c.state;
            e.to = CommandState::Unknown;
            e.detail = tr("MQTT Deck stopped while following this command and its timeouts "
                          "passed meanwhile: its outcome is unknown.");
            unknown.push_back(e);
            out.unknown << r.commandId;
        } else if (r.broker == m_context.brokerKey()) {
            m_tracker->resume(c);
            topics << r.answerTopics();
            out.following << r.commandId;
        } else {
            out.elsewhere << r.commandId;
        }
    }
    if (!unknown.empty()) {
        if (const storage::Status s = m_journal.recordEvents(unknown); !s)
            *error = s.error();
        for (const CommandEvent &e : unknown)
            emit event(e);
    }
    if (!topics.isEmpty())
        subscribe(topics);
    return out;
}

} // namespace deck::commands
