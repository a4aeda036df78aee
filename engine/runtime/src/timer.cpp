#include "goro/timer.h"

#include <climits>

#include "goro/runtime.h"

namespace goro {

namespace {
Nanos deadline_after(Runtime& rt, Nanos d) {
  Nanos now = rt.now();
  if (d < 0) d = 0;
  return d > INT64_MAX - now ? INT64_MAX : now + d;
}
}  // namespace

Ref<Timer> Timer::make(Runtime& rt, ObjectKind kind, Ref<Channel> channel, Action action,
                       SiteId site) {
  return Ref<Timer>(new Timer(rt, kind, std::move(channel), std::move(action), site));
}

Ref<Channel> Timer::time_channel(Runtime& rt) {
  return Channel::make(rt, elem_ops<int64_t>(), 1);
}

Timer::Timer(Runtime& rt, ObjectKind kind, Ref<Channel> channel, Action action, SiteId site)
    : Object(rt, kind, 0, 0, site), channel_(std::move(channel)), action_(std::move(action)) {}

void Timer::start(Nanos d) {
  bool ticker = kind() == ObjectKind::Ticker;
  runtime().arm(this, deadline_after(runtime(), d), ticker ? (d > 0 ? d : 1) : 0);
}

bool Timer::stop() { return runtime().disarm(this); }

bool Timer::reset(Nanos d) {
  bool was = runtime().disarm(this);
  start(d);
  return was;
}

void Timer::fire(Nanos now) {
  if (runtime().recording()) {
    Event e;
    e.kind = EventKind::TimerFired;
    e.object = id();
    runtime().emit(e);
  }
  if (action_) {
    action_(*this, now);
    return;
  }
  if (channel_) {
    int64_t t = now;
    channel_->try_send(&t);  // a full channel drops the tick, as Go's sendTime does
  }
}

void Timer::for_each_held(const HeldFn& fn) const {
  if (channel_) fn(channel_.get());
}

}  // namespace goro
