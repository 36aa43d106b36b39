#pragma once
// What the window benchmarks share: order statistics of their samples and an event-loop wait.

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace deck::bench {

/// The sample at rank `p` (0..1, nearest rank) of `v`; 0 for no sample.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

inline double median(std::vector<double> v)
{
    return percentile(std::move(v), 0.5);
}

/// Spins the event loop (at most `sliceMs` per turn) until `done()` or `timeoutMs`.
template <typename F> bool waitFor(F done, int timeoutMs, int sliceMs = 20)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, sliceMs);
    }
    return true;
}

} // namespace deck::bench
