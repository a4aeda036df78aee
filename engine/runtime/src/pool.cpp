#include "goro/detail/pool.h"

#include <mutex>
#include <new>
#include <vector>

namespace goro::detail {

namespace {

constexpr size_t kGranule = 64;
constexpr size_t kClasses = 16;              // 64 .. 1024 bytes
constexpr size_t kMaxCached = 2048;          // blocks per class per thread before spilling
constexpr size_t kBatch = 512;               // blocks moved between a thread and the global list

struct FreeBlock {
  FreeBlock* next;
};

size_t class_of(size_t size) { return (size + kGranule - 1) / kGranule - 1; }

// The global lists hold batches of blocks spilled by threads.
struct GlobalLists {
  std::mutex mu;
  std::vector<FreeBlock*> batches[kClasses];  // each entry: a linked batch of kBatch blocks
};
GlobalLists& global() {
  static GlobalLists* g = new GlobalLists();  // never destroyed: threads may free at exit
  return *g;
}

struct ThreadCache {
  FreeBlock* head[kClasses] = {};
  size_t count[kClasses] = {};

  ~ThreadCache() {
    // Hand everything to the global lists so another thread can reuse it.
    for (size_t c = 0; c < kClasses; ++c) {
      if (!head[c]) continue;
      std::lock_guard lock(global().mu);
      global().batches[c].push_back(head[c]);
      head[c] = nullptr;
    }
  }
};
thread_local ThreadCache tl_cache;

}  // namespace

void* pool_alloc(size_t size) {
  if (size == 0) size = 1;
  size_t c = class_of(size);
  if (c >= kClasses) return ::operator new(size);
  ThreadCache& tc = tl_cache;
  if (!tc.head[c]) {
    GlobalLists& g = global();
    std::unique_lock lock(g.mu);
    if (!g.batches[c].empty()) {
      tc.head[c] = g.batches[c].back();
      g.batches[c].pop_back();
      size_t n = 0;
      for (FreeBlock* b = tc.head[c]; b; b = b->next) ++n;
      tc.count[c] = n;
    } else {
      lock.unlock();
      return ::operator new((c + 1) * kGranule);
    }
  }
  FreeBlock* b = tc.head[c];
  tc.head[c] = b->next;
  --tc.count[c];
  return b;
}

void pool_free(void* p, size_t size) noexcept {
  if (!p) return;
  if (size == 0) size = 1;
  size_t c = class_of(size);
  if (c >= kClasses) {
    ::operator delete(p);
    return;
  }
  ThreadCache& tc = tl_cache;
  auto* b = static_cast<FreeBlock*>(p);
  b->next = tc.head[c];
  tc.head[c] = b;
  if (++tc.count[c] < kMaxCached) return;
  // Spill a batch: detach kBatch blocks from the front.
  FreeBlock* first = tc.head[c];
  FreeBlock* last = first;
  for (size_t i = 1; i < kBatch; ++i) last = last->next;
  tc.head[c] = last->next;
  last->next = nullptr;
  tc.count[c] -= kBatch;
  std::lock_guard lock(global().mu);
  global().batches[c].push_back(first);
}

}  // namespace goro::detail
