// goro/detail/spinlock.h — the short lock that guards each primitive's wait queue.
//
// Critical sections under it are a few dozen instructions, so spinning beats a futex; after a
// while it yields, so an oversubscribed machine (2 cores, 4 threads under TSan) still progresses.
// Unlike std::mutex it may be unlocked by a different call frame of the same thread, which is
// what park-then-unlock needs (see Runtime::defer_unlock).
#pragma once

#include <atomic>
#include <thread>

namespace goro::detail {

class SpinLock {
 public:
  void lock() noexcept {
    for (int spins = 0;; ++spins) {
      if (!locked_.exchange(true, std::memory_order_acquire)) return;
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins > 64) std::this_thread::yield();
      }
    }
  }
  bool try_lock() noexcept { return !locked_.exchange(true, std::memory_order_acquire); }
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> locked_{false};
};

}  // namespace goro::detail
