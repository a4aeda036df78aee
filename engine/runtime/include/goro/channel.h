// goro/channel.h — Go's channel: unbuffered rendezvous or buffered FIFO, close, and the panics.
//
// The channel is type-erased: it moves elements of any type through an ElemOps table, so native
// tasks (Chan<T> in goro/native.h) and the interpreter (one VM value per element) share it.
//
//   auto ch = goro::Channel::make(rt, goro::elem_ops<int>(), /*cap=*/0);
//   int v = 42;
//   switch (ch->send(*self, &v, site)) {
//     case goro::ChanStatus::Done: ...           // a receiver took it, or it was buffered
//     case goro::ChanStatus::Parked: ...         // return from resume(); on wake, see waiter()
//     case goro::ChanStatus::PanicClosed: ...    // "send on closed channel"
//   }
//
// Invariants (guarded by lock_): if the buffer holds elements, recvq_ is empty; if the buffer has
// room, sendq_ is empty; an unbuffered channel never has waiters in both queues at once (apart from
// waiters of selects already decided, which are skipped and dropped when found).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

#include "goro/detail/spinlock.h"
#include "goro/object.h"
#include "goro/task.h"

namespace goro {

// ElemOps: how a channel moves its element type around.
struct ElemOps {
  size_t size;
  size_t align;
  void (*construct)(void* p);               // default-construct (Go's zero value) in raw storage
  void (*destroy)(void* p);
  void (*move)(void* dst, void* src);       // move-assign src into dst (both constructed)
  void (*reset)(void* dst);                 // assign the zero value
  void (*for_each_held)(const void* p, const HeldFn& fn);  // may be nullptr
};

namespace detail {
template <class T>
struct HeldOf {
  static constexpr auto fn = nullptr;
};
}  // namespace detail

// elem_ops<T> is the ElemOps of a default-constructible, move-assignable T.
template <class T>
const ElemOps* elem_ops() {
  static const ElemOps ops{
      sizeof(T), alignof(T),
      [](void* p) { ::new (p) T(); },
      [](void* p) { static_cast<T*>(p)->~T(); },
      [](void* d, void* s) { *static_cast<T*>(d) = std::move(*static_cast<T*>(s)); },
      [](void* d) { *static_cast<T*>(d) = T(); },
      detail::HeldOf<T>::fn,
  };
  return &ops;
}

enum class ChanStatus : uint8_t {
  Done,         // the operation completed
  Parked,       // the task was queued; return from resume() now
  WouldBlock,   // try_send / try_recv only
  PanicClosed,  // send on a closed channel (Go panics)
};

class Channel final : public Object {
 public:
  static Ref<Channel> make(Runtime& rt, const ElemOps* ops, uint32_t cap, NameId name = 0,
                           SiteId site = 0);

  // send moves *value into the channel, or parks self. After a Parked send is resumed,
  // self.waiter().success is false if the channel was closed meanwhile (Go panics then).
  ChanStatus send(Task& self, void* value, SiteId site);
  // recv moves an element into *out (or the zero value if closed and drained, *ok = false), or
  // parks self. After a Parked recv is resumed, *out holds the value and self.waiter().success is ok.
  // reason: what a dump calls the wait (sync.Cond parks on a channel of its own: "sync.Cond.Wait").
  ChanStatus recv(Task& self, void* out, bool* ok, SiteId site, WaitReason reason = WaitReason::ChanRecv);
  // Non-blocking forms, usable outside tasks (timers): Done, WouldBlock or PanicClosed.
  ChanStatus try_send(void* value);
  ChanStatus try_recv(void* out, bool* ok);
  // close wakes every waiter. Returns false if already closed (Go: "close of closed channel").
  bool close();

  uint32_t len() const;
  uint32_t cap() const { return cap_; }
  bool closed() const;
  const ElemOps* ops() const { return ops_; }

  void for_each_held(const HeldFn& fn) const override;
  // for_each_element calls fn on every element the channel holds: buffered ones and those of
  // blocked senders. For a garbage collector's mark phase; only while the world is stopped.
  template <class F>
  void for_each_element(F&& fn) const {
    for (uint32_t i = 0; i < count_; ++i) fn(slot((head_ + i) % cap_));
    sendq_.for_each([&](Waiter* w) { fn(w->elem); });
  }

 private:
  friend class Select;
  Channel(Runtime& rt, const ElemOps* ops, uint32_t cap, NameId name, SiteId site);
  ~Channel() override;

  void* slot(uint32_t i) const { return buf_ + static_cast<size_t>(i) * ops_->size; }
  // dequeue pops the first waiter that can still be woken (claims selects). Lock held.
  static Waiter* dequeue(WaitQueue& q);
  // The ready-case operations of send/recv, shared with Select. Lock held; they unlock nothing
  // and return the waiter to ready (or nullptr).
  Waiter* send_ready(void* value, bool* done);
  Waiter* recv_ready(void* out, bool* ok, bool* done);
  ChanStatus park(Task& self, WaitQueue& q, void* elem, WaitReason reason, SiteId site);

  const ElemOps* ops_;
  uint32_t cap_;
  uint32_t count_ = 0;
  uint32_t head_ = 0;  // index of the oldest buffered element
  bool closed_ = false;
  std::byte* buf_ = nullptr;
  WaitQueue sendq_;
  WaitQueue recvq_;
  mutable detail::SpinLock lock_;
};

}  // namespace goro
