// goro/runtime.h — the scheduler: a pool of workers running tasks, a clock, and the run's life.
//
// A Runtime runs one program: run(main) starts the workers, returns when the program ends (main
// returned, a panic, a deadlock, os.Exit, stop(), or a limit) and says how, like a Go process would.
//
//   goro::Symbols syms;
//   goro::Runtime rt({.workers = 1, .seed = 42}, syms);
//   goro::RunResult r = rt.run(goro::make_native_task(rt, my_main()));
//   // r.reason == goro::EndReason::MainReturned, r.exit_code == 0
//
// With one worker and a fixed seed a run is deterministic: the same events in the same order.
// The clock is virtual by default: time moves only when every task is parked, jumping to the
// next timer (as Go's testing/synctest does), so a 5-second sleep costs no wall time.
//
// Invariants:
//   - active_ counts tasks that are Runnable or Running. It is incremented before a task is made
//     runnable and decremented only once a parking task is fully parked, so active_ == 0 means that
//     nothing can run until a timer fires: a quiescent point.
//   - A task is on at most one run queue, and only while Runnable.
//   - Primitive locks are never held while taking a run-queue or timer lock... except through
//     ready(), which takes only the short run-queue locks. Timer callbacks run with no lock held.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "goro/detail/spinlock.h"
#include "goro/event.h"
#include "goro/symbols.h"
#include "goro/task.h"
#include "goro/timer_node.h"

namespace goro {

enum class ClockMode : uint8_t { Virtual, Real };

class Runtime;

// RunObserver sees the world stopped: at quiescent points and at the end. The leak verdicts use it.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  // on_quiescent: every live task is parked and the clock is about to move (or the run is about to
  // end as a deadlock). No task runs and no timer fires until this returns (on either clock).
  virtual void on_quiescent(Runtime& rt) {}
  // on_final: the run is ending (all workers stopped); tasks still alive are registered and
  // inspectable. Called before RunEnded is emitted.
  virtual void on_final(Runtime& rt, EndReason reason) {}
};

struct RuntimeOptions {
  unsigned workers = 0;        // 0: one per hardware thread
  uint64_t seed = 1;           // select's random choices and per-worker random streams
  ClockMode clock = ClockMode::Virtual;
  Nanos max_time = 0;          // end the run (EndReason::Limit) when the clock passes this; 0: none
  uint32_t max_tasks = 0;      // end the run when more tasks would be alive at once; 0: none
  EventSink* sink = nullptr;   // receives every event; nullptr records nothing
  RunObserver* observer = nullptr;
};

struct RunResult {
  EndReason reason = EndReason::MainReturned;
  int exit_code = 0;
  std::string error;       // what Go would print on stderr: "panic: ...", "fatal error: ...", limits
  TaskId failed_task = 0;  // the task that panicked or hit a fatal error
  Nanos end_time = 0;      // the clock when the run ended
  uint64_t tasks_created = 0;
};

class Runtime {
 public:
  Runtime(RuntimeOptions options, Symbols& symbols);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // run starts main as task 1 and blocks until the program ends. Call once.
  RunResult run(std::unique_ptr<Task> main, SiteId site = 0, NameId function = 0);
  // stop ends the run from any thread (EndReason::Stopped). Tasks notice at their next park or
  // safepoint (interpreted code checks stop_requested() regularly).
  void stop();
  bool stop_requested() const { return ending_.load(std::memory_order_relaxed); }

  const RuntimeOptions& options() const { return opts_; }
  unsigned worker_count() const { return static_cast<unsigned>(workers_.size()); }
  Symbols& symbols() const { return symbols_; }

  // ---- Called by tasks and primitives on worker threads ----

  // current_task is the task running on this thread, or nullptr (timer callbacks, other threads).
  static Task* current_task();
  static Runtime* current();

  // spawn registers t as a child of the current task and makes it runnable. Returns its id,
  // or 0 if the task limit ended the run.
  TaskId spawn(std::unique_ptr<Task> t, SiteId site, NameId function);
  // ready makes a parked task runnable; waker is the task that woke it (nullptr: clock/runtime).
  void ready(Task* t, Task* waker);
  // park_on records why the current task is about to park and emits TaskBlocked. The caller holds
  // the lock of whatever it queued the task on, and passes it to defer_unlock.
  void park_on(Task& self, WaitReason reason, Object* object, SiteId site);
  // defer_unlock hands a primitive's lock to the worker, released once the task is fully parked.
  void defer_unlock(detail::SpinLock* lock);

  // Clock.
  Nanos now() const;
  // arm puts a timer node on the heap to fire at `when` (and every `period` after, if > 0).
  // Re-arming an armed node moves it. disarm returns whether the node was armed.
  void arm(TimerNode* node, Nanos when, Nanos period = 0);
  bool disarm(TimerNode* node);
  // sleep parks the current task until now()+d (d <= 0: returns Done at once, as Go does).
  enum class SleepStatus { Done, Parked };
  SleepStatus sleep(Task& self, Nanos d, SiteId site);

  // random returns the next number of this worker's seeded stream (select's choices, rand).
  uint64_t random();

  // emit stamps seq and time on e and hands it to the sink. Cheap when there is no sink.
  void emit(Event e);
  bool recording() const { return opts_.sink != nullptr; }
  ObjectId next_object_id() { return next_object_.fetch_add(1, std::memory_order_relaxed); }

  // Ending the run from inside (os.Exit, fatal errors found by primitives).
  void end_run(EndReason reason, int code, std::string error, TaskId failed_task = 0);

  // ---- For observers and dumps, only while the world is stopped ----
  // for_each_task visits every live task (in no particular order). Each shard is locked while it
  // is walked: a worker may be unlinking exited tasks at the same moment. f must not spawn.
  template <class F>
  void for_each_task(F&& f) const {
    for (const auto& shard : registry_) {
      std::lock_guard lock(shard->lock);
      for (Task* t = shard->head; t; t = t->reg_next_) {
        if (t->status() != TaskStatus::Exited) f(*t);
      }
    }
  }
  template <class F>
  void for_each_armed_timer(F&& f) const {
    for (const auto& e : heap_) f(*e.node);
  }
  size_t live_tasks() const { return live_tasks_.load(std::memory_order_relaxed); }
  // goroutine_dump formats "goroutine N [reason]:\n<stack>\n" for every live task, main first.
  // skip: a task left out (runtime.Stack lists the calling goroutine first, by itself).
  std::string goroutine_dump(TaskId skip = 0) const;

 private:
  struct Worker;
  struct HeapEntry {
    Nanos when;
    uint64_t order;
    TimerNode* node;
  };

  void worker_loop(unsigned index);
  Task* find_work(Worker& w);
  Task* try_steal(Worker& thief);
  void run_task(Worker& w, Task* t);
  void finish_task(Worker& w, Task* t, Outcome outcome);
  void push_runnable(Task* t);
  void push_global(Task* t);
  bool idle(Worker& w);  // returns false when the worker should exit
  bool advance_clock();  // quiescent: fire the next timers; false if there are none
  bool fire_due_timers(Nanos now);
  Nanos next_timer_when();
  struct RegistryShard;
  void register_task(Task* t);
  void unregister_task(Task* t);
  void unlink_task(RegistryShard& shard, Task* t);
  void flush_dead(Worker& w);
  void destroy_remaining_tasks();
  void heap_up(size_t i);
  void heap_down(size_t i);
  void heap_remove(size_t i);
  void wake_idle_worker();
  std::string failure_text(Task& t, Outcome outcome);

  RuntimeOptions opts_;
  Symbols& symbols_;
  std::vector<std::unique_ptr<Worker>> workers_;

  // Run state.
  std::atomic<bool> ending_{false};
  std::atomic<bool> started_{false};
  std::mutex end_mu_;
  RunResult result_;
  bool result_set_ = false;

  // Scheduling.
  std::atomic<int64_t> active_{0};    // runnable + running tasks (see invariants)
  std::atomic<int64_t> queued_{0};    // tasks sitting in any run queue or runnext slot
  std::atomic<int> idle_workers_{0};
  std::atomic<bool> wake_pending_{false};  // a worker was notified and has not left idle() yet
  std::mutex idle_mu_;
  std::condition_variable idle_cv_;
  bool clock_busy_ = false;           // guarded by idle_mu_: one worker advances the clock
  detail::SpinLock global_lock_;
  std::vector<Task*> global_queue_;   // FIFO via head index
  std::atomic<int64_t> global_size_{0};  // lets workers skip the lock when it is empty
  size_t global_head_ = 0;

  // Tasks: the registry of live tasks is sharded per worker (plus one for other threads), so
  // spawning and exiting on different workers do not fight over one lock.
  struct RegistryShard {
    detail::SpinLock lock;
    Task* head = nullptr;  // head->reg_prev_ is the tail
  };
  std::vector<std::unique_ptr<RegistryShard>> registry_;
  std::atomic<TaskId> next_task_{1};
  std::atomic<size_t> live_tasks_{0};
  std::atomic<ObjectId> next_object_{1};
  Task* main_ = nullptr;
  std::atomic<bool> main_goexited_{false};  // main ended by runtime.Goexit; the run goes on

  // Clock and timers.
  std::atomic<Nanos> vnow_{0};
  int64_t real_start_ns_ = 0;
  std::mutex timers_mu_;
  std::vector<HeapEntry> heap_;
  uint64_t timer_order_ = 0;
  // Timers taken off the heap whose fire() has not returned yet. Counted with active_ when deciding
  // that nothing can happen any more (real clock: another worker may be firing right now).
  std::atomic<int64_t> firing_{0};
  // Held while timers fire and while the observer judges a quiescent point, so that a judgement
  // (which reads tasks' values, the VM's heap included) never overlaps a timer's action or a task
  // it readied: on the real clock another worker fires due timers whenever it looks for work.
  std::mutex quiet_mu_;

  // Events.
  std::atomic<uint64_t> next_seq_{0};
};

}  // namespace goro
