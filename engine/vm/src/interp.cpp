// The interpreter loop. A blocking instruction that parks leaves pc on itself; when the task is
// resumed it executes the instruction again with `resuming` set and picks up the result.
#include "goro/vm/interp.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <cstdlib>

#include "goro/channel.h"
#include "goro/lang/scanner.h"
#include "goro/select.h"
#include "fmt.h"
#include "strconv.h"
#include "liveness.h"

namespace goro::vm {

namespace {

void value_for_each_held(const void* p, const HeldFn& fn);

const ElemOps kValueOps{
    sizeof(Value), alignof(Value),
    [](void* p) { ::new (p) Value(); },
    [](void*) {},
    [](void* d, void* s) { *static_cast<Value*>(d) = *static_cast<Value*>(s); },
    [](void* d) { *static_cast<Value*>(d) = Value(); },
    value_for_each_held,
};

thread_local Interp* tl_interp = nullptr;

void value_for_each_held(const void* p, const HeldFn& fn) {
  if (tl_interp) tl_interp->trace(*static_cast<const Value*>(p), fn, 0);
}

int64_t wrap(int64_t v, Kind k) {
  switch (k) {
    case Kind::Int8: return static_cast<int8_t>(v);
    case Kind::Int16: return static_cast<int16_t>(v);
    case Kind::Int32: return static_cast<int32_t>(v);
    case Kind::Uint8: return static_cast<uint8_t>(v);
    case Kind::Uint16: return static_cast<uint16_t>(v);
    case Kind::Uint32: return static_cast<uint32_t>(v);
    default: return v;
  }
}

}  // namespace

const ElemOps* value_elem_ops() { return &kValueOps; }

namespace {
HeapOptions with_env(HeapOptions o) {
  // GOROSCOPE_GC_STRESS=1 collects at nearly every safepoint: a missing root shows up at once.
  if (const char* e = std::getenv("GOROSCOPE_GC_STRESS"); e && *e && std::strcmp(e, "0") != 0) o.stress = true;
  // GOROSCOPE_GC=off never collects (to measure what the collector costs); the limit still holds.
  if (const char* e = std::getenv("GOROSCOPE_GC"); e && std::strcmp(e, "off") == 0) o.min_trigger = o.limit ? o.limit : SIZE_MAX;
  return o;
}
}  // namespace

Interp::Interp(const Program& prog, Runtime& rt, Symbols& syms, HeapOptions heap)
    : prog_(prog), rt_(rt), syms_(syms), heap_(with_env(heap)) {
  if (const char* e = std::getenv("GOROSCOPE_GC_TRACE"); e && *e && std::strcmp(e, "0") != 0) gc_trace_ = true;
  heap_.set_abort([this] { return rt_.stop_requested(); });
  for (size_t i = 0; i < prog.types.size(); ++i) {
    const Type* t = prog.types.by_id(static_cast<uint32_t>(i));
    if (t->named()) named_.emplace(t->name, t);
  }
  globals = alloc<SlotsObj>(nullptr, prog.nglobals);
  for (size_t i = 0; i < prog.nglobals; ++i)
    if (prog.global_types[i] && prog.global_types[i]->value_boxed()) globals->slots[i] = zero(prog.global_types[i]);
}

Interp::~Interp() {
  for (Frame* f : frame_pool_) delete f;
}  // the heap frees every object

const Type* Interp::named(const std::string& name) const {
  auto it = named_.find(name);
  return it == named_.end() ? nullptr : it->second;
}

NameId Interp::fn_name(const Function* f) {
  auto it = fn_names_.find(f);
  if (it != fn_names_.end()) return it->second;
  NameId n = syms_.intern(f->name);
  fn_names_[f] = n;
  return n;
}

SiteId Interp::site(const Function* f, uint32_t pc) {
  auto& v = sites_[f];
  if (v.empty()) {
    v.resize(f->code.size() + 1, 0);
  }
  if (pc >= f->pos.size()) return 0;
  if (!v[pc]) v[pc] = syms_.site(f->file, f->pos[pc].line, f->pos[pc].col, f->name);
  return v[pc];
}

SiteId Interp::current_site() {
  if (!cur_ || !cur_->top) return 0;
  return site(cur_->top->fn, cur_->top->pc);
}

bool Interp::resuming() const { return cur_ && cur_->resuming; }

size_t frame_bytes(const Frame* f) { return sizeof(Frame) + f->regs.size() * sizeof(Value) + 32; }  // two mallocs

size_t VmTask::own_stack_bytes() const {
  size_t n = 0;
  for (const Frame* f = top; f; f = f->caller) n += frame_bytes(f);
  return n;
}

// Frames are reused (a call used to cost two mallocs and two frees).
constexpr size_t kFramePool = 256;
constexpr size_t kPooledRegs = 64;

Frame* Interp::new_frame(const Function* fn, ClosureObj* closure) {
  Frame* f;
  if (!frame_pool_.empty()) {
    f = frame_pool_.back();
    frame_pool_.pop_back();
  } else {
    f = new Frame;
  }
  f->fn = fn;
  f->closure = closure;
  f->regs.assign(std::max<uint32_t>(fn->nregs, fn->nparams + fn->nresults), Value());
  heap_.add_stack(frame_bytes(f));
  return f;
}

void Interp::free_frame(Frame* f) {
  heap_.sub_stack(frame_bytes(f));
  if (frame_pool_.size() >= kFramePool || f->regs.capacity() > kPooledRegs || !f->defers.empty()) {
    delete f;
    return;
  }
  f->pc = 0;
  f->caller = nullptr;
  f->ret_base = -1;
  f->state = Frame::Normal;
  f->is_defer_call = false;
  f->callback_root = false;
  f->replay.reset();
  frame_pool_.push_back(f);
}

std::unique_ptr<Task> Interp::make_main() {
  auto t = std::make_unique<VmTask>(*this);
  const Function* init = prog_.funcs[prog_.init].get();
  t->top = new_frame(init, nullptr);
  add_task(t.get());
  return t;
}

// enter pushes a call of fn with args (copied) and makes it the task's top frame.
bool Interp::enter(VmTask& t, Frame* caller, const Function* fn, ClosureObj* cl, const Value* args, int nargs, int ret_base, bool is_defer) {
  Frame* f = new_frame(fn, cl);
  for (int i = 0; i < nargs && i < static_cast<int>(f->regs.size()); ++i) f->regs[i] = args[i];
  f->caller = caller;
  f->ret_base = ret_base;
  f->is_defer_call = is_defer;
  t.top = f;
  return true;
}

Frame* Interp::goroutine_frame(ClosureObj* cl, const Value* args, int nargs) {
  Frame* top = new_frame(cl->fn, cl);
  int k = 0;
  if (cl->fn->has_recv && cl->captured.size() == 1) {
    top->regs[k++] = cl->captured[0];  // a bound method value: its receiver is the first argument
    top->closure = nullptr;
  }
  for (int i = 0; i < nargs && k < static_cast<int>(cl->fn->nparams); ++i) top->regs[k++] = args[i];
  return top;
}

bool Interp::invoke_value(VmTask& t, Frame* caller, const Value& fv, const Value* args, int nargs, int ret_base, bool is_defer) {
  auto* cl = static_cast<ClosureObj*>(fv.o);
  if (!cl) {
    panic_error("runtime error: invalid memory address or nil pointer dereference");
    t.panics.back().sigsegv = true;
    return false;
  }
  if (cl->fn->has_recv && cl->captured.size() == 1) {
    // a bound method value (natives too: their stub frame takes the receiver first)
    std::vector<Value> a;
    a.reserve(nargs + 1);
    a.push_back(cl->captured[0]);
    a.insert(a.end(), args, args + nargs);
    return enter(t, caller, cl->fn, nullptr, a.data(), nargs + 1, ret_base, is_defer);
  }
  return enter(t, caller, cl->fn, cl, args, nargs, ret_base, is_defer);
}

const Function* Interp::find_method(const Type* dyn, const std::string& name, Value* recv, const Value& payload) {
  Selection sel = lookup(dyn, name);
  if (sel.kind != Selection::MethodSel) return nullptr;
  Value r = payload;
  const Type* cur = dyn;
  for (int idx : sel.path) {
    const Type* st = cur->kind == Kind::Pointer && !cur->named() ? cur->elem : cur;
    auto* o = static_cast<SlotsObj*>(r.o);
    if (!o) return nullptr;
    r = o->slots[idx];
    cur = st->u()->fields[idx].type;
  }
  if (sel.recv_base->u()->kind == Kind::Interface) {
    // promoted through an embedded interface: dispatch again on it
    if (!r.t) return nullptr;
    return find_method(r.t, name, recv, iface_payload(r));
  }
  const Method* m = sel.method;
  bool is_ptr = cur->kind == Kind::Pointer && !cur->named();
  if (!m->ptr_recv && is_ptr) {
    if (!r.o) return nullptr;  // a value method through a nil pointer: the caller's nil dereference
    if (cur->elem->value_boxed()) r = clone(r, cur->elem);
    else r = static_cast<SlotsObj*>(r.o)->slots[r.i];
  } else if (!m->ptr_recv && cur->value_boxed()) {
    r = clone(r, cur);
  }
  *recv = r;
  return prog_.funcs[m->func].get();
}

bool Interp::invoke_iface(VmTask& t, Frame* caller, const Value& recv, int method, const Value* args, int nargs, int ret_base, bool is_defer) {
  if (!recv.t) {
    panic_error("runtime error: invalid memory address or nil pointer dereference");
    t.panics.back().sigsegv = true;
    return false;
  }
  Value r;
  const Function* fn = find_method(recv.t, prog_.method_names[method], &r, iface_payload(recv));
  if (!fn) {
    panic_error("runtime error: invalid memory address or nil pointer dereference");
    t.panics.back().sigsegv = true;
    return false;
  }
  std::vector<Value> a;
  a.reserve(nargs + 1);
  a.push_back(r);
  a.insert(a.end(), args, args + nargs);
  return enter(t, caller, fn, nullptr, a.data(), nargs + 1, ret_base, is_defer);
}

// panic_error raises a run-time panic whose value is a runtime.Error, typed as Go types it:
// boundsError (index and slice bounds), errorString ("runtime error: ..."), plainError (closed
// channels, nil maps) or *TypeAssertionError.
void Interp::panic_error(const std::string& msg, bool runtime_error) {
  auto starts = [&](const char* p) { return msg.rfind(p, 0) == 0; };
  const char* prefix = "runtime error: ";
  Value v;
  const Type* t = nullptr;
  if (starts("runtime error: index out of range") || starts("runtime error: slice bounds out of range")) {
    if ((t = named("runtime.boundsError"))) {
      v = zero(t);
      static_cast<SlotsObj*>(v.o)->slots[0] = make_string(msg);
    }
  } else if (starts("interface conversion:")) {
    if (const Type* et = named("runtime.TypeAssertionError")) {
      Value e = zero(et);
      static_cast<SlotsObj*>(e.o)->slots[0] = make_string(msg);
      v = e;
      t = et->pointer_to;  // the receiver type of its methods, so it exists
    }
  } else if (starts(prefix)) {
    if ((t = named("runtime.errorString"))) v = make_string(msg.substr(std::strlen(prefix)));
  } else if ((t = named("runtime.plainError"))) {
    v = make_string(msg);
  }
  PanicRec p;
  p.stack = cur_->stack();
  p.value = t ? make_iface(v, t) : make_iface(make_string(msg), prog_.types.basic(Kind::String));
  p.text = msg;
  p.runtime_error = runtime_error;
  cur_->panics.push_back(p);
}

void Interp::panic_value(const Value& v) {
  PanicRec p;
  p.stack = cur_->stack();
  p.value = v;
  p.text = format_panic_value(v);
  cur_->panics.push_back(p);
}

std::string Interp::format_panic_value(const Value& v) {
  if (!v.t) return "nil";
  std::vector<Value> res;
  std::string err;
  if (lookup(v.t, "Error").kind == Selection::MethodSel && missing_method(v.t, prog_.types.error_type()).empty()) {
    if (call_method(v, "Error", &res, &err) && !res.empty()) return std::string(str_of(res[0]));
  }
  Selection s = lookup(v.t, "String");
  if (s.kind == Selection::MethodSel && s.type->params.empty() && s.type->results.size() == 1 && s.type->results[0]->kind == Kind::String) {
    if (call_method(v, "String", &res, &err) && !res.empty()) return std::string(str_of(res[0]));
  }
  Value p = iface_payload(v);
  const Type* u = v.t->u();
  std::string out;
  char buf[64];
  switch (u->kind) {
    case Kind::String: out = std::string(str_of(p)); if (v.t->named()) out = v.t->name + "(\"" + out + "\")"; return out;
    case Kind::Bool: out = p.i ? "true" : "false"; break;
    case Kind::Float32: case Kind::Float64: out = strconv::print_float(p.f); break;
    default:
      if (u->is_unsigned()) out = std::to_string(static_cast<uint64_t>(p.i));
      else if (u->is_integer()) out = std::to_string(p.i);
      else {
        std::snprintf(buf, sizeof buf, "(%s) 0x%llx", type_string(v.t).c_str(), static_cast<unsigned long long>(go_address(p)));
        return buf;
      }
  }
  if (v.t->named()) return v.t->name + "(" + out + ")";
  return out;
}

bool Interp::call(const Value& fv, const Function* fn, std::vector<Value> args, std::vector<Value>* results, std::string* err) {
  VmTask& t = *cur_;
  if (t.callback_parked) {  // an earlier callback blocked: this run of the native is abandoned
    last_call_panic = Value();
    if (err) *err = "blocked in a callback";
    return false;
  }
  // A replaying native: the callbacks that finished answer as they did.
  if (Frame* nf = t.native_frame; nf && nf->replay && nf->replay->next < nf->replay->done.size()) {
    const CallbackReplay::Result& r = nf->replay->done[nf->replay->next++];
    last_call_panic = r.panicked ? r.panic : Value();
    if (r.panicked) {
      if (err) *err = r.text;
      return false;
    }
    if (results) *results = r.values;
    return true;
  }
  Frame* caller = t.top;
  Frame* saved_top = t.top;
  bool saved_resuming = t.resuming;
  t.resuming = false;
  size_t panics_before = t.panics.size();
  last_call_panic = Value();
  // A stub caller frame receives the results.
  Frame stub;
  Function stub_fn;
  stub_fn.nregs = static_cast<uint32_t>(std::max<size_t>(fn ? fn->nresults : 8, 8));
  stub.fn = &stub_fn;
  stub.regs.resize(stub_fn.nregs + 1);
  stub.caller = caller;
  stub.pc = 0;
  const Function* target = fn;
  if (fv.o) {
    auto* cl = static_cast<ClosureObj*>(fv.o);
    target = cl->fn;
    invoke_value(t, &stub, fv, args.data(), static_cast<int>(args.size()), 0, false);
  } else {
    enter(t, &stub, fn, nullptr, args.data(), static_cast<int>(args.size()), 0, false);
  }
  Outcome o = exec(t, &stub);
  if (o == Outcome::Parked && t.native_frame == caller && caller && t.panics.size() == panics_before) {
    // The callback blocked under a native that can run again: its frames stay on the goroutine,
    // the bottom one returning into the caller's replay record; the goroutine parks.
    Frame* bottom = t.top;
    while (bottom->caller != &stub) bottom = bottom->caller;
    bottom->caller = caller;
    bottom->ret_base = -1;
    bottom->callback_root = true;
    bottom->callback_panics = static_cast<uint32_t>(panics_before);
    t.callback_parked = true;
    last_call_panic = Value();
    if (err) *err = "blocked in a callback";
    return false;
  }
  bool ok = true;
  if (o != Outcome::Exited || t.panics.size() > panics_before) {
    ok = false;
    if (err) *err = t.panics.size() > panics_before ? t.panics.back().text : "blocked in a callback";
    last_call_panic = t.panics.size() > panics_before ? t.panics.back().value : Value();
    // drop frames above the stub
    while (t.top && t.top != &stub) {
      Frame* f = t.top;
      t.top = f->caller;
      free_frame(f);
    }
    t.panics.resize(panics_before);
  }
  if (ok && results) {
    results->clear();
    for (uint32_t i = 0; i < target->nresults; ++i) results->push_back(stub.regs[i]);
  }
  t.top = saved_top;
  t.resuming = saved_resuming;
  return ok;
}

bool Interp::call_method(const Value& iface, const std::string& name, std::vector<Value>* results, std::string* err) {
  Value recv;
  const Function* fn = find_method(iface.t, name, &recv, iface_payload(iface));
  if (!fn) {
    last_call_panic = Value();  // not a stale value from an earlier call
    return false;
  }
  return call(Value(), fn, {recv}, results, err);
}

// ---------------------------------------------------------------------------------------------

// run_native: the native `index` called from frame f, its arguments at a. See CallbackReplay: a
// replayable native whose callback blocked returns Parked, f's pc still on the call.
NativeStatus Interp::run_native(VmTask& t, Frame* f, int index, Value* a, int nargs) {
  const Native& n = prog_.natives[index];
  if (!n.replayable) return n.fn(*this, a, nargs);
  constexpr int kMaxArgs = 8;  // fmt's printers take at most 3
  Value saved[kMaxArgs];
  int nsave = std::min(nargs, kMaxArgs);
  CallbackReplay* rp = f->replay.get();
  if (rp) {
    std::copy(rp->args.begin(), rp->args.end(), a);
    rp->next = 0;
  } else {
    std::copy(a, a + nsave, saved);
  }
  Frame* outer = t.native_frame;
  size_t panics = t.panics.size();
  t.native_frame = f;
  NativeStatus st = n.fn(*this, a, nargs);
  t.native_frame = outer;
  if (t.callback_parked) {
    t.callback_parked = false;
    t.panics.resize(panics);  // whatever the abandoned run raised
    if (!rp) {
      f->replay = std::make_unique<CallbackReplay>();
      f->replay->args.assign(saved, saved + nsave);
    }
    std::copy(f->replay->args.begin(), f->replay->args.end(), a);
    return NativeStatus::Parked;
  }
  if (rp) f->replay.reset();
  return st;
}

Outcome Interp::run(VmTask& t) {
  cur_ = &t;
  tl_interp = this;
  if (t.parked_last) note_sync(t);
  Outcome o = exec(t, nullptr);
  t.parked_last = o == Outcome::Parked;
  return o;
}

void Interp::note_sync(VmTask& t) { t.synced_at = ++sync_clock_; }

bool Interp::racy_map_write(VmTask& t, MapObj* m) {
  bool racy = m->last_writer && m->last_writer != t.id() && t.synced_at < m->last_write;
  m->last_writer = t.id();
  m->last_write = ++sync_clock_;
  return racy;
}

// fatal_error: Go's throw from the running goroutine (no deferred calls, no recover).
Outcome Interp::fatal_error(VmTask& t, const std::string& msg) {
  rt_.end_run(EndReason::Fatal, 2, t.throw_text(msg), t.id());
  return Outcome::ExitProgram;
}

namespace {
#include "size_classes.inc"

// grown_capacity: the capacity Go's growslice gives a slice of capacity old that needs want
// elements of elem_size bytes (-1: unknown, as for a fresh variadic slice): double small
// slices, grow large ones by about 1.25x, then round the bytes up to the allocator's size class.
int64_t grown_capacity(int64_t old, int64_t want, int64_t elem_size) {
  if (elem_size == 0) return want;  // zero-size elements: exactly what is needed
  int64_t newcap = old;
  if (want > 2 * old) {
    newcap = want;
  } else if (old < 256) {
    newcap = 2 * old;
  } else {
    while (newcap > 0 && newcap < want) newcap += (newcap + 3 * 256) / 4;
    if (newcap <= 0) newcap = want;
  }
  if (elem_size < 0) return newcap;
  int64_t bytes = newcap * elem_size;
  int64_t rounded = 0;
  if (bytes <= 32768) {
    for (int32_t c : kSizeClasses)
      if (c >= bytes) {
        rounded = c;
        break;
      }
  }
  if (!rounded) rounded = (bytes + 8191) / 8192 * 8192;
  return rounded / elem_size;
}

// Float to integer conversions as amd64 does them (CVTTSD2SQ / CVTTSD2SL): NaN and values out of
// range give the smallest integer; int8/int16/uint8/uint16 go through 32 bits, uint32 through 64.
int64_t cvt_f64(double d) {
  double t = std::trunc(d);
  if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(t);
}
int64_t cvt_f32(double d) {
  double t = std::trunc(d);
  if (!(t >= -2147483648.0 && t < 2147483648.0)) return INT32_MIN;
  return static_cast<int64_t>(t);
}

// Go's bounds errors (runtime.boundsError): a negative index is shown alone.
std::string bounds_msg(int64_t i, int64_t len) {
  if (i < 0) return "runtime error: index out of range [" + std::to_string(i) + "]";
  return "runtime error: index out of range [" + std::to_string(i) + "] with length " + std::to_string(len);
}
std::string slice_msg(const std::string& spec) { return "runtime error: slice bounds out of range " + spec; }
std::string n(int64_t v) { return std::to_string(v); }
// slice_check: the first bound Go finds wrong in s[lo:hi] or s[lo:hi:max] ("" if none); `bound`
// is cap (slices) or len (strings, arrays), named by `what`.
std::string slice_check(bool three, int64_t lo, int64_t hi, int64_t max, int64_t bound, const char* what) {
  if (three) {
    if (max < 0) return slice_msg("[::" + n(max) + "]");
    if (max > bound) return slice_msg("[::" + n(max) + "] with " + what + " " + n(bound));
    if (hi < 0) return slice_msg("[:" + n(hi) + ":]");
    if (hi > max) return slice_msg("[:" + n(hi) + ":" + n(max) + "]");
    if (lo < 0) return slice_msg("[" + n(lo) + "::]");
    if (lo > hi) return slice_msg("[" + n(lo) + ":" + n(hi) + ":]");
    return "";
  }
  if (hi < 0) return slice_msg("[:" + n(hi) + "]");
  if (hi > bound) return slice_msg("[:" + n(hi) + "] with " + what + " " + n(bound));
  if (lo < 0) return slice_msg("[" + n(lo) + ":]");
  if (lo > hi) return slice_msg("[" + n(lo) + ":" + n(hi) + "]");
  return "";
}
}  // namespace

#define PANIC_RT(msg)           \
  do {                          \
    panic_error(msg);           \
    goto unwind;                \
  } while (0)
#define NILDEREF() NILDEREF_AT(0)
// A read or write at a small offset from nil faults there (Go reports addr=offset); beyond a
// page Go checks for nil explicitly and reports 0.
#define NILDEREF_AT(offset)                                                      \
  do {                                                                           \
    panic_error("runtime error: invalid memory address or nil pointer dereference"); \
    t.panics.back().sigsegv = true;                                              \
    t.panics.back().fault_addr = (offset) < 4096 ? (offset) : 0;                 \
    goto unwind;                                                                 \
  } while (0)

Outcome Interp::exec(VmTask& t, Frame* stop_at) {
  const Program& P = prog_;
  uint32_t budget = 20000;
  for (;;) {
  dispatch:
    Frame* f = t.top;
    if (f == stop_at) return Outcome::Exited;
    const Function* fn = f->fn;
    const Instr& I = fn->code[f->pc];
    Value* r = f->regs.data();
    switch (I.op) {
      case Op::Nop: break;
      case Op::Mov: r[I.a] = r[I.b]; break;
      case Op::Const: r[I.a] = fn->consts[I.b]; break;
      case Op::Int: r[I.a] = Value::of_int(I.b); break;
      case Op::Zero: r[I.a] = I.b < 0 ? Value() : zero(P.types.by_id(I.b)); break;
      case Op::Clone:
        if (!r[I.b].o) NILDEREF();
        r[I.a] = clone(r[I.b], nullptr);
        break;
      case Op::CopyInto:
        if (!r[I.a].o || !r[I.b].o) NILDEREF();
        copy_into(r[I.a].o, r[I.b].o);
        break;
      case Op::LoadG: r[I.a] = globals->slots[I.b]; break;
      case Op::StoreG: globals->slots[I.a] = r[I.b]; break;
      case Op::AddrG: {
        Value p;
        p.o = globals;
        p.i = I.b;
        r[I.a] = p;
        break;
      }
      case Op::Box: {
        auto* b = alloc<SlotsObj>(nullptr, 1);
        b->slots[0] = r[I.b];
        Value p;
        p.o = b;
        p.i = 0;
        r[I.a] = p;
        break;
      }
      case Op::Unbox: r[I.a] = static_cast<SlotsObj*>(r[I.b].o)->slots[0]; break;
      case Op::SetBox: static_cast<SlotsObj*>(r[I.a].o)->slots[0] = r[I.b]; break;
      case Op::Add: r[I.a] = Value::of_int(static_cast<int64_t>(r[I.b].u + r[I.c].u)); break;
      case Op::Sub: r[I.a] = Value::of_int(static_cast<int64_t>(r[I.b].u - r[I.c].u)); break;
      case Op::Mul: r[I.a] = Value::of_int(static_cast<int64_t>(r[I.b].u * r[I.c].u)); break;
      case Op::Div:
        if (r[I.c].i == 0) PANIC_RT("runtime error: integer divide by zero");
        r[I.a] = Value::of_int(r[I.c].i == -1 ? static_cast<int64_t>(0 - r[I.b].u) : r[I.b].i / r[I.c].i);
        break;
      case Op::DivU:
        if (r[I.c].u == 0) PANIC_RT("runtime error: integer divide by zero");
        r[I.a] = Value::of_int(static_cast<int64_t>(r[I.b].u / r[I.c].u));
        break;
      case Op::Rem:
        if (r[I.c].i == 0) PANIC_RT("runtime error: integer divide by zero");
        r[I.a] = Value::of_int(r[I.c].i == -1 ? 0 : r[I.b].i % r[I.c].i);
        break;
      case Op::RemU:
        if (r[I.c].u == 0) PANIC_RT("runtime error: integer divide by zero");
        r[I.a] = Value::of_int(static_cast<int64_t>(r[I.b].u % r[I.c].u));
        break;
      case Op::And: r[I.a] = Value::of_int(r[I.b].i & r[I.c].i); break;
      case Op::Or: r[I.a] = Value::of_int(r[I.b].i | r[I.c].i); break;
      case Op::Xor: r[I.a] = Value::of_int(r[I.b].i ^ r[I.c].i); break;
      case Op::AndNot: r[I.a] = Value::of_int(r[I.b].i & ~r[I.c].i); break;
      case Op::Shl: {
        if (r[I.c].i < 0 && !I.x) PANIC_RT("runtime error: negative shift amount");
        uint64_t s = r[I.c].u;
        r[I.a] = Value::of_int(s >= 64 ? 0 : static_cast<int64_t>(r[I.b].u << s));
        break;
      }
      case Op::Shr: {
        if (r[I.c].i < 0 && !I.x) PANIC_RT("runtime error: negative shift amount");
        uint64_t s = r[I.c].u;
        r[I.a] = Value::of_int(s >= 64 ? (r[I.b].i < 0 ? -1 : 0) : r[I.b].i >> s);
        break;
      }
      case Op::ShrU: {
        if (r[I.c].i < 0 && !I.x) PANIC_RT("runtime error: negative shift amount");
        uint64_t s = r[I.c].u;
        r[I.a] = Value::of_int(s >= 64 ? 0 : static_cast<int64_t>(r[I.b].u >> s));
        break;
      }
      case Op::Neg: r[I.a] = Value::of_int(static_cast<int64_t>(0 - r[I.b].u)); break;
      case Op::Compl: r[I.a] = Value::of_int(~r[I.b].i); break;
      case Op::Not: r[I.a] = Value::of_bool(!r[I.b].i); break;
      case Op::Wrap: r[I.a] = Value::of_int(wrap(r[I.b].i, static_cast<Kind>(I.x))); break;
      case Op::FAdd: r[I.a] = Value::of_float(r[I.b].f + r[I.c].f); break;
      case Op::FSub: r[I.a] = Value::of_float(r[I.b].f - r[I.c].f); break;
      case Op::FMul: r[I.a] = Value::of_float(r[I.b].f * r[I.c].f); break;
      case Op::FDiv: r[I.a] = Value::of_float(r[I.b].f / r[I.c].f); break;
      case Op::FNeg: r[I.a] = Value::of_float(-r[I.b].f); break;
      case Op::F32: r[I.a] = Value::of_float(static_cast<float>(r[I.b].f)); break;
      case Op::Concat: {
        if (!reserve(str_of(r[I.b]).size() + str_of(r[I.c]).size(), !stop_at)) return Outcome::ExitProgram;
        std::string s(str_of(r[I.b]));
        s += str_of(r[I.c]);
        r[I.a] = make_string(std::move(s));
        break;
      }
      case Op::EqI: r[I.a] = Value::of_bool(r[I.b].i == r[I.c].i); break;
      case Op::NeI: r[I.a] = Value::of_bool(r[I.b].i != r[I.c].i); break;
      case Op::LtI: r[I.a] = Value::of_bool(r[I.b].i < r[I.c].i); break;
      case Op::LeI: r[I.a] = Value::of_bool(r[I.b].i <= r[I.c].i); break;
      case Op::LtU: r[I.a] = Value::of_bool(r[I.b].u < r[I.c].u); break;
      case Op::LeU: r[I.a] = Value::of_bool(r[I.b].u <= r[I.c].u); break;
      case Op::EqF: r[I.a] = Value::of_bool(r[I.b].f == r[I.c].f); break;
      case Op::NeF: r[I.a] = Value::of_bool(r[I.b].f != r[I.c].f); break;
      case Op::LtF: r[I.a] = Value::of_bool(r[I.b].f < r[I.c].f); break;
      case Op::LeF: r[I.a] = Value::of_bool(r[I.b].f <= r[I.c].f); break;
      case Op::EqS: r[I.a] = Value::of_bool(str_of(r[I.b]) == str_of(r[I.c])); break;
      case Op::NeS: r[I.a] = Value::of_bool(str_of(r[I.b]) != str_of(r[I.c])); break;
      case Op::LtS: r[I.a] = Value::of_bool(str_of(r[I.b]) < str_of(r[I.c])); break;
      case Op::LeS: r[I.a] = Value::of_bool(str_of(r[I.b]) <= str_of(r[I.c])); break;
      case Op::EqV: case Op::NeV: {
        const Type* tt = P.types.by_id(I.x);
        const Value& a = r[I.b];
        const Value& b = r[I.c];
        if (tt->u()->kind == Kind::Interface && a.t && a.t == b.t && !a.t->comparable()) {
          panic_error("runtime error: comparing uncomparable type " + type_string(a.t));
          goto unwind;
        }
        bool eq = values_equal(tt, a, b);
        r[I.a] = Value::of_bool(I.op == Op::EqV ? eq : !eq);
        break;
      }
      case Op::IToF: r[I.a] = Value::of_float(static_cast<double>(r[I.b].i)); break;
      case Op::UToF: r[I.a] = Value::of_float(static_cast<double>(r[I.b].u)); break;
      case Op::FToI: {
        Kind k = static_cast<Kind>(I.x);
        bool narrow = k == Kind::Int32 || k == Kind::Int16 || k == Kind::Int8;
        r[I.a] = Value::of_int(wrap(narrow ? cvt_f32(r[I.b].f) : cvt_f64(r[I.b].f), k));
        break;
      }
      case Op::FToU: {
        Kind k = static_cast<Kind>(I.x);
        double d = r[I.b].f;
        int64_t v;
        if (k == Kind::Uint8 || k == Kind::Uint16) v = cvt_f32(d);
        else if (k == Kind::Uint32) v = cvt_f64(d);
        else if (d < 9223372036854775808.0) v = cvt_f64(d);
        else v = static_cast<int64_t>(static_cast<uint64_t>(cvt_f64(d - 9223372036854775808.0)) | (1ull << 63));
        r[I.a] = Value::of_int(wrap(v, k));
        break;
      }
      case Op::RuneToStr: {
        int64_t c = r[I.b].i;
        std::string s;
        lang::append_utf8(s, (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) ? 0xFFFD : static_cast<char32_t>(c));
        r[I.a] = make_string(std::move(s));
        break;
      }
      case Op::StrToBytes: {
        if (!reserve(str_of(r[I.b]).size() * sizeof(Value), !stop_at)) return Outcome::ExitProgram;
        std::string_view s = str_of(r[I.b]);
        auto* arr = alloc<SlotsObj>(nullptr, s.size());
        for (size_t i = 0; i < s.size(); ++i) arr->slots[i].i = static_cast<unsigned char>(s[i]);
        r[I.a] = Value::of_obj(alloc<SliceObj>(arr, 0, static_cast<int64_t>(s.size()), static_cast<int64_t>(s.size())));
        break;
      }
      case Op::BytesToStr: {
        auto* sl = static_cast<SliceObj*>(r[I.b].o);
        std::string s;
        if (sl)
          for (int64_t i = 0; i < sl->len; ++i) s += static_cast<char>(sl->at(i).i);
        r[I.a] = make_string(std::move(s));
        break;
      }
      case Op::StrToRunes: {
        if (!reserve(str_of(r[I.b]).size() * sizeof(Value), !stop_at)) return Outcome::ExitProgram;
        std::string_view s = str_of(r[I.b]);
        std::vector<int64_t> rs;
        for (size_t i = 0; i < s.size();) rs.push_back(lang::decode_utf8(s, i));
        auto* arr = alloc<SlotsObj>(nullptr, rs.size());
        for (size_t i = 0; i < rs.size(); ++i) arr->slots[i].i = rs[i];
        r[I.a] = Value::of_obj(alloc<SliceObj>(arr, 0, static_cast<int64_t>(rs.size()), static_cast<int64_t>(rs.size())));
        break;
      }
      case Op::RunesToStr: {
        auto* sl = static_cast<SliceObj*>(r[I.b].o);
        std::string s;
        if (sl)
          for (int64_t i = 0; i < sl->len; ++i) {
            int64_t c = sl->at(i).i;
            lang::append_utf8(s, (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) ? 0xFFFD : static_cast<char32_t>(c));
          }
        r[I.a] = make_string(std::move(s));
        break;
      }
      case Op::Jmp: f->pc = I.a; continue;
      case Op::JT:
        if (r[I.a].i) {
          f->pc = I.b;
          continue;
        }
        break;
      case Op::JF:
        if (!r[I.a].i) {
          f->pc = I.b;
          continue;
        }
        break;
      case Op::Call: {
        const Function* callee = P.funcs[I.b].get();
        if (callee->native >= 0) {
          NativeStatus st = run_native(t, f, callee->native, r + I.a, static_cast<int>(callee->nparams));
          if (st == NativeStatus::Parked) return Outcome::Parked;
          t.resuming = false;
          if (st == NativeStatus::Panicked) goto unwind;
          if (st == NativeStatus::Exit) return Outcome::ExitProgram;
          if (st == NativeStatus::Yield) {
            f->pc++;
            return Outcome::Yielded;
          }
          break;
        }
        f->pc++;
        enter(t, f, callee, nullptr, r + I.a, static_cast<int>(callee->nparams), I.a, false);
        // calls are safepoints too, so recursion without loops still yields and can be stopped
        // (a library callback runs to its end: the native that called it cannot be suspended)
        if ((!stop_at && --budget == 0) || rt_.stop_requested()) return Outcome::Yielded;
        if (!stop_at && heap_.wants_collection() && !collect_at_safepoint(t)) return Outcome::ExitProgram;
        continue;
      }
      case Op::CallN: {
        NativeStatus st = run_native(t, f, I.b, r + I.a, I.x);
        if (st == NativeStatus::Parked) return Outcome::Parked;
        t.resuming = false;
        if (st == NativeStatus::Panicked) goto unwind;
        if (st == NativeStatus::Exit) return Outcome::ExitProgram;
        if (st == NativeStatus::Yield) {
          f->pc++;
          return Outcome::Yielded;
        }
        break;
      }
      case Op::CallV: {
        auto* cl = static_cast<ClosureObj*>(r[I.b].o);
        // A native called directly; a bound native method value goes through its stub frame,
        // which puts the receiver before the arguments.
        if (cl && cl->fn->native >= 0 && !(cl->fn->has_recv && cl->captured.size() == 1)) {
          NativeStatus st = run_native(t, f, cl->fn->native, r + I.a, static_cast<int>(cl->fn->nparams));
          if (st == NativeStatus::Parked) return Outcome::Parked;
          t.resuming = false;
          if (st == NativeStatus::Panicked) goto unwind;
          if (st == NativeStatus::Exit) return Outcome::ExitProgram;
          break;
        }
        f->pc++;
        int n = cl ? static_cast<int>(cl->fn->nparams) - (cl->fn->has_recv && cl->captured.size() == 1 ? 1 : 0) : 0;
        if (!invoke_value(t, f, r[I.b], r + I.a, n, I.a, false)) {
          f->pc--;
          goto unwind;
        }
        continue;
      }
      case Op::CallI: {
        const Value recv = r[I.a];
        Value rv;
        if (!recv.t) NILDEREF();
        const Function* m = find_method(recv.t, P.method_names[I.b], &rv, iface_payload(recv));
        if (!m) NILDEREF();
        if (m->native >= 0) {
          r[I.a] = rv;
          NativeStatus st = run_native(t, f, m->native, r + I.a, static_cast<int>(m->nparams));
          if (st == NativeStatus::Parked) {
            r[I.a] = recv;  // the instruction runs again on resume
            return Outcome::Parked;
          }
          t.resuming = false;
          if (st == NativeStatus::Panicked) goto unwind;
          if (st == NativeStatus::Exit) return Outcome::ExitProgram;
          break;
        }
        f->pc++;
        r[I.a] = rv;
        enter(t, f, m, nullptr, r + I.a, static_cast<int>(m->nparams), I.a, false);
        continue;
      }
      case Op::Go: {
        auto nt = std::make_unique<VmTask>(*this);
        int nargs = I.x;
        const Function* target = nullptr;
        if (I.c == 0) {
          target = P.funcs[I.b].get();
          nt->top = new_frame(target, nullptr);
          for (int i = 0; i < nargs; ++i) nt->top->regs[i] = r[I.a + i];
        } else if (I.c == 1) {
          auto* cl = static_cast<ClosureObj*>(r[I.b].o);
          if (!cl) NILDEREF();
          target = cl->fn;
          // CallV's x is not an argument count: the function's parameters say how many follow
          int bound = cl->fn->has_recv && cl->captured.size() == 1 ? 1 : 0;
          nt->top = goroutine_frame(cl, r + I.a, static_cast<int>(target->nparams) - bound);
        } else {
          Value rv;
          if (!r[I.a].t) NILDEREF();
          target = find_method(r[I.a].t, P.method_names[I.b], &rv, iface_payload(r[I.a]));
          if (!target) NILDEREF();
          nt->top = new_frame(target, nullptr);
          nt->top->regs[0] = rv;
          for (uint32_t i = 1; i < target->nparams; ++i) nt->top->regs[i] = r[I.a + i];
        }
        if (target->native >= 0) {
          // go on a library function: wrap it in a frame that calls it
        }
        VmTask* raw = nt.get();
        add_task(raw);
        SiteId s = site(fn, f->pc);
        if (rt_.spawn(std::move(nt), s, fn_name(target)) == 0) {
          tasks.pop_back();
          return Outcome::Exited;  // the run is ending (task limit)
        }
        break;
      }
      case Op::Defer: {
        DeferRec d;
        d.kind = I.c;
        int nargs = I.x;
        if (I.c == 0) d.fn = P.funcs[I.b].get();
        else if (I.c == 1) {
          d.callee = r[I.b];
          auto* cl = static_cast<ClosureObj*>(r[I.b].o);
          if (!cl) NILDEREF();
          nargs = static_cast<int>(cl->fn->nparams) - (cl->fn->has_recv && cl->captured.size() == 1 ? 1 : 0);
        } else {
          d.callee = r[I.a];
          d.method = I.b;
          if (!r[I.a].t) NILDEREF();
          Value rv;
          const Function* m = find_method(r[I.a].t, P.method_names[I.b], &rv, iface_payload(r[I.a]));
          if (!m) NILDEREF();
          d.kind = 0;
          d.fn = m;
          d.args.push_back(rv);
          for (uint32_t i = 1; i < m->nparams; ++i) d.args.push_back(r[I.a + i]);
          f->defers.push_back(std::move(d));
          break;
        }
        d.args.assign(r + I.a, r + I.a + nargs);
        f->defers.push_back(std::move(d));
        break;
      }
      case Op::Ret: {
      do_return:
        Frame* fr = t.top;
        if (!fr->defers.empty()) {
          DeferRec d = std::move(fr->defers.back());
          fr->defers.pop_back();
          if (fr->state == Frame::Normal) fr->state = Frame::Returning;
          if (d.kind == 0) {
            if (d.fn->native >= 0) {
              std::vector<Value> a = d.args;
              a.resize(std::max<size_t>(a.size(), d.fn->nparams + d.fn->nresults + 1));
              NativeStatus st = P.natives[d.fn->native].fn(*this, a.data(), static_cast<int>(d.fn->nparams));
              if (st == NativeStatus::Panicked) goto unwind;
              if (st == NativeStatus::Exit) return Outcome::ExitProgram;
              if (st == NativeStatus::Parked) {
                // a deferred call that blocks (e.g. wg.Wait) is retried as a normal call
                fr->defers.push_back(std::move(d));
                t.resuming = false;
                return Outcome::Parked;
              }
              t.resuming = false;
              goto do_return;
            }
            enter(t, fr, d.fn, nullptr, d.args.data(), static_cast<int>(d.args.size()), -1, true);
          } else {
            if (!invoke_value(t, fr, d.callee, d.args.data(), static_cast<int>(d.args.size()), -1, true)) goto unwind;
          }
          continue;
        }
        for (auto& [ri, box] : fr->fn->result_boxes) fr->regs[fr->fn->nparams + ri] = static_cast<SlotsObj*>(fr->regs[box].o)->slots[0];
        Frame* caller = fr->caller;
        if (fr->callback_root && caller && caller->replay) {
          // a blocked callback finished: its native runs again (the caller's pc is still on it)
          CallbackReplay::Result res;
          res.values.assign(fr->regs.begin() + fr->fn->nparams, fr->regs.begin() + fr->fn->nparams + fr->fn->nresults);
          caller->replay->done.push_back(std::move(res));
        }
        if (caller && fr->ret_base >= 0) {
          for (uint32_t i = 0; i < fr->fn->nresults; ++i) caller->regs[fr->ret_base + i] = fr->regs[fr->fn->nparams + i];
        }
        bool was_defer = fr->is_defer_call;
        t.top = caller;
        free_frame(fr);
        if (!caller || caller == stop_at) {
          return Outcome::Exited;
        }
        if (was_defer && caller->state == Frame::Unwinding) {
          if (t.recovered) {
            // recovered: the frame returns normally with its current results
            t.recovered = false;
            t.panics.clear();
            caller->state = Frame::Returning;
            goto do_return;
          }
          goto unwind_continue;
        }
        if (caller->state == Frame::Returning && was_defer) goto do_return;
        continue;
      }
      case Op::Panic: {
        Value v = r[I.a];
        if (!v.t) {
          // panic(nil) in Go 1.19 panics with a nil value: "panic: nil"
        }
        std::vector<StackFrame> where = t.stack();  // at the panic, before pc moves on
        f->pc++;
        panic_value(v);
        f->pc--;
        t.panics.back().stack = std::move(where);
        goto unwind;
      }
      case Op::Recover: {
        Value v;
        Frame* c = f->caller;
        if (!t.panics.empty() && !t.panics.back().recovered && f->is_defer_call && c && c->state == Frame::Unwinding) {
          v = t.panics.back().value;
          t.panics.back().recovered = true;
          t.recovered = true;
        }
        r[I.a] = v;
        break;
      }
      case Op::Field: {
        auto* o = static_cast<SlotsObj*>(r[I.b].o);
        if (!o) NILDEREF_AT(I.x);
        r[I.a] = o->slots[I.c];
        break;
      }
      case Op::SetField: {
        auto* o = static_cast<SlotsObj*>(r[I.a].o);
        if (!o) NILDEREF_AT(I.x);
        o->slots[I.b] = r[I.c];
        break;
      }
      case Op::AddrField: {
        auto* o = static_cast<SlotsObj*>(r[I.b].o);
        if (!o) NILDEREF();
        Value p;
        p.o = o;
        p.i = I.c;
        r[I.a] = p;
        break;
      }
      case Op::New: {
        const Type* tt = P.types.by_id(I.b);
        if (tt->value_boxed()) {
          r[I.a] = zero(tt);
        } else {
          auto* b = alloc<SlotsObj>(nullptr, 1);
          Value p;
          p.o = b;
          p.i = 0;
          r[I.a] = p;
        }
        break;
      }
      case Op::Load: {
        auto* o = static_cast<SlotsObj*>(r[I.b].o);
        if (!o) NILDEREF();
        r[I.a] = o->slots[r[I.b].i];
        break;
      }
      case Op::Store: {
        auto* o = static_cast<SlotsObj*>(r[I.a].o);
        if (!o) NILDEREF();
        o->slots[r[I.a].i] = r[I.b];
        break;
      }
      case Op::NilCheck:
        if (!r[I.a].o) NILDEREF();
        break;
      case Op::Index: {
        int64_t i = r[I.c].i;
        if (I.x == 0) {
          auto* s = static_cast<SliceObj*>(r[I.b].o);
          int64_t len = s ? s->len : 0;
          if (i < 0 || i >= len) PANIC_RT(bounds_msg(i, len));
          r[I.a] = s->at(i);
        } else if (I.x == 1) {
          auto* a = static_cast<SlotsObj*>(r[I.b].o);
          if (!a) NILDEREF();
          int64_t len = static_cast<int64_t>(a->slots.size());
          if (i < 0 || i >= len) PANIC_RT(bounds_msg(i, len));
          r[I.a] = a->slots[i];
        } else {
          std::string_view s = str_of(r[I.b]);
          if (i < 0 || i >= static_cast<int64_t>(s.size())) PANIC_RT(bounds_msg(i, static_cast<int64_t>(s.size())));
          r[I.a] = Value::of_int(static_cast<unsigned char>(s[i]));
        }
        break;
      }
      case Op::SetIndex: {
        int64_t i = r[I.b].i;
        if (I.x == 0) {
          auto* s = static_cast<SliceObj*>(r[I.a].o);
          int64_t len = s ? s->len : 0;
          if (i < 0 || i >= len) PANIC_RT(bounds_msg(i, len));
          s->at(i) = r[I.c];
        } else {
          auto* a = static_cast<SlotsObj*>(r[I.a].o);
          if (!a) NILDEREF();
          int64_t len = static_cast<int64_t>(a->slots.size());
          if (i < 0 || i >= len) PANIC_RT(bounds_msg(i, len));
          a->slots[i] = r[I.c];
        }
        break;
      }
      case Op::AddrIndex: {
        int64_t i = r[I.c].i;
        Value p;
        if (I.x == 0) {
          auto* s = static_cast<SliceObj*>(r[I.b].o);
          int64_t len = s ? s->len : 0;
          if (i < 0 || i >= len) PANIC_RT(bounds_msg(i, len));
          p.o = s->arr;
          p.i = s->off + i;
        } else {
          auto* a = static_cast<SlotsObj*>(r[I.b].o);
          if (!a) NILDEREF();
          int64_t len = static_cast<int64_t>(a->slots.size());
          if (i < 0 || i >= len) PANIC_RT(bounds_msg(i, len));
          p.o = a;
          p.i = i;
        }
        r[I.a] = p;
        break;
      }
      case Op::Slice: {
        int fl = I.x;
        int64_t lo = (fl & 1) ? r[I.c].i : 0;
        if (fl & 8) {
          std::string_view s = str_of(r[I.b]);
          int64_t len = static_cast<int64_t>(s.size());
          int64_t hi = (fl & 2) ? r[I.c + 1].i : len;
          std::string bad = slice_check(false, lo, hi, len, len, "length");
          if (!bad.empty()) PANIC_RT(bad);
          r[I.a] = make_string(std::string(s.substr(lo, hi - lo)));
          break;
        }
        SlotsObj* arr;
        int64_t off, len, cap;
        if (fl & 16) {
          arr = static_cast<SlotsObj*>(r[I.b].o);
          if (!arr) NILDEREF();
          off = 0;
          len = cap = static_cast<int64_t>(arr->slots.size());
        } else {
          auto* s = static_cast<SliceObj*>(r[I.b].o);
          arr = s ? s->arr : nullptr;
          off = s ? s->off : 0;
          len = s ? s->len : 0;
          cap = s ? s->cap : 0;
        }
        int64_t hi = (fl & 2) ? r[I.c + 1].i : len;
        int64_t max = (fl & 4) ? r[I.c + 2].i : cap;
        std::string bad = slice_check((fl & 4) != 0, lo, hi, max, cap, (fl & 16) ? "length" : "capacity");
        if (!bad.empty()) PANIC_RT(bad);
        if (!arr) {
          r[I.a] = Value();
          break;
        }
        r[I.a] = Value::of_obj(alloc<SliceObj>(arr, off + lo, hi - lo, max - lo));
        break;
      }
      case Op::MakeSlice: {
        const Type* st = P.types.by_id(I.b);
        int64_t len = r[I.c].i;
        int64_t cap = I.x ? r[I.c + 1].i : len;
        if (len < 0 || len > (int64_t{1} << 40)) PANIC_RT("runtime error: makeslice: len out of range");
        if (cap < len || cap > (int64_t{1} << 40)) PANIC_RT("runtime error: makeslice: cap out of range");
        if (!reserve(static_cast<size_t>(cap) * sizeof(Value), !stop_at)) return Outcome::ExitProgram;
        auto* arr = alloc<SlotsObj>(nullptr, static_cast<size_t>(cap));
        const Type* et = st->u()->elem;
        if (et->value_boxed())
          for (auto& s : arr->slots) s = zero(et);
        r[I.a] = Value::of_obj(alloc<SliceObj>(arr, 0, len, cap));
        break;
      }
      case Op::Append: case Op::AppendSl: {
        // Struct and array elements are values: appended copies never share an object with the
        // source, and a grown backing array gets copies of the old elements.
        auto* s = static_cast<SliceObj*>(r[I.b].o);
        bool values = I.op == Op::Append ? (I.x & kAppendValues) != 0 : (I.x & 2) != 0;
        int64_t elem_size = (I.op == Op::Append ? ((I.x >> 16) & 0x3FFF) : ((I.x >> 2) & 0x3FFF)) - 1;  // -1: unknown
        auto* src = I.op == Op::AppendSl && !(I.x & 1) ? static_cast<SliceObj*>(r[I.c].o) : nullptr;
        int64_t more = I.op == Op::Append ? static_cast<int64_t>(I.x & kAppendCount)
                       : (I.x & 1)        ? static_cast<int64_t>(str_of(r[I.c]).size())
                       : src              ? src->len
                                          : 0;
        if (more == 0) {
          r[I.a] = r[I.b];
          break;
        }
        int64_t len = s ? s->len : 0, cap = s ? s->cap : 0;
        int64_t need = len + more;
        bool in_place = s && need <= cap;
        int64_t ncap = cap;
        if (!in_place) {
          ncap = grown_capacity(cap, need, elem_size);
          // before anything is copied out of the registers: this may collect
          if (!reserve(static_cast<size_t>(ncap) * sizeof(Value), !stop_at)) return Outcome::ExitProgram;
        }
        // The new elements first, into a reused buffer: the source may overlap the destination.
        // No collection runs until the instruction ends, so the buffer's clones need no root.
        std::vector<Value>& extra = scratch_;
        extra.clear();
        if (I.op == Op::Append) {
          extra.assign(r + I.c, r + I.c + more);
        } else if (I.x & 1) {
          for (char ch : str_of(r[I.c])) extra.push_back(Value::of_int(static_cast<unsigned char>(ch)));
        } else {
          for (int64_t i = 0; i < src->len; ++i) extra.push_back(values ? clone(src->at(i), nullptr) : src->at(i));
        }
        if (in_place) {
          for (size_t i = 0; i < extra.size(); ++i) {
            Value& slot = s->at(len + static_cast<int64_t>(i));
            if (values && slot.o) copy_into(slot.o, extra[i].o);  // pointers to the slot see the value
            else slot = extra[i];
          }
          r[I.a] = Value::of_obj(alloc<SliceObj>(s->arr, s->off, need, cap));
        } else {
          auto* arr = alloc<SlotsObj>(nullptr, static_cast<size_t>(ncap));
          for (int64_t i = 0; i < len; ++i) arr->slots[i] = values ? clone(s->at(i), nullptr) : s->at(i);
          for (size_t i = 0; i < extra.size(); ++i) arr->slots[len + i] = extra[i];
          r[I.a] = Value::of_obj(alloc<SliceObj>(arr, 0, need, ncap));
        }
        if (extra.capacity() > 4096) extra = {};  // a big append's buffer need not stay
        else extra.clear();  // and holds no objects between instructions
        break;
      }
      case Op::Copy: {
        auto* d = static_cast<SliceObj*>(r[I.b].o);
        int64_t n = 0;
        if (I.x & 1) {
          std::string_view sv = str_of(r[I.c]);
          n = std::min<int64_t>(d ? d->len : 0, static_cast<int64_t>(sv.size()));
          for (int64_t i = 0; i < n; ++i) d->at(i) = Value::of_int(static_cast<unsigned char>(sv[i]));
        } else {
          auto* s = static_cast<SliceObj*>(r[I.c].o);
          n = std::min<int64_t>(d ? d->len : 0, s ? s->len : 0);
          if (n > 0) {
            bool values = (I.x & 2) != 0;
            std::vector<Value> tmp(n);
            for (int64_t i = 0; i < n; ++i) tmp[i] = values ? clone(s->at(i), nullptr) : s->at(i);
            for (int64_t i = 0; i < n; ++i) {
              if (values && d->at(i).o) copy_into(d->at(i).o, tmp[i].o);
              else d->at(i) = tmp[i];
            }
          }
        }
        r[I.a] = Value::of_int(n);
        break;
      }
      case Op::Len: case Op::Cap: {
        const Value& v = r[I.b];
        int64_t n = 0;
        switch (I.x) {
          case 0: {
            auto* s = static_cast<SliceObj*>(v.o);
            n = s ? (I.op == Op::Len ? s->len : s->cap) : 0;
            break;
          }
          case 1: n = static_cast<int64_t>(str_of(v).size()); break;
          case 2: n = v.o ? static_cast<int64_t>(static_cast<MapObj*>(v.o)->m.size()) : 0; break;
          case 3: {
            auto* c = static_cast<ChanObj*>(v.o);
            n = c ? (I.op == Op::Len ? c->ch->len() : c->ch->cap()) : 0;
            break;
          }
        }
        r[I.a] = Value::of_int(n);
        break;
      }
      case Op::MakeMap: r[I.a] = Value::of_obj(alloc<MapObj>(P.types.by_id(I.b))); break;
      case Op::MapGet: {
        auto* m = static_cast<MapObj*>(r[I.b].o);
        const Value key = r[I.c];
        const Type* mt = nullptr;
        bool found = false;
        Value v;
        if (m) {
          mt = m->type;
          if (mt->u()->key->kind == Kind::Interface && key.t && !key.t->comparable()) PANIC_RT("runtime error: hash of unhashable type " + type_string(key.t));
          auto it = m->m.find(key);
          if (it != m->m.end()) {
            v = it->second;
            found = true;
          }
        }
        if (!found) {
          // the zero value of the element type
          v = Value();
          if (m && mt->u()->elem->value_boxed()) v = zero(mt->u()->elem);
          else if (!m) {
            // nil map: elements of struct type need a zero too; the compiler passes none, so use the slot's type
          }
        }
        r[I.a] = v;
        if (I.x) r[I.a + 1] = Value::of_bool(found);
        break;
      }
      case Op::MapSet: {
        auto* m = static_cast<MapObj*>(r[I.a].o);
        if (!m) PANIC_RT("assignment to entry in nil map");
        const Value key = r[I.b];
        if (m->type->u()->key->kind == Kind::Interface && key.t && !key.t->comparable()) PANIC_RT("runtime error: hash of unhashable type " + type_string(key.t));
        if (racy_map_write(t, m)) return fatal_error(t, "concurrent map writes");
        size_t before = m->m.size();
        m->m[key] = r[I.c];
        if (m->m.size() != before) heap_.grew(sizeof(std::pair<const Value, Value>) + 32);
        break;
      }
      case Op::MapDel: {
        auto* m = static_cast<MapObj*>(r[I.a].o);
        if (m && racy_map_write(t, m)) return fatal_error(t, "concurrent map writes");
        if (m) m->m.erase(r[I.b]);
        break;
      }
      case Op::MapIter: {
        auto* m = static_cast<MapObj*>(r[I.b].o);
        auto* it = alloc<MapIterObj>(m);
        if (m) {
          it->keys.reserve(m->m.size());
          for (auto& kv : m->m) it->keys.push_back(kv.first);
          heap_.grew(it->keys.capacity() * sizeof(Value));
        }
        r[I.a] = Value::of_obj(it);
        break;
      }
      case Op::MapNext: {
        auto* it = static_cast<MapIterObj*>(r[I.a].o);
        bool got = false;
        while (it->map && it->next < it->keys.size()) {
          const Value& k = it->keys[it->next++];
          auto e = it->map->m.find(k);
          if (e == it->map->m.end()) continue;  // deleted during the loop
          r[I.b] = e->first;
          r[I.b + 1] = e->second;
          got = true;
          break;
        }
        if (!got) {
          f->pc = I.c;
          continue;
        }
        break;
      }
      case Op::StrNext: {
        std::string_view s = str_of(r[I.a]);
        size_t i = static_cast<size_t>(r[I.b].i);
        if (i >= s.size()) {
          f->pc = I.c;
          continue;
        }
        size_t j = i;
        char32_t c = lang::decode_utf8(s, j);
        r[I.b + 1] = Value::of_int(static_cast<int64_t>(i));
        r[I.b + 2] = Value::of_int(static_cast<int64_t>(c));
        r[I.b] = Value::of_int(static_cast<int64_t>(j));
        break;
      }
      case Op::MakeChan: {
        const Type* ct = P.types.by_id(I.b);
        int64_t cap = I.c >= 0 ? r[I.c].i : 0;
        if (cap < 0 || cap > (int64_t{1} << 31)) PANIC_RT("makechan: size out of range");
        if (!reserve(static_cast<size_t>(cap) * sizeof(Value), !stop_at)) return Outcome::ExitProgram;
        auto ch = Channel::make(rt_, &kValueOps, static_cast<uint32_t>(cap), 0, site(fn, f->pc));
        r[I.a] = Value::of_obj(alloc<ChanObj>(std::move(ch), ct->u()->elem));
        break;
      }
      case Op::Send: {
        note_sync(t);
        auto* c = static_cast<ChanObj*>(r[I.a].o);
        SiteId s = site(fn, f->pc);
        if (!c) {
          if (t.resuming) {
            t.resuming = false;
            break;
          }
          rt_.park_on(t, WaitReason::NilChanSend, nullptr, s);
          return Outcome::Parked;
        }
        if (t.resuming) {
          t.resuming = false;
          if (!t.waiter().success) PANIC_RT("send on closed channel");
          break;
        }
        ChanStatus st = c->ch->send(t, &r[I.b], s);
        if (st == ChanStatus::Parked) {
          t.resuming = true;
          return Outcome::Parked;
        }
        if (st == ChanStatus::PanicClosed) PANIC_RT("send on closed channel");
        break;
      }
      case Op::Recv: {
        note_sync(t);
        auto* c = static_cast<ChanObj*>(r[I.b].o);
        SiteId s = site(fn, f->pc);
        if (!c) {
          rt_.park_on(t, WaitReason::NilChanRecv, nullptr, s);
          return Outcome::Parked;
        }
        if (t.resuming) {
          t.resuming = false;
          if (I.x) r[I.a + 1] = Value::of_bool(t.waiter().success);
          if (!t.waiter().success && c->elem->value_boxed()) r[I.a] = zero(c->elem);
          break;
        }
        bool ok = false;
        ChanStatus st = c->ch->recv(t, &r[I.a], &ok, s);
        if (st == ChanStatus::Parked) {
          t.resuming = true;
          return Outcome::Parked;
        }
        if (!ok && c->elem->value_boxed()) r[I.a] = zero(c->elem);
        if (I.x) r[I.a + 1] = Value::of_bool(ok);
        break;
      }
      case Op::Close: {
        auto* c = static_cast<ChanObj*>(r[I.a].o);
        if (!c) PANIC_RT("close of nil channel");
        if (!c->ch->close()) PANIC_RT("close of closed channel");
        break;
      }
      case Op::Select: {
        note_sync(t);
        const SelectTable& tab = fn->selects[I.b];
        auto& cases = t.sel_cases;
        cases.resize(tab.cases.size());
        for (size_t i = 0; i < tab.cases.size(); ++i) {
          const auto& sc = tab.cases[i];
          auto* c = static_cast<ChanObj*>(r[sc.chan].o);
          cases[i].chan = c ? c->ch.get() : nullptr;
          cases[i].send = sc.send;
          cases[i].elem = &r[sc.value];
          cases[i].ok = false;
        }
        SelectResult res;
        if (t.resuming) {
          t.resuming = false;
          res = goro::Select::resume(t, cases);
        } else {
          res = goro::Select::run(t, cases, tab.has_default, site(fn, f->pc));
          if (res.status == SelectStatus::Parked) {
            t.resuming = true;
            return Outcome::Parked;
          }
        }
        if (res.status == SelectStatus::PanicClosed) PANIC_RT("send on closed channel");
        if (res.index >= 0 && !tab.cases[res.index].send) {
          r[tab.cases[res.index].value + 1] = Value::of_bool(cases[res.index].ok);
          auto* c = static_cast<ChanObj*>(r[tab.cases[res.index].chan].o);
          if (!cases[res.index].ok && c && c->elem->value_boxed()) r[tab.cases[res.index].value] = zero(c->elem);
        }
        r[I.a] = Value::of_int(res.index);
        break;
      }
      case Op::Iface: r[I.a] = make_iface(r[I.b], P.types.by_id(I.c)); break;
      case Op::Assert: {
        const Type* target = P.types.by_id(I.c);
        const Value v = r[I.b];
        bool ok;
        Value out;
        if (target->kind == Kind::Interface) {
          ok = v.t && missing_method(v.t, target).empty();
          if (ok) out = v;
        } else {
          ok = v.t == target;
          if (ok) {
            out = iface_payload(v);
            if (target->value_boxed()) out = clone(out, target);
          } else if (target->value_boxed()) {
            out = zero(target);
          }
        }
        if (!(I.x & 1) && !ok) {
          // Go's TypeAssertionError: the operand's static type, what it held, what was asserted
          const Type* st = (I.x >> 1) ? P.types.by_id(I.x >> 1) : nullptr;
          std::string from = st ? type_string(st) : "interface {}";
          if (target->kind == Kind::Interface) {
            if (!v.t) PANIC_RT("interface conversion: interface is nil, not " + type_string(target));
            std::string m = missing_method(v.t, target);
            PANIC_RT("interface conversion: " + type_string(v.t) + " is not " + type_string(target) + ": missing method " + m);
          }
          if (!v.t) PANIC_RT("interface conversion: " + from + " is nil, not " + type_string(target));
          std::string msg = "interface conversion: " + from + " is " + type_string(v.t) + ", not " + type_string(target);
          if (type_string(v.t) == type_string(target)) msg += " (types from different scopes)";
          PANIC_RT(msg);
        }
        r[I.a] = out;
        if (I.x & 1) r[I.a + 1] = Value::of_bool(ok);
        break;
      }
      case Op::Closure: {
        auto* cl = alloc<ClosureObj>(P.funcs[I.b].get());
        cl->captured.assign(r + I.c, r + I.c + I.x);
        heap_.grew(cl->captured.capacity() * sizeof(Value));
        r[I.a] = Value::of_obj(cl);
        break;
      }
      case Op::Captured: r[I.a] = f->closure->captured[I.b]; break;
      case Op::Bind: {
        auto* cl = alloc<ClosureObj>(P.funcs[I.c].get());
        cl->captured.push_back(r[I.b]);
        r[I.a] = Value::of_obj(cl);
        break;
      }
      case Op::BindI: {
        const Value recv = r[I.b];
        if (!recv.t) NILDEREF();
        Value rv;
        const Function* m = find_method(recv.t, P.method_names[I.c], &rv, iface_payload(recv));
        if (!m) NILDEREF();
        auto* cl = alloc<ClosureObj>(m);
        cl->captured.push_back(rv);
        r[I.a] = Value::of_obj(cl);
        break;
      }
      case Op::FuncVal: r[I.a] = Value::of_obj(alloc<ClosureObj>(P.funcs[I.b].get())); break;
      case Op::Safepoint:
        if ((!stop_at && --budget == 0) || rt_.stop_requested()) {
          f->pc++;
          return Outcome::Yielded;
        }
        // Only the outermost loop collects: inside a callback a native's locals may hold objects.
        if (!stop_at && heap_.wants_collection() && !collect_at_safepoint(t)) return Outcome::ExitProgram;
        break;
    }
    f->pc++;
    continue;

  unwind:
    // A panic is in flight: run the deferred calls of each frame, innermost first.
    t.top->state = Frame::Unwinding;
  unwind_continue:
    for (;;) {
      Frame* fr = t.top;
      if (fr == stop_at || !fr) return Outcome::Panicked;
      if (fr->state != Frame::Unwinding) fr->state = Frame::Unwinding;
      if (!fr->defers.empty()) {
        DeferRec d = std::move(fr->defers.back());
        fr->defers.pop_back();
        if (d.kind == 0 && d.fn->native >= 0) {
          std::vector<Value> a = d.args;
          a.resize(std::max<size_t>(a.size(), d.fn->nparams + d.fn->nresults + 1));
          NativeStatus st = P.natives[d.fn->native].fn(*this, a.data(), static_cast<int>(d.fn->nparams));
          t.resuming = false;
          if (st == NativeStatus::Exit) return Outcome::ExitProgram;
          continue;
        }
        if (d.kind == 0) enter(t, fr, d.fn, nullptr, d.args.data(), static_cast<int>(d.args.size()), -1, true);
        else if (!invoke_value(t, fr, d.callee, d.args.data(), static_cast<int>(d.args.size()), -1, true)) continue;
        break;  // run the deferred call; its return comes back here
      }
      t.top = fr->caller;
      if (fr->callback_root && t.top && t.top->replay && t.panics.size() > fr->callback_panics) {
        // a blocked callback panicked: its native runs again and sees the panic as a failed call
        CallbackReplay::Result res;
        res.panicked = true;
        res.panic = t.panics.back().value;
        res.text = t.panics.back().text;
        t.top->replay->done.push_back(std::move(res));
        t.panics.resize(fr->callback_panics);
        t.recovered = false;
        free_frame(fr);
        goto dispatch;
      }
      free_frame(fr);
      if (!t.top || t.top == stop_at) {
        if (!stop_at && t.goexiting && t.panics.empty()) {
          t.set_goexit();
          return Outcome::Exited;
        }
        if (!stop_at) {
          // the goroutine dies of the panic: Go prints the chain, oldest first
          std::string text;
          for (size_t i = 0; i < t.panics.size(); ++i) {
            if (i) text += "\n\t";
            text += "panic: " + t.panics[i].text;
            if (t.panics[i].recovered) text += " [recovered]";
          }
          // Go prints the signal of a fault still in the chain (a re-panic in a deferred call
          // after a nil dereference too: the goroutine's signal is cleared only by recovery)
          for (size_t i = t.panics.size(); i-- > 0;) {
            if (!t.panics[i].sigsegv) continue;
            char sig[96];
            std::snprintf(sig, sizeof sig, "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%llx pc=0x0]",
                          static_cast<unsigned long long>(t.panics[i].fault_addr));
            text += sig;
            break;
          }
          t.set_failure(text);
        }
        return Outcome::Panicked;
      }
      t.top->state = Frame::Unwinding;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reachability for leak verdicts

void Interp::trace(const Value& v, const HeldFn& fn, uint32_t epoch) {
  if (v.o) trace_obj(v.o, fn, epoch);
}

void Interp::trace_obj(Obj* o, const HeldFn& fn, uint32_t epoch) {
  std::vector<Obj*> stack{o};
  auto push = [&](const Value& v) {
    if (v.o) stack.push_back(v.o);
  };
  while (!stack.empty()) {
    Obj* x = stack.back();
    stack.pop_back();
    if (x->pinned || x->trace_epoch == epoch_) continue;  // constants are shared: never written
    x->trace_epoch = epoch_;
    switch (x->kind) {
      case ObjKind::String: break;
      case ObjKind::Slots:
        for (const Value& s : static_cast<SlotsObj*>(x)->slots) push(s);
        break;
      case ObjKind::Slice: stack.push_back(static_cast<SliceObj*>(x)->arr); break;
      case ObjKind::Map:
        for (auto& [k, val] : static_cast<MapObj*>(x)->m) {
          push(k);
          push(val);
        }
        break;
      case ObjKind::MapIter:
        if (static_cast<MapIterObj*>(x)->map) stack.push_back(static_cast<MapIterObj*>(x)->map);
        break;
      case ObjKind::Chan: {
        Channel* ch = static_cast<ChanObj*>(x)->ch.get();
        fn(ch);
        if (ch->ops() == &kValueOps) ch->for_each_element([&](const void* p) { push(*static_cast<const Value*>(p)); });
        break;
      }
      case ObjKind::Closure:
        for (const Value& c : static_cast<ClosureObj*>(x)->captured) push(c);
        break;
      case ObjKind::Handle: {
        auto* h = static_cast<HandleObj*>(x);
        if (h->obj) fn(h->obj.get());
        push(h->extra);
        break;
      }
    }
  }
  (void)epoch;
}

void Interp::held_by(const VmTask& t, const HeldFn& fn) {
  ++epoch_;
  for (Frame* f = t.top; f; f = f->caller) {
    // Only live registers count: a dead one would keep a channel reachable that Go's collector
    // already considers garbage, and the goroutine blocked on it would never turn red.
    auto it = liveness_.find(f->fn);
    if (it == liveness_.end()) it = liveness_.emplace(f->fn, compute_liveness(prog_, *f->fn)).first;
    const auto& live = it->second;
    const std::vector<bool>* at = f->pc < live.size() ? &live[f->pc] : nullptr;
    for (size_t r = 0; r < f->regs.size(); ++r)
      if (!at || (r < at->size() && (*at)[r])) trace(f->regs[r], fn, epoch_);
    if (f->closure) trace_obj(f->closure, fn, epoch_);
    for (const DeferRec& d : f->defers) {
      trace(d.callee, fn, epoch_);
      for (const Value& a : d.args) trace(a, fn, epoch_);
    }
  }
  trace_obj(globals, fn, epoch_);
}

// ---------------------------------------------------------------------------------------------

VmTask::~VmTask() {
  while (top) {
    Frame* f = top;
    top = f->caller;
    delete f;
  }
}

void Interp::add_task(VmTask* t) {
  t->task_slot = tasks.size();
  tasks.push_back(t);
}

void Interp::remove_task(VmTask* t) {
  size_t i = t->task_slot;
  if (i >= tasks.size() || tasks[i] != t) return;  // not listed (already removed)
  tasks[i] = tasks.back();
  tasks[i]->task_slot = i;
  tasks.pop_back();
}

Outcome VmTask::resume() {
  std::lock_guard lock(vm_.lock());
  // Between two resumptions every value of this task is in its frames: a safepoint.
  if (vm_.heap_.wants_collection() && !vm_.collect_at_safepoint(*this)) return Outcome::ExitProgram;
  Outcome o = vm_.run(*this);
  if (o == Outcome::Exited) {
    // A task that ends the run (panic, os.Exit, fatal error) stays a root: the dump and the final
    // leak verdicts still read its frames while other workers finish their slice.
    vm_.remove_task(this);
    vm_.heap_.sub_stack(kBytes);
  }
  return o;
}

void VmTask::for_each_held(const HeldFn& fn) const {
  tl_interp = &vm_;
  if (std::getenv("GOROSCOPE_DEBUG_HELD")) {
    std::fprintf(stderr, "task %u (%s pc %u):", id(), top ? top->fn->name.c_str() : "-", top ? top->pc : 0);
    vm_.held_by(*this, [&](Object* o) { std::fprintf(stderr, " #%u", o->id()); fn(o); });
    std::fprintf(stderr, "\n");
    return;
  }
  vm_.held_by(*this, fn);
}

bool VmTask::never_finishes() const {
  for (Frame* f = top; f; f = f->caller)
    if (f->fn->endless) return true;
  return false;
}

}  // namespace goro::vm
