// The library's C++ half. Each native reads its arguments from a[0..n) and writes results from
// a[0]. A native that blocks parks the task and returns Parked; it runs again on resume with
// in.resuming() set, and then completes.
#include "natives.h"

#include "lib.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <unordered_map>

#include <unistd.h>

#include "fmt.h"
#include "strconv.h"
#include "goro/context.h"
#include "goro/lang/scanner.h"
#include "goro/mutex.h"
#include "goro/once.h"
#include "goro/rwmutex.h"
#include "goro/timer.h"
#include "goro/waitgroup.h"
#include "goro/vm/interp.h"

namespace goro::vm {

const ElemOps* value_elem_ops();

namespace lib {

std::vector<Value> slice_items(const Value& v) {
  std::vector<Value> out;
  auto* s = static_cast<SliceObj*>(v.o);
  if (s)
    for (int64_t i = 0; i < s->len; ++i) out.push_back(s->at(i));
  return out;
}

Value slice_of_values(Interp& in, const std::vector<Value>& items) {
  if (items.empty()) return Value();
  auto* arr = in.alloc<SlotsObj>(nullptr, items.size());
  arr->slots = items;
  return Value::of_obj(in.alloc<SliceObj>(arr, 0, static_cast<int64_t>(items.size()), static_cast<int64_t>(items.size())));
}

Value strings_slice(Interp& in, const std::vector<std::string>& v) {
  std::vector<Value> items;
  for (auto& s : v) items.push_back(in.make_string(s));
  if (items.empty()) {
    auto* arr = in.alloc<SlotsObj>(nullptr, 0);
    return Value::of_obj(in.alloc<SliceObj>(arr, 0, 0, 0));
  }
  return slice_of_values(in, items);
}

N panic_string(Interp& in, const std::string& msg) {
  in.panic_value(in.make_iface(in.make_string(msg), in.program().types.basic(Kind::String)));
  return N::Panicked;
}

}  // namespace lib

namespace {

using namespace lib;

// The playground's epoch: time.Now() starts at 2009-11-10 23:00:00 UTC plus the run clock.
constexpr int64_t kEpoch = 1257894000LL * 1000000000LL;

// handle_of: the runtime object behind a prelude struct's first field (created on first use).
// Go's fields that the prelude's sync types mirror after their handle (see "---- sync" below).
constexpr size_t kMutexState = 1;
constexpr size_t kRWMutexW = 1, kRWReaderCount = 4;
constexpr int64_t kRWMaxReaders = int64_t{1} << 30;
constexpr size_t kWgState1 = 2;
constexpr size_t kOnceDone = 1;

// A copied sync value (s2 := s, s holding a Mutex) has the original's handle but its own copy of
// Go's fields: Go copies the state, not the lock. The copy gets a runtime object of its own the
// first time it is used, set to the state its fields show.
void restore_copy(Interp&, Mutex* m, const SlotsObj* o) {
  if (o->slots[kMutexState].i) m->try_lock();
}
void restore_copy(Interp&, RWMutex* m, const SlotsObj* o) {
  auto readers = static_cast<int32_t>(o->slots[kRWReaderCount].i);
  if (readers < 0) {
    m->try_lock();
    return;
  }
  for (int32_t i = 0; i < readers; ++i) m->try_rlock();
}
void restore_copy(Interp&, WaitGroup* wg, const SlotsObj* o) {
  wg->add(static_cast<int64_t>(static_cast<uint64_t>(o->slots[kWgState1].i) >> 32));
}
void restore_copy(Interp& in, Once* once, const SlotsObj* o) {
  if (!o->slots[kOnceDone].i) return;
  if (once->begin(in.task(), 0) == OnceStatus::Run) once->finish();
}

template <class T, class Make>
T* handle(Interp& in, Value ptr, Make make) {
  auto* o = static_cast<SlotsObj*>(ptr.o);
  if (!o) return nullptr;
  Value& h = o->slots[0];
  if (!h.o || static_cast<HandleObj*>(h.o)->owner != o) {
    bool copied = h.o != nullptr;
    Ref<T> r = make();
    if (copied) restore_copy(in, r.get(), o);
    auto* ho = in.alloc<HandleObj>(Ref<Object>(r.get()));
    ho->owner = o;
    h = Value::of_obj(ho);
  }
  return static_cast<T*>(static_cast<HandleObj*>(h.o)->obj.get());
}

N park(Interp& in) {
  in.task().resuming = true;
  return N::Parked;
}

// fatal: Go's throw: not a panic (no deferred calls run, nothing recovers it); the text ends
// with every goroutine's stack, the failing one first, as Go prints it.
N fatal(Interp& in, const std::string& msg) {
  in.runtime().end_run(EndReason::Fatal, 2, in.task().throw_text(msg), in.task().id());
  return N::Exit;
}

// ---- builtins
// print/println: a[0] the arguments as `any`, a[1] a bit per argument whose static type is an
// interface (Go prints those as (type word,data word)).
N b_print(Interp& in, Value* a, int, bool newline) {
  std::string s;
  auto items = slice_items(a[0]);
  uint64_t ifaces = a[1].u;
  auto hex = [&](uint64_t x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(x));
    s += buf;
  };
  for (size_t i = 0; i < items.size(); ++i) {
    if (newline && i) s += ' ';
    const Value& v = items[i];
    if (!v.t || (i < 64 && (ifaces >> i & 1))) {
      // Go's words: a type descriptor in the binary's read-only data, the value's address
      s += '(';
      hex(v.t ? 0x480000 + 0x40 * uint64_t{v.t->id} : 0);
      s += ',';
      hex(v.t ? (v.o ? go_address(v) : 0x4c0000 + 8 * (v.u & 0xffff)) : 0);
      s += ')';
      continue;
    }
    Value p = iface_payload(v);
    const Type* u = v.t->u();
    if (u->kind == Kind::Slice) {
      auto* sl = static_cast<SliceObj*>(p.o);
      s += '[' + std::to_string(sl ? sl->len : 0) + '/' + std::to_string(sl ? sl->cap : 0) + ']';
      hex(go_address(p));
    } else if (u->is_string()) s += str_of(p);
    else if (u->kind == Kind::Bool) s += p.i ? "true" : "false";
    else if (u->is_float()) {
      s += strconv::print_float(p.f);
    } else if (u->is_unsigned()) s += std::to_string(p.u);
    else if (u->is_integer()) s += std::to_string(p.i);
    else {
      char buf[32];
      std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(go_address(p)));
      s += buf;
    }
  }
  if (newline) s += '\n';
  if (in.err) in.err(s);
  return N::Done;
}

// ---- fmt
// abandoned: a callback of this native blocked; the native runs again when it returns, so this
// run must have no effect (CallbackReplay in interp.h).
bool abandoned(Interp& in) { return in.task().callback_parked; }

N fmt_println(Interp& in, Value* a, int) {
  auto items = slice_items(a[0]);
  std::string s = sprint(in, items.data(), items.size(), true);
  if (abandoned(in)) return N::Done;
  if (in.out) in.out(s);
  a[0] = Value::of_int(static_cast<int64_t>(s.size()));
  a[1] = Value();
  return N::Done;
}
N fmt_print(Interp& in, Value* a, int) {
  auto items = slice_items(a[0]);
  std::string s = sprint(in, items.data(), items.size(), false);
  if (abandoned(in)) return N::Done;
  if (in.out) in.out(s);
  a[0] = Value::of_int(static_cast<int64_t>(s.size()));
  a[1] = Value();
  return N::Done;
}
N fmt_printf(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  std::string s = sprintf(in, str_of(a[0]), items.data(), items.size());
  if (abandoned(in)) return N::Done;
  if (in.out) in.out(s);
  a[0] = Value::of_int(static_cast<int64_t>(s.size()));
  a[1] = Value();
  return N::Done;
}
N fmt_sprintf(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  a[0] = str(in, sprintf(in, str_of(a[0]), items.data(), items.size()));
  return N::Done;
}
N fmt_sprint(Interp& in, Value* a, int) {
  auto items = slice_items(a[0]);
  a[0] = str(in, sprint(in, items.data(), items.size(), false));
  return N::Done;
}
N fmt_sprintln(Interp& in, Value* a, int) {
  auto items = slice_items(a[0]);
  a[0] = str(in, sprint(in, items.data(), items.size(), true));
  return N::Done;
}
int file_fd(const Value& w) {
  if (!w.t || w.t->kind != Kind::Pointer || w.t->elem->name != "os.File") return -1;
  auto* o = static_cast<SlotsObj*>(iface_payload(w).o);
  return o ? static_cast<int>(o->slots[0].i) : -1;
}
// write_to: the end of Fprint*: the standard streams directly, any other io.Writer through
// its Write method (whose results become Fprint's).
N write_to(Interp& in, const Value w, const std::string& s, Value* a) {  // w by value: a[0] is overwritten
  if (abandoned(in)) return N::Done;
  int fd = file_fd(w);
  a[0] = Value::of_int(static_cast<int64_t>(s.size()));
  a[1] = Value();
  if (fd == 1 || fd == 2) {
    if (fd == 1 && in.out) in.out(s);
    if (fd == 2 && in.err) in.err(s);
    return N::Done;
  }
  if (!w.t) {
    in.panic_error("runtime error: invalid memory address or nil pointer dereference");
    return N::Panicked;
  }
  Value recv;
  const Function* f = in.find_method(w.t, "Write", &recv, iface_payload(w));
  if (!f) return N::Done;
  std::vector<Value> bytes;
  bytes.reserve(s.size());
  for (unsigned char c : s) bytes.push_back(Value::of_int(c));
  std::vector<Value> res;
  std::string err;
  if (!in.call(Value(), f, {recv, slice_of_values(in, bytes)}, &res, &err)) {
    if (in.last_call_panic.t) {
      in.panic_value(in.last_call_panic);
      return N::Panicked;
    }
    return N::Done;
  }
  if (res.size() >= 2) {
    a[0] = res[0];
    a[1] = res[1];
  }
  return N::Done;
}
N os_write(Interp& in, Value* a, int) {
  std::string_view s = str_of(a[1]);
  if (a[0].i == 1 && in.out) in.out(s);
  else if (a[0].i == 2 && in.err) in.err(s);
  return N::Done;
}
// os.__read(fd, n): up to n bytes of standard input ("", false at its end).
N os_read(Interp& in, Value* a, int) {
  std::string buf(static_cast<size_t>(std::clamp<int64_t>(a[1].i, 0, 1 << 16)), '\0');
  ssize_t got = a[0].i == 0 && in.read_stdin && !buf.empty() ? ::read(0, buf.data(), buf.size()) : 0;
  if (got <= 0) {
    a[0] = Value();
    a[1] = Value::of_bool(buf.empty());
    return N::Done;
  }
  buf.resize(static_cast<size_t>(got));
  a[0] = in.make_string(std::move(buf));
  a[1] = Value::of_bool(true);
  return N::Done;
}
// ---- runtime's program counters. A pc names a function of the program and an instruction in it:
// (index in Program::funcs + 1) << 24 | (instruction + 1), so FuncForPC and CallersFrames can
// answer from it. Go's two frames below every stack (runtime.main under main, runtime.goexit
// under every goroutine) have pseudo functions of their own, reported as Go 1.19 does.
namespace {
constexpr int kPcShift = 24;
constexpr uint64_t kPcRuntimeMain = 0xFFFFF0, kPcGoexit = 0xFFFFF1;
struct PseudoFunc {
  uint64_t id;
  const char* name;
  const char* file;
  int line;
};
constexpr PseudoFunc kPseudoFuncs[] = {
    {kPcRuntimeMain, "runtime.main", "/usr/lib/go-1.19/src/runtime/proc.go", 250},
    {kPcGoexit, "runtime.goexit", "/usr/lib/go-1.19/src/runtime/asm_amd64.s", 1594},
};

// frame_pc: the pc of frame f (its current instruction if innermost, else the call it is in).
int64_t frame_pc(Interp& in, const Frame& f, bool innermost) {
  const auto& funcs = in.program().funcs;
  size_t idx = 0;
  while (idx < funcs.size() && funcs[idx].get() != f.fn) ++idx;
  uint32_t pc = innermost ? f.pc : (f.pc > 0 ? f.pc - 1 : 0);
  if (pc >= f.fn->pos.size()) pc = static_cast<uint32_t>(f.fn->pos.size() - 1);
  return static_cast<int64_t>(((idx + 1) << kPcShift) | (pc + 1));
}

bool has_code(const Frame* f) { return f && f->fn && !f->fn->pos.empty(); }

// decode_pc: the function and instruction a pc names (nullptr: none or a pseudo function).
const Function* decode_pc(Interp& in, uint64_t pc, uint32_t* instr, const PseudoFunc** pseudo) {
  uint64_t id = pc >> kPcShift;
  *pseudo = nullptr;
  for (const auto& p : kPseudoFuncs)
    if (id == p.id) *pseudo = &p;
  const auto& funcs = in.program().funcs;
  if (*pseudo || id == 0 || id > funcs.size()) return nullptr;
  const Function* fn = funcs[id - 1].get();
  uint64_t at = (pc & ((uint64_t(1) << kPcShift) - 1));
  if (at == 0 || fn->pos.empty()) return nullptr;
  *instr = static_cast<uint32_t>(std::min<uint64_t>(at - 1, fn->pos.size() - 1));
  return fn;
}
}  // namespace

// runtime.Caller(skip): the function skip frames above the caller of Caller, as pc, file and line.
N rt_caller(Interp& in, Value* a, int) {
  int64_t skip = a[0].i;
  const Frame* f = in.task().top;
  bool top = true;
  for (; f && skip > 0; --skip) {
    f = f->caller;
    top = false;
  }
  // Stub frames of library callbacks have no code.
  if (!has_code(f)) {
    a[0] = Value();
    a[1] = Value();
    a[2] = Value::of_int(0);
    a[3] = Value::of_bool(false);
    return N::Done;
  }
  int64_t pc = frame_pc(in, *f, top);
  a[0] = Value::of_int(pc);
  a[1] = in.make_string(f->fn->file);
  a[2] = Value::of_int(f->fn->pos[(pc & ((int64_t(1) << kPcShift) - 1)) - 1].line);
  a[3] = Value::of_bool(true);
  return N::Done;
}
// runtime.__callers(skip): the pcs of the goroutine's frames, skip-1 of the innermost left out
// (skip 0 would be Callers itself), the program's frames only, then Go's runtime.main/goexit.
N rt_callers(Interp& in, Value* a, int) {
  int64_t skip = a[0].i - 1;
  std::vector<Value> pcs;
  bool innermost = true;
  const Frame* bottom = nullptr;
  for (const Frame* f = in.task().top; f; f = f->caller) {
    if (!has_code(f)) continue;
    bottom = f;
    bool user = f->fn->file.compare(0, 9, "<prelude>") != 0 && f->fn->name != "runtime.main";
    if (user && skip-- <= 0) pcs.push_back(Value::of_int(frame_pc(in, *f, innermost)));
    innermost = false;
  }
  bool is_main = bottom && bottom->fn->name == "runtime.main";
  for (uint64_t id : {kPcRuntimeMain, kPcGoexit}) {
    if (id == kPcRuntimeMain && !is_main) continue;
    if (skip-- <= 0) pcs.push_back(Value::of_int(static_cast<int64_t>((id << kPcShift) | 1)));
  }
  a[0] = slice_of_values(in, pcs);
  return N::Done;
}
// runtime.__funcForPC(pc): name, file and entry of the function pc is in (ok false: none).
N rt_funcforpc(Interp& in, Value* a, int) {
  uint32_t instr = 0;
  const PseudoFunc* pseudo = nullptr;
  const Function* fn = decode_pc(in, static_cast<uint64_t>(a[0].i), &instr, &pseudo);
  uint64_t entry = (static_cast<uint64_t>(a[0].i) >> kPcShift) << kPcShift;
  if (pseudo) {
    a[0] = in.make_string(pseudo->name);
    a[1] = in.make_string(pseudo->file);
  } else if (fn) {
    a[0] = in.make_string(fn->name);
    a[1] = in.make_string(fn->file);
  } else {
    a[0] = a[1] = Value();
    a[2] = Value::of_int(0);
    a[3] = Value::of_bool(false);
    return N::Done;
  }
  a[2] = Value::of_int(static_cast<int64_t>(entry));
  a[3] = Value::of_bool(true);
  return N::Done;
}
// runtime.__funcLine(pc): the file and line pc is at ("?", 0 for an unknown pc, as Go).
N rt_funcline(Interp& in, Value* a, int) {
  uint32_t instr = 0;
  const PseudoFunc* pseudo = nullptr;
  const Function* fn = decode_pc(in, static_cast<uint64_t>(a[0].i), &instr, &pseudo);
  if (pseudo) {
    a[0] = in.make_string(pseudo->file);
    a[1] = Value::of_int(pseudo->line);
  } else if (fn) {
    a[0] = in.make_string(fn->file);
    a[1] = Value::of_int(fn->pos[instr].line);
  } else {
    a[0] = in.make_string("?");
    a[1] = Value::of_int(0);
  }
  return N::Done;
}
N fmt_fprintln(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  return write_to(in, a[0], sprint(in, items.data(), items.size(), true), a);
}
N fmt_fprint(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  return write_to(in, a[0], sprint(in, items.data(), items.size(), false), a);
}
N fmt_fprintf(Interp& in, Value* a, int) {
  auto items = slice_items(a[2]);
  return write_to(in, a[0], sprintf(in, str_of(a[1]), items.data(), items.size()), a);
}
// fmt.__errorf(format, a...) (msg string, wrapped error, ok bool): Errorf's text and the
// error its %w names (ok is false when nothing is wrapped).
N fmt_errorf(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  Value wrapped;
  std::string msg = sprintf(in, str_of(a[0]), items.data(), items.size(), &wrapped);
  a[0] = str(in, std::move(msg));
  a[1] = wrapped;
  a[2] = Value::of_bool(wrapped.t != nullptr);
  return N::Done;
}

// ---- os / runtime
N os_exit(Interp& in, Value* a, int) {
  in.task().set_exit_code(static_cast<int>(a[0].i));
  return N::Exit;
}
N os_args(Interp& in, Value* a, int) {
  std::vector<Value> items;
  for (auto& s : in.args) items.push_back(str(in, s));
  a[0] = slice_of_values(in, items);
  return N::Done;
}
// os.__getwd: the process's working directory ("" if it cannot be read).
N os_getwd(Interp& in, Value* a, int) {
  std::error_code ec;
  auto wd = std::filesystem::current_path(ec);
  a[0] = str(in, ec ? std::string() : wd.string());
  return N::Done;
}
// os.__environ: the process environment as KEY=VALUE strings.
N os_environ(Interp& in, Value* a, int) {
  std::vector<std::string> env;
  for (char** e = environ; e && *e; ++e) env.emplace_back(*e);
  a[0] = strings_slice(in, env);
  return N::Done;
}
// sync.__gcCount: how many collections have run (sync.Pool empties into its victim cache at each).
N sync_gc_count(Interp& in, Value* a, int) {
  a[0] = Value::of_int(static_cast<int64_t>(static_cast<uint32_t>(in.heap_stats().program_collections)));
  return N::Done;
}
// signal.__startLoop: Go's first signal.Notify starts os/signal's loop goroutine.
N signal_start_loop(Interp& in, Value*, int) {
  in.invisible_goroutines = 1;
  return N::Done;
}
N rt_numgoroutine(Interp& in, Value* a, int) {
  a[0] = Value::of_int(static_cast<int64_t>(in.runtime().live_tasks()) + in.invisible_goroutines);
  return N::Done;
}
N rt_gosched(Interp& in, Value*, int) {
  if (in.resuming()) return N::Done;
  in.task().resuming = true;
  return N::Yield;
}
// runtime.Goexit: the goroutine unwinds as a panic does, running its deferred calls (recover finds
// nothing), and ends (interp.cpp's unwind).
N rt_goexit(Interp& in, Value*, int) {
  in.task().goexiting = true;
  return N::Panicked;
}
// runtime.__stack(all): runtime.Stack's text, the calling goroutine first.
N rt_stack(Interp& in, Value* a, int) {
  VmTask& t = in.task();
  std::string text = "goroutine " + std::to_string(t.id()) + " [running]:\n";
  t.append_stack(text);
  if (a[0].i) {
    std::string others = in.runtime().goroutine_dump(t.id());
    if (!others.empty()) text += "\n" + others;
  }
  a[0] = in.make_string(std::move(text));
  return N::Done;
}
// runtime.GC: Go's returns after a whole collection. The goroutine yields after asking for one,
// and the start of its resume() is a safepoint, where it runs: two calls make two collections.
N rt_gc(Interp& in, Value*, int) {
  if (in.resuming()) return N::Done;
  in.request_collection();  // a native's frame is not a safepoint
  in.task().resuming = true;
  return N::Yield;
}
// runtime.__memStats: the collector's counters for ReadMemStats (prelude/runtime.go).
N rt_mem_stats(Interp& in, Value* a, int) {
  HeapStats s = in.heap_stats();
  a[0] = Value::of_int(static_cast<int64_t>(s.bytes));
  a[1] = Value::of_int(static_cast<int64_t>(s.stack_bytes));
  a[2] = Value::of_int(static_cast<int64_t>(s.allocated_bytes));
  a[3] = Value::of_int(static_cast<int64_t>(std::max(s.peak_bytes, s.bytes)));
  a[4] = Value::of_int(static_cast<int64_t>(s.objects));
  a[5] = Value::of_int(static_cast<int64_t>(s.freed_objects));
  a[6] = Value::of_int(static_cast<int64_t>(s.next_gc));
  a[7] = Value::of_int(static_cast<int64_t>(static_cast<uint32_t>(s.program_collections)));
  return N::Done;
}
N rt_numcpu(Interp& in, Value* a, int) {
  a[0] = Value::of_int(static_cast<int64_t>(in.runtime().worker_count()));
  return N::Done;
}

// ---- time
// make_time: a time.Time (seconds since year 1, nanoseconds, Local) for nanoseconds since 1970.
Value make_time(Interp& in, int64_t unix_ns) {
  constexpr int64_t kUnixToInternal = (1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;
  const Type* t = in.named("time.Time");
  if (!t) return Value::of_int(unix_ns);
  Value v = in.zero(t);
  int64_t sec = unix_ns / 1000000000, nsec = unix_ns % 1000000000;
  if (nsec < 0) nsec += 1000000000, --sec;
  static_cast<SlotsObj*>(v.o)->slots[0] = Value::of_int(sec + kUnixToInternal);
  static_cast<SlotsObj*>(v.o)->slots[1] = Value::of_int(nsec);
  static_cast<SlotsObj*>(v.o)->slots[2] = Value::of_int(1);  // time.Local (prelude/time.go)
  return v;
}
N time_now(Interp& in, Value* a, int) {
  a[0] = Value::of_int(kEpoch + in.runtime().now());
  return N::Done;
}
N time_sleep(Interp& in, Value* a, int) {
  if (in.resuming()) return N::Done;
  if (a[0].i <= 0) return N::Done;
  if (in.runtime().sleep(in.task(), a[0].i, in.current_site()) == Runtime::SleepStatus::Parked) return park(in);
  return N::Done;
}
N time_duration_string(Interp& in, Value* a, int) {
  a[0] = str(in, duration_string(a[0].i));
  return N::Done;
}
N time_start_timer(Interp& in, Value* a, int) {
  // (c chan Time, d Duration, periodic bool, f func()) handle
  Runtime& rt = in.runtime();
  auto* chan = static_cast<ChanObj*>(a[0].o);
  int64_t d = a[1].i;
  bool periodic = a[2].i != 0;
  Value fn = a[3];
  Interp* vm = &in;
  Ref<Channel> ch = chan ? chan->ch : Ref<Channel>();
  Timer::Action action;
  if (fn.o) {
    const Function* target = static_cast<ClosureObj*>(fn.o)->fn;
    SiteId site = in.current_site();
    action = [vm, target, site, periodic](Timer& self, Nanos) {
      // Under the VM lock from the first touch of the function to the goroutine holding it: the
      // collector roots the function through the armed timer until then (Interp::timer_armed).
      std::lock_guard lock(vm->lock());
      Value fn = vm->timer_func(&self);
      if (!periodic) vm->timer_disarmed(&self);
      if (!fn.o) return;
      auto t = std::make_unique<VmTask>(*vm);
      t->top = vm->goroutine_frame(static_cast<ClosureObj*>(fn.o), nullptr, 0);
      vm->add_task(t.get());
      if (vm->runtime().spawn(std::move(t), site, vm->runtime().symbols().intern(target->name)) == 0)
        vm->tasks.pop_back();  // the task limit ended the run; spawn dropped the task
    };
  } else {
    // A timer runs on a worker between tasks: it takes the VM lock to allocate the Time it sends.
    Channel* raw = ch.get();
    action = [vm, raw](Timer&, Nanos now) {
      // Under the VM lock: a parked receiver gets the value straight into its frame's register,
      // which the collector reads while it holds the lock (and make_time allocates).
      std::lock_guard lock(vm->lock());
      Value v = make_time(*vm, kEpoch + now);
      raw->try_send(&v);
    };
  }
  Ref<Timer> t = Timer::make(rt, periodic ? ObjectKind::Ticker : ObjectKind::Timer, ch, std::move(action), in.current_site());
  if (fn.o) in.timer_armed(t.get(), fn);
  t->start(d);
  auto* h = in.alloc<HandleObj>(Ref<Object>(t.get()));
  h->extra = fn;
  a[0] = Value::of_obj(h);
  return N::Done;
}
N time_stop_timer(Interp& in, Value* a, int) {
  auto* h = static_cast<HandleObj*>(a[0].o);
  bool was = h && static_cast<Timer*>(h->obj.get())->stop();
  if (was && h->extra.o) in.timer_disarmed(h->obj.get());
  a[0] = Value::of_bool(was);
  return N::Done;
}
N time_reset_timer(Interp& in, Value* a, int) {
  auto* h = static_cast<HandleObj*>(a[0].o);
  if (h && h->extra.o) in.timer_armed(h->obj.get(), h->extra);  // before it can fire
  bool was = h && static_cast<Timer*>(h->obj.get())->reset(a[1].i);
  if (was && h->extra.o) in.timer_disarmed(h->obj.get());  // the old arming will not fire
  a[0] = Value::of_bool(was);
  return N::Done;
}

// ---- sync
// The prelude's sync types keep the runtime object in field 0 (invisible to fmt) and, after
// it, Go's own fields, kept up to date so that printing a struct with a Mutex or WaitGroup in
// it shows what Go shows ({0 0} for an unlocked Mutex, {1 0} for a locked one).
Value* field(const Value& ptr, size_t i) {
  auto* o = static_cast<SlotsObj*>(ptr.o);
  return o && i < o->slots.size() ? &o->slots[i] : nullptr;
}
void set_field(const Value& ptr, size_t i, int64_t v) {
  if (Value* f = field(ptr, i)) *f = Value::of_int(v);
}
void add_field(const Value& ptr, size_t i, int64_t v) {
  if (Value* f = field(ptr, i)) f->i = static_cast<int32_t>(f->i + v);
}

N mutex_lock(Interp& in, Value* a, int) {
  if (!in.resuming()) {
    Mutex* m = handle<Mutex>(in, a[0], [&] { return Mutex::make(in.runtime(), in.current_site()); });
    if (!m) { in.panic_error("runtime error: invalid memory address or nil pointer dereference"); return N::Panicked; }
    if (m->lock(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  }
  in.note_sync(in.task());
  set_field(a[0], kMutexState, 1);
  return N::Done;
}
N mutex_trylock(Interp& in, Value* a, int) {
  Mutex* m = handle<Mutex>(in, a[0], [&] { return Mutex::make(in.runtime(), in.current_site()); });
  bool ok = m->try_lock();
  if (ok) set_field(a[0], kMutexState, 1);
  if (ok) in.note_sync(in.task());
  a[0] = Value::of_bool(ok);
  return N::Done;
}
N mutex_unlock(Interp& in, Value* a, int) {
  Mutex* m = handle<Mutex>(in, a[0], [&] { return Mutex::make(in.runtime(), in.current_site()); });
  if (!m->unlock()) return fatal(in, "sync: unlock of unlocked mutex");
  set_field(a[0], kMutexState, m->locked() ? 1 : 0);
  return N::Done;
}
RWMutex* rw(Interp& in, Value v) {
  return handle<RWMutex>(in, v, [&] { return RWMutex::make(in.runtime(), in.current_site()); });
}
N rw_lock(Interp& in, Value* a, int) {
  if (!in.resuming() && rw(in, a[0])->lock(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  in.note_sync(in.task());
  if (Value* w = field(a[0], kRWMutexW)) set_field(*w, kMutexState, 1);
  add_field(a[0], kRWReaderCount, -kRWMaxReaders);
  return N::Done;
}
N rw_rlock(Interp& in, Value* a, int) {
  if (!in.resuming() && rw(in, a[0])->rlock(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  in.note_sync(in.task());
  add_field(a[0], kRWReaderCount, 1);
  return N::Done;
}
N rw_unlock(Interp& in, Value* a, int) {
  if (!rw(in, a[0])->unlock()) return fatal(in, "sync: Unlock of unlocked RWMutex");
  if (Value* w = field(a[0], kRWMutexW)) set_field(*w, kMutexState, 0);
  add_field(a[0], kRWReaderCount, kRWMaxReaders);
  return N::Done;
}
N rw_runlock(Interp& in, Value* a, int) {
  if (!rw(in, a[0])->runlock()) return fatal(in, "sync: RUnlock of unlocked RWMutex");
  add_field(a[0], kRWReaderCount, -1);
  return N::Done;
}
N rw_trylock(Interp& in, Value* a, int) {
  bool ok = rw(in, a[0])->try_lock();
  if (ok) {
    in.note_sync(in.task());
    if (Value* w = field(a[0], kRWMutexW)) set_field(*w, kMutexState, 1);
    add_field(a[0], kRWReaderCount, -kRWMaxReaders);
  }
  a[0] = Value::of_bool(ok);
  return N::Done;
}
N rw_tryrlock(Interp& in, Value* a, int) {
  bool ok = rw(in, a[0])->try_rlock();
  if (ok) {
    in.note_sync(in.task());
    add_field(a[0], kRWReaderCount, 1);
  }
  a[0] = Value::of_bool(ok);
  return N::Done;
}
WaitGroup* wg(Interp& in, Value v) {
  return handle<WaitGroup>(in, v, [&] { return WaitGroup::make(in.runtime(), in.current_site()); });
}
N wg_add(Interp& in, Value* a, int) {
  WaitGroup* w = wg(in, a[0]);
  if (!w->add(a[1].i)) return panic_string(in, "sync: negative WaitGroup counter");
  set_field(a[0], kWgState1, w->count() << 32);
  return N::Done;
}
N wg_done(Interp& in, Value* a, int) {
  WaitGroup* w = wg(in, a[0]);
  if (!w->done()) return panic_string(in, "sync: negative WaitGroup counter");
  set_field(a[0], kWgState1, w->count() << 32);
  return N::Done;
}
N wg_wait(Interp& in, Value* a, int) {
  in.note_sync(in.task());
  if (in.resuming()) return N::Done;
  if (wg(in, a[0])->wait(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  return N::Done;
}
// cond_wait(ch, slot): Cond.Wait's receive from its waiter channel, dumped as Go's "sync.Cond.Wait".
N cond_wait(Interp& in, Value* a, int) {
  in.note_sync(in.task());
  if (in.resuming()) return N::Done;
  auto* c = static_cast<ChanObj*>(a[0].o);
  bool ok = false;
  // The value lands in the frame's second argument: it must outlive the park.
  if (c->ch->recv(in.task(), &a[1], &ok, in.current_site(), WaitReason::Cond) == ChanStatus::Parked) return park(in);
  return N::Done;
}
N once_begin(Interp& in, Value* a, int) {
  in.note_sync(in.task());
  if (in.resuming()) {
    a[0] = Value::of_bool(false);
    return N::Done;
  }
  Once* o = handle<Once>(in, a[0], [&] { return Once::make(in.runtime(), in.current_site()); });
  OnceStatus st = o->begin(in.task(), in.current_site());
  if (st == OnceStatus::Parked) return park(in);
  a[0] = Value::of_bool(st == OnceStatus::Run);
  return N::Done;
}
N once_end(Interp& in, Value* a, int) {
  Once* o = handle<Once>(in, a[0], [&] { return Once::make(in.runtime(), in.current_site()); });
  o->finish();
  set_field(a[0], kOnceDone, 1);
  return N::Done;
}

// ---- context
Context* ctx_of(const Value& h) { return h.o ? static_cast<Context*>(static_cast<HandleObj*>(h.o)->obj.get()) : nullptr; }
Value ctx_handle(Interp& in, Ref<Context> c) { return Value::of_obj(in.alloc<HandleObj>(Ref<Object>(c.get()))); }
N ctx_background(Interp& in, Value* a, int) {
  a[0] = ctx_handle(in, Context::background(in.runtime()));
  return N::Done;
}
Ref<Context> parent_ref(Interp& in, const Value& h) {
  Context* p = ctx_of(h);
  return p ? Ref<Context>(p) : Context::background(in.runtime());
}
N ctx_with_cancel(Interp& in, Value* a, int) {
  a[0] = ctx_handle(in, Context::with_cancel(parent_ref(in, a[0]), in.current_site()));
  return N::Done;
}
N ctx_with_timeout(Interp& in, Value* a, int) {
  a[0] = ctx_handle(in, Context::with_timeout(parent_ref(in, a[0]), a[1].i, in.current_site()));
  return N::Done;
}
N ctx_with_deadline(Interp& in, Value* a, int) {
  a[0] = ctx_handle(in, Context::with_deadline(parent_ref(in, a[0]), a[1].i - kEpoch, in.current_site()));
  return N::Done;
}
N ctx_cancel(Interp& in, Value* a, int) {
  if (Context* c = ctx_of(a[0])) c->cancel();
  return N::Done;
}
N ctx_err(Interp& in, Value* a, int) {
  Context* c = ctx_of(a[0]);
  a[0] = Value::of_int(c ? static_cast<int>(c->err()) : 0);
  return N::Done;
}
N ctx_done(Interp& in, Value* a, int) {
  Context* c = ctx_of(a[0]);
  Channel* ch = c ? c->done() : nullptr;
  a[0] = ch ? Value::of_obj(in.alloc<ChanObj>(Ref<Channel>(ch), in.program().types.empty_struct())) : Value();
  return N::Done;
}
N ctx_deadline(Interp& in, Value* a, int) {
  Context* c = ctx_of(a[0]);
  auto d = c ? c->deadline() : std::nullopt;
  a[0] = Value::of_int(d ? *d + kEpoch : 0);
  a[1] = Value::of_bool(d.has_value());
  return N::Done;
}

// ---- errors
N errors_as(Interp& in, Value* a, int) {
  // (err error, target any) bool: target is a non-nil pointer to an interface or a type
  Value err = a[0], target = a[1];
  if (!target.t || target.t->kind != Kind::Pointer) {
    in.panic_value(in.make_iface(in.make_string("errors: target must be a non-nil pointer"), in.program().types.basic(Kind::String)));
    return N::Panicked;
  }
  const Type* want = target.t->elem;
  Value p = iface_payload(target);
  bool ok = false;
  Value store;
  if (want->kind == Kind::Interface) {
    if (err.t && missing_method(err.t, want).empty()) {
      ok = true;
      store = err;
    }
  } else if (err.t == want) {
    ok = true;
    store = iface_payload(err);
  }
  if (ok) {
    auto* o = static_cast<SlotsObj*>(p.o);
    if (want->value_boxed()) in.copy_into(o, store.o);
    else o->slots[p.i] = store;
  }
  a[0] = Value::of_bool(ok);
  return N::Done;
}

// ---- sort (natives over slices; comparisons call back into Go)
N sort_ints(Interp&, Value* a, int) {
  auto* s = static_cast<SliceObj*>(a[0].o);
  if (s) std::stable_sort(s->arr->slots.begin() + s->off, s->arr->slots.begin() + s->off + s->len, [](const Value& x, const Value& y) { return x.i < y.i; });
  return N::Done;
}
N sort_float64s(Interp&, Value* a, int) {
  auto* s = static_cast<SliceObj*>(a[0].o);
  if (s) std::stable_sort(s->arr->slots.begin() + s->off, s->arr->slots.begin() + s->off + s->len, [](const Value& x, const Value& y) { return x.f < y.f || (std::isnan(x.f) && !std::isnan(y.f)); });
  return N::Done;
}
N sort_strings(Interp&, Value* a, int) {
  auto* s = static_cast<SliceObj*>(a[0].o);
  if (s) std::stable_sort(s->arr->slots.begin() + s->off, s->arr->slots.begin() + s->off + s->len, [](const Value& x, const Value& y) { return str_of(x) < str_of(y); });
  return N::Done;
}
struct Entry {
  const char* name;
  NativeFn fn;
};

#define W(fn, ...) [](Interp& in, Value* a, int n) { return fn(in, a, n, __VA_ARGS__); }

const Entry kNatives[] = {
    {"builtin.print", W(b_print, false)},
    {"builtin.println", W(b_print, true)},
    {"builtin.close", [](Interp& in, Value* a, int) {
       auto* c = static_cast<ChanObj*>(a[0].o);
       if (!c) { in.panic_error("close of nil channel", false); return N::Panicked; }
       if (!c->ch->close()) { in.panic_error("close of closed channel", false); return N::Panicked; }
       return N::Done;
     }},
    {"builtin.panic", [](Interp& in, Value* a, int) { in.panic_value(a[0]); return N::Panicked; }},
    {"builtin.recover", [](Interp&, Value*, int) { return N::Done; }},
    {"fmt.Println", fmt_println},
    {"fmt.Print", fmt_print},
    {"fmt.Printf", fmt_printf},
    {"fmt.Sprintf", fmt_sprintf},
    {"fmt.Sprint", fmt_sprint},
    {"fmt.Sprintln", fmt_sprintln},
    {"fmt.Fprintln", fmt_fprintln},
    {"fmt.Fprint", fmt_fprint},
    {"fmt.Fprintf", fmt_fprintf},
    {"fmt.__errorf", fmt_errorf},
    {"os.Exit", os_exit},
    {"os.__args", os_args},
    {"os.__getwd", os_getwd},
    {"os.__environ", os_environ},
    {"signal.__startLoop", signal_start_loop},
    {"sync.__gcCount", sync_gc_count},
    {"runtime.NumGoroutine", rt_numgoroutine},
    {"runtime.Caller", rt_caller},
    {"runtime.__callers", rt_callers},
    {"runtime.__funcForPC", rt_funcforpc},
    {"runtime.__funcLine", rt_funcline},
    {"os.__write", os_write},
    {"os.__read", os_read},
    {"runtime.__memStats", rt_mem_stats},
    {"runtime.Gosched", rt_gosched},
    {"runtime.NumCPU", rt_numcpu},
    {"runtime.GC", rt_gc},
    {"runtime.Goexit", rt_goexit},
    {"runtime.__stack", rt_stack},
    {"debug.__stack", rt_stack},
    {"debug.__gc", rt_gc},
    {"runtime.__procs", rt_numcpu},
    {"time.__now", time_now},
    {"time.Sleep", time_sleep},
    {"time.Duration.String", time_duration_string},
    {"time.__startTimer", time_start_timer},
    {"time.__stopTimer", time_stop_timer},
    {"time.__resetTimer", time_reset_timer},
    {"sync.(*Mutex).Lock", mutex_lock},
    {"sync.(*Mutex).Unlock", mutex_unlock},
    {"sync.(*Mutex).TryLock", mutex_trylock},
    {"sync.(*RWMutex).Lock", rw_lock},
    {"sync.(*RWMutex).Unlock", rw_unlock},
    {"sync.(*RWMutex).RLock", rw_rlock},
    {"sync.(*RWMutex).RUnlock", rw_runlock},
    {"sync.(*RWMutex).TryLock", rw_trylock},
    {"sync.(*RWMutex).TryRLock", rw_tryrlock},
    {"sync.(*WaitGroup).Add", wg_add},
    {"sync.(*WaitGroup).Done", wg_done},
    {"sync.(*WaitGroup).Wait", wg_wait},
    {"sync.__onceBegin", once_begin},
    {"sync.__condWait", cond_wait},
    {"sync.__onceEnd", once_end},
    {"context.__background", ctx_background},
    {"context.__withCancel", ctx_with_cancel},
    {"context.__withTimeout", ctx_with_timeout},
    {"context.__withDeadline", ctx_with_deadline},
    {"context.__cancel", ctx_cancel},
    {"context.__err", ctx_err},
    {"context.__doneChan", ctx_done},
    {"context.__deadline", ctx_deadline},
    {"errors.__as", errors_as},
    {"sort.Ints", sort_ints},
    {"sort.Float64s", sort_float64s},
    {"sort.Strings", sort_strings},
    {"sort.__swap", [](Interp&, Value* a, int) {
       auto* s = static_cast<SliceObj*>(iface_payload(a[0]).o);
       int64_t i = a[1].i, j = a[2].i;
       if (s && i >= 0 && j >= 0 && i < s->len && j < s->len) std::swap(s->at(i), s->at(j));
       return N::Done;
     }},
    {"atomic.__sameType", [](Interp&, Value* a, int) {
       a[0] = Value::of_bool(a[0].t == a[1].t);
       return N::Done;
     }},
    {"sort.__len", [](Interp&, Value* a, int) {
       auto* s = static_cast<SliceObj*>(iface_payload(a[0]).o);
       a[0] = Value::of_int(s ? s->len : 0);
       return N::Done;
     }},
};

}  // namespace

int find_native(const std::string& name, Program& p) {
  for (size_t i = 0; i < p.natives.size(); ++i)
    if (p.natives[i].name == name) return static_cast<int>(i);
  auto add = [&](NativeFn fn) {
    p.natives.push_back({name, fn});
    return static_cast<int>(p.natives.size() - 1);
  };
  // fmt's printers compute their text (calling String, Error, Format) before they write it, and
  // Fprint's Write is their last act: they may run again from the start.
  static const char* const kReplayable[] = {"fmt.Println", "fmt.Print", "fmt.Printf", "fmt.Sprint", "fmt.Sprintln",
                                            "fmt.Sprintf", "fmt.Fprint", "fmt.Fprintln", "fmt.Fprintf", "fmt.Errorf"};
  for (const Entry& e : kNatives)
    if (name == e.name) {
      int i = add(e.fn);
      for (const char* r : kReplayable)
        if (name == r) p.natives[i].replayable = true;
      return i;
    }
  for (auto table : {lib::strings_natives(), lib::strconv_natives(), lib::math_natives(), lib::rand_natives()})
    for (const lib::NativeEntry& e : table)
      if (name == e.name) return add(e.fn);
  return -1;
}

}  // namespace goro::vm
