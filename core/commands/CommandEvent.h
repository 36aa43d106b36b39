#pragma once

#include "CommandRecord.h"
#include "CommandState.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace deck::commands {

/// One line of a command's timeline, as the tracker saw it and the journal keeps it.
struct CommandEvent
{
    enum class Kind {
        Transition,   ///< from → to
        BrokerAnswer, ///< the broker's answer to the PUBLISH came after a device's answer
        Duplicate,    ///< an answer that repeats one already applied (QoS 1 redelivery, a device
                      ///< answering twice): recorded, the state does not move
        Late,         ///< an answer for a command already finished
        Unknown,      ///< an answer for no command this tracker knows (command_id as it came)
        Unexpected    ///< an answer whose status the state cannot take (rejected after an ack,
                      ///< a status that is not accepted/rejected/running/done/failed)
    };
    QString commandId;
    qint64 atMs = 0;
    Kind kind = Kind::Transition;
    CommandState from = CommandState::Created;
    CommandState to = CommandState::Created; ///< for other kinds: the state it stays in
    int reasonCode = -1;                     ///< the broker's (SENT, a refused PUBLISH); -1: none
    QString topic;                           ///< where an answer came
    QByteArray payload;                      ///< the answer
    QString detail;                          ///< words or a library's error, for people
};

QString eventKindKey(CommandEvent::Kind kind);
/// A payload as text when it is text (UTF-8 without control characters other than tab and line
/// breaks): the text, and true. Otherwise (a Sparkplug protobuf...) its base64, and false.
std::pair<QString, bool> payloadText(const QByteArray &payload);
CommandEvent::Kind eventKindFromKey(const QString &key);

/// A command being (or having been) followed: its record, state, timeline and answers.
struct TrackedCommand
{
    CommandRecord record;
    CommandState state = CommandState::Created;
    qint64 stateSinceMs = 0;
    qint64 sentMs = 0;   ///< SENT
    qint64 ackedMs = 0;  ///< the first ack (ACKED, or RUNNING without an ack)
    qint64 resultMs = 0; ///< the final state
    QByteArray ackPayload;
    QByteArray resultPayload;
    QList<CommandEvent> timeline;

    /// Applies a journal event to the state (used when reading the journal back).
    void apply(const CommandEvent &event);
};
using TrackedCommandPtr = std::shared_ptr<const TrackedCommand>;

/// What readers see: every command followed, oldest first (immutable; commands are shared
/// between snapshots and copied before a change).
struct CommandsSnapshot
{
    std::vector<TrackedCommandPtr> commands;
    quint64 generation = 0;
    quint64 unmatchedAnswers = 0; ///< unknown, late, duplicate and unexpected answers so far
};

} // namespace deck::commands
