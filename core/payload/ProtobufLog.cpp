// libprotobuf logs to stderr, one line per message: in its debug checks (every Sparkplug string
// that is not valid UTF-8, in builds without NDEBUG) and when serializing such a string. A
// console decoding thousands of messages a second would flood its user's terminal; decoders
// report the problem in their result instead.

#include "ProtobufLog.h"

#include <google/protobuf/stubs/common.h>

#include <atomic>
#include <cstdio>

// Protobuf 22 and later log through Abseil (absl::SetStderrThreshold, log sinks) and have no
// SetLogHandler; Debian 12 ships 3.21. There the log is left as it is.
#if defined(GOOGLE_PROTOBUF_VERSION) && GOOGLE_PROTOBUF_VERSION < 4022000
#include <google/protobuf/stubs/logging.h>
#define DECK_PROTOBUF_LOG_HANDLER 1
#endif

namespace deck::payload {

namespace {

constexpr int kKeptMessages = 3;

thread_local ProtobufLogCapture *t_capture = nullptr;
std::atomic<quint64> g_uncaptured{0};

#ifdef DECK_PROTOBUF_LOG_HANDLER
void handle(google::protobuf::LogLevel level, const char *file, int line,
            const std::string &message)
{
    if (level == google::protobuf::LOGLEVEL_FATAL) { // the process ends after this: say why
        std::fprintf(stderr, "libprotobuf FATAL %s:%d: %s\n", file, line, message.c_str());
        return;
    }
    if (t_capture)
        t_capture->add(QString::fromStdString(message));
    else
        ++g_uncaptured;
}
#endif

} // namespace

void routeProtobufLog()
{
#ifdef DECK_PROTOBUF_LOG_HANDLER
    static const bool installed = (google::protobuf::SetLogHandler(&handle), true);
    Q_UNUSED(installed)
#endif
}

ProtobufLogCapture::ProtobufLogCapture() : m_outer(t_capture)
{
    t_capture = this;
}

ProtobufLogCapture::~ProtobufLogCapture()
{
    t_capture = m_outer;
}

void ProtobufLogCapture::add(const QString &message)
{
    if (m_count++ < kKeptMessages)
        m_messages << message;
}

quint64 uncapturedProtobufLogCount()
{
    return g_uncaptured.load();
}

} // namespace deck::payload
