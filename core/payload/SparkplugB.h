#pragma once

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
Decoded decodeSparkplug(QByteArrayView payload);

/// The name of a Sparkplug B datatype number ("Int32", "Float", "Boolean", …).
QString sparkplugTypeName(quint32 type);

} // namespace deck::payload
