#pragma once

#include "ingest/MessageStage.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace deck::cli {

/// `mqttdeck-cli sub`'s output as a stage on the connection's engine: one line per message,
/// written on the stage's own thread (a slow pipe never holds up the engine: what the bounded
/// queue cannot hold is counted and reported at exit).
class SubPrinter : public MessageStage
{
public:
    struct Format
    {
        bool json = false;
        bool verbose = false;
        bool noNewline = false;
        bool skipRetained = false;
    };
    /// `count` > 0: print that many, then call `done` (from the stage's thread) once.
    SubPrinter(Format format, qint64 count, std::function<void()> done);

    void consume(const Message &message) override;
    void sliceEnd() override;
    quint64 printed() const { return m_printed.load(); }

private:
    Format m_format;
    qint64 m_remaining;
    std::function<void()> m_done;
    std::atomic<quint64> m_printed{0};
};

} // namespace deck::cli
