// goro/analysis/run_model.h — an analysed run: what every view (GUI, CLI report, export) reads.
//
// A RunModel is built by replaying the event stream, batch by batch, while the run goes on
// (append) or from a loaded trace. It is append-only: queries made between batches see the run
// up to the last batch. All times are run time (Event::vtime); all ordering is by Event::seq.
//
//   goro::analysis::RunModel model(symbols);
//   model.append(events);            // any number of times, in seq order
//   model.finish();                  // after RunEnded: final fates are settled
//   const TaskInfo& t = model.task(1);
//   const Interval* iv = t.at_time(5'000'000);   // O(log n)
#pragma once

#include <cstdint>
#include <deque>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "goro/event.h"
#include "goro/symbols.h"

namespace goro::analysis {

constexpr Nanos kOpen = std::numeric_limits<Nanos>::max();  // an interval or life not ended yet

// TaskState: what a task was doing over an interval.
enum class TaskState : uint8_t {
  Runnable,  // in a run queue
  Running,   // on a worker
  Blocked,   // parked on an operation (Interval::reason says which)
  Sleeping,  // parked on a timer only (time.Sleep); counts as able to run later
  Exited,    // after its end; never stored as an interval, returned by state queries
};

// Fate: how a task's life ended, or is judged to end.
enum class Fate : uint8_t {
  Alive,               // run still going and no verdict yet
  Finished,            // returned
  PermanentlyBlocked,  // nothing that can still run can ever wake it (red)
  NeverFinishing,      // alive at exit, waking on a timer forever, no exit path (amber)
  KilledAtExit,        // alive when main returned; Go kills it without running its defers
  Panicked,            // this task's panic ended the run
};

// Interval: one stretch of a task's life in one state. Intervals of a task are contiguous and
// sorted; the last one is open (end == kOpen) while the task lives.
struct Interval {
  Nanos begin = 0;
  Nanos end = kOpen;
  uint64_t begin_seq = 0;  // seq of the event that started it
  uint64_t end_seq = std::numeric_limits<uint64_t>::max();
  TaskState state = TaskState::Runnable;
  WaitReason reason = WaitReason::None;  // for Blocked and Sleeping
  ObjectId object = 0;                   // what it waits on, if anything
  SiteId site = 0;                       // where it blocked
  uint16_t worker = 0;                   // for Running
};

// LeakProof: why a task is permanently blocked, in data (the GUI's "why is it red?").
struct LeakProof {
  ObjectId waits_on = 0;          // the object it waits on (0 for select {} or a nil channel)
  std::vector<TaskId> holders;    // tasks that held a reference to that object while it waited
  TaskId last_waker = 0;          // the last task able to wake it; its exit made the wait permanent
  uint64_t decided_seq = 0;       // seq of the event at which the wait became permanent
  Nanos became_permanent = 0;     // run time of that event
};

struct TaskInfo {
  TaskId id = 0;
  TaskId parent = 0;
  SiteId created_at = 0;     // the go statement
  NameId function = 0;       // e.g. "main.worker"
  Nanos created = 0;
  Nanos ended = kOpen;       // when it exited (or the run ended, for tasks alive at the end)
  uint64_t created_seq = 0;
  uint64_t ended_seq = std::numeric_limits<uint64_t>::max();
  Fate fate = Fate::Alive;
  Nanos permanent_since = kOpen;  // when it became permanently blocked (kOpen: never)
  uint64_t permanent_since_seq = std::numeric_limits<uint64_t>::max();
  LeakProof proof;
  // A deque: a long history grows without being moved (copying hundreds of thousands of intervals
  // at once would stall a live view).
  std::deque<Interval> intervals;

  // at_time returns the interval covering run time t, or nullptr before creation or after exit.
  const Interval* at_time(Nanos t) const;
  // at_seq returns the interval in force just after event `seq` was applied, or nullptr.
  const Interval* at_seq(uint64_t seq) const;
  bool permanent_at_seq(uint64_t seq) const {
    // Never permanent: permanent_since_seq stays at its maximum, which "the end" (max) must not reach.
    return permanent_since_seq != std::numeric_limits<uint64_t>::max() && seq >= permanent_since_seq;
  }
};

struct ObjectInfo {
  ObjectId id = 0;
  ObjectKind kind = ObjectKind::Channel;
  NameId name = 0;
  uint32_t capacity = 0;   // channels
  TaskId creator = 0;
  SiteId created_at = 0;
  Nanos created = 0;
  Nanos closed = kOpen;    // channels
};

// CountSample: task counts right after event `seq`. One sample per change.
struct CountSample {
  Nanos t = 0;
  uint64_t seq = 0;
  uint32_t alive = 0;     // created and not exited
  uint32_t running = 0;
  uint32_t runnable = 0;
  uint32_t blocked = 0;   // includes the permanently blocked
  uint32_t sleeping = 0;
  uint32_t permanently_blocked = 0;
};

// LeakGroup: permanently blocked tasks with the same operation, blocking site and the same
// moment of becoming permanent (so that a report lists each cause once).
struct LeakGroup {
  WaitReason op = WaitReason::None;
  SiteId site = 0;         // where they block
  SiteId created_at = 0;   // where they were created
  Nanos became_permanent = 0;        // the first of them
  Nanos last_became_permanent = 0;   // the last of them (a leak per request: one per request)
  std::vector<TaskId> tasks;
};

// ProfileRow: alive tasks grouped like pprof's goroutine profile (debug=1).
struct ProfileRow {
  TaskState state = TaskState::Running;
  WaitReason reason = WaitReason::None;
  bool permanent = false;
  SiteId blocked_at = 0;
  SiteId created_at = 0;
  std::vector<TaskId> tasks;  // count = tasks.size()
};

class RunModel {
 public:
  explicit RunModel(const Symbols& symbols);

  // append applies a batch of events in seq order (seq must increase across calls).
  void append(std::span<const Event> events);
  // finish settles final fates after the RunEnded event (idempotent).
  void finish();

  const Symbols& symbols() const { return symbols_; }
  // Events, counts and tasks live in deques: a live run appends to them for as long as it lasts,
  // and a vector's growth would copy millions of records at once, stalling whoever displays it.
  const std::deque<Event>& events() const { return events_; }
  bool finished() const { return finished_; }
  EndReason end_reason() const { return end_reason_; }
  int exit_code() const { return exit_code_; }
  Nanos end_time() const;  // time of the last event

  // Tasks are indexed by id; ids start at 1 and are dense.
  size_t task_count() const { return tasks_.size(); }
  const TaskInfo& task(TaskId id) const { return tasks_.at(id - 1); }
  const std::deque<TaskInfo>& tasks() const { return tasks_; }
  const ObjectInfo* object(ObjectId id) const;
  const std::vector<ObjectInfo>& objects() const { return objects_; }

  // counts holds one sample per change of any count, in seq order.
  const std::deque<CountSample>& counts() const { return counts_; }
  CountSample counts_at_time(Nanos t) const;    // O(log n)
  CountSample counts_at_seq(uint64_t seq) const;
  uint32_t peak_alive() const;

  // leaks groups permanently blocked tasks, largest group first.
  std::vector<LeakGroup> leaks() const;
  // profile groups the tasks alive just after event `seq` (default: the end), largest first.
  std::vector<ProfileRow> profile(uint64_t seq = std::numeric_limits<uint64_t>::max()) const;

  // Playback helpers: event indices are positions in events().
  size_t event_index_at_time(Nanos t) const;  // the first event at or after t
  // next_event_of(task, from): the index of the next event of `task` after index `from`.
  size_t next_event_of(TaskId task, size_t from) const;
  size_t prev_event_of(TaskId task, size_t from) const;
  // next_leak(from): the index of the next TaskLeaked event after `from` (events().size(): none).
  size_t next_leak(size_t from) const;

 private:
  void apply(const Event& e);

  const Symbols& symbols_;
  std::deque<Event> events_;
  std::deque<TaskInfo> tasks_;  // a deque too: 100,000 new tasks must not move the ones before
  std::vector<ObjectInfo> objects_;
  std::deque<CountSample> counts_;
  std::vector<uint32_t> object_index_;  // object id -> index into objects_ (+1), 0 = unknown
  std::vector<std::vector<uint32_t>> task_index_;  // task id -> indices of its events
  std::vector<size_t> leak_events_;                // indices of TaskLeaked events
  CountSample current_;
  bool finished_ = false;
  EndReason end_reason_ = EndReason::MainReturned;
  int exit_code_ = 0;
};

std::string_view task_state_name(TaskState s);
std::string_view fate_name(Fate f);

}  // namespace goro::analysis
