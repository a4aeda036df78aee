// goro/waitgroup.h — sync.WaitGroup.
//
//   wg->add(2);                                  // false: "sync: negative WaitGroup counter"
//   if (wg->wait(*self, site) == goro::LockStatus::Parked) return;  // woken when the count is 0
#pragma once

#include "goro/detail/spinlock.h"
#include "goro/mutex.h"

namespace goro {

class WaitGroup final : public Object {
 public:
  static Ref<WaitGroup> make(Runtime& rt, SiteId site = 0);
  // add changes the counter; returns false if it went negative (Go panics).
  bool add(int64_t delta);
  bool done() { return add(-1); }
  LockStatus wait(Task& self, SiteId site);
  int64_t count() const;

 private:
  WaitGroup(Runtime& rt, SiteId site);
  int64_t count_ = 0;
  WaitQueue waiters_;
  mutable detail::SpinLock lock_;
};

}  // namespace goro
