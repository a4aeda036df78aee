#include "goro/channel.h"

#include <cstdlib>
#include <vector>

#include "goro/runtime.h"

namespace goro {

Ref<Channel> Channel::make(Runtime& rt, const ElemOps* ops, uint32_t cap, NameId name,
                           SiteId site) {
  return Ref<Channel>(new Channel(rt, ops, cap, name, site));
}

Channel::Channel(Runtime& rt, const ElemOps* ops, uint32_t cap, NameId name, SiteId site)
    : Object(rt, ObjectKind::Channel, cap, name, site), ops_(ops), cap_(cap) {
  if (cap_ > 0) {
    size_t align = ops_->align < alignof(std::max_align_t) ? alignof(std::max_align_t) : ops_->align;
    size_t bytes = (static_cast<size_t>(cap_) * ops_->size + align - 1) / align * align;
    buf_ = static_cast<std::byte*>(std::aligned_alloc(align, bytes ? bytes : align));
    for (uint32_t i = 0; i < cap_; ++i) ops_->construct(slot(i));
  }
}

Channel::~Channel() {
  if (buf_) {
    for (uint32_t i = 0; i < cap_; ++i) ops_->destroy(slot(i));
    std::free(buf_);
  }
}

uint32_t Channel::len() const {
  std::lock_guard lock(lock_);
  return count_;
}

bool Channel::closed() const {
  std::lock_guard lock(lock_);
  return closed_;
}

void Channel::for_each_held(const HeldFn& fn) const {
  if (!ops_->for_each_held) return;
  for (uint32_t i = 0; i < count_; ++i) ops_->for_each_held(slot((head_ + i) % cap_), fn);
  sendq_.for_each([&](Waiter* w) { ops_->for_each_held(w->elem, fn); });
}

Waiter* Channel::dequeue(WaitQueue& q) {
  while (Waiter* w = q.pop_front()) {
    if (!w->select) return w;
    // A select waits on several channels; only the first waker may take it.
    int32_t expected = -1;
    if (w->select->winner.compare_exchange_strong(expected, w->case_index)) return w;
  }
  return nullptr;
}

// send_ready performs a send that can complete now; *done says whether one could. Lock held.
// Returns the receiver to ready. (The receive queue may hold only waiters of decided selects.)
Waiter* Channel::send_ready(void* value, bool* done) {
  *done = true;
  if (Waiter* r = dequeue(recvq_)) {
    ops_->move(r->elem, value);
    r->success = true;
    return r;
  }
  if (count_ < cap_) {
    uint32_t tail = (head_ + count_) % cap_;
    ops_->move(slot(tail), value);
    ++count_;
    return nullptr;
  }
  *done = false;
  return nullptr;
}

// recv_ready performs a receive that can complete now; *done says whether one could. Lock held.
// Returns the sender to ready.
Waiter* Channel::recv_ready(void* out, bool* ok, bool* done) {
  *done = true;
  if (Waiter* s = dequeue(sendq_)) {
    if (cap_ == 0) {
      ops_->move(out, s->elem);
    } else {
      // Full buffer: take the oldest, and the sender's value takes the freed slot at the tail.
      ops_->move(out, slot(head_));
      ops_->move(slot(head_), s->elem);
      head_ = (head_ + 1) % cap_;
    }
    s->success = true;
    *ok = true;
    return s;
  }
  if (count_ > 0) {
    ops_->move(out, slot(head_));
    ops_->reset(slot(head_));
    head_ = (head_ + 1) % cap_;
    --count_;
    *ok = true;
    return nullptr;
  }
  if (closed_) {
    ops_->reset(out);
    *ok = false;
    return nullptr;
  }
  *done = false;
  return nullptr;
}

// park queues self's waiter on q (lock_ held) and hands lock_ to the worker to release once the
// task is fully parked.
ChanStatus Channel::park(Task& self, WaitQueue& q, void* elem, WaitReason reason, SiteId site) {
  Waiter& w = self.waiter();
  w.task = &self;
  w.elem = elem;
  w.select = nullptr;
  w.chan = this;
  w.success = false;
  q.push_back(&w);
  runtime().park_on(self, reason, this, site);
  runtime().defer_unlock(&lock_);
  return ChanStatus::Parked;
}

ChanStatus Channel::send(Task& self, void* value, SiteId site) {
  lock_.lock();
  if (closed_) {
    lock_.unlock();
    return ChanStatus::PanicClosed;
  }
  bool done;
  Waiter* r = send_ready(value, &done);
  if (done) {
    lock_.unlock();
    if (r) runtime().ready(r->task, &self);
    return ChanStatus::Done;
  }
  return park(self, sendq_, value, WaitReason::ChanSend, site);
}

ChanStatus Channel::recv(Task& self, void* out, bool* ok, SiteId site, WaitReason reason) {
  lock_.lock();
  bool done;
  Waiter* s = recv_ready(out, ok, &done);
  if (done) {
    lock_.unlock();
    if (s) runtime().ready(s->task, &self);
    return ChanStatus::Done;
  }
  return park(self, recvq_, out, reason, site);
}

ChanStatus Channel::try_send(void* value) {
  lock_.lock();
  if (closed_) {
    lock_.unlock();
    return ChanStatus::PanicClosed;
  }
  bool done;
  Waiter* r = send_ready(value, &done);
  lock_.unlock();
  if (!done) return ChanStatus::WouldBlock;
  if (r) runtime().ready(r->task, Runtime::current_task());
  return ChanStatus::Done;
}

ChanStatus Channel::try_recv(void* out, bool* ok) {
  lock_.lock();
  bool done;
  Waiter* s = recv_ready(out, ok, &done);
  lock_.unlock();
  if (!done) return ChanStatus::WouldBlock;
  if (s) runtime().ready(s->task, Runtime::current_task());
  return ChanStatus::Done;
}

bool Channel::close() {
  std::vector<Task*> wake;
  lock_.lock();
  if (closed_) {
    lock_.unlock();
    return false;
  }
  closed_ = true;
  // Receivers get the zero value with ok == false; senders wake to panic.
  while (Waiter* r = dequeue(recvq_)) {
    ops_->reset(r->elem);
    r->success = false;
    wake.push_back(r->task);
  }
  while (Waiter* s = dequeue(sendq_)) {
    s->success = false;
    wake.push_back(s->task);
  }
  Task* self = Runtime::current_task();
  if (runtime().recording()) {
    Event e;
    e.kind = EventKind::ChanClosed;
    e.task = self ? self->id() : 0;
    e.object = id();
    runtime().emit(e);
  }
  lock_.unlock();
  for (Task* t : wake) runtime().ready(t, self);
  return true;
}

}  // namespace goro
