#include "goro/select.h"

#include <algorithm>
#include <vector>

#include "goro/runtime.h"

namespace goro {

namespace {

// Per-thread scratch: selects are short and never nest on one thread.
thread_local std::vector<int> tl_poll_order;
thread_local std::vector<Channel*> tl_lock_order;
thread_local std::vector<Task*> tl_wake;

}  // namespace

void Select::lock_order(std::span<SelectCase> cases, std::vector<Channel*>& out) {
  out.clear();
  for (const SelectCase& c : cases) {
    if (c.chan) out.push_back(c.chan);
  }
  // One global order (object ids) so two selects never lock the same pair in opposite orders.
  std::sort(out.begin(), out.end(), [](Channel* a, Channel* b) { return a->id() < b->id(); });
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

SelectResult Select::run(Task& self, std::span<SelectCase> cases, bool has_default, SiteId site) {
  Runtime& rt = *Runtime::current();
  auto& poll = tl_poll_order;
  poll.clear();
  for (int i = 0; i < static_cast<int>(cases.size()); ++i) {
    if (cases[i].chan) poll.push_back(i);
  }
  // Fisher-Yates with the worker's seeded stream: a uniformly random choice among ready cases.
  for (size_t i = poll.size(); i > 1; --i) {
    size_t j = static_cast<size_t>(rt.random() % i);
    std::swap(poll[i - 1], poll[j]);
  }

  if (poll.empty()) {
    if (has_default) return {SelectStatus::Chosen, -1};
    // select {} or every case on a nil channel: blocks forever.
    self.in_select_ = false;
    rt.park_on(self, cases.empty() ? WaitReason::SelectNoCases : WaitReason::Select, nullptr,
               site);
    return {SelectStatus::Parked, -1};
  }

  auto& locks = tl_lock_order;
  lock_order(cases, locks);
  for (Channel* c : locks) c->lock_.lock();
  auto unlock_all = [&] {
    for (auto it = locks.rbegin(); it != locks.rend(); ++it) (*it)->lock_.unlock();
  };

  for (int i : poll) {
    SelectCase& c = cases[i];
    Channel& ch = *c.chan;
    if (c.send) {
      if (ch.closed_) {
        unlock_all();
        return {SelectStatus::PanicClosed, i};
      }
      bool done;
      Waiter* r = ch.send_ready(c.elem, &done);
      if (done) {
        unlock_all();
        if (r) rt.ready(r->task, &self);
        return {SelectStatus::Chosen, i};
      }
    } else {
      bool done;
      Waiter* s = ch.recv_ready(c.elem, &c.ok, &done);
      if (done) {
        unlock_all();
        if (s) rt.ready(s->task, &self);
        return {SelectStatus::Chosen, i};
      }
    }
  }

  if (has_default) {
    unlock_all();
    return {SelectStatus::Chosen, -1};
  }

  // Nothing ready: leave a waiter on every channel and park.
  self.select_.winner.store(-1, std::memory_order_relaxed);
  auto& waiters = self.select_waiters_;
  waiters.assign(cases.size(), Waiter{});
  for (int i = 0; i < static_cast<int>(cases.size()); ++i) {
    SelectCase& c = cases[i];
    if (!c.chan) continue;
    Waiter& w = waiters[i];
    w.task = &self;
    w.elem = c.elem;
    w.select = &self.select_;
    w.chan = c.chan;
    w.case_index = i;
    (c.send ? c.chan->sendq_ : c.chan->recvq_).push_back(&w);
  }
  self.in_select_ = true;
  rt.park_on(self, WaitReason::Select, nullptr, site);
  for (Channel* c : locks) rt.defer_unlock(&c->lock_);
  return {SelectStatus::Parked, -1};
}

SelectResult Select::resume(Task& self, std::span<SelectCase> cases) {
  int winner = self.select_.winner.load(std::memory_order_acquire);
  auto& locks = tl_lock_order;
  lock_order(cases, locks);
  for (Channel* c : locks) c->lock_.lock();
  auto& waiters = self.select_waiters_;
  for (int i = 0; i < static_cast<int>(cases.size()); ++i) {
    Waiter& w = waiters[i];
    if (i == winner || !w.queued) continue;
    (cases[i].send ? cases[i].chan->sendq_ : cases[i].chan->recvq_).remove(&w);
  }
  for (auto it = locks.rbegin(); it != locks.rend(); ++it) (*it)->lock_.unlock();
  self.in_select_ = false;

  Waiter& won = waiters[winner];
  if (cases[winner].send) {
    return {won.success ? SelectStatus::Chosen : SelectStatus::PanicClosed, winner};
  }
  cases[winner].ok = won.success;
  return {SelectStatus::Chosen, winner};
}

}  // namespace goro
