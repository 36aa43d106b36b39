#pragma once

namespace deck::platform {

/// Where XDG_RUNTIME_DIR is not set (a container, a CI job, `su`), Qt picks a private directory
/// itself and prints a warning before anything else the program says, which put a Qt warning
/// above `--help`. This makes the same choice silently: /tmp/runtime-<uid>, mode 0700, created
/// when missing. Call before the Q(Core)Application. No-op where the variable is set, and on
/// platforms without it.
void ensureRuntimeDir();

} // namespace deck::platform
