// goro/detail/pool.h — a small-block allocator with per-thread caches for task objects and
// coroutine frames.
//
// Tasks are created on one worker and often die on another. glibc's malloc returns such blocks to
// the arena they came from under that arena's lock, and spawn-heavy programs then spend their time
// in futex calls. Here a freed block goes to the freeing thread's cache for its size class; caches
// overflow into (and refill from) a global list in batches.
#pragma once

#include <cstddef>

namespace goro::detail {

// pool_alloc returns a block of at least `size` bytes (max_align_t aligned). Blocks larger than the
// biggest size class come from operator new.
void* pool_alloc(size_t size);
// pool_free returns a block; `size` must be the size it was allocated with.
void pool_free(void* p, size_t size) noexcept;

}  // namespace goro::detail
