#pragma once

#include "ConnectionOptions.h"

namespace deck::mqtt {

/// When to try again after a lost connection. The first retry goes at once (a broker that
/// restarts is usually back within a fraction of a second, and every moment without the
/// subscription loses messages that a persistent subscriber cannot get back when the broker kept
/// no session); only later retries back off exponentially, from minDelayMs to maxDelayMs. Every
/// delay carries jitter so that a fleet of consoles does not reconnect in step:
///   attempt 0: [0, 100) ms; attempt n >= 1: min(max, min * 2^(n-1)) plus up to 20 %.
struct ReconnectSchedule
{
    /// `random` in [0, 1) (injected: tests check the bounds without randomness).
    static int delayMs(const ReconnectOptions &policy, int attempt, double random);
};

} // namespace deck::mqtt
