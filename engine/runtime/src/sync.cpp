// Mutex, RWMutex, WaitGroup and Once: each a counter or flag plus a FIFO of parked tasks.
#include <vector>

#include "goro/mutex.h"
#include "goro/once.h"
#include "goro/runtime.h"
#include "goro/rwmutex.h"
#include "goro/waitgroup.h"

namespace goro {

namespace {

// park queues self's own waiter on q and parks with the given reason; the caller holds `lock`.
void park(Runtime& rt, Task& self, WaitQueue& q, detail::SpinLock& lock, WaitReason reason,
          Object* object, SiteId site) {
  Waiter& w = self.waiter();
  w.task = &self;
  w.elem = nullptr;
  w.select = nullptr;
  w.chan = nullptr;
  q.push_back(&w);
  rt.park_on(self, reason, object, site);
  rt.defer_unlock(&lock);
}

}  // namespace

// ---- Mutex ----------------------------------------------------------------------------------

Ref<Mutex> Mutex::make(Runtime& rt, SiteId site) { return Ref<Mutex>(new Mutex(rt, site)); }

Mutex::Mutex(Runtime& rt, SiteId site) : Object(rt, ObjectKind::Mutex, 0, 0, site) {}

LockStatus Mutex::lock(Task& self, SiteId site) {
  lock_.lock();
  if (!locked_) {
    locked_ = true;
    lock_.unlock();
    return LockStatus::Done;
  }
  park(runtime(), self, waiters_, lock_, WaitReason::Mutex, this, site);
  return LockStatus::Parked;
}

bool Mutex::try_lock() {
  std::lock_guard g(lock_);
  if (locked_) return false;
  locked_ = true;
  return true;
}

bool Mutex::unlock() {
  lock_.lock();
  if (!locked_) {
    lock_.unlock();
    return false;
  }
  Waiter* next = waiters_.pop_front();
  if (!next) locked_ = false;  // otherwise ownership passes straight to `next`
  lock_.unlock();
  if (next) runtime().ready(next->task, Runtime::current_task());
  return true;
}

bool Mutex::locked() const {
  std::lock_guard g(lock_);
  return locked_;
}

// ---- RWMutex --------------------------------------------------------------------------------

Ref<RWMutex> RWMutex::make(Runtime& rt, SiteId site) {
  return Ref<RWMutex>(new RWMutex(rt, site));
}

RWMutex::RWMutex(Runtime& rt, SiteId site) : Object(rt, ObjectKind::RWMutex, 0, 0, site) {}

LockStatus RWMutex::rlock(Task& self, SiteId site) {
  lock_.lock();
  // A waiting writer holds off new readers, so writers cannot starve.
  if (!writer_ && write_waiters_.empty()) {
    ++readers_;
    lock_.unlock();
    return LockStatus::Done;
  }
  park(runtime(), self, read_waiters_, lock_, WaitReason::RWMutexRLock, this, site);
  return LockStatus::Parked;
}

bool RWMutex::try_rlock() {
  std::lock_guard g(lock_);
  if (writer_ || !write_waiters_.empty()) return false;
  ++readers_;
  return true;
}

bool RWMutex::runlock() {
  std::vector<Task*> wake;
  lock_.lock();
  if (readers_ == 0) {
    lock_.unlock();
    return false;
  }
  if (--readers_ == 0) admit_locked(wake);
  lock_.unlock();
  for (Task* t : wake) runtime().ready(t, Runtime::current_task());
  return true;
}

LockStatus RWMutex::lock(Task& self, SiteId site) {
  lock_.lock();
  if (!writer_ && readers_ == 0) {
    writer_ = true;
    lock_.unlock();
    return LockStatus::Done;
  }
  park(runtime(), self, write_waiters_, lock_, WaitReason::RWMutexLock, this, site);
  return LockStatus::Parked;
}

bool RWMutex::try_lock() {
  std::lock_guard g(lock_);
  if (writer_ || readers_ > 0) return false;
  writer_ = true;
  return true;
}

bool RWMutex::unlock() {
  std::vector<Task*> wake;
  lock_.lock();
  if (!writer_) {
    lock_.unlock();
    return false;
  }
  writer_ = false;
  // Readers that queued behind the writer go first (Go's RUnlock/Unlock hand-off order).
  if (!read_waiters_.empty()) {
    while (Waiter* r = read_waiters_.pop_front()) {
      ++readers_;
      wake.push_back(r->task);
    }
  } else {
    admit_locked(wake);
  }
  lock_.unlock();
  for (Task* t : wake) runtime().ready(t, Runtime::current_task());
  return true;
}

void RWMutex::admit_locked(std::vector<Task*>& wake) {
  if (writer_ || readers_ > 0) return;
  if (Waiter* w = write_waiters_.pop_front()) {
    writer_ = true;
    wake.push_back(w->task);
    return;
  }
  while (Waiter* r = read_waiters_.pop_front()) {
    ++readers_;
    wake.push_back(r->task);
  }
}

// ---- WaitGroup ------------------------------------------------------------------------------

Ref<WaitGroup> WaitGroup::make(Runtime& rt, SiteId site) {
  return Ref<WaitGroup>(new WaitGroup(rt, site));
}

WaitGroup::WaitGroup(Runtime& rt, SiteId site) : Object(rt, ObjectKind::WaitGroup, 0, 0, site) {}

bool WaitGroup::add(int64_t delta) {
  std::vector<Task*> wake;
  lock_.lock();
  count_ += delta;
  if (count_ < 0) {
    lock_.unlock();
    return false;
  }
  if (count_ == 0) {
    while (Waiter* w = waiters_.pop_front()) wake.push_back(w->task);
  }
  lock_.unlock();
  for (Task* t : wake) runtime().ready(t, Runtime::current_task());
  return true;
}

LockStatus WaitGroup::wait(Task& self, SiteId site) {
  lock_.lock();
  if (count_ == 0) {
    lock_.unlock();
    return LockStatus::Done;
  }
  park(runtime(), self, waiters_, lock_, WaitReason::WaitGroup, this, site);
  return LockStatus::Parked;
}

int64_t WaitGroup::count() const {
  std::lock_guard g(lock_);
  return count_;
}

// ---- Once -----------------------------------------------------------------------------------

Ref<Once> Once::make(Runtime& rt, SiteId site) { return Ref<Once>(new Once(rt, site)); }

Once::Once(Runtime& rt, SiteId site) : Object(rt, ObjectKind::Once, 0, 0, site) {}

OnceStatus Once::begin(Task& self, SiteId site) {
  lock_.lock();
  switch (state_) {
    case State::Done:
      lock_.unlock();
      return OnceStatus::Done;
    case State::Idle:
      state_ = State::Running;
      lock_.unlock();
      return OnceStatus::Run;
    case State::Running:
      break;
  }
  park(runtime(), self, waiters_, lock_, WaitReason::Once, this, site);
  return OnceStatus::Parked;
}

void Once::finish() {
  std::vector<Task*> wake;
  lock_.lock();
  state_ = State::Done;
  while (Waiter* w = waiters_.pop_front()) wake.push_back(w->task);
  lock_.unlock();
  for (Task* t : wake) runtime().ready(t, Runtime::current_task());
}

}  // namespace goro
