// goro/analysis/leak_detector.h — decides which tasks can never wake again (the red lanes).
//
// The rule is that of Go's GC-based goroutine leak profile. At a quiescent point (every task parked)
// mark from the roots: tasks that can still run by themselves (runnable, running, or waiting on a
// timer) and armed timers, following what each holds (Task::for_each_held, Object::for_each_held,
// TimerNode::for_each_held). A blocked task whose waited-on object is marked becomes a root too;
// repeat to a fixpoint. Blocked tasks left unmarked are permanently blocked: nothing that can still
// run can ever reach what they wait on. Each gets one TaskLeaked event (object: what it waits on;
// arg: the last task that held that object and has since gone, if any).
//
// At the end of a run that main ended (returned or os.Exit) the same rule is applied once more
// without main; tasks still able to run are "never finishing" if they say so (a loop with no way
// out), otherwise they are killed at exit. A global deadlock makes every blocked task permanent.
//
//   goro::analysis::LeakDetector leaks;
//   goro::Runtime rt({.sink = &recorder, .observer = &leaks}, symbols);
#pragma once

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "goro/runtime.h"

namespace goro::analysis {

class LeakDetector : public RunObserver {
 public:
  void on_quiescent(Runtime& rt) override;
  void on_final(Runtime& rt, EndReason reason) override;

  // leaked: ids of tasks judged permanently blocked so far (for tests and reports).
  const std::unordered_set<TaskId>& leaked() const { return reported_; }

 private:
  // judge runs the marking; `exiting` drops main and package roots (the run is over).
  void judge(Runtime& rt, bool exiting);

  std::unordered_set<TaskId> reported_;
  // For each blocked task: the tasks that directly held what it waits on, at the last point
  // where any did. The last of them to let go is the proof's last waker.
  std::unordered_map<TaskId, std::vector<TaskId>> holders_;
  // What reported tasks held when they were judged: they never run again, so their part of the
  // "who holds it" map is kept instead of being traced again at every quiescent point (a leak per
  // request has thousands of them).
  std::unordered_map<const Object*, std::vector<TaskId>> leaked_holders_;
};

}  // namespace goro::analysis
