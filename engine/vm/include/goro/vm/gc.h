// goro/vm/gc.h — the VM's heap: allocation with byte accounting, and a precise, stop-the-world
// mark-sweep collector.
//
// Every object the interpreter allocates is linked into one list. A collection marks what the
// roots reach (the interpreter supplies them: tasks' frames, globals, armed AfterFunc timers; see
// Interp::collect in gc.cpp), then sweeps the list, freeing every unmarked object. Pacing follows
// Go's GOGC=100: the next collection starts when the heap has grown to twice what survived the last
// one, never below a floor, so the collector's work is proportional to allocation.
//
// The heap itself is not thread-safe: it is used under the VM lock only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <new>
#include <utility>
#include <vector>

#include "goro/vm/value.h"

namespace goro::vm {

// The exit code of a run that the heap limit ended (goroscope-cli documents it).
constexpr int kHeapLimitExitCode = 3;

struct HeapOptions {
  size_t limit = size_t{1} << 30;     // live bytes a run may hold (0: no limit)
  size_t min_trigger = size_t{4} << 20;  // no collection before the heap is this big
  unsigned growth_percent = 100;       // GOGC: collect when the heap has grown by this much
  // stress: collect at safepoints as soon as 1/64 of the live heap has been allocated (tests: a
  // missing root shows up at once, as a use-after-free that ASan reports, or wrong output).
  bool stress = false;
};

struct HeapStats {
  size_t bytes = 0;            // held now: objects (live, and garbage not yet collected) and frames
  size_t live_bytes = 0;       // what survived the last collection, frames included
  size_t stack_bytes = 0;      // goroutines' frames now
  size_t peak_bytes = 0;       // the most `bytes` has been during the run
  uint64_t objects = 0;        // objects held now
  uint64_t collections = 0;
  // program_collections: the collections Go would have made too (runtime.GC, or the pacer's
  // trigger reached); GOROSCOPE_GC_STRESS's extra ones are not counted, so that no program sees
  // them (NumGC, sync.Pool's victim cache).
  uint64_t program_collections = 0;
  uint64_t freed_objects = 0;  // over the run
  uint64_t allocated_bytes = 0;  // over the run
  size_t next_gc = 0;            // the heap size at which the pacer collects next
};

// footprint: the bytes an object holds, itself and its out-of-line storage (string bytes, slots,
// map nodes), as malloc sees them approximately. Recomputed for every survivor at each sweep, so
// growth the allocator did not see (maps filling up) is counted from then on.
size_t footprint(const Obj* o);

class Heap {
 public:
  explicit Heap(HeapOptions options = {});
  ~Heap();  // frees every object still on the list
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  template <class T, class... A>
  T* alloc(A&&... a) {
    constexpr unsigned c = size_class(sizeof(T));
    static_assert(c < kClasses);
    void* mem = take(c);
    T* o;
    try {
      o = ::new (mem) T(std::forward<A>(a)...);
    } catch (...) {
      ::operator delete(mem);
      throw;
    }
    o->size_class = c;
    o->gc_next = objects_;
    objects_ = o;
    ++objects_count_;
    grew(footprint(o));
    return o;
  }
  // grew accounts storage an existing object took on (a map's new entry, a filled iterator).
  void grew(size_t bytes) {
    bytes_ += bytes;
    allocated_total_ += bytes;
    if (bytes_ > peak_) peak_ = bytes_;
  }
  // Goroutines' frames are not collected objects, but they count toward the heap (its pacing and
  // its limit), as Go counts goroutine stacks: a program leaking goroutines meets the limit too.
  void add_stack(size_t bytes) {
    stack_ += bytes;
    grew(bytes);
  }
  void sub_stack(size_t bytes) {
    stack_ -= bytes;
    bytes_ -= bytes;
  }

  const HeapOptions& options() const { return opts_; }
  size_t bytes() const { return bytes_; }
  size_t live_bytes() const { return live_; }
  // wants_collection: the pacer's trigger, checked at safepoints (a compare: it is on hot paths);
  // `more`: bytes about to be allocated.
  bool wants_collection(size_t more = 0) const { return bytes_ + more >= next_gc_; }
  HeapStats stats() const;
  void request() {  // the next safepoint collects
    next_gc_ = 0;
    requested_ = true;
  }

  // ---- a collection: mark the roots, drain, sweep (the caller holds the world stopped)
  void mark(Obj* o) {
    if (o && !o->marked && !o->pinned) {
      o->marked = true;
      gray_.push_back(o);
    }
  }
  void mark(const Value& v) { mark(v.o); }
  // drain marks everything reachable from the objects marked so far.
  bool drain();
  // sweep frees unmarked objects, unmarks survivors, and sets the next trigger.
  bool sweep();
  // set_abort: checked every few thousand objects; drain and sweep return false once it says so
  // (a run being stopped), leaving marks behind: no collection may follow.
  void set_abort(std::function<bool()> abort) { abort_ = std::move(abort); }

 private:
  void scan(Obj* o);
  // Object memory: per-size free lists refilled by the sweep, so a steady allocation rate costs
  // no malloc and free (they were half of an allocation-heavy run's time). Heap objects are small
  // (40-120 bytes); their strings' and vectors' storage is malloc's.
  // Class c holds blocks of 16c - 8 bytes: malloc adds an 8-byte header and rounds to 16, so
  // these sizes waste nothing (a 40-byte ChanObj in a 48-byte block would cost a 64-byte chunk).
  static constexpr size_t kGranule = 16;
  static constexpr unsigned kClasses = 16;
  static constexpr unsigned size_class(size_t size) { return static_cast<unsigned>((size + 8 + kGranule - 1) / kGranule); }
  static constexpr size_t block_size(unsigned c) { return c * kGranule - 8; }
  struct FreeBlock {
    FreeBlock* next;
  };
  void* take(unsigned c) {
    ++demand_[c];
    if (FreeBlock* b = free_[c]) {
      free_[c] = b->next;
      --free_count_[c];
      return b;
    }
    return ::operator new(block_size(c));
  }
  void release(Obj* o);  // destroys o and keeps its memory for the next allocation of its size
  void trim();           // free lists keep what the last cycle allocated, no more
  FreeBlock* free_[kClasses] = {};
  size_t free_count_[kClasses] = {};
  size_t demand_[kClasses] = {};  // allocations per class since the last sweep

  HeapOptions opts_;
  Obj* objects_ = nullptr;
  uint64_t objects_count_ = 0;
  size_t bytes_ = 0;
  size_t live_ = 0;
  size_t stack_ = 0;
  size_t peak_ = 0;
  size_t next_gc_ = 0;
  size_t paced_next_gc_ = 0;  // the pacer's trigger (next_gc_ is earlier under stress)
  bool requested_ = false;    // runtime.GC asked for the next collection
  uint64_t collections_ = 0;
  uint64_t program_collections_ = 0;
  uint64_t freed_total_ = 0;
  uint64_t allocated_total_ = 0;
  std::vector<Obj*> gray_;  // marked, children not yet scanned
  std::function<bool()> abort_;
};

}  // namespace goro::vm
