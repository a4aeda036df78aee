#include "goro/runtime.h"

#include <algorithm>
#include <climits>
#include <cassert>
#include <chrono>
#include <deque>

namespace goro {

namespace {

int64_t steady_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

uint64_t splitmix64(uint64_t& x) {
  uint64_t z = (x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Go 1.19 prints every sync wait as "semacquire" in a goroutine dump.
std::string_view dump_reason(const Task& t) {
  switch (t.status()) {
    case TaskStatus::Running: return "running";
    case TaskStatus::Runnable: return "runnable";
    case TaskStatus::Exited: return "dead";
    case TaskStatus::Parked: break;
  }
  switch (t.wait_reason()) {
    case WaitReason::Mutex:
    case WaitReason::RWMutexLock:
    case WaitReason::RWMutexRLock:
    case WaitReason::WaitGroup:
    case WaitReason::Once: return "semacquire";
    default: return wait_reason_name(t.wait_reason());
  }
}

}  // namespace

struct Runtime::Worker {
  unsigned index = 0;
  std::thread thread;
  std::atomic<Task*> runnext{nullptr};
  detail::SpinLock lock;       // guards local
  std::deque<Task*> local;
  std::vector<detail::SpinLock*> unlocks;  // released once the current task is fully parked
  std::vector<Task*> dead;  // exited tasks not yet unlinked from the registry (batched)
  uint64_t rng = 0;
  // Wall-clock stamp for events emitted while a task runs: read once per task switch, since a
  // clock read costs more than recording the event itself (the timeline uses the run clock).
  int64_t wall = 0;
};

namespace {
thread_local Runtime* tl_runtime = nullptr;
thread_local void* tl_worker = nullptr;  // Runtime::Worker*, private type
thread_local Task* tl_task = nullptr;
}  // namespace

Runtime::Runtime(RuntimeOptions options, Symbols& symbols) : opts_(options), symbols_(symbols) {
  unsigned n = opts_.workers ? opts_.workers : std::max(1u, std::thread::hardware_concurrency());
  uint64_t seed = opts_.seed;
  for (unsigned i = 0; i < n; ++i) {
    auto w = std::make_unique<Worker>();
    w->index = i;
    w->rng = splitmix64(seed) | 1;
    workers_.push_back(std::move(w));
  }
  for (unsigned i = 0; i <= n; ++i) registry_.push_back(std::make_unique<RegistryShard>());
  real_start_ns_ = steady_ns();
}

Runtime::~Runtime() {
  // A run that never started still owns nothing; a finished run has already cleaned up.
  destroy_remaining_tasks();
}

Task* Runtime::current_task() { return tl_task; }
Runtime* Runtime::current() { return tl_runtime; }

// ---------------------------------------------------------------------------------------------
// Running a program

RunResult Runtime::run(std::unique_ptr<Task> main, SiteId site, NameId function) {
  bool was = started_.exchange(true);
  assert(!was && "Runtime::run is called once");
  (void)was;
  real_start_ns_ = steady_ns();

  Event start;
  start.kind = EventKind::RunStarted;
  start.arg = worker_count();
  start.object = static_cast<ObjectId>(opts_.seed);
  emit(start);

  main_ = main.get();
  spawn(std::move(main), site, function);

  for (auto& w : workers_) {
    Worker* wp = w.get();
    w->thread = std::thread([this, wp] { worker_loop(wp->index); });
  }
  for (auto& w : workers_) w->thread.join();

  tl_runtime = this;  // observers and the RunEnded event run on this thread
  RunResult result;
  {
    std::lock_guard lock(end_mu_);
    result_.end_time = now();
    result_.tasks_created = next_task_.load() - 1;
    result = result_;
  }
  if (opts_.observer) opts_.observer->on_final(*this, result.reason);

  Event end;
  end.kind = EventKind::RunEnded;
  end.arg = static_cast<uint32_t>(result.exit_code);
  end.reason = static_cast<WaitReason>(result.reason);
  end.task = result.failed_task;
  emit(end);
  if (opts_.sink) opts_.sink->on_run_end();

  destroy_remaining_tasks();
  tl_runtime = nullptr;
  return result;
}

void Runtime::stop() {
  end_run(EndReason::Stopped, 2, "goroscope: run stopped");
}

void Runtime::end_run(EndReason reason, int code, std::string error, TaskId failed_task) {
  {
    std::lock_guard lock(end_mu_);
    if (result_set_) return;
    result_set_ = true;
    result_.reason = reason;
    result_.exit_code = code;
    result_.error = std::move(error);
    result_.failed_task = failed_task;
    ending_.store(true);
  }
  std::lock_guard lock(idle_mu_);
  idle_cv_.notify_all();
}

void Runtime::destroy_remaining_tasks() {
  // Timers first: their hooks release the objects they keep alive.
  std::vector<TimerNode*> nodes;
  {
    std::lock_guard lock(timers_mu_);
    for (auto& e : heap_) {
      e.node->heap_index_ = -1;
      nodes.push_back(e.node);
    }
    heap_.clear();
  }
  for (TimerNode* n : nodes) n->on_disarmed();

  for (auto& shard : registry_) {
    Task* t;
    {
      std::lock_guard lock(shard->lock);
      t = shard->head;
      shard->head = nullptr;
    }
    while (t) {
      Task* next = t->reg_next_;
      delete t;
      t = next;
    }
  }
  live_tasks_ = 0;
}

// ---------------------------------------------------------------------------------------------
// Workers

void Runtime::worker_loop(unsigned index) {
  Worker& w = *workers_[index];
  tl_runtime = this;
  tl_worker = &w;
  while (Task* t = find_work(w)) run_task(w, t);
  flush_dead(w);
  tl_worker = nullptr;
  tl_runtime = nullptr;
}

Task* Runtime::find_work(Worker& w) {
  for (;;) {
    if (ending_.load(std::memory_order_relaxed)) return nullptr;
    if (opts_.clock == ClockMode::Real) fire_due_timers(now());

    if (Task* t = w.runnext.exchange(nullptr, std::memory_order_acquire)) {
      queued_.fetch_sub(1);
      return t;
    }
    {
      std::lock_guard lock(w.lock);
      if (!w.local.empty()) {
        Task* t = w.local.front();
        w.local.pop_front();
        queued_.fetch_sub(1);
        return t;
      }
    }
    if (global_size_.load(std::memory_order_acquire) > 0) {
      std::lock_guard lock(global_lock_);
      if (global_head_ < global_queue_.size()) {
        global_size_.fetch_sub(1, std::memory_order_relaxed);
        Task* t = global_queue_[global_head_++];
        if (global_head_ == global_queue_.size()) {
          global_queue_.clear();
          global_head_ = 0;
        }
        queued_.fetch_sub(1);
        return t;
      }
    }
    if (workers_.size() > 1) {
      if (Task* t = try_steal(w)) return t;
    }
    flush_dead(w);
    if (!idle(w)) return nullptr;
  }
}

Task* Runtime::try_steal(Worker& thief) {
  if (queued_.load() == 0) return nullptr;
  size_t n = workers_.size();
  size_t start = static_cast<size_t>(splitmix64(thief.rng) % n);
  thread_local std::vector<Task*> grabbed;
  for (size_t k = 0; k < n; ++k) {
    Worker& v = *workers_[(start + k) % n];
    if (&v == &thief) continue;
    grabbed.clear();
    {
      std::lock_guard lock(v.lock);
      // Take half of the victim's queue (at least one), as Go's runqsteal does.
      size_t take = (v.local.size() + 1) / 2;
      for (size_t i = 0; i < take; ++i) {
        grabbed.push_back(v.local.front());
        v.local.pop_front();
      }
    }
    if (grabbed.empty()) continue;
    Task* first = grabbed.front();
    queued_.fetch_sub(1);
    if (grabbed.size() > 1) {
      std::lock_guard lock(thief.lock);
      thief.local.insert(thief.local.end(), grabbed.begin() + 1, grabbed.end());
    }
    return first;
  }
  return nullptr;
}

bool Runtime::idle(Worker& w) {
  struct ClearWake {
    std::atomic<bool>& flag;
    ~ClearWake() { flag.store(false); }
  } clear_wake{wake_pending_};
  std::unique_lock lk(idle_mu_);
  idle_workers_.fetch_add(1);
  if (ending_.load() || queued_.load() > 0) {
    idle_workers_.fetch_sub(1);
    return !ending_.load();
  }
  if (active_.load() == 0 && firing_.load() == 0 && !clock_busy_) {
    // Quiescent: nothing can run until the clock moves. This worker moves it.
    clock_busy_ = true;
    idle_workers_.fetch_sub(1);
    lk.unlock();
    advance_clock();
    lk.lock();
    clock_busy_ = false;
    return !ending_.load();
  }
  // Sleep until work arrives. The timeout lets idle workers steal from a busy worker's runnext
  // and, on the real clock, notice due timers.
  std::chrono::nanoseconds timeout = std::chrono::milliseconds(2);
  if (opts_.clock == ClockMode::Real) {
    Nanos next = next_timer_when();
    if (next >= 0) {
      Nanos wait = std::clamp<Nanos>(next - now(), 0, 2'000'000);
      timeout = std::chrono::nanoseconds(wait);
    }
  }
  idle_cv_.wait_for(lk, timeout);
  idle_workers_.fetch_sub(1);
  if (workers_.size() > 1 && !ending_.load()) {
    // Take a task left in a busy worker's runnext slot.
    for (auto& v : workers_) {
      if (v.get() == &w) continue;
      if (Task* t = v->runnext.exchange(nullptr)) {
        lk.unlock();
        std::lock_guard lock(w.lock);
        w.local.push_back(t);  // still counted in queued_
        return true;
      }
    }
  }
  return !ending_.load();
}

void Runtime::run_task(Worker& w, Task* t) {
  t->status_.store(TaskStatus::Running, std::memory_order_relaxed);
  if (recording()) {
    w.wall = steady_ns() - real_start_ns_;
    Event e;
    e.kind = EventKind::TaskRunning;
    e.task = t->id_;
    emit(e);
  }
  tl_task = t;
  Outcome outcome = t->resume();
  tl_task = nullptr;
  finish_task(w, t, outcome);
  w.wall = 0;
}

void Runtime::finish_task(Worker& w, Task* t, Outcome outcome) {
  switch (outcome) {
    case Outcome::Parked:
      t->status_.store(TaskStatus::Parked, std::memory_order_relaxed);
      for (detail::SpinLock* l : w.unlocks) l->unlock();
      w.unlocks.clear();
      active_.fetch_sub(1);
      return;
    case Outcome::Yielded: {
      t->status_.store(TaskStatus::Runnable, std::memory_order_relaxed);
      Event e;
      e.kind = EventKind::TaskYielded;
      e.task = t->id_;
      emit(e);
      push_global(t);
      return;
    }
    case Outcome::Exited: {
      t->status_.store(TaskStatus::Exited, std::memory_order_relaxed);
      Event e;
      e.kind = EventKind::TaskExited;
      e.task = t->id_;
      emit(e);
      bool is_main = t == main_;
      live_tasks_.fetch_sub(1, std::memory_order_relaxed);
      // Unlinking takes the registry shard's lock, which the spawning worker also wants: batch it.
      w.dead.push_back(t);
      if (w.dead.size() >= 64) flush_dead(w);
      active_.fetch_sub(1);
      if (is_main && t->goexit_) main_goexited_.store(true);
      else if (is_main) end_run(EndReason::MainReturned, 0, "");
      return;
    }
    case Outcome::Panicked:
    case Outcome::Fatal: {
      bool panic = outcome == Outcome::Panicked;
      Event e;
      e.kind = EventKind::TaskPanicked;
      e.task = t->id_;
      e.name = symbols_.intern(t->failure_);
      emit(e);
      // The task stays registered, as the running goroutine of the dump.
      end_run(panic ? EndReason::Panic : EndReason::Fatal, 2, failure_text(*t, outcome), t->id_);
      active_.fetch_sub(1);
      return;
    }
    case Outcome::ExitProgram:
      t->status_.store(TaskStatus::Running, std::memory_order_relaxed);
      end_run(EndReason::Exit, t->exit_code_, "", t->id_);
      active_.fetch_sub(1);
      return;
  }
}

std::string Runtime::failure_text(Task& t, Outcome outcome) {
  std::string out = t.failure_;
  out += "\n\ngoroutine ";
  out += std::to_string(t.id_);
  out += " [running]:\n";
  t.append_stack(out);
  return out;
}

std::string Runtime::goroutine_dump(TaskId skip) const {
  std::vector<const Task*> tasks;
  for_each_task([&](const Task& t) {  // exited ones are skipped
    if (t.id() != skip) tasks.push_back(&t);
  });
  std::sort(tasks.begin(), tasks.end(), [](const Task* a, const Task* b) { return a->id() < b->id(); });
  std::string out;
  for (const Task* t : tasks) {
    if (!out.empty()) out += '\n';
    out += "goroutine ";
    out += std::to_string(t->id());
    out += " [";
    out += dump_reason(*t);
    if (t->status() == TaskStatus::Parked && t->locked_to_thread()) out += ", locked to thread";
    out += "]:\n";
    t->append_stack(out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tasks

TaskId Runtime::spawn(std::unique_ptr<Task> owned, SiteId site, NameId function) {
  if (opts_.max_tasks && live_tasks_.load() >= opts_.max_tasks) {
    end_run(EndReason::Limit, 2,
            "goroscope: task limit reached (" + std::to_string(opts_.max_tasks) +
                " goroutines alive at once)");
    return 0;
  }
  Task* t = owned.release();
  t->id_ = next_task_.fetch_add(1);
  Task* parent = tl_task;
  t->parent_ = parent ? parent->id_ : 0;
  t->created_at_ = site;
  t->function_ = function;
  t->status_.store(TaskStatus::Runnable, std::memory_order_relaxed);
  register_task(t);
  active_.fetch_add(1);
  if (recording()) {
    Event e;
    e.kind = EventKind::TaskCreated;
    e.task = t->id_;
    e.arg = t->parent_;
    e.site = site;
    e.name = function;
    emit(e);
  }
  push_runnable(t);
  return t->id_;
}

void Runtime::register_task(Task* t) {
  auto* w = static_cast<Worker*>(tl_worker);
  t->reg_shard_ = w && tl_runtime == this ? w->index : static_cast<uint32_t>(workers_.size());
  RegistryShard& shard = *registry_[t->reg_shard_];
  {
    std::lock_guard lock(shard.lock);
    if (!shard.head) {
      shard.head = t;
    } else {
      Task* tail = shard.head->reg_prev_;
      tail->reg_next_ = t;
      t->reg_prev_ = tail;
    }
    shard.head->reg_prev_ = t;
    t->reg_next_ = nullptr;
  }
  live_tasks_.fetch_add(1, std::memory_order_relaxed);
}

void Runtime::flush_dead(Worker& w) {
  if (w.dead.empty()) return;
  // Sort by shard so each shard's lock is taken once per batch.
  std::sort(w.dead.begin(), w.dead.end(),
            [](const Task* a, const Task* b) { return a->reg_shard_ < b->reg_shard_; });
  size_t i = 0;
  while (i < w.dead.size()) {
    RegistryShard& shard = *registry_[w.dead[i]->reg_shard_];
    std::lock_guard lock(shard.lock);
    uint32_t id = w.dead[i]->reg_shard_;
    for (; i < w.dead.size() && w.dead[i]->reg_shard_ == id; ++i) unlink_task(shard, w.dead[i]);
  }
  for (Task* t : w.dead) delete t;
  w.dead.clear();
}

void Runtime::unregister_task(Task* t) {
  RegistryShard& shard = *registry_[t->reg_shard_];
  {
    std::lock_guard lock(shard.lock);
    unlink_task(shard, t);
  }
  live_tasks_.fetch_sub(1, std::memory_order_relaxed);
}

void Runtime::unlink_task(RegistryShard& shard, Task* t) {
  {
    if (t == shard.head) {
      shard.head = t->reg_next_;
      if (shard.head) shard.head->reg_prev_ = t->reg_prev_;
    } else {
      t->reg_prev_->reg_next_ = t->reg_next_;
      if (t->reg_next_) {
        t->reg_next_->reg_prev_ = t->reg_prev_;
      } else {
        shard.head->reg_prev_ = t->reg_prev_;  // t was the tail
      }
    }
    t->reg_prev_ = t->reg_next_ = nullptr;
  }
}

void Runtime::ready(Task* t, Task* waker) {
  assert(t->status() == TaskStatus::Parked || t->status() == TaskStatus::Running);
  t->status_.store(TaskStatus::Runnable, std::memory_order_relaxed);
  t->wait_reason_ = WaitReason::None;
  t->wait_object_ = nullptr;
  active_.fetch_add(1);
  if (recording()) {
    Event e;
    e.kind = EventKind::TaskWoken;
    e.task = t->id_;
    e.arg = waker ? waker->id_ : 0;
    emit(e);
  }
  push_runnable(t);
}

void Runtime::push_runnable(Task* t) {
  auto* w = static_cast<Worker*>(tl_worker);
  if (!w || tl_runtime != this) {
    push_global(t);
    return;
  }
  queued_.fetch_add(1);
  // Like Go's runnext: the task just readied runs next on this worker, which is about to be free
  // in the common case (the waker parks). Whatever sat there moves to the back of the local queue.
  if (Task* old = w->runnext.exchange(t, std::memory_order_acq_rel)) {
    {
      std::lock_guard lock(w->lock);
      w->local.push_back(old);
    }
    wake_idle_worker();
  }
}

void Runtime::push_global(Task* t) {
  {
    std::lock_guard lock(global_lock_);
    global_queue_.push_back(t);
    global_size_.fetch_add(1, std::memory_order_release);
  }
  queued_.fetch_add(1);
  wake_idle_worker();
}

void Runtime::wake_idle_worker() {
  if (idle_workers_.load() == 0) return;
  // One woken worker at a time (Go's "one spinning M" rule): it takes what is queued, and steals
  // on; waking every idle worker for every spawn costs a futex call each and gains nothing.
  if (wake_pending_.exchange(true)) return;
  std::lock_guard lock(idle_mu_);
  idle_cv_.notify_one();
}

void Runtime::park_on(Task& self, WaitReason reason, Object* object, SiteId site) {
  self.wait_reason_ = reason;
  self.wait_object_ = object;
  self.wait_site_ = site;
  if (recording()) {
    Event e;
    e.kind = EventKind::TaskBlocked;
    e.task = self.id_;
    e.reason = reason;
    e.object = object ? object->id() : 0;
    e.site = site;
    e.arg = self.block_stack(symbols());
    emit(e);
  }
}

void Runtime::defer_unlock(detail::SpinLock* lock) {
  auto* w = static_cast<Worker*>(tl_worker);
  assert(w && "defer_unlock is called by a task running on a worker");
  w->unlocks.push_back(lock);
}

uint64_t Runtime::random() {
  if (auto* w = static_cast<Worker*>(tl_worker); w && tl_runtime == this) return splitmix64(w->rng);
  static std::mutex mu;
  static uint64_t state = 0x1234;
  std::lock_guard lock(mu);
  return splitmix64(state);
}

// ---------------------------------------------------------------------------------------------
// Events

void Runtime::emit(Event e) {
  if (!opts_.sink) return;
  e.seq = next_seq_.fetch_add(1, std::memory_order_relaxed);
  e.vtime = now();
  auto* w = static_cast<Worker*>(tl_worker);
  bool on_worker = w && tl_runtime == this;
  e.wall = on_worker && w->wall ? w->wall : steady_ns() - real_start_ns_;
  e.worker = static_cast<uint16_t>(on_worker ? w->index : workers_.size());
  opts_.sink->on_event(e);
}

// ---------------------------------------------------------------------------------------------
// Clock and timers

Nanos Runtime::now() const {
  if (opts_.clock == ClockMode::Virtual) return vnow_.load(std::memory_order_relaxed);
  return steady_ns() - real_start_ns_;
}

void Runtime::heap_up(size_t i) {
  auto less = [](const HeapEntry& a, const HeapEntry& b) {
    return a.when != b.when ? a.when < b.when : a.order < b.order;
  };
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!less(heap_[i], heap_[p])) break;
    std::swap(heap_[i], heap_[p]);
    heap_[i].node->heap_index_ = static_cast<int32_t>(i);
    heap_[p].node->heap_index_ = static_cast<int32_t>(p);
    i = p;
  }
}

void Runtime::heap_down(size_t i) {
  auto less = [](const HeapEntry& a, const HeapEntry& b) {
    return a.when != b.when ? a.when < b.when : a.order < b.order;
  };
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < heap_.size() && less(heap_[l], heap_[m])) m = l;
    if (r < heap_.size() && less(heap_[r], heap_[m])) m = r;
    if (m == i) break;
    std::swap(heap_[i], heap_[m]);
    heap_[i].node->heap_index_ = static_cast<int32_t>(i);
    heap_[m].node->heap_index_ = static_cast<int32_t>(m);
    i = m;
  }
}

void Runtime::heap_remove(size_t i) {
  heap_[i].node->heap_index_ = -1;
  if (i + 1 != heap_.size()) {
    heap_[i] = heap_.back();
    heap_[i].node->heap_index_ = static_cast<int32_t>(i);
    heap_.pop_back();
    heap_down(i);
    heap_up(i);
  } else {
    heap_.pop_back();
  }
}

void Runtime::arm(TimerNode* node, Nanos when, Nanos period) {
  bool newly;
  bool earliest;
  {
    std::lock_guard lock(timers_mu_);
    newly = node->heap_index_ < 0;
    node->when_ = when;
    node->period_ = period;
    node->order_ = ++timer_order_;
    if (newly) {
      node->heap_index_ = static_cast<int32_t>(heap_.size());
      heap_.push_back(HeapEntry{when, node->order_, node});
    } else {
      heap_[node->heap_index_] = HeapEntry{when, node->order_, node};
      heap_down(node->heap_index_);
    }
    heap_up(node->heap_index_);
    earliest = node->heap_index_ == 0;
  }
  if (newly) node->on_armed();
  if (earliest && opts_.clock == ClockMode::Real) wake_idle_worker();
}

bool Runtime::disarm(TimerNode* node) {
  {
    std::lock_guard lock(timers_mu_);
    if (node->heap_index_ < 0) return false;
    heap_remove(node->heap_index_);
  }
  node->on_disarmed();
  return true;
}

Nanos Runtime::next_timer_when() {
  std::lock_guard lock(timers_mu_);
  return heap_.empty() ? -1 : heap_[0].when;
}

bool Runtime::fire_due_timers(Nanos now) {
  std::lock_guard quiet(quiet_mu_);
  std::vector<TimerNode*> due;      // fire in heap order
  std::vector<bool> one_shot;
  {
    std::lock_guard lock(timers_mu_);
    while (!heap_.empty() && heap_[0].when <= now) {
      TimerNode* n = heap_[0].node;
      if (n->period_ > 0) {
        // Re-arm before firing, as Go's ticker does: the next tick is a whole period later.
        Nanos next = n->when_ + n->period_ * (1 + (now - n->when_) / n->period_);
        n->when_ = next;
        n->order_ = ++timer_order_;
        heap_[0].when = next;
        heap_[0].order = n->order_;
        heap_down(0);
        one_shot.push_back(false);
      } else {
        heap_remove(0);
        one_shot.push_back(true);
      }
      due.push_back(n);
    }
    firing_.fetch_add(static_cast<int64_t>(due.size()));
  }
  for (size_t i = 0; i < due.size(); ++i) {
    if (one_shot[i]) {
      due[i]->expire(now);
    } else {
      due[i]->fire(now);
    }
    firing_.fetch_sub(1);  // after fire: whatever it readied is already counted in active_
  }
  return !due.empty();
}

bool Runtime::advance_clock() {
  if (firing_.load() > 0 || active_.load() > 0) return false;  // not quiescent after all
  if (opts_.observer) {
    // No timer fires while the observer looks; checked again under the lock, as one may have
    // fired (and readied a task) since.
    std::lock_guard quiet(quiet_mu_);
    if (firing_.load() > 0 || active_.load() > 0) return false;
    opts_.observer->on_quiescent(*this);
  }
  if (ending_.load()) return false;
  Nanos next;
  {
    std::lock_guard lock(timers_mu_);
    next = heap_.empty() ? -1 : heap_[0].when;
    if (next < 0 && (firing_.load() > 0 || active_.load() > 0)) return false;
  }
  if (next < 0) {
    // Nothing can ever run again: Go's global deadlock.
    if (main_goexited_.load() && live_tasks_.load() == 0) {
      end_run(EndReason::Deadlock, 2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!", 0);
      return false;
    }
    end_run(EndReason::Deadlock, 2,
            "fatal error: all goroutines are asleep - deadlock!\n\n" + goroutine_dump(),
            0);
    return false;
  }
  if (opts_.clock == ClockMode::Virtual) {
    if (opts_.max_time > 0 && next > opts_.max_time) {
      vnow_.store(opts_.max_time);
      end_run(EndReason::Limit, 2,
              "goroscope: time limit reached (the program was still waiting on timers)");
      return false;
    }
    if (next > vnow_.load()) vnow_.store(next);
    return fire_due_timers(vnow_.load());
  }
  // Real clock: sleep until the next timer is due (new work or stop() wakes us early).
  Nanos wait = next - now();
  if (wait > 0) {
    std::unique_lock lk(idle_mu_);
    idle_cv_.wait_for(lk, std::chrono::nanoseconds(std::min<Nanos>(wait, 50'000'000)));
  }
  if (opts_.max_time > 0 && now() > opts_.max_time) {
    end_run(EndReason::Limit, 2, "goroscope: time limit reached");
    return false;
  }
  return fire_due_timers(now());
}

namespace {

// SleepNode wakes one task. Its lock closes the window between arming and being fully parked:
// on the real clock the timer may fire on another worker before the sleeper has left its worker.
class SleepNode final : public TimerNode {
 public:
  SleepNode(Runtime& rt, Task& task) : rt_(rt), task_(task) {}
  void fire(Nanos) override {
    lock.lock();
    lock.unlock();
    rt_.ready(&task_, nullptr);
  }
  // The task may run, exit and destroy this node as soon as fire() readies it.
  void expire(Nanos now) override { fire(now); }
  Task* wakes() const override { return &task_; }
  detail::SpinLock lock;

 private:
  Runtime& rt_;
  Task& task_;
};

}  // namespace

Runtime::SleepStatus Runtime::sleep(Task& self, Nanos d, SiteId site) {
  if (d <= 0) return SleepStatus::Done;  // Go: Sleep(0) and negative sleeps return at once
  if (!self.sleep_node_) self.sleep_node_ = std::make_unique<SleepNode>(*this, self);
  auto* node = static_cast<SleepNode*>(self.sleep_node_.get());
  node->lock.lock();
  park_on(self, WaitReason::Sleep, nullptr, site);
  Nanos base = now();
  Nanos when = d > INT64_MAX - base ? INT64_MAX : base + d;
  arm(node, when);
  defer_unlock(&node->lock);
  return SleepStatus::Parked;
}

}  // namespace goro
