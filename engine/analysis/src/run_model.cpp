// RunModel: replays lifecycle events into per-task intervals, count samples and verdicts.
#include "goro/analysis/run_model.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace goro::analysis {

namespace {

template <class Container, class T, class Key>
const T* find_covering(const Container& v, Key key, Key T::*begin) {
  // The last element whose begin <= key.
  auto it = std::upper_bound(v.begin(), v.end(), key,
                             [begin](Key k, const T& x) { return k < x.*begin; });
  if (it == v.begin()) return nullptr;
  return &*(it - 1);
}

}  // namespace

// ---- TaskInfo --------------------------------------------------------------------------------

const Interval* TaskInfo::at_time(Nanos t) const {
  const Interval* iv = find_covering(intervals, t, &Interval::begin);
  if (!iv || t >= iv->end) return nullptr;
  return iv;
}

const Interval* TaskInfo::at_seq(uint64_t seq) const {
  if (seq < created_seq || seq >= ended_seq) return nullptr;
  return find_covering(intervals, seq, &Interval::begin_seq);
}

// ---- RunModel --------------------------------------------------------------------------------

RunModel::RunModel(const Symbols& symbols) : symbols_(symbols) {}

Nanos RunModel::end_time() const { return events_.empty() ? 0 : events_.back().vtime; }

const ObjectInfo* RunModel::object(ObjectId id) const {
  if (id >= object_index_.size() || object_index_[id] == 0) return nullptr;
  return &objects_[object_index_[id] - 1];
}

void RunModel::append(std::span<const Event> events) {
  for (const Event& e : events) {
    events_.push_back(e);
    apply(e);
  }
}

void RunModel::apply(const Event& e) {
  const size_t index = events_.size() - 1;
  auto task_ptr = [&](TaskId id) -> TaskInfo* {
    if (id == 0 || id > tasks_.size()) return nullptr;
    TaskInfo& t = tasks_[id - 1];
    return t.id ? &t : nullptr;
  };
  // Count bookkeeping for leaving/entering a state.
  auto count_of = [&](TaskState s) -> uint32_t* {
    switch (s) {
      case TaskState::Runnable: return &current_.runnable;
      case TaskState::Running: return &current_.running;
      case TaskState::Blocked: return &current_.blocked;
      case TaskState::Sleeping: return &current_.sleeping;
      case TaskState::Exited: return nullptr;
    }
    return nullptr;
  };
  bool counts_changed = false;
  auto enter = [&](TaskInfo& t, TaskState s, WaitReason reason, ObjectId object, SiteId site,
                   uint16_t worker) {
    if (!t.intervals.empty() && t.intervals.back().end == kOpen) {
      Interval& last = t.intervals.back();
      last.end = e.vtime;
      last.end_seq = e.seq;
      if (uint32_t* c = count_of(last.state)) --*c;
    }
    Interval iv;
    iv.begin = e.vtime;
    iv.begin_seq = e.seq;
    iv.state = s;
    iv.reason = reason;
    iv.object = object;
    iv.site = site;
    iv.worker = worker;
    t.intervals.push_back(iv);
    if (uint32_t* c = count_of(s)) ++*c;
    counts_changed = true;
  };
  auto close = [&](TaskInfo& t) {
    if (!t.intervals.empty() && t.intervals.back().end == kOpen) {
      Interval& last = t.intervals.back();
      last.end = e.vtime;
      last.end_seq = e.seq;
      if (uint32_t* c = count_of(last.state)) --*c;
      counts_changed = true;
    }
  };

  if (e.task) {
    if (task_index_.size() <= e.task) task_index_.resize(e.task + 1);
    task_index_[e.task].push_back(static_cast<uint32_t>(index));
  }

  switch (e.kind) {
    case EventKind::TaskCreated: {
      if (tasks_.size() < e.task) tasks_.resize(e.task);
      TaskInfo& t = tasks_[e.task - 1];
      t.id = e.task;
      t.parent = e.arg;
      t.created_at = e.site;
      t.function = e.name;
      t.created = e.vtime;
      t.created_seq = e.seq;
      ++current_.alive;
      enter(t, TaskState::Runnable, WaitReason::None, 0, 0, 0);
      break;
    }
    case EventKind::TaskRunnable:
    case EventKind::TaskWoken:
    case EventKind::TaskYielded:
      if (TaskInfo* t = task_ptr(e.task)) enter(*t, TaskState::Runnable, WaitReason::None, 0, 0, 0);
      break;
    case EventKind::TaskRunning:
      if (TaskInfo* t = task_ptr(e.task)) enter(*t, TaskState::Running, WaitReason::None, 0, 0, e.worker);
      break;
    case EventKind::TaskBlocked:
      if (TaskInfo* t = task_ptr(e.task)) {
        TaskState s = e.reason == WaitReason::Sleep ? TaskState::Sleeping : TaskState::Blocked;
        enter(*t, s, e.reason, e.object, e.site, 0);
      }
      break;
    case EventKind::TaskExited:
      if (TaskInfo* t = task_ptr(e.task)) {
        close(*t);
        if (t->fate == Fate::PermanentlyBlocked && current_.permanently_blocked) {
          --current_.permanently_blocked;  // a wrong verdict; the exit is the truth
        }
        t->ended = e.vtime;
        t->ended_seq = e.seq;
        t->fate = Fate::Finished;
        --current_.alive;
        counts_changed = true;
      }
      break;
    case EventKind::TaskPanicked:
      if (TaskInfo* t = task_ptr(e.task)) t->fate = Fate::Panicked;
      break;
    case EventKind::TaskLeaked:
      if (TaskInfo* t = task_ptr(e.task); t && t->fate != Fate::PermanentlyBlocked) {
        t->fate = Fate::PermanentlyBlocked;
        // The verdict is reached at a quiescent point; the wait became permanent earlier: when the
        // task blocked, or when the last task that could have woken it went away, whichever is later.
        Nanos since = e.vtime;
        uint64_t since_seq = e.seq;
        if (!t->intervals.empty() && t->intervals.back().state == TaskState::Blocked) {
          since = t->intervals.back().begin;
          since_seq = t->intervals.back().begin_seq;
        }
        if (const TaskInfo* w = task_ptr(e.arg); w && w->ended != kOpen && w->ended > since) {
          since = w->ended;
          since_seq = w->ended_seq;
        }
        t->permanent_since = since;
        t->permanent_since_seq = since_seq;
        t->proof.waits_on = e.object;
        t->proof.last_waker = e.arg;
        t->proof.decided_seq = e.seq;
        t->proof.became_permanent = since;
        ++current_.permanently_blocked;
        counts_changed = true;
        leak_events_.push_back(index);
      }
      break;
    case EventKind::LeakHolder:
      if (TaskInfo* t = task_ptr(e.task)) t->proof.holders.push_back(e.arg);
      break;
    case EventKind::TaskNeverFinishing:
      if (TaskInfo* t = task_ptr(e.task)) t->fate = Fate::NeverFinishing;
      break;
    case EventKind::ObjectCreated: {
      ObjectInfo o;
      o.id = e.object;
      o.kind = static_cast<ObjectKind>(e.reason);
      o.name = e.name;
      o.capacity = e.arg;
      o.creator = e.task;
      o.created_at = e.site;
      o.created = e.vtime;
      objects_.push_back(o);
      if (object_index_.size() <= e.object) object_index_.resize(e.object + 1, 0);
      object_index_[e.object] = static_cast<uint32_t>(objects_.size());
      break;
    }
    case EventKind::ChanClosed:
      if (e.object < object_index_.size() && object_index_[e.object]) {
        objects_[object_index_[e.object] - 1].closed = e.vtime;
      }
      break;
    case EventKind::RunEnded:
      end_reason_ = static_cast<EndReason>(e.reason);
      exit_code_ = static_cast<int>(e.arg);
      break;
    case EventKind::RunStarted:
    case EventKind::TimerFired:
      break;
  }

  if (counts_changed) {
    current_.t = e.vtime;
    current_.seq = e.seq;
    if (!counts_.empty() && counts_.back().seq == e.seq) {
      counts_.back() = current_;
    } else {
      counts_.push_back(current_);
    }
  }
}

void RunModel::finish() {
  if (finished_) return;
  finished_ = true;
  const Nanos end = end_time();
  const uint64_t end_seq = events_.empty() ? 0 : events_.back().seq;
  bool deadlock = end_reason_ == EndReason::Deadlock;
  for (TaskInfo& t : tasks_) {
    if (!t.id || t.fate == Fate::Finished) continue;
    // Everything still alive ends with the run; its last interval closes there.
    if (!t.intervals.empty() && t.intervals.back().end == kOpen) {
      t.intervals.back().end = end;
      t.intervals.back().end_seq = end_seq + 1;
    }
    t.ended = end;
    t.ended_seq = end_seq + 1;
    if (t.fate == Fate::Alive) {
      bool blocked = !t.intervals.empty() && t.intervals.back().state == TaskState::Blocked;
      if (deadlock && blocked) {
        // A global deadlock: every blocked task is permanently blocked, from the deadlock on.
        t.fate = Fate::PermanentlyBlocked;
        t.permanent_since = end;
        t.permanent_since_seq = end_seq;
        t.proof.became_permanent = end;
        t.proof.decided_seq = end_seq;
        t.proof.waits_on = t.intervals.back().object;
      } else {
        t.fate = Fate::KilledAtExit;
      }
    }
  }
  auto task_ptr = [&](TaskId id) -> const TaskInfo* {
    if (id == 0 || id > tasks_.size()) return nullptr;
    const TaskInfo& t = tasks_[id - 1];
    return t.id ? &t : nullptr;
  };
  // A wait becomes permanent only once every task that could still wake it is gone: a holder that
  // is itself permanently blocked could act until its own moment (replica-b sleeps holding the
  // channel, then blocks on it too). Chains settle in a few rounds.
  for (bool changed = true; changed;) {
    changed = false;
    for (TaskInfo& t : tasks_) {
      if (!t.id || t.fate != Fate::PermanentlyBlocked) continue;
      for (TaskId h : t.proof.holders) {
        const TaskInfo* w = task_ptr(h);
        if (!w || w == &t) continue;
        Nanos at = kOpen;
        uint64_t at_seq = 0;
        if (w->fate == Fate::PermanentlyBlocked) at = w->permanent_since, at_seq = w->permanent_since_seq;
        else if (w->fate == Fate::Finished) at = w->ended, at_seq = w->ended_seq;
        if (at == kOpen || at <= t.permanent_since || at_seq == std::numeric_limits<uint64_t>::max()) continue;
        t.permanent_since = at;
        t.permanent_since_seq = at_seq;
        t.proof.became_permanent = at;
        changed = true;
      }
    }
  }
}

CountSample RunModel::counts_at_time(Nanos t) const {
  const CountSample* c = find_covering(counts_, t, &CountSample::t);
  return c ? *c : CountSample{};
}

CountSample RunModel::counts_at_seq(uint64_t seq) const {
  const CountSample* c = find_covering(counts_, seq, &CountSample::seq);
  return c ? *c : CountSample{};
}

uint32_t RunModel::peak_alive() const {
  uint32_t peak = 0;
  for (const CountSample& c : counts_) peak = std::max(peak, c.alive);
  return peak;
}

std::vector<LeakGroup> RunModel::leaks() const {
  std::map<std::tuple<WaitReason, SiteId, SiteId>, LeakGroup> groups;
  for (const TaskInfo& t : tasks_) {
    if (!t.id || t.fate != Fate::PermanentlyBlocked) continue;
    // The blocking operation is the last blocked interval's.
    WaitReason op = WaitReason::None;
    SiteId site = 0;
    for (auto it = t.intervals.rbegin(); it != t.intervals.rend(); ++it) {
      if (it->state == TaskState::Blocked) {
        op = it->reason;
        site = it->site;
        break;
      }
    }
    // One group per blocking operation and creation site, whatever the moment each became
    // permanent: a leak per request is one pattern, not one finding per request.
    auto [it, fresh] = groups.try_emplace(std::make_tuple(op, site, t.created_at));
    LeakGroup& g = it->second;
    if (fresh) {
      g.op = op;
      g.site = site;
      g.created_at = t.created_at;
      g.became_permanent = g.last_became_permanent = t.permanent_since;
    }
    g.became_permanent = std::min(g.became_permanent, t.permanent_since);
    g.last_became_permanent = std::max(g.last_became_permanent, t.permanent_since);
    g.tasks.push_back(t.id);
  }
  std::vector<LeakGroup> out;
  for (auto& [key, g] : groups) out.push_back(std::move(g));
  std::stable_sort(out.begin(), out.end(), [](const LeakGroup& a, const LeakGroup& b) {
    return a.tasks.size() > b.tasks.size();
  });
  return out;
}

std::vector<ProfileRow> RunModel::profile(uint64_t seq) const {
  std::map<std::tuple<TaskState, WaitReason, bool, SiteId, SiteId>, ProfileRow> rows;
  for (const TaskInfo& t : tasks_) {
    if (!t.id) continue;
    const Interval* iv = nullptr;
    if (seq == std::numeric_limits<uint64_t>::max()) {
      if (t.fate == Fate::Finished || t.intervals.empty()) continue;
      iv = &t.intervals.back();
    } else {
      iv = t.at_seq(seq);
    }
    if (!iv) continue;
    bool permanent = t.permanent_at_seq(seq);
    auto key = std::make_tuple(iv->state, iv->reason, permanent, iv->site, t.created_at);
    ProfileRow& r = rows[key];
    r.state = iv->state;
    r.reason = iv->reason;
    r.permanent = permanent;
    r.blocked_at = iv->site;
    r.created_at = t.created_at;
    r.tasks.push_back(t.id);
  }
  std::vector<ProfileRow> out;
  for (auto& [key, r] : rows) out.push_back(std::move(r));
  std::stable_sort(out.begin(), out.end(), [](const ProfileRow& a, const ProfileRow& b) {
    return a.tasks.size() > b.tasks.size();
  });
  return out;
}

size_t RunModel::event_index_at_time(Nanos t) const {
  auto it = std::lower_bound(events_.begin(), events_.end(), t,
                             [](const Event& e, Nanos v) { return e.vtime < v; });
  return static_cast<size_t>(it - events_.begin());
}

size_t RunModel::next_event_of(TaskId task, size_t from) const {
  if (task >= task_index_.size()) return events_.size();
  const auto& idx = task_index_[task];
  auto it = std::upper_bound(idx.begin(), idx.end(), static_cast<uint32_t>(from));
  return it == idx.end() ? events_.size() : *it;
}

size_t RunModel::prev_event_of(TaskId task, size_t from) const {
  if (task >= task_index_.size()) return events_.size();
  const auto& idx = task_index_[task];
  auto it = std::lower_bound(idx.begin(), idx.end(), static_cast<uint32_t>(from));
  return it == idx.begin() ? events_.size() : *(it - 1);
}

size_t RunModel::next_leak(size_t from) const {
  auto it = std::upper_bound(leak_events_.begin(), leak_events_.end(), from);
  return it == leak_events_.end() ? events_.size() : *it;
}

std::string_view task_state_name(TaskState s) {
  switch (s) {
    case TaskState::Runnable: return "runnable";
    case TaskState::Running: return "running";
    case TaskState::Blocked: return "blocked";
    case TaskState::Sleeping: return "sleeping";
    case TaskState::Exited: return "exited";
  }
  return "?";
}

std::string_view fate_name(Fate f) {
  switch (f) {
    case Fate::Alive: return "alive";
    case Fate::Finished: return "finished";
    case Fate::PermanentlyBlocked: return "permanently blocked";
    case Fate::NeverFinishing: return "alive, never finishing";
    case Fate::KilledAtExit: return "killed at exit";
    case Fate::Panicked: return "panicked";
  }
  return "?";
}

}  // namespace goro::analysis
