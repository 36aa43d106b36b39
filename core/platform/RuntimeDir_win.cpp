#include "RuntimeDir.h"

namespace deck::platform {

void ensureRuntimeDir() {} // Windows has no XDG_RUNTIME_DIR; Qt does not ask for one there

} // namespace deck::platform
