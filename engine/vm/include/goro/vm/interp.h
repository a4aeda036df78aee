// goro/vm/interp.h — the interpreter: goroutines as runtime tasks running bytecode.
//
// Every goroutine is a VmTask whose frames live on the heap, so it parks anywhere in a call chain
// and holds no worker while parked. One lock per run (the VM lock) is held while interpreted code
// runs: racy Go programs may compute garbage, as in Go, but never corrupt the VM.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "goro/runtime.h"
#include "goro/select.h"
#include "goro/vm/bytecode.h"
#include "goro/vm/gc.h"

namespace goro::vm {

struct Frame;
class VmTask;

struct DeferRec {
  int kind = 0;                 // 0 static function, 1 func value, 2 interface method
  const Function* fn = nullptr;
  Value callee;                 // kind 1: the closure; kind 2: the receiver interface
  int method = -1;
  std::vector<Value> args;
};

// CallbackReplay: a native (fmt's printers) whose Go callback (String, Error, Write) blocked. The
// native's C++ run is abandoned; when the callback returns, the native runs again from its start
// with the arguments it had, and each callback that already finished answers from `done`.
struct CallbackReplay {
  struct Result {
    std::vector<Value> values;
    bool panicked = false;
    Value panic;
    std::string text;
  };
  std::vector<Value> args;
  std::vector<Result> done;
  size_t next = 0;  // the next callback of the current run answers from done[next]
};

struct Frame {
  const Function* fn = nullptr;
  uint32_t pc = 0;
  Frame* caller = nullptr;
  int ret_base = -1;            // where the caller wants the results (-1: discard)
  ClosureObj* closure = nullptr;
  std::vector<DeferRec> defers;
  enum State : uint8_t { Normal, Returning, Unwinding } state = Normal;
  bool is_defer_call = false;
  // The bottom frame of a blocked library callback: it returns into `caller`'s replay record
  // (not into registers), as the native that called it runs again (see CallbackReplay).
  bool callback_root = false;
  uint32_t callback_panics = 0;  // root: the goroutine's panics when the callback began
  std::unique_ptr<CallbackReplay> replay;  // a native called from this frame is replaying
  std::vector<Value> regs;
};

// StackFrame: one frame of a goroutine's stack, innermost first, as Go's tracebacks list them.
// The views point into the Program (function names, files), which outlives every run.
struct StackFrame {
  enum Kind : uint8_t {
    User,     // code of package main
    Library,  // the standard library (prelude): Go's dumps show its internals, goroscope's hide them
    Panic,    // the runtime's panic() under a deferred call that runs while a panic unwinds
  } kind = User;
  std::string_view function;  // Go's name: "main.worker", "main.(*T).Run", "main.main.func1.1"
  std::string_view file;      // the source file as compiled ("<prelude>/sync.go" for the library)
  uint32_t line = 0;
  bool runtime_error = false;  // Panic: the panic was a run-time error (Go's raising helper is a frame)
};

struct PanicRec {
  Value value;
  std::vector<StackFrame> stack;  // where it was raised (Go prints it from there: frames it unwound too)
  std::string text;  // formatted when raised
  bool recovered = false;
  bool runtime_error = false;
  bool sigsegv = false;
  uint64_t fault_addr = 0;  // sigsegv: the addr= Go reports (the field's offset)
};

class Interp {
 public:
  Interp(const Program& prog, Runtime& rt, Symbols& syms, HeapOptions heap = {});
  ~Interp();

  const Program& program() const { return prog_; }
  Runtime& runtime() { return rt_; }
  std::mutex& lock() { return lock_; }

  // make_main: the task that runs package initialisation and then main.main.
  std::unique_ptr<Task> make_main();

  // Output (fmt.Print*, println).
  std::function<void(std::string_view)> out, err;
  std::vector<std::string> args;  // os.Args
  bool read_stdin = false;        // os.Stdin is the process's standard input
  uint64_t seed = 1;

  // ---- used by natives (the VM lock is held)
  VmTask& task() { return *cur_; }
  bool resuming() const;
  // alloc makes a heap object. It never collects: a collection runs only at safepoints.
  template <class T, class... A>
  T* alloc(A&&... a) {
    return heap_.alloc<T>(std::forward<A>(a)...);
  }
  // reserve: about to allocate `bytes` at once (a big slice, string or channel). At a safepoint of
  // the outermost loop it may collect first; false if the heap limit is exceeded (the run is then
  // ending: the caller returns at once, natives with NativeStatus::Exit).
  bool reserve(size_t bytes, bool at_safepoint = false);
  // Frames of goroutines: counted toward the heap (see Heap::add_stack). Under the VM lock.
  Frame* new_frame(const Function* fn, ClosureObj* closure);
  // goroutine_frame: the first frame of a goroutine that calls the func value cl with args (a
  // closure, a function, or a bound method value whose receiver goes first; natives included).
  Frame* goroutine_frame(ClosureObj* cl, const Value* args, int nargs);
  void free_frame(Frame* f);
  // Timers whose action runs Go (AfterFunc) keep their function reachable while armed; each
  // arming is matched by one disarming (a successful Stop, a Reset of an armed timer, or firing).
  void timer_armed(const Object* timer, const Value& fn);
  void timer_disarmed(const Object* timer);
  Value timer_func(const Object* timer) const;
  Value make_string(std::string s);
  Value make_slice(const Type* elem_ignored, int64_t len, int64_t cap);
  Value zero(const Type* t);
  Value clone(const Value& v, const Type* t);
  void copy_into(Obj* dst, Obj* src);
  Value make_iface(const Value& v, const Type* dyn);
  // call: run fn synchronously on the current task (String/Error methods, sort callbacks).
  // Returns false if the callee panicked or blocked (then *err says why).
  bool call(const Value& fn_or_null, const Function* fn, std::vector<Value> args, std::vector<Value>* results, std::string* err);
  // The value a failed call panicked with (nil if it blocked or found no method). A native reads
  // it after the call, maybe after more callbacks; the collector roots it (gc.cpp).
  Value last_call_panic;
  // Goroutines of Go's runtime that NumGoroutine counts but goroscope does not run: os/signal's
  // loop, which Go starts at the first Notify and never stops.
  int invisible_goroutines = 0;
  bool call_method(const Value& iface, const std::string& name, std::vector<Value>* results, std::string* err);
  const Function* find_method(const Type* dyn, const std::string& name, Value* recv, const Value& payload);
  void panic_error(const std::string& msg, bool runtime_error = true);
  void panic_value(const Value& v);
  SiteId site(const Function* f, uint32_t pc);
  SiteId current_site();
  const Type* named(const std::string& name) const;
  std::string format_panic_value(const Value& iface);

  // trace: every runtime object reachable from v (leak verdicts), marking visited objects.
  void trace(const Value& v, const HeldFn& fn, uint32_t epoch);
  void trace_obj(Obj* o, const HeldFn& fn, uint32_t epoch);
  void held_by(const VmTask& t, const HeldFn& fn);

  Outcome run(VmTask& t);
  // A logical clock for "concurrent map writes": note_sync marks a goroutine synchronising
  // (a channel operation, a lock, a wait, waking from a park); a map write by a goroutine that
  // has not synchronised since another goroutine wrote the map is Go's fatal error.
  void note_sync(VmTask& t);
  bool racy_map_write(VmTask& t, MapObj* m);
  uint64_t sync_clock() const { return sync_clock_; }
  std::vector<VmTask*> tasks;  // live goroutines, in no particular order (the collector's roots)
  // add_task / remove_task keep `tasks` and each task's slot in it: removal is O(1), so a run with
  // 100,000 parked goroutines does not pay for them at every other goroutine's exit.
  void add_task(VmTask* t);
  void remove_task(VmTask* t);
  SlotsObj* globals = nullptr;
  size_t heap_bytes() const { return heap_.bytes(); }
  HeapStats heap_stats() const { return heap_.stats(); }
  // request_collection: runtime.GC(); the collection runs at the next safepoint.
  void request_collection() { heap_.request(); }
  // collect runs a full collection now. Only where no value is held outside the roots (see gc.cpp).
  void collect();

 private:
  friend class VmTask;
  bool enter(VmTask& t, Frame* caller, const Function* fn, ClosureObj* cl, const Value* args, int nargs, int ret_base, bool is_defer);
  bool invoke_value(VmTask& t, Frame* caller, const Value& fv, const Value* args, int nargs, int ret_base, bool is_defer);
  bool invoke_iface(VmTask& t, Frame* caller, const Value& recv, int method, const Value* args, int nargs, int ret_base, bool is_defer);
  Outcome exec(VmTask& t, Frame* stop_at);
  NativeStatus run_native(VmTask& t, Frame* f, int index, Value* a, int nargs);
  Outcome fatal_error(VmTask& t, const std::string& msg);
  std::unique_ptr<VmTask> spawn_task(const Instr& in, Frame* f);
  void mark_task(const VmTask& t);
  // collect_at_safepoint collects; false if the live heap is over the limit (the run is ending).
  bool collect_at_safepoint(const Task& t);
  bool heap_limit_exceeded(const Task& t);

  const Program& prog_;
  Runtime& rt_;
  Symbols& syms_;
  std::mutex lock_;
  VmTask* cur_ = nullptr;
  Heap heap_;
  std::vector<Value> scratch_;  // append's gathered elements (empty between instructions)
  std::vector<Frame*> frame_pool_;  // freed frames, reused by new_frame
  bool gc_trace_ = false;  // GOROSCOPE_GC_TRACE=1: one line per collection on stderr
  struct TimerRoot {
    Value fn;
    int armed = 0;
  };
  std::unordered_map<const Object*, TimerRoot> timer_roots_;
  std::unordered_map<const Function*, std::vector<SiteId>> sites_;  // per function, per pc
  std::unordered_map<std::string, const Type*> named_;
  std::unordered_map<uint64_t, std::pair<const Function*, std::vector<int>>> method_cache_;
  uint32_t epoch_ = 1;  // objects start at trace_epoch 0: unvisited
  uint64_t sync_clock_ = 0;
  NameId fn_name(const Function* f);
  std::unordered_map<const Function*, NameId> fn_names_;
  std::unordered_map<const Function*, std::vector<std::vector<bool>>> liveness_;
};

class VmTask final : public Task {
 public:
  // A goroutine's own bytes count toward the heap from creation (under the VM lock) to its exit.
  static constexpr size_t kBytes = 384;
  explicit VmTask(Interp& vm) : vm_(vm), synced_at(vm.sync_clock()) { vm.heap_.add_stack(kBytes); }
  ~VmTask() override;
  Outcome resume() override;
  void for_each_held(const HeldFn& fn) const override;
  void append_stack(std::string& out) const override;
  // append_traceback: the frames as Go's traceback lists them (at most 100), "...additional
  // frames elided..." after a cut if note_elided (a throw's traceback says so, a panic's does not).
  void append_traceback(std::string& out, bool note_elided) const;
  // stack: the goroutine's frames, innermost first; for a goroutine that died of a panic, where the
  // panic was raised. Under the VM lock, or while the task cannot run (parked, or the run ended).
  std::vector<StackFrame> stack(size_t max = SIZE_MAX) const;  // at most max frames
  // block_stack: stack() as the dump prints it (the library's frames left out), interned; the
  // last one is remembered, as a goroutine often parks again where it parked before.
  StackId block_stack(Symbols& symbols) override;
  // throw_text: what Go prints for a fatal error (a throw) in this goroutine: the message, its
  // stack, then every other goroutine's, as Go's throw tracebacks all of them.
  std::string throw_text(const std::string& msg) const;
  // own_stack_bytes: the bytes of the goroutine's frames (a runaway recursion fills the heap).
  size_t own_stack_bytes() const;
  bool never_finishes() const override;
  bool locked_to_thread() const override;

  Interp& vm_;
  size_t task_slot = 0;  // index in vm_.tasks
  Frame* top = nullptr;
  bool resuming = false;
  std::vector<PanicRec> panics;  // active panics, oldest first
  bool recovered = false;
  bool goexiting = false;    // runtime.Goexit: unwinding to the goroutine's end
  Frame* native_frame = nullptr;  // the frame whose replayable native is running (call())
  bool callback_parked = false;   // that native's callback blocked: its run is being abandoned
  uint64_t synced_at = 0;    // the sync clock when this goroutine last synchronised
  bool parked_last = false;  // the last run ended parked (waking is a synchronisation)
  // select scratch
  std::vector<goro::SelectCase> sel_cases;
  // block_stack's last answer: the frames' (function, line) and their stack's id.
  std::vector<std::pair<const char*, uint32_t>> block_key;
  StackId block_id = 0;
  using Task::set_exit_code;
  using Task::set_failure;
  using Task::set_goexit;
};

}  // namespace goro::vm
