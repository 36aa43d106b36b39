#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace deck::payload {

/// A field inside a structured payload, as a JSON Pointer (RFC 6901): "/sensors/0/temp".
/// The empty pointer is the whole payload.
QJsonValue valueAt(const QJsonValue &root, const QString &pointer);
/// The number at `pointer` (booleans count as 0/1, numeric strings as their value).
std::optional<double> numberAt(const QJsonValue &root, const QString &pointer);
/// A scalar as a person reads it: null, true/false, a number, a string (unquoted); empty for
/// objects and arrays.
QString scalarText(const QJsonValue &value);
/// Appends one step (object key or array index) to a pointer, escaping '~' and '/'.
QString appendToPointer(const QString &pointer, const QString &step);

} // namespace deck::payload
