// goro/task.h — the goroutine analogue, and the Waiter it leaves in an object's queue when it parks.
//
// A Task is resumed by whichever worker takes it and runs until it parks, yields or ends. Its state
// lives on the heap (a coroutine frame, or an interpreter's frames), so a parked task holds no worker
// and no thread stack. Two kinds exist: NativeTask (C++20 coroutines, goro/native.h) and the
// interpreter's goroutines (engine/lang), both driven by the same workers.
//
// Parking protocol (Go's gopark with an unlock function): a primitive decides to park while holding
// its own lock, enqueues the task's Waiter, records the wait (Runtime::park_on), hands the lock to the
// worker (Runtime::defer_unlock) and returns Parked; the task then returns from resume() at once. The
// worker marks the task parked and only then releases the lock, so no waker can resume a task that is
// still on its way out.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "goro/event.h"
#include "goro/object.h"
#include "goro/detail/pool.h"
#include "goro/timer_node.h"

namespace goro {

class Symbols;
class Task;
class Channel;

// SelectState is shared by the waiters of one select: the first waker to claim it wins.
struct SelectState {
  std::atomic<int32_t> winner{-1};
};

// Outcome: why resume() returned.
enum class Outcome : uint8_t {
  Parked,       // waiting; a primitive will ready it
  Yielded,      // still runnable (Gosched, time slice used up)
  Exited,       // returned
  Panicked,     // an unrecovered panic: failure() holds "panic: ..." lines; the run ends, exit 2
  Fatal,        // a fatal error: failure() holds "fatal error: ..."; the run ends, exit 2
  ExitProgram,  // os.Exit: exit_code() holds the code; the run ends
};

enum class TaskStatus : uint8_t { Runnable, Running, Parked, Exited };

// Waiter is a task's entry in one wait queue (Go's sudog). A plain wait uses the task's own
// Waiter; a select uses one per case.
struct Waiter {
  Task* task = nullptr;
  void* elem = nullptr;          // channel ops: the value to send, or where to put a received one
  Waiter* prev = nullptr;
  Waiter* next = nullptr;
  SelectState* select = nullptr; // set when this waiter is one case of a select
  Channel* chan = nullptr;       // channel ops: the channel this waiter is queued on
  int32_t case_index = -1;
  bool success = false;          // channel ops: true if a value moved, false if woken by close
  bool queued = false;
};

// WaitQueue is an intrusive FIFO of waiters, guarded by its owner's lock.
class WaitQueue {
 public:
  bool empty() const { return head_ == nullptr; }
  Waiter* front() const { return head_; }
  void push_back(Waiter* w);
  Waiter* pop_front();
  void remove(Waiter* w);  // w must be queued here
  template <class F>
  void for_each(F&& f) const {
    for (Waiter* w = head_; w; w = w->next) f(w);
  }

 private:
  Waiter* head_ = nullptr;
  Waiter* tail_ = nullptr;
};

class Task {
 public:
  Task() = default;
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  virtual ~Task() = default;

  // Tasks come from per-thread pools: they are often created on one worker and freed on another.
  static void* operator new(size_t size) { return detail::pool_alloc(size); }
  static void operator delete(void* p, size_t size) noexcept { detail::pool_free(p, size); }

  // resume runs the task on the calling worker until it parks, yields or ends.
  virtual Outcome resume() = 0;
  // for_each_held calls fn for each object the task can still use (leak verdicts). Called only while
  // the world is stopped. Native tasks report the handles they declared (NativeTask::hold).
  virtual void for_each_held(const HeldFn& fn) const {}
  // append_stack appends the task's stack as a goroutine dump shows it:
  // "main.worker(...)\n\t/path/main.go:14 +0x0\n". The default prints the function name only.
  virtual void append_stack(std::string& out) const;
  // block_stack interns the task's call stack (its frames' sites, innermost first, as a dump
  // lists them) in `symbols`, for the TaskBlocked event of a park; 0 if it has none to tell
  // (native tasks). Called by the task's own thread as it parks.
  virtual StackId block_stack(Symbols& symbols) { return 0; }
  // never_finishes says whether the task, when alive at exit, is in a loop it has no way out of
  // (judged from its code by the interpreter; native tasks say so with NativeTask::mark_endless).
  virtual bool never_finishes() const { return false; }
  // locked_to_thread: Go's dumps add ", locked to thread" to a waiting goroutine's header (the main
  // goroutine while package initialisation runs).
  virtual bool locked_to_thread() const { return false; }

  TaskId id() const { return id_; }
  TaskId parent() const { return parent_; }
  SiteId created_at() const { return created_at_; }
  NameId function() const { return function_; }
  // status is read by other workers (a fatal error's dump, the leak detector) while the task's own
  // worker changes it: relaxed atomic, as a snapshot.
  TaskStatus status() const { return status_.load(std::memory_order_relaxed); }

  // Wait information, valid while the task is parked.
  WaitReason wait_reason() const { return wait_reason_; }
  SiteId wait_site() const { return wait_site_; }
  Object* wait_object() const { return wait_object_; }  // nullptr for selects and sleeps
  // for_each_waited calls fn for every object the task is parked on (all channels of a select).
  void for_each_waited(const HeldFn& fn) const;

  const std::string& failure() const { return failure_; }
  int exit_code() const { return exit_code_; }

  // Used by primitives while the task runs.
  Waiter& waiter() { return waiter_; }
  std::vector<Waiter>& select_waiters() { return select_waiters_; }
  SelectState& select_state() { return select_; }

 protected:
  // For Panicked/Fatal/ExitProgram outcomes.
  void set_failure(std::string text) { failure_ = std::move(text); }
  void set_exit_code(int code) { exit_code_ = code; }
  // set_goexit: the task is ending by runtime.Goexit (an Exited outcome). For main the run goes on:
  // it ends when the other goroutines do, as Go's "no goroutines (main called runtime.Goexit)".
  void set_goexit() { goexit_ = true; }

 private:
  bool goexit_ = false;
  friend class Runtime;
  friend class Select;

  TaskId id_ = 0;
  TaskId parent_ = 0;
  SiteId created_at_ = 0;
  NameId function_ = 0;
  std::atomic<TaskStatus> status_{TaskStatus::Runnable};
  WaitReason wait_reason_ = WaitReason::None;
  SiteId wait_site_ = 0;
  Object* wait_object_ = nullptr;
  bool in_select_ = false;   // parked in a select: select_waiters_ are the queued ones
  int exit_code_ = 0;
  Waiter waiter_;
  std::vector<Waiter> select_waiters_;
  SelectState select_;
  std::string failure_;
  // Registry links (Runtime's list of live tasks).
  Task* reg_prev_ = nullptr;
  Task* reg_next_ = nullptr;
  uint32_t reg_shard_ = 0;
  std::unique_ptr<TimerNode> sleep_node_;  // made on the first sleep: most tasks never sleep
};

}  // namespace goro
