#include "ChildCpu.h"

#include <sys/resource.h>

namespace deck::platform {

namespace {
double seconds(int who)
{
    rusage u{};
    if (getrusage(who, &u) != 0)
        return -1;
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
} // namespace

double endedChildrenCpuSeconds()
{
    return seconds(RUSAGE_CHILDREN);
}

double ownCpuSeconds()
{
    return seconds(RUSAGE_SELF);
}

} // namespace deck::platform
