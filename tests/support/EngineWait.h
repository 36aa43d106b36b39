#pragma once

#include "ingest/Engine.h"

#include <QDeadlineTimer>
#include <QThread>

namespace deck::test {

/// Blocks until `engine` has applied `count` messages in total, or `timeoutMs` passes (tests
/// only: the window and the CLI never wait on the engine; they hear its notifications).
inline bool waitUntilApplied(const Engine &engine, quint64 count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (engine.counters().applied < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
    return true;
}

} // namespace deck::test
