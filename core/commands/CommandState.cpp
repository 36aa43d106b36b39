#include "CommandState.h"

#include <iterator>

namespace deck::commands {

namespace {
const char *const kKeys[] = {"CREATED",  "SENT",    "ACKED",   "RUNNING",   "DONE",   "REJECTED",
                             "FAILED",   "EXPIRED", "TIMEOUT", "CANCELLED", "UNKNOWN"};
} // namespace

bool isFinal(CommandState state)
{
    return int(state) >= int(CommandState::Done);
}

QString stateKey(CommandState state)
{
    return QString::fromLatin1(kKeys[int(state)]);
}

std::optional<CommandState> stateFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(kKeys)); ++i)
        if (key == QLatin1String(kKeys[i]))
            return CommandState(i);
    return std::nullopt;
}

QString CommandStateText::text(CommandState state)
{
    switch (state) {
    case CommandState::Created:
        return tr("created");
    case CommandState::Sent:
        return tr("sent");
    case CommandState::Acked:
        return tr("acknowledged");
    case CommandState::Running:
        return tr("running");
    case CommandState::Done:
        return tr("done");
    case CommandState::Rejected:
        return tr("rejected");
    case CommandState::Failed:
        return tr("failed");
    case CommandState::Expired:
        return tr("expired");
    case CommandState::Timeout:
        return tr("timed out");
    case CommandState::Cancelled:
        return tr("cancelled");
    case CommandState::Unknown:
        break;
    }
    return tr("outcome unknown");
}

} // namespace deck::commands
