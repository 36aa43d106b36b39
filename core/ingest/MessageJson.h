#pragma once

#include "Message.h"

#include <QByteArray>

namespace deck {

/// One received message as a single line of JSON (no trailing newline), for `mqttdeck-cli sub
/// --json` and for scripts: topic, payload (UTF-8 text when valid, base64 otherwise, with
/// `payload_encoding` saying which), qos, retain, dup, received_at and every MQTT 5 property.
QByteArray messageToJsonLine(const Message &message);

} // namespace deck
