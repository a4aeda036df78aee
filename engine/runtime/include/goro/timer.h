// goro/timer.h — time.Timer, time.Ticker, time.After, time.Tick and time.AfterFunc.
//
// A Timer is an object with a channel C (capacity 1, as in Go) and a fire action. When it fires it
// runs the action: by default a non-blocking send of the current time (run-clock nanoseconds) on C,
// so a tick nobody reads is dropped, as Go drops it. Timers create no tasks (AfterFunc's action
// spawns one when it fires).
//
//   auto t = goro::Timer::make(rt, goro::ObjectKind::Timer, goro::Timer::time_channel(rt));
//   t->start(50'000'000);          // fire in 50 ms (run clock)
//   bool was_active = t->stop();   // Go's Timer.Stop
#pragma once

#include <functional>

#include "goro/channel.h"
#include "goro/timer_node.h"

namespace goro {

class Timer : public Object, public TimerNode {
 public:
  using Action = std::function<void(Timer& self, Nanos now)>;

  // make creates a timer (kind Timer) or ticker (kind Ticker) that is not yet armed. With no action
  // it sends the time on `channel`.
  static Ref<Timer> make(Runtime& rt, ObjectKind kind, Ref<Channel> channel, Action action = {},
                         SiteId site = 0);
  // time_channel makes the chan int64 that native timers send the run-clock time on.
  static Ref<Channel> time_channel(Runtime& rt);

  Channel* channel() const { return channel_.get(); }
  // start arms the timer d from now (tickers: every d; d must be > 0 for tickers).
  void start(Nanos d);
  // stop disarms it; true if it was armed (Go's Stop result).
  bool stop();
  // reset re-arms it d from now; true if it was armed before (Go's Reset result).
  bool reset(Nanos d);

  void fire(Nanos now) override;
  void on_armed() override { retain(); }
  void on_disarmed() override { release(); }
  void for_each_held(const HeldFn& fn) const override;

 protected:
  Timer(Runtime& rt, ObjectKind kind, Ref<Channel> channel, Action action, SiteId site);

 private:
  Ref<Channel> channel_;
  Action action_;
};

}  // namespace goro
