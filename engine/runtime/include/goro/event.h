// goro/event.h — the lifecycle event: the one record every view of goroscope is drawn from.
//
// The runtime emits an Event for every change of a task's state and for the life of the
// objects tasks wait on. Records are small and fixed-size; names and source positions live
// in a Symbols table and records carry only their ids. Consumers (the trace recorder, tests)
// implement EventSink.
//
//   struct Count : goro::EventSink {
//     std::atomic<int> n{0};
//     void on_event(const goro::Event&) override { ++n; }
//   };
#pragma once

#include <cstdint>
#include <string_view>

namespace goro {

using TaskId = uint32_t;    // 0: none. The main task is always 1.
using ObjectId = uint32_t;  // channels, mutexes, wait groups, timers, contexts. 0: none.
using SiteId = uint32_t;    // index into Symbols' site table. 0: unknown site.
using NameId = uint32_t;    // index into Symbols' string table. 0: empty string.
using StackId = uint32_t;   // index into Symbols' stack table. 0: no stack known.
using Nanos = int64_t;      // nanoseconds

// EventKind: what happened. The comment says how the fields of Event are used.
enum class EventKind : uint8_t {
  RunStarted,    // arg = worker count, object = seed (low 32 bits), site = 0
  TaskCreated,   // task; arg = parent task; site = creation site (the go statement); name = function
  TaskRunnable,  // reserved (TaskCreated, TaskWoken and TaskYielded each imply runnable)
  TaskRunning,   // task started running on `worker`
  TaskBlocked,   // task parked: reason, object waited on (0 if none), site of the operation;
                 // arg = its call stack (StackId, 0 if unknown)
  TaskWoken,     // task made runnable again; arg = waking task (0: the clock or the runtime)
  //               (TaskCreated, TaskWoken and TaskYielded each leave the task runnable)
  TaskYielded,   // task gave up its worker but stays runnable (Gosched, preemption)
  TaskExited,    // task returned
  TaskPanicked,  // task panicked; name = the panic message; the run ends
  TaskLeaked,    // analysis verdict: task became permanently blocked; arg = last waker that exited
  ObjectCreated, // object; reason says which kind (ObjectKind); arg = capacity for channels; name
  ChanClosed,    // object closed by task
  TimerFired,    // timer object fired (Sleep wake-ups included); arg = task it woke, if any
  RunEnded,      // arg = exit code; reason = EndReason as uint8
  TaskNeverFinishing,  // analysis verdict: alive at exit, waking on a timer forever with no way out
  LeakHolder,    // part of a TaskLeaked proof: task = the leaked task, arg = a task that held what it
                 // waits on (one event per holder, right after the TaskLeaked event)
};

// WaitReason: why a task is blocked. Names follow Go's goroutine dump (see wait_reason_name).
enum class WaitReason : uint8_t {
  None,
  ChanSend,        // "chan send"
  ChanRecv,        // "chan receive" (also range over a channel, <-ctx.Done(), <-timer.C)
  NilChanSend,     // "chan send (nil chan)"
  NilChanRecv,     // "chan receive (nil chan)"
  Select,          // "select"
  SelectNoCases,   // "select (no cases)"
  Mutex,           // "sync.Mutex.Lock" (Go 1.19 dumps it as "semacquire")
  RWMutexRLock,    // "sync.RWMutex.RLock"
  RWMutexLock,     // "sync.RWMutex.Lock"
  WaitGroup,       // "sync.WaitGroup.Wait"
  Once,            // "sync.Once.Do" (waiting for another task's Do to finish)
  Sleep,           // "sleep"
  Cond,            // "sync.Cond.Wait"
};

// ObjectKind: what an ObjectCreated event created (stored in Event::reason).
enum class ObjectKind : uint8_t { Channel, Mutex, RWMutex, WaitGroup, Once, Timer, Ticker, Context, Cond };

// EndReason: why a run ended (stored in Event::reason of RunEnded).
enum class EndReason : uint8_t {
  MainReturned,  // exit code 0
  Exit,          // os.Exit(n)
  Panic,         // a task panicked and nothing recovered: exit code 2
  Deadlock,      // "fatal error: all goroutines are asleep - deadlock!": exit code 2
  Fatal,         // other fatal errors (unlock of unlocked mutex, concurrent map writes): exit code 2
  Stopped,       // stopped from outside (Run::stop)
  Limit,         // a limit (tasks, heap, virtual time) was reached
};

struct Event {
  uint64_t seq = 0;      // global order; events at the same instant are ordered by seq
  Nanos vtime = 0;       // the run's clock (virtual or real), from the start of the run
  Nanos wall = 0;        // wall-clock nanoseconds since the start of the run
  TaskId task = 0;
  ObjectId object = 0;
  SiteId site = 0;
  uint32_t arg = 0;      // meaning depends on kind (see EventKind)
  NameId name = 0;
  EventKind kind = EventKind::RunStarted;
  WaitReason reason = WaitReason::None;
  uint16_t worker = 0;   // worker thread index, for TaskRunning and for per-worker buffers
};
static_assert(sizeof(Event) <= 48, "events are meant to stay small");

// EventSink receives events. on_event is called on worker threads, concurrently, without any
// runtime lock held; `worker` is the calling worker's index (or the runtime's own index,
// worker_count, for events emitted outside any worker). Implementations must not block.
class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void on_event(const Event& e) = 0;
  // on_run_end is called once, after the last event, on the thread that called Runtime::run.
  virtual void on_run_end() {}
};

std::string_view wait_reason_name(WaitReason r);  // Go's dump spelling: "chan receive"
std::string_view event_kind_name(EventKind k);
std::string_view object_kind_name(ObjectKind k);
std::string_view end_reason_name(EndReason r);

}  // namespace goro
