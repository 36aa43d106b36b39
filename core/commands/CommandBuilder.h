#pragma once

#include "CommandRecord.h"
#include "CommandTemplate.h"
#include "mqtt/Requests.h"

#include <QCoreApplication>

#include <optional>

namespace deck::commands {

/// What an operator asks for: a template (from the library, or made on the spot from a name and
/// a payload) sent to a device prefix or to a command topic as is.
struct CommandRequest
{
    CommandTemplate tmpl;
    QString target; ///< a device prefix (see Conventions::parseTarget); or:
    QString topic;  ///< the command topic as is
    std::optional<Convention> convention; ///< overrides the template's and the target's
    QString operatorName;                 ///< requested_by
    QString reason;
    bool retain = false;
    QString retainReason; ///< required with retain: commands are not retained
    QString broker;
    QString clientId;
};

/// A command ready to journal and publish.
struct BuiltCommand
{
    CommandRecord record;
    mqtt::OutgoingMessage message;
};

/// Turns a request into a command: the convention (asked, the template's, or the target's
/// shape), the topics, the payload with its placeholders filled, the MQTT 5 properties; and
/// refuses, in words, what must not be sent (wildcards, a payload that is not JSON where the
/// convention needs it, a retained command without a reason, a missing reason).
class CommandBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CommandBuilder)
public:
    static std::optional<BuiltCommand> build(const CommandRequest &request, const QString &commandId,
                                             qint64 nowMs, QString *error);
    /// The OS user and host name that go into the journal.
    static QString osUser();
    static QString hostName();
    /// "2026-11-30T14:15:00.123Z"
    static QString isoTime(qint64 ms);
};

} // namespace deck::commands
