#include "PayloadInput.h"

#include <QFile>
#include <QLocale>

#include <cstdio>

namespace deck::cli {

namespace {
constexpr qint64 kMaxRemainingLength = 268435455; // 4 bytes of variable-length integer
}

qint64 PayloadInput::maximumPayload(qsizetype topicBytes, int qos, bool mqtt5)
{
    return kMaxRemainingLength - 2 - qint64(topicBytes) - (qos > 0 ? 2 : 0) - (mqtt5 ? 1 : 0);
}

std::optional<QByteArray> PayloadInput::read(const QString &path, qint64 limit, QString *error)
{
    QFile file(path);
    const bool fromStdin = path.isEmpty();
    const bool opened =
        fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    const QString source =
        fromStdin ? tr("standard input") : tr("the payload file \"%1\"").arg(path);
    if (!opened) {
        *error = tr("cannot read %1: %2").arg(source, file.errorString());
        return std::nullopt;
    }
    auto tooLarge = [&](const QString &size) {
        *error = tr("%1 holds %2, more than one MQTT message can carry (%3 bytes at most with "
                    "this topic). Publish a smaller payload, or split it.")
                     .arg(source, size, QLocale().toString(limit));
    };
    // A regular file says its size: refuse before reading a byte. Devices and pipes do not.
    if (!file.isSequential() && file.size() > limit) {
        tooLarge(tr("%1 bytes").arg(QLocale().toString(file.size())));
        return std::nullopt;
    }
    QByteArray data;
    constexpr qint64 kChunk = 1 << 20;
    for (;;) {
        const qint64 room = limit + 1 - qint64(data.size()); // one byte more proves "too large"
        const QByteArray chunk = file.read(std::min(kChunk, room));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                *error = tr("cannot read %1: %2").arg(source, file.errorString());
                return std::nullopt;
            }
            return data;
        }
        data += chunk;
        if (qint64(data.size()) > limit) {
            tooLarge(tr("more than %1 bytes").arg(QLocale().toString(limit)));
            return std::nullopt;
        }
    }
}

} // namespace deck::cli
