#pragma once

#include "Device.h"

#include <QByteArray>

namespace deck::fleet {

/// One device as a JSON line (no newline): id, state, last_seen (ISO 8601 UTC or null),
/// reconnects, firmware (when known), rule, prefix, groups, messages, rate, state_since, status;
/// Sparkplug entries add kind, bdseq, metrics and flags. Keys are part of the CLI's contract
/// (docs/cli.md).
QByteArray deviceJson(const Device &device);
/// "2026-11-30T10:04:05.123Z"; empty for 0.
QString isoTime(qint64 ms);

} // namespace deck::fleet
