#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace deck::payload {

/// How the text typed in a payload editor becomes bytes.
enum class InputFormat { Text, Json, Hex, Base64 };

/// The bytes to send for `text` typed as `format`, or nothing with `error` saying what is wrong
/// and where (JSON: line and column; hex: the offending character; base64: invalid input).
/// JSON is sent as typed (its layout kept) once it parses.
std::optional<QByteArray> encodePayload(const QString &text, InputFormat format, QString *error);

} // namespace deck::payload
