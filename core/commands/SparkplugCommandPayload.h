#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace deck::commands {

/// Encodes a Sparkplug B NCMD/DCMD payload from its JSON form:
///   {"metrics":[{"name":"Node Control/Reboot","type":"Boolean","value":true}, …]}
/// with type one of Int8…UInt64, Float, Double, Boolean, String, Text (a type the JSON value
/// shows when left out: Boolean, Double, Int64 or String). Refused in words naming the metric.
std::optional<QByteArray> encodeSparkplugCommand(const QByteArray &json, qint64 timestampMs,
                                                 QString *error);

} // namespace deck::commands
