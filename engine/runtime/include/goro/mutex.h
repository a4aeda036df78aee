// goro/mutex.h — sync.Mutex with direct hand-off: Unlock gives the lock to the longest waiter, so
// waiting is FIFO and runs are reproducible.
//
//   switch (mu->lock(*self, site)) { case goro::LockStatus::Done: ...; case Parked: return; }
//   if (!mu->unlock()) { /* fatal error: sync: unlock of unlocked mutex */ }
#pragma once

#include "goro/detail/spinlock.h"
#include "goro/object.h"
#include "goro/task.h"

namespace goro {

enum class LockStatus : uint8_t { Done, Parked };  // Parked: on wake the task holds the lock

class Mutex final : public Object {
 public:
  static Ref<Mutex> make(Runtime& rt, SiteId site = 0);
  LockStatus lock(Task& self, SiteId site);
  bool try_lock();
  // unlock returns false if the mutex was not locked (Go: fatal error, not a panic).
  bool unlock();
  bool locked() const;

 private:
  Mutex(Runtime& rt, SiteId site);
  bool locked_ = false;
  WaitQueue waiters_;
  mutable detail::SpinLock lock_;
};

}  // namespace goro
