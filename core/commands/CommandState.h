#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace deck::commands {

/// Where a command is in its life: CREATED → SENT (the broker acknowledged the PUBLISH) → ACKED →
/// RUNNING → DONE, or one of the other final states. Stored as keys ("SENT"), put into words
/// when shown (stateText).
enum class CommandState {
    Created,
    Sent,
    Acked,
    Running,
    Done,
    Rejected,
    Failed,
    Expired,   ///< its time to live passed before an ack came
    Timeout,   ///< no ack (or no result) within its timeout
    Cancelled, ///< the operator stopped following it
    Unknown    ///< MQTT Deck stopped while following it and its timeouts passed meanwhile
};

bool isFinal(CommandState state);
/// "SENT": the key in the journal, the CLI's JSON and the docs.
QString stateKey(CommandState state);
std::optional<CommandState> stateFromKey(const QString &key);

class CommandStateText
{
    Q_DECLARE_TR_FUNCTIONS(CommandState)
public:
    /// "sent", in the current language.
    static QString text(CommandState state);
};

} // namespace deck::commands
