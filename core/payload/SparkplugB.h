#pragma once

#include <QHash>

#include "BinaryDecoders.h"

#include <QByteArrayView>
#include <QString>

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

/// The name of a Sparkplug B datatype number ("Int32", "Float", "Boolean", …).
QString sparkplugTypeName(quint32 type);

} // namespace deck::payload
