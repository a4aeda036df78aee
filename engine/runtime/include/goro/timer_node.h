// goro/timer_node.h — an entry in the runtime's timer heap.
//
// Everything that waits for a moment in time is a TimerNode: a task's sleep, time.Timer, time.Ticker,
// time.After, AfterFunc, a context's deadline. The runtime fires a node on the clock (virtual: when
// every task is parked, time jumps to the earliest node; real: when it is due).
#pragma once

#include <cstdint>

#include "goro/object.h"

namespace goro {

class Task;

class TimerNode {
 public:
  virtual ~TimerNode() = default;

  // fire is called on a worker, without runtime locks held, once the node's time has come.
  // For periodic nodes the runtime has already re-armed the node for its next period.
  virtual void fire(Nanos now) = 0;
  // expire is how the runtime fires a one-shot node it has just taken off the heap. The default
  // fires, then drops the heap's hold. A node that may be destroyed by its own fire (a sleeper's
  // node dies with its task, which fire lets run) overrides this not to touch itself afterwards.
  virtual void expire(Nanos now) {
    fire(now);
    on_disarmed();
  }
  // on_armed / on_disarmed bracket the time the heap holds the node (objects keep themselves alive).
  virtual void on_armed() {}
  virtual void on_disarmed() {}
  // For leak verdicts: what an armed node keeps reachable, and the task it wakes (sleep).
  virtual void for_each_held(const HeldFn& fn) const {}
  virtual Task* wakes() const { return nullptr; }

  Nanos when() const { return when_; }
  Nanos period() const { return period_; }
  bool armed() const { return heap_index_ >= 0; }

 private:
  friend class Runtime;
  Nanos when_ = 0;
  Nanos period_ = 0;
  uint64_t order_ = 0;     // ties at the same instant fire in arming order
  int32_t heap_index_ = -1;
};

}  // namespace goro
