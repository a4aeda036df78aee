// goro/select.h — Go's select: wait on several channel operations, take one ready case at random.
//
//   goro::SelectCase cases[] = {{ch1.get(), false, &v1}, {ch2.get(), true, &x}};
//   goro::SelectResult r = goro::Select::run(*self, cases, /*has_default=*/false, site);
//   if (r.status == goro::SelectStatus::Parked) { ... return from resume(); later:
//     r = goro::Select::resume(*self, cases); }
//   // r.index: the case taken (-1: default); cases[r.index].ok for receives
//
// Like runtime/select.go: cases are polled in a random order (the runtime's seeded stream), channels
// are locked in one global order (by id), a parked select leaves a waiter on every channel and the
// first waker to claim the task's SelectState wins; the others find the claim taken and skip it.
// Nil channels (chan == nullptr) never fire; a select with no usable case and no default parks
// forever ("select (no cases)" when it has no cases at all).
#pragma once

#include <span>

#include "goro/channel.h"

namespace goro {

struct SelectCase {
  Channel* chan = nullptr;  // nullptr: a nil channel, never ready
  bool send = false;
  void* elem = nullptr;     // send: the value to send; receive: where to put the value
  bool ok = false;          // receive: set true if a value was received, false if closed
};

enum class SelectStatus : uint8_t {
  Chosen,       // index says which case ran (-1: the default case)
  Parked,       // return from resume(); call Select::resume after waking
  PanicClosed,  // the chosen case is a send on a closed channel: Go panics
};

struct SelectResult {
  SelectStatus status;
  int index;
};

class Select {
 public:
  static SelectResult run(Task& self, std::span<SelectCase> cases, bool has_default, SiteId site);
  static SelectResult resume(Task& self, std::span<SelectCase> cases);

 private:
  static void lock_order(std::span<SelectCase> cases, std::vector<Channel*>& out);
};

}  // namespace goro
