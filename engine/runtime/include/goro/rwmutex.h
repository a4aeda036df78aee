// goro/rwmutex.h — sync.RWMutex: many readers or one writer; a waiting writer holds off new
// readers (as Go's does), and Unlock admits all readers that queued behind the writer.
#pragma once

#include "goro/detail/spinlock.h"
#include "goro/mutex.h"

namespace goro {

class RWMutex final : public Object {
 public:
  static Ref<RWMutex> make(Runtime& rt, SiteId site = 0);
  LockStatus rlock(Task& self, SiteId site);
  bool runlock();  // false: "sync: RUnlock of unlocked RWMutex" (fatal)
  LockStatus lock(Task& self, SiteId site);
  bool unlock();   // false: "sync: Unlock of unlocked RWMutex" (fatal)
  bool try_lock();
  bool try_rlock();

 private:
  RWMutex(Runtime& rt, SiteId site);
  void admit_locked(std::vector<Task*>& wake);  // lock_ held
  uint32_t readers_ = 0;
  bool writer_ = false;
  WaitQueue read_waiters_;
  WaitQueue write_waiters_;
  mutable detail::SpinLock lock_;
};

}  // namespace goro
