// The heap and its mark-sweep collector (goro/vm/gc.h), and the interpreter's roots.
//
// When a collection may run. Interpreted code runs under the VM lock, so while one task holds it
// every other goroutine is parked, runnable, or waiting for the lock at the start of resume():
// all of their values sit in their frames' registers. The running task collects only
//   - at a safepoint of its outermost interpreter loop (loop back-edges, calls, the start of
//     resume(), and the start of an instruction about to make a large object), where every value
//     it uses is in a register of one of its frames, and
//   - never while a native runs, nor inside a Go callback a native made (String(), sort.Slice's
//     less): the native's C++ locals may be the only holders of objects.
// Nothing else touches interpreter values concurrently: timers take the VM lock before they touch
// one (AfterFunc builds its goroutine, a time.Timer or Ticker allocates the Time it sends). Such an
// allocation from a worker between tasks is accounted like any other and never collects; the
// next safepoint of a running task does.
#include "goro/vm/gc.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "goro/vm/interp.h"

namespace goro::vm {

const ElemOps* value_elem_ops();

namespace {

// malloc's per-block overhead, roughly (glibc: 8-16 bytes and 16-byte rounding).
constexpr size_t kBlock = 16;
// One unordered_map node: the (key, value) pair, the next pointer and the cached hash.
constexpr size_t kMapNode = sizeof(std::pair<const Value, Value>) + 2 * sizeof(void*) + kBlock;

size_t string_bytes(const std::string& s) {
  // libstdc++ keeps up to 15 bytes inside the object
  return s.capacity() > 15 ? s.capacity() + 1 + kBlock : 0;
}

template <class V>
size_t vector_bytes(const V& v) {
  return v.capacity() ? v.capacity() * sizeof(typename V::value_type) + kBlock : 0;
}

// may_hold_objects: whether a value of type t can refer to a heap object (channels of numbers
// need no scan).
bool may_hold_objects(const Type* t) {
  const Type* u = t ? t->u() : nullptr;
  if (!u) return true;
  return !(u->is_numeric() || u->is_bool());
}

}  // namespace

size_t footprint(const Obj* o) {
  switch (o->kind) {
    case ObjKind::String: {
      auto* s = static_cast<const StrObj*>(o);
      return sizeof(StrObj) + kBlock + string_bytes(s->s);
    }
    case ObjKind::Slots: return sizeof(SlotsObj) + kBlock + vector_bytes(static_cast<const SlotsObj*>(o)->slots);
    case ObjKind::Slice: return sizeof(SliceObj) + kBlock;
    case ObjKind::Map: {
      auto* m = static_cast<const MapObj*>(o);
      return sizeof(MapObj) + kBlock + m->m.bucket_count() * sizeof(void*) + m->m.size() * kMapNode;
    }
    case ObjKind::MapIter: return sizeof(MapIterObj) + kBlock + vector_bytes(static_cast<const MapIterObj*>(o)->keys);
    case ObjKind::Chan: {
      // the channel itself (its buffer) is the runtime's, but this object keeps it alive
      auto* c = static_cast<const ChanObj*>(o);
      return sizeof(ChanObj) + kBlock + 128 + (c->ch ? c->ch->cap() * sizeof(Value) : 0);
    }
    case ObjKind::Closure: return sizeof(ClosureObj) + kBlock + vector_bytes(static_cast<const ClosureObj*>(o)->captured);
    case ObjKind::Handle: return sizeof(HandleObj) + kBlock + 128;  // and the runtime object
  }
  return sizeof(Obj);
}

Heap::Heap(HeapOptions options) : opts_(options) {
  paced_next_gc_ = opts_.min_trigger;
  next_gc_ = opts_.stress ? 0 : paced_next_gc_;
}

Heap::~Heap() {
  while (objects_) {
    Obj* next = objects_->gc_next;
    objects_->~Obj();
    ::operator delete(objects_);
    objects_ = next;
  }
  for (unsigned c = 0; c < kClasses; ++c) {
    while (FreeBlock* b = free_[c]) {
      free_[c] = b->next;
      ::operator delete(b);
    }
  }
}

void Heap::release(Obj* o) {
  unsigned c = o->size_class;
  o->~Obj();
  auto* b = reinterpret_cast<FreeBlock*>(o);
  b->next = free_[c];
  free_[c] = b;
  ++free_count_[c];
}

void Heap::trim() {
  for (unsigned c = 0; c < kClasses; ++c) {
    while (free_count_[c] > demand_[c]) {
      FreeBlock* b = free_[c];
      free_[c] = b->next;
      --free_count_[c];
      ::operator delete(b);
    }
    demand_[c] = 0;
  }
}

HeapStats Heap::stats() const {
  HeapStats s;
  s.bytes = bytes_;
  s.live_bytes = live_;
  s.stack_bytes = stack_;
  s.peak_bytes = peak_;
  s.objects = objects_count_;
  s.collections = collections_;
  s.program_collections = program_collections_;
  s.freed_objects = freed_total_;
  s.allocated_bytes = allocated_total_;
  s.next_gc = next_gc_;
  return s;
}

void Heap::scan(Obj* x) {
  switch (x->kind) {
    case ObjKind::String: break;
    case ObjKind::Slots:
      for (const Value& s : static_cast<SlotsObj*>(x)->slots) mark(s);
      break;
    case ObjKind::Slice: mark(static_cast<SliceObj*>(x)->arr); break;
    case ObjKind::Map:
      for (auto& [k, v] : static_cast<MapObj*>(x)->m) {
        mark(k);
        mark(v);
      }
      break;
    case ObjKind::MapIter: {
      auto* it = static_cast<MapIterObj*>(x);
      mark(it->map);
      for (const Value& k : it->keys) mark(k);  // a key deleted from the map is still looked up
      break;
    }
    case ObjKind::Chan: {
      auto* c = static_cast<ChanObj*>(x);
      // Buffered elements and those of parked senders. Channels the runtime made (a context's
      // done channel) hold no VM values.
      if (c->ch && c->ch->ops() == value_elem_ops() && may_hold_objects(c->elem))
        c->ch->for_each_element([&](const void* p) { mark(*static_cast<const Value*>(p)); });
      break;
    }
    case ObjKind::Closure:
      for (const Value& v : static_cast<ClosureObj*>(x)->captured) mark(v);
      break;
    case ObjKind::Handle: mark(static_cast<HandleObj*>(x)->extra); break;
  }
}

bool Heap::drain() {
  for (uint32_t n = 0; !gray_.empty(); ++n) {
    if ((n & 4095) == 0 && abort_ && abort_()) return false;
    Obj* o = gray_.back();
    gray_.pop_back();
    scan(o);
  }
  return true;
}

bool Heap::sweep() {
  const size_t before = bytes_;
  size_t live = 0;
  uint64_t kept = 0, freed = 0;
  Obj** link = &objects_;
  for (uint32_t n = 0; Obj* o = *link; ++n) {
    if ((n & 4095) == 0 && abort_ && abort_()) return false;  // the list stays well formed
    if (o->marked) {
      o->marked = false;
      live += footprint(o);
      ++kept;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      release(o);
      ++freed;
    }
  }
  trim();
  live_ = bytes_ = live + stack_;
  objects_count_ = kept;
  freed_total_ += freed;
  ++collections_;
  if (requested_ || before >= paced_next_gc_) ++program_collections_;
  requested_ = false;
  size_t goal = std::max(live_ + live_ / 100 * opts_.growth_percent, opts_.min_trigger);
  // Near the limit, collect before crossing it (as GOMEMLIMIT does), but let at least 1/16 of
  // the live heap be allocated between collections: a heap close to its limit would otherwise
  // collect over and over for little (the run may overshoot the limit by that much before the
  // collection that ends it).
  if (opts_.limit && goal > opts_.limit) goal = std::max(opts_.limit, live_ + live_ / 16);
  paced_next_gc_ = goal;
  // Under stress: at the next safepoint after an allocation, or once 1/64 of the heap has been
  // allocated again: every few safepoints in small programs, and O(allocation) work in big ones
  // (a collection per allocation would be quadratic with thousands of parked goroutines).
  next_gc_ = opts_.stress ? bytes_ + live_ / 64 + 1 : goal;
  if (gray_.capacity() > 4096) gray_ = {};  // a deep heap's mark stack need not stay around
  return true;
}

// ---------------------------------------------------------------------------------------------
// The interpreter's side: roots, and when to collect.

void Interp::mark_task(const VmTask& t) {
  // Every register of every frame: conservative (a dead register keeps its object until it is
  // overwritten or the frame returns), and safe without reasoning about liveness.
  for (const Frame* f = t.top; f; f = f->caller) {
    for (const Value& v : f->regs) heap_.mark(v);
    heap_.mark(f->closure);
    for (const DeferRec& d : f->defers) {
      heap_.mark(d.callee);
      for (const Value& a : d.args) heap_.mark(a);
    }
    if (const CallbackReplay* rp = f->replay.get()) {
      for (const Value& a : rp->args) heap_.mark(a);
      for (const CallbackReplay::Result& r : rp->done) {
        for (const Value& v : r.values) heap_.mark(v);
        heap_.mark(r.panic);
      }
    }
  }
  for (const PanicRec& p : t.panics) heap_.mark(p.value);
}

void Interp::collect() {
  auto start = gc_trace_ ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
  // Draining after each root keeps the mark stack as deep as one goroutine's data, not all of
  // them (100,000 parked goroutines would need megabytes of it).
  // A run being stopped abandons its collection (a big heap takes a second to collect; stopping
  // must not wait): marks may be left set, which is safe only because no collection follows.
  heap_.mark(globals);
  if (!heap_.drain()) return;
  for (const VmTask* t : tasks) {
    mark_task(*t);
    if (!heap_.drain()) return;
  }
  for (const auto& [timer, root] : timer_roots_) heap_.mark(root.fn);
  heap_.mark(last_call_panic);
  if (!heap_.drain()) return;
  size_t before = heap_.bytes();
  if (!heap_.sweep()) return;
  if (gc_trace_) {
    HeapStats s = heap_.stats();
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "gc %llu: %zu -> %zu KiB live, %llu objects, %.1f ms\n", static_cast<unsigned long long>(s.collections),
                 before >> 10, s.live_bytes >> 10, static_cast<unsigned long long>(s.objects), ms);
  }
}

namespace {
constexpr size_t kBigAllocation = 64 * 1024;
}  // namespace

std::string format_bytes(size_t n) {
  char buf[32];
  if (n >= (size_t{1} << 30)) std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(n) / (1 << 30));
  else if (n >= (size_t{1} << 20)) std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(n) / (1 << 20));
  else if (n >= 1024) std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(n) / 1024);
  else std::snprintf(buf, sizeof buf, "%zu bytes", n);
  return buf;
}

size_t frame_bytes(const Frame* f);

bool Interp::heap_limit_exceeded(const Task& t) {
  // One goroutine's frames filling most of the heap: a runaway recursion, which Go reports as a
  // stack overflow (its stacks may grow to 1 GB), a fatal error.
  if (auto* vt = dynamic_cast<const VmTask*>(&t); vt && vt->own_stack_bytes() > heap_.options().limit / 2) {
    rt_.end_run(EndReason::Fatal, 2, "runtime: goroutine stack exceeds 1000000000-byte limit\n" + vt->throw_text("stack overflow"), t.id());
    return false;
  }
  rt_.end_run(EndReason::Limit, kHeapLimitExitCode, "goroscope: heap limit of " + format_bytes(heap_.options().limit) + " exceeded", t.id());
  return false;
}

bool Interp::collect_at_safepoint(const Task& t) {
  if (rt_.stop_requested()) return true;  // the run is ending: its heap goes with it (and see collect)
  collect();
  size_t limit = heap_.options().limit;
  if (limit && heap_.bytes() > limit) return heap_limit_exceeded(t);
  return true;
}

bool Interp::reserve(size_t bytes, bool at_safepoint) {
  // Small allocations are paced and checked at safepoints; collecting for each one near the
  // limit would make the heap creep up to it, a collection per object.
  if (bytes < kBigAllocation) return true;
  size_t limit = heap_.options().limit;
  // A big object is about to be made: collect first if the pacer would right after it, so the
  // peak stays near twice the live heap, or if it would not fit under the limit.
  if (at_safepoint && cur_ && (heap_.wants_collection(bytes) || (limit && heap_.bytes() + bytes > limit)))
    if (!collect_at_safepoint(*cur_)) return false;
  if (!limit) return true;
  // Outside a safepoint garbage cannot be told apart from live objects: judge by what was live at
  // the last collection (optimistic; the next safepoint sees the truth).
  size_t base = at_safepoint ? heap_.bytes() : heap_.live_bytes();
  if (bytes > limit || base + bytes > limit) return cur_ ? heap_limit_exceeded(*cur_) : false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// AfterFunc timers: the function stays reachable while the timer is armed, even once the program
// has dropped the *Timer (the timer fires into a goroutine that runs it).

void Interp::timer_armed(const Object* timer, const Value& fn) {
  TimerRoot& r = timer_roots_[timer];
  r.fn = fn;
  ++r.armed;
}

void Interp::timer_disarmed(const Object* timer) {
  auto it = timer_roots_.find(timer);
  if (it == timer_roots_.end()) return;
  if (--it->second.armed <= 0) timer_roots_.erase(it);
}

Value Interp::timer_func(const Object* timer) const {
  auto it = timer_roots_.find(timer);
  return it == timer_roots_.end() ? Value() : it->second.fn;
}

}  // namespace goro::vm
