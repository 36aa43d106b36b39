#pragma once

#include <QString>

namespace deck::commands {

/// A new command id: "cmd-20261130T141500123Z-4f2a9c" — the UTC time to the millisecond (ids
/// sort by creation time as text) and 24 random bits, so that two operators sending in the same
/// millisecond do not collide (the journal refuses a repeated id all the same).
QString makeCommandId(qint64 nowMs);

} // namespace deck::commands
