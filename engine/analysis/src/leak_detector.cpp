#include "goro/analysis/leak_detector.h"

#include <algorithm>

namespace goro::analysis {

namespace {

bool can_run_by_itself(const Task& t) {
  return t.status() != TaskStatus::Parked || t.wait_reason() == WaitReason::Sleep;
}

}  // namespace

void LeakDetector::on_quiescent(Runtime& rt) { judge(rt, false); }

void LeakDetector::on_final(Runtime& rt, EndReason reason) {
  switch (reason) {
    case EndReason::MainReturned:
    case EndReason::Exit:
      judge(rt, true);
      break;
    case EndReason::Deadlock:
      // Nothing can run: every parked task is permanently blocked, main included.
      rt.for_each_task([&](const Task& t) {
        if (t.status() != TaskStatus::Parked || reported_.count(t.id())) return;
        reported_.insert(t.id());
        Event e;
        e.kind = EventKind::TaskLeaked;
        e.task = t.id();
        e.reason = t.wait_reason();
        e.site = t.wait_site();
        e.object = t.wait_object() ? t.wait_object()->id() : 0;
        rt.emit(e);
      });
      break;
    default:
      break;  // stopped, panicked or limited: no verdicts on an interrupted program
  }
}

void LeakDetector::judge(Runtime& rt, bool exiting) {
  std::unordered_set<const Object*> marked;
  std::vector<const Object*> stack;
  auto mark = [&](Object* o) {
    if (o && marked.insert(o).second) stack.push_back(o);
  };
  auto drain = [&] {
    while (!stack.empty()) {
      const Object* o = stack.back();
      stack.pop_back();
      o->for_each_held(mark);
    }
  };

  // Roots: tasks that can still run by themselves, and armed timers.
  std::vector<const Task*> blocked;
  std::unordered_map<const Task*, bool> is_root;
  rt.for_each_task([&](const Task& t) {
    if (t.status() == TaskStatus::Exited) return;
    if (exiting && t.id() == 1) return;  // main is gone
    // Permanence is for good: nothing that can run reaches what a reported task waits on, so it
    // is neither a root nor ever woken, and need not be judged again.
    if (reported_.count(t.id())) return;
    if (can_run_by_itself(t)) {
      t.for_each_held(mark);
    } else {
      blocked.push_back(&t);
    }
  });
  rt.for_each_armed_timer([&](const TimerNode& n) {
    n.for_each_held(mark);
    if (Task* w = n.wakes()) {
      if (!(exiting && w->id() == 1)) w->for_each_held(mark);
    }
  });
  drain();

  // Fixpoint: a blocked task whose object is reachable can be woken, so what it holds is live.
  // Each pass keeps the still-unreachable in order (no erase in the middle: 100,000 blocked
  // workers would make one pass quadratic).
  std::vector<const Task*> pending = blocked;
  for (bool changed = true; changed;) {
    changed = false;
    size_t kept = 0;
    for (const Task* t : pending) {
      bool reachable = false;
      t->for_each_waited([&](Object* o) { reachable = reachable || marked.count(o); });
      if (reachable) {
        t->for_each_held(mark);
        drain();
        changed = true;
      } else {
        pending[kept++] = t;
      }
    }
    pending.resize(kept);
  }

  // Remember who holds what each blocked task waits on, for the proofs: the tasks not yet
  // reported are traced now, the reported ones were when they were judged.
  std::unordered_map<const Object*, std::vector<TaskId>> direct_holders;
  if (!blocked.empty()) {
    rt.for_each_task([&](const Task& t) {
      if (t.status() == TaskStatus::Exited || reported_.count(t.id())) return;
      t.for_each_held([&](Object* o) { direct_holders[o].push_back(t.id()); });
    });
  }
  auto for_each_holder = [&](const Object* o, auto&& fn) {
    if (auto it = direct_holders.find(o); it != direct_holders.end())
      for (TaskId h : it->second) fn(h);
    if (auto it = leaked_holders_.find(o); it != leaked_holders_.end())
      for (TaskId h : it->second) fn(h);
  };

  for (const Task* t : pending) {
    if (reported_.count(t->id())) continue;
    std::vector<TaskId> now_holding;
    t->for_each_waited([&](Object* o) {
      for_each_holder(o, [&](TaskId h) {
        if (h != t->id()) now_holding.push_back(h);
      });
    });
    std::vector<TaskId>& before = holders_[t->id()];
    TaskId last_waker = 0;
    for (TaskId h : before) {
      if (std::find(now_holding.begin(), now_holding.end(), h) == now_holding.end()) {
        last_waker = std::max(last_waker, h);
      }
    }
    reported_.insert(t->id());
    Event e;
    e.kind = EventKind::TaskLeaked;
    e.task = t->id();
    e.reason = t->wait_reason();
    e.site = t->wait_site();
    e.object = t->wait_object() ? t->wait_object()->id() : 0;
    e.arg = last_waker;
    rt.emit(e);
    // The proof's holders: who held what it waits on when someone last could wake it, and who
    // holds it now (only tasks that can never run again).
    std::vector<TaskId> all = before;
    for (TaskId h : now_holding) {
      if (std::find(all.begin(), all.end(), h) == all.end()) all.push_back(h);
    }
    std::sort(all.begin(), all.end());
    for (TaskId h : all) {
      Event he;
      he.kind = EventKind::LeakHolder;
      he.task = t->id();
      he.arg = h;
      he.object = e.object;
      rt.emit(he);
    }
    holders_.erase(t->id());
  }
  for (const Task* t : pending) {
    t->for_each_held([&](Object* o) { leaked_holders_[o].push_back(t->id()); });
  }
  // Blocked tasks that can still be woken: remember their current holders.
  for (const Task* t : blocked) {
    if (reported_.count(t->id())) continue;
    std::vector<TaskId> hs;
    t->for_each_waited([&](Object* o) {
      for_each_holder(o, [&](TaskId h) {
        if (h != t->id()) hs.push_back(h);
      });
    });
    if (!hs.empty()) holders_[t->id()] = std::move(hs);
  }

  if (exiting) {
    rt.for_each_task([&](const Task& t) {
      if (t.id() == 1 || t.status() == TaskStatus::Exited || reported_.count(t.id())) return;
      if (t.never_finishes()) {
        Event e;
        e.kind = EventKind::TaskNeverFinishing;
        e.task = t.id();
        rt.emit(e);
      }
    });
  }
}

}  // namespace goro::analysis
