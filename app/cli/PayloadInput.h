#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace deck::cli {

/// Reads a payload from a file or standard input without ever holding more than `limit` bytes:
/// `pub -f /dev/zero` or `pub -s < /dev/zero` must be refused in words, not read until memory
/// runs out.
class PayloadInput
{
    Q_DECLARE_TR_FUNCTIONS(PayloadInput)
public:
    /// The largest payload a PUBLISH can carry: MQTT's maximum remaining length (268,435,455)
    /// less the topic, the packet id and an empty property block.
    static qint64 maximumPayload(qsizetype topicBytes, int qos, bool mqtt5);

    /// `path` empty: standard input. Returns the bytes, or nothing with `error` in words.
    static std::optional<QByteArray> read(const QString &path, qint64 limit, QString *error);
};

} // namespace deck::cli
