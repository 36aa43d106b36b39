#include "RuntimeDir.h"

#include <QByteArray>

#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace deck::platform {

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray tmp =
        qEnvironmentVariableIsEmpty("TMPDIR") ? QByteArray("/tmp") : qgetenv("TMPDIR");
    const std::string dir = tmp.toStdString() + "/runtime-" + std::to_string(::getuid());
    ::mkdir(dir.c_str(), 0700); // may exist already
    struct stat info = {};
    // Only a directory of ours that nobody else can read is acceptable (Qt checks the same).
    if (::lstat(dir.c_str(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid() &&
        (info.st_mode & 0077) == 0)
        qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(dir));
}

} // namespace deck::platform
