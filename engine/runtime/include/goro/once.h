// goro/once.h — sync.Once: the first caller runs the function; callers arriving meanwhile wait until
// it has returned (or panicked: Go counts that as done too).
//
//   switch (once->begin(*self, site)) {
//     case goro::OnceStatus::Run: f(); once->finish(); break;
//     case goro::OnceStatus::Done: break;
//     case goro::OnceStatus::Parked: return;   // on wake: done
//   }
#pragma once

#include "goro/detail/spinlock.h"
#include "goro/object.h"
#include "goro/task.h"

namespace goro {

enum class OnceStatus : uint8_t { Run, Done, Parked };

class Once final : public Object {
 public:
  static Ref<Once> make(Runtime& rt, SiteId site = 0);
  OnceStatus begin(Task& self, SiteId site);
  void finish();

 private:
  Once(Runtime& rt, SiteId site);
  enum class State : uint8_t { Idle, Running, Done } state_ = State::Idle;
  WaitQueue waiters_;
  mutable detail::SpinLock lock_;
};

}  // namespace goro
