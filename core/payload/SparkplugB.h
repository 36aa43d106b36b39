#pragma once

#include <QHash>

#include "BinaryDecoders.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace deck::payload {

/// True for topics whose payload is a Sparkplug B Protobuf message
/// (spBv1.0/{group}/{NBIRTH|NDATA|…}/{node}[/{device}]; not spBv1.0/STATE/…, which is JSON).
bool isSparkplugTopic(QStringView topic);

/// A Sparkplug B payload as a JSON-like value (timestamp, seq, uuid, and metrics keyed by name —
/// "alias N" without one — each with alias, datatype name, value, timestamp, flags, properties)
/// and as text, one metric per line.
/// Fails, saying why, when the bytes are not a Sparkplug B Protobuf message.
/// Metric names by alias, as a node's (NBIRTH) or device's (DBIRTH) birth declares them.
using SparkplugAliases = QHash<quint64, QString>;
/// The aliases declared by a birth payload (empty when it is not one or declares none).
SparkplugAliases sparkplugAliases(QByteArrayView birthPayload);
/// The birth that declares the aliases of a data message: NDATA/NCMD → NBIRTH of the node,
/// DDATA/DCMD → DBIRTH of the device; empty for any other topic.
QString sparkplugBirthTopic(QStringView topic);
/// Decodes a Sparkplug B payload; with `aliases` (from the last birth), metrics sent by alias
/// only are shown by name ("Inputs/Temperature (alias 1)").
Decoded decodeSparkplug(QByteArrayView payload, const SparkplugAliases *aliases = nullptr);
/// One line for lists and the tree: "seq 12 — Temperature = 19.5, (alias 2) = 7, …".
QString sparkplugPreview(QByteArrayView payload, int maxChars);

/// One metric as read from a payload, its value converted as decodeSparkplug shows it.
struct SparkplugMetricRead
{
    std::optional<QString> name;            // absent when sent by alias only
    std::optional<quint64> alias;
    quint32 datatype = 0;                   // 0 when the message does not say
    QJsonValue value;                       // null for a null metric
    std::optional<quint64> integer;         // the raw value of integer datatypes (bdSeq)
    std::optional<quint64> timestamp;       // ms since the epoch
};
/// A payload's header and its first metrics.
struct SparkplugRead
{
    std::optional<quint64> timestamp;
    std::optional<quint64> seq;
    std::vector<SparkplugMetricRead> metrics; // at most maxMetrics
    qsizetype metricCount = 0;                // all of them, kept or not
};
/// Reads a Sparkplug B payload for code that tracks values (the fleet's Sparkplug tracker);
/// false when the bytes are not a Protobuf message of the schema or exceed kParseLimit.
bool readSparkplug(QByteArrayView payload, SparkplugRead &out, qsizetype maxMetrics);

/// The name of a Sparkplug B datatype number ("Int32", "Float", "Boolean", …).
QString sparkplugTypeName(quint32 type);

} // namespace deck::payload
