// goro/native.h — native tasks: C++20 coroutines that use Go's primitives with Go's semantics.
//
// Tests, benchmarks and demo programs write goroutines as coroutines returning Co<>. Blocking
// operations are awaited; a task may block at any depth of nested Co calls, and its frames stay on
// the heap while it waits. Go's panics are thrown as goro::Panic and end the run like Go's
// (exit code 2) unless caught.
//
//   goro::Co<> worker(goro::Chan<int> ch) {
//     int v = co_await ch.recv();
//     co_await ch.send(v + 1);
//   }
//   goro::Co<> main_task() {
//     auto ch = goro::Chan<int>::make();
//     goro::go(worker(ch), "main.worker");
//     co_await ch.send(41);
//     int answer = co_await ch.recv();   // 42
//   }
//   goro::Symbols syms;
//   goro::Runtime rt({.workers = 2}, syms);
//   auto result = rt.run(goro::native_main(rt, main_task()));
//
// Write coroutines as functions taking their inputs by value: a coroutine lambda's captures die
// with the lambda object, long before the coroutine finishes.
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <source_location>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "goro/channel.h"
#include "goro/context.h"
#include "goro/detail/pool.h"
#include "goro/mutex.h"
#include "goro/once.h"
#include "goro/runtime.h"
#include "goro/rwmutex.h"
#include "goro/select.h"
#include "goro/timer.h"
#include "goro/waitgroup.h"

namespace goro {

// Panic is Go's panic for native code: what() is the message ("send on closed channel").
struct Panic : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// FatalError is Go's fatal error (not recoverable in Go): "sync: unlock of unlocked mutex".
struct FatalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// ExitProgram is os.Exit.
struct ExitProgram {
  int code;
};

template <class T = void>
class Co;

namespace detail {

struct PromiseBase {
  std::coroutine_handle<> continuation;
  std::exception_ptr error;

  std::suspend_always initial_suspend() noexcept { return {}; }
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
      auto c = h.promise().continuation;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() { error = std::current_exception(); }

  // Coroutine frames come from the same per-thread pools as tasks.
  static void* operator new(size_t size) { return pool_alloc(size); }
  static void operator delete(void* p, size_t size) noexcept { pool_free(p, size); }
};

template <class T>
struct Promise : PromiseBase {
  std::optional<T> value;
  Co<T> get_return_object();
  template <class U>
  void return_value(U&& v) { value.emplace(std::forward<U>(v)); }
};

template <>
struct Promise<void> : PromiseBase {
  Co<void> get_return_object();
  void return_void() {}
};

// site_here interns a native source location into the current run's symbols (only when recording).
SiteId site_here(const std::source_location& loc);

}  // namespace detail

// Co<T> is a lazily started coroutine; awaiting it runs it as a nested call.
template <class T>
class Co {
 public:
  using promise_type = detail::Promise<T>;
  using Handle = std::coroutine_handle<promise_type>;

  explicit Co(Handle h) : h_(h) {}
  Co(Co&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Co& operator=(Co&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  ~Co() {
    if (h_) h_.destroy();
  }

  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller) noexcept {
    h_.promise().continuation = caller;
    return h_;
  }
  T await_resume() {
    if (h_.promise().error) std::rethrow_exception(h_.promise().error);
    if constexpr (!std::is_void_v<T>) return std::move(*h_.promise().value);
  }

  Handle handle() const { return h_; }

 private:
  Handle h_;
};

namespace detail {
template <class T>
Co<T> Promise<T>::get_return_object() {
  return Co<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Co<void> Promise<void>::get_return_object() {
  return Co<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}
}  // namespace detail

// NativeTask runs a Co<> as a task.
class NativeTask final : public Task {
 public:
  explicit NativeTask(Co<> body) : body_(std::move(body)) {}

  Outcome resume() override;
  void for_each_held(const HeldFn& fn) const override;

  // hold / drop declare the objects this task can still use, for the leak verdicts (the
  // interpreter knows this from its frames; native code says it).
  void hold(Object* o) { held_.push_back(Ref<Object>(o)); }
  void drop(Object* o);
  void drop_all() { held_.clear(); }
  // mark_endless declares that this task loops forever with no exit path (a ticker loop, say).
  void mark_endless() { endless_ = true; }
  bool never_finishes() const override { return endless_; }

  // current is the native task running on this thread (only valid inside a native task).
  static NativeTask& current() { return *static_cast<NativeTask*>(Runtime::current_task()); }
  // suspend records why the coroutine at `h` is suspending and where to resume it.
  void suspend(Outcome o, std::coroutine_handle<> h) {
    pending_ = o;
    leaf_ = h;
  }

 private:
  Co<> body_;
  std::coroutine_handle<> leaf_;  // the innermost suspended coroutine
  Outcome pending_ = Outcome::Exited;
  std::vector<Ref<Object>> held_;
  bool endless_ = false;
};

// native_main wraps a coroutine as a run's main task.
inline std::unique_ptr<Task> native_main(Co<> body) {
  return std::make_unique<NativeTask>(std::move(body));
}

// go starts a new task running body (Go's go statement). `name` shows as its function.
TaskId go(Co<> body, std::string_view name = "",
          std::source_location loc = std::source_location::current());

// ---- Awaitables -----------------------------------------------------------------------------

namespace detail {

// ParkForever blocks the task for good (nil channels, select {}).
struct ParkForever {
  WaitReason reason;
  SiteId site;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) {
    NativeTask& self = NativeTask::current();
    Runtime::current()->park_on(self, reason, nullptr, site);
    self.suspend(Outcome::Parked, h);
  }
  void await_resume() const noexcept {}
};

template <class T>
struct SendAwaiter {
  Channel* ch;
  T value;
  SiteId site;
  ChanStatus status = ChanStatus::Done;

  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> h) {
    NativeTask& self = NativeTask::current();
    if (!ch) {
      Runtime::current()->park_on(self, WaitReason::NilChanSend, nullptr, site);
      self.suspend(Outcome::Parked, h);
      return true;
    }
    status = ch->send(self, &value, site);
    if (status != ChanStatus::Parked) return false;
    self.suspend(Outcome::Parked, h);
    return true;
  }
  void await_resume() {
    if (status == ChanStatus::Parked && !NativeTask::current().waiter().success) {
      status = ChanStatus::PanicClosed;
    }
    if (status == ChanStatus::PanicClosed) throw Panic("send on closed channel");
  }
};

template <class T>
struct RecvAwaiter {
  Channel* ch;
  SiteId site;
  T value{};
  bool ok = false;
  ChanStatus status = ChanStatus::Done;

  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> h) {
    NativeTask& self = NativeTask::current();
    if (!ch) {
      Runtime::current()->park_on(self, WaitReason::NilChanRecv, nullptr, site);
      self.suspend(Outcome::Parked, h);
      return true;
    }
    status = ch->recv(self, &value, &ok, site);
    if (status != ChanStatus::Parked) return false;
    self.suspend(Outcome::Parked, h);
    return true;
  }
  void settle() {
    if (status == ChanStatus::Parked) ok = NativeTask::current().waiter().success;
  }
};

template <class T>
struct RecvValue : RecvAwaiter<T> {
  T await_resume() {
    this->settle();
    return std::move(this->value);
  }
};

template <class T>
struct RecvPair : RecvAwaiter<T> {
  std::pair<T, bool> await_resume() {
    this->settle();
    return {std::move(this->value), this->ok};
  }
};

}  // namespace detail

// Chan<T> is a typed handle to a channel (copying it copies the handle, as in Go). A
// default-constructed Chan is a nil channel: operations on it block forever.
template <class T>
class Chan {
 public:
  Chan() = default;
  explicit Chan(Ref<Channel> ch) : ch_(std::move(ch)) {}

  static Chan make(uint32_t cap = 0, std::string_view name = "") {
    Runtime& rt = *Runtime::current();
    return Chan(Channel::make(rt, elem_ops<T>(), cap, rt.symbols().intern(name)));
  }

  // co_await ch.send(v): Go's ch <- v.
  detail::SendAwaiter<T> send(T v, std::source_location loc = std::source_location::current()) const {
    return {ch_.get(), std::move(v), detail::site_here(loc)};
  }
  // co_await ch.recv(): Go's <-ch.
  detail::RecvValue<T> recv(std::source_location loc = std::source_location::current()) const {
    return {{ch_.get(), detail::site_here(loc)}};
  }
  // co_await ch.recv2(): Go's v, ok := <-ch.
  detail::RecvPair<T> recv2(std::source_location loc = std::source_location::current()) const {
    return {{ch_.get(), detail::site_here(loc)}};
  }
  // close is Go's close(ch), with its panics.
  void close() const {
    if (!ch_) throw Panic("close of nil channel");
    if (!ch_->close()) throw Panic("close of closed channel");
  }
  uint32_t len() const { return ch_ ? ch_->len() : 0; }
  uint32_t cap() const { return ch_ ? ch_->cap() : 0; }

  Channel* get() const { return ch_.get(); }
  explicit operator bool() const { return static_cast<bool>(ch_); }
  bool operator==(const Chan& o) const { return ch_ == o.ch_; }

 private:
  Ref<Channel> ch_;
};

// Channel elements that are channels keep those channels reachable (for the leak verdicts).
namespace detail {
template <class U>
struct HeldOf<Chan<U>> {
  static void fn(const void* p, const HeldFn& f) {
    if (auto* c = static_cast<const Chan<U>*>(p)->get()) f(c);
  }
};
}  // namespace detail

// ---- select ---------------------------------------------------------------------------------

// Case builders: goro::recv_case(ch, &v), goro::send_case(ch, &v).
template <class T>
SelectCase recv_case(const Chan<T>& ch, T* into) {
  return SelectCase{ch.get(), false, into};
}
template <class T>
SelectCase send_case(const Chan<T>& ch, T* value) {
  return SelectCase{ch.get(), true, value};
}

namespace detail {
struct SelectAwaiter {
  std::span<SelectCase> cases;
  bool has_default;
  SiteId site;
  SelectResult result{SelectStatus::Chosen, -1};

  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> h) {
    NativeTask& self = NativeTask::current();
    result = Select::run(self, cases, has_default, site);
    if (result.status != SelectStatus::Parked) return false;
    self.suspend(Outcome::Parked, h);
    return true;
  }
  int await_resume() {
    if (result.status == SelectStatus::Parked) result = Select::resume(NativeTask::current(), cases);
    if (result.status == SelectStatus::PanicClosed) throw Panic("send on closed channel");
    return result.index;
  }
};
}  // namespace detail

// co_await goro::select(cases, has_default): the index of the case taken, -1 for default.
// The cases (and the values they point to) must live until the await completes.
inline detail::SelectAwaiter select(std::span<SelectCase> cases, bool has_default = false,
                                    std::source_location loc = std::source_location::current()) {
  return {cases, has_default, detail::site_here(loc)};
}

// co_await goro::block_forever(): Go's select {}.
inline detail::ParkForever block_forever(std::source_location loc = std::source_location::current()) {
  return {WaitReason::SelectNoCases, detail::site_here(loc)};
}

// ---- time -----------------------------------------------------------------------------------

namespace detail {
struct SleepAwaiter {
  Nanos d;
  SiteId site;
  bool await_ready() const noexcept { return d <= 0; }
  bool await_suspend(std::coroutine_handle<> h) {
    NativeTask& self = NativeTask::current();
    if (Runtime::current()->sleep(self, d, site) == Runtime::SleepStatus::Done) return false;
    self.suspend(Outcome::Parked, h);
    return true;
  }
  void await_resume() const noexcept {}
};
struct YieldAwaiter {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) { NativeTask::current().suspend(Outcome::Yielded, h); }
  void await_resume() const noexcept {}
};
}  // namespace detail

// co_await goro::sleep(ns): time.Sleep on the run's clock.
inline detail::SleepAwaiter sleep(Nanos d, std::source_location loc = std::source_location::current()) {
  return {d, detail::site_here(loc)};
}
// co_await goro::yield(): runtime.Gosched.
inline detail::YieldAwaiter yield() { return {}; }
// now: the run's clock (time.Now relative to the start of the run).
inline Nanos now() { return Runtime::current()->now(); }

// time.After(d) / time.Tick(d) / time.NewTimer(d) / time.NewTicker(d), with channels of run-clock
// nanoseconds.
Chan<int64_t> after(Nanos d);
Chan<int64_t> tick(Nanos d);
struct NativeTimer {
  Ref<Timer> timer;
  Chan<int64_t> C;
  bool stop() const { return timer->stop(); }
  bool reset(Nanos d) const { return timer->reset(d); }
};
NativeTimer new_timer(Nanos d);
NativeTimer new_ticker(Nanos d);
// after_func runs make_body() as a new task once d has passed (time.AfterFunc).
Ref<Timer> after_func(Nanos d, std::function<Co<>()> make_body, std::string_view name = "");

// ---- sync -----------------------------------------------------------------------------------

namespace detail {
template <class Status, class Op>
struct LockAwaiter {
  Op op;
  Status status{};
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> h) {
    NativeTask& self = NativeTask::current();
    status = op(self);
    if (status != Status::Parked) return false;
    self.suspend(Outcome::Parked, h);
    return true;
  }
  Status await_resume() const noexcept { return status; }
};
}  // namespace detail

// Handles to sync objects, with Go's panics and fatal errors.
class WaitGroupRef {
 public:
  static WaitGroupRef make() { return WaitGroupRef(WaitGroup::make(*Runtime::current())); }
  void add(int64_t n) const {
    if (!wg_->add(n)) throw Panic("sync: negative WaitGroup counter");
  }
  void done() const { add(-1); }
  auto wait(std::source_location loc = std::source_location::current()) const {
    WaitGroup* wg = wg_.get();
    SiteId site = detail::site_here(loc);
    auto op = [wg, site](Task& self) { return wg->wait(self, site); };
    return detail::LockAwaiter<LockStatus, decltype(op)>{op};
  }
  WaitGroup* get() const { return wg_.get(); }

 private:
  explicit WaitGroupRef(Ref<WaitGroup> wg) : wg_(std::move(wg)) {}
  Ref<WaitGroup> wg_;
};

class MutexRef {
 public:
  static MutexRef make() { return MutexRef(Mutex::make(*Runtime::current())); }
  auto lock(std::source_location loc = std::source_location::current()) const {
    Mutex* mu = mu_.get();
    SiteId site = detail::site_here(loc);
    auto op = [mu, site](Task& self) { return mu->lock(self, site); };
    return detail::LockAwaiter<LockStatus, decltype(op)>{op};
  }
  void unlock() const {
    if (!mu_->unlock()) throw FatalError("sync: unlock of unlocked mutex");
  }
  Mutex* get() const { return mu_.get(); }

 private:
  explicit MutexRef(Ref<Mutex> mu) : mu_(std::move(mu)) {}
  Ref<Mutex> mu_;
};

class RWMutexRef {
 public:
  static RWMutexRef make() { return RWMutexRef(RWMutex::make(*Runtime::current())); }
  auto lock(std::source_location loc = std::source_location::current()) const {
    RWMutex* mu = mu_.get();
    SiteId site = detail::site_here(loc);
    auto op = [mu, site](Task& self) { return mu->lock(self, site); };
    return detail::LockAwaiter<LockStatus, decltype(op)>{op};
  }
  auto rlock(std::source_location loc = std::source_location::current()) const {
    RWMutex* mu = mu_.get();
    SiteId site = detail::site_here(loc);
    auto op = [mu, site](Task& self) { return mu->rlock(self, site); };
    return detail::LockAwaiter<LockStatus, decltype(op)>{op};
  }
  void unlock() const {
    if (!mu_->unlock()) throw FatalError("sync: Unlock of unlocked RWMutex");
  }
  void runlock() const {
    if (!mu_->runlock()) throw FatalError("sync: RUnlock of unlocked RWMutex");
  }
  RWMutex* get() const { return mu_.get(); }

 private:
  explicit RWMutexRef(Ref<RWMutex> mu) : mu_(std::move(mu)) {}
  Ref<RWMutex> mu_;
};

class OnceRef {
 public:
  static OnceRef make() { return OnceRef(Once::make(*Runtime::current())); }
  // co_await once.do_(fn): runs fn (a function returning Co<>) exactly once across all callers.
  template <class F>
  Co<> do_(F fn, std::source_location loc = std::source_location::current()) const {
    Once* once = once_.get();
    SiteId site = detail::site_here(loc);
    auto op = [once, site](Task& self) { return once->begin(self, site); };
    OnceStatus st = co_await detail::LockAwaiter<OnceStatus, decltype(op)>{op};
    if (st != OnceStatus::Run) co_return;
    try {
      co_await fn();
    } catch (...) {
      once->finish();  // Go counts a panicking f as done
      throw;
    }
    once->finish();
  }

 private:
  explicit OnceRef(Ref<Once> o) : once_(std::move(o)) {}
  Ref<Once> once_;
};

// ---- context --------------------------------------------------------------------------------

// ContextRef is a context.Context handle; done() is a nil Chan for Background.
class ContextRef {
 public:
  static ContextRef background() { return ContextRef(Context::background(*Runtime::current())); }
  ContextRef with_cancel() const { return ContextRef(Context::with_cancel(ctx_)); }
  ContextRef with_timeout(Nanos d) const { return ContextRef(Context::with_timeout(ctx_, d)); }
  ContextRef with_deadline(Nanos t) const { return ContextRef(Context::with_deadline(ctx_, t)); }
  Chan<char> done() const;
  ContextErr err() const { return ctx_->err(); }
  void cancel() const { ctx_->cancel(); }
  Context* get() const { return ctx_.get(); }

 private:
  explicit ContextRef(Ref<Context> c) : ctx_(std::move(c)) {}
  Ref<Context> ctx_;
};

}  // namespace goro
