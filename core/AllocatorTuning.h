#pragma once

namespace deck {

/// Process-wide allocator settings for a long-running console. With glibc, buffers over 1 MiB
/// (the topic tree's arrays as they grow) are mapped and unmapped directly, so a grown array's
/// old copy goes back to the system instead of staying in the heap as a hole: without this,
/// glibc's adaptive threshold keeps ~30 bytes per topic of freed arrays in the RSS. Call once
/// at start-up, before threads start. A no-op elsewhere.
void tuneAllocator();

/// Returns free heap pages to the system (glibc's malloc_trim). The Engine calls it when it
/// goes idle after a burst: the burst's freed messages otherwise stay in the process's heap.
void releaseFreeMemory();

} // namespace deck
