#pragma once

namespace deck::platform {

/// CPU seconds (user + system) used by this process's children that have ended and been
/// waited for (QProcess waits for its process): the difference around one child's run is that
/// child's cost. Negative where the platform cannot say (Windows: no RUSAGE_CHILDREN).
double endedChildrenCpuSeconds();
/// CPU seconds (user + system) this process has used so far.
double ownCpuSeconds();

} // namespace deck::platform
