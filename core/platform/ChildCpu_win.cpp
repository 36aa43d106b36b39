#include "ChildCpu.h"

#include <QtGlobal>

#include <windows.h>

namespace deck::platform {

double endedChildrenCpuSeconds()
{
    return -1; // Windows keeps no total for ended children; the benchmark says "n/a"
}

double ownCpuSeconds()
{
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return -1;
    auto value = [](const FILETIME &t) {
        return double((quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime) / 1e7;
    };
    return value(kernel) + value(user);
}

} // namespace deck::platform
