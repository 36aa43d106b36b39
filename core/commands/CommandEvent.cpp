#include "CommandEvent.h"

#include <QStringDecoder>

#include <algorithm>

#include <iterator>

namespace deck::commands {

namespace {
const char *const kKinds[] = {"transition", "broker-answer", "duplicate",
                              "late",       "unknown",       "unexpected"};
} // namespace

std::pair<QString, bool> payloadText(const QByteArray &payload)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(payload);
    const bool isText = !utf8.hasError() &&
                        std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                            return c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r';
                        });
    return isText ? std::pair{text, true}
                  : std::pair{QString::fromLatin1(payload.toBase64()), false};
}

QString eventKindKey(CommandEvent::Kind kind)
{
    return QString::fromLatin1(kKinds[int(kind)]);
}

CommandEvent::Kind eventKindFromKey(const QString &key)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i)
        if (key == QLatin1String(kKinds[i]))
            return CommandEvent::Kind(i);
    return CommandEvent::Kind::Unexpected;
}

void TrackedCommand::apply(const CommandEvent &e)
{
    timeline << e;
    if (e.kind != CommandEvent::Kind::Transition)
        return;
    if (e.to == CommandState::Created && e.from == CommandState::Created) {
        stateSinceMs = e.atMs;
        return;
    }
    state = e.to;
    stateSinceMs = e.atMs;
    if (e.to == CommandState::Sent)
        sentMs = e.atMs;
    if ((e.to == CommandState::Acked || e.to == CommandState::Running ||
         e.to == CommandState::Rejected) &&
        ackedMs == 0) {
        ackedMs = e.atMs;
        ackPayload = e.payload;
    }
    if (isFinal(e.to)) {
        resultMs = e.atMs;
        if (e.to != CommandState::Rejected)
            resultPayload = e.payload;
    }
}

} // namespace deck::commands
