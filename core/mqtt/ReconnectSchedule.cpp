#include "ReconnectSchedule.h"

#include <algorithm>

namespace deck::mqtt {

int ReconnectSchedule::delayMs(const ReconnectOptions &policy, int attempt, double random)
{
    constexpr double kFirstJitterMs = 100;
    if (attempt <= 0)
        return int(random * kFirstJitterMs);
    const int shift = std::min(attempt - 1, 20);
    const qint64 base =
        std::min<qint64>(qint64(policy.minDelayMs) << shift, qint64(policy.maxDelayMs));
    const qint64 jitter = qint64(random * double(base) / 5);
    return int(std::min<qint64>(base + jitter, policy.maxDelayMs));
}

} // namespace deck::mqtt
