#pragma once

#include <QString>
#include <QStringList>

namespace deck::payload {

/// Routes libprotobuf's log through ProtobufLogCapture instead of stderr. Installed once (the
/// Sparkplug B decoder calls it on first use); safe from any thread.
void routeProtobufLog();

/// While alive, collects what libprotobuf logs on this thread: a decoder turns it into a note
/// of its result. Captures nest; the innermost one collects.
class ProtobufLogCapture
{
public:
    ProtobufLogCapture();
    ~ProtobufLogCapture();
    ProtobufLogCapture(const ProtobufLogCapture &) = delete;
    ProtobufLogCapture &operator=(const ProtobufLogCapture &) = delete;

    /// How many messages were logged, and the first few of them.
    int count() const { return m_count; }
    const QStringList &messages() const { return m_messages; }

    void add(const QString &message);

private:
    ProtobufLogCapture *m_outer;
    int m_count = 0;
    QStringList m_messages;
};

/// How many messages libprotobuf logged outside any capture (serializing a string that is not
/// valid UTF-8, for instance): counted, not printed.
quint64 uncapturedProtobufLogCount();

} // namespace deck::payload
