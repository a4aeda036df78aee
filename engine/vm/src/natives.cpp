// The library's C++ half. Each native reads its arguments from a[0..n) and writes results from
// a[0]. A native that blocks parks the task and returns Parked; it runs again on resume with
// in.resuming() set, and then completes.
#include "natives.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "fmt.h"
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

namespace {

using N = NativeStatus;

// The playground's epoch: time.Now() starts at 2009-11-10 23:00:00 UTC plus the run clock.
constexpr int64_t kEpoch = 1257894000LL * 1000000000LL;

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

Value str(Interp& in, std::string s) { return in.make_string(std::move(s)); }

// handle_of: the runtime object behind a prelude struct's first field (created on first use).
template <class T, class Make>
T* handle(Interp& in, Value ptr, Make make) {
  auto* o = static_cast<SlotsObj*>(ptr.o);
  if (!o) return nullptr;
  Value& h = o->slots[0];
  if (!h.o) {
    Ref<T> r = make();
    h = Value::of_obj(in.alloc<HandleObj>(Ref<Object>(r.get())));
  }
  return static_cast<T*>(static_cast<HandleObj*>(h.o)->obj.get());
}

N park(Interp& in) {
  in.task().resuming = true;
  return N::Parked;
}

N fatal(Interp& in, const std::string& msg) {
  in.runtime().end_run(EndReason::Fatal, 2, "fatal error: " + msg, in.task().id());
  return N::Exit;
}

// ---- builtins
N b_print(Interp& in, Value* a, int, bool newline) {
  std::string s;
  auto items = slice_items(a[0]);
  for (size_t i = 0; i < items.size(); ++i) {
    if (newline && i) s += ' ';
    const Value& v = items[i];
    if (!v.t) {
      s += "(0x0,0x0)";
      continue;
    }
    Value p = iface_payload(v);
    const Type* u = v.t->u();
    if (u->is_string()) s += str_of(p);
    else if (u->kind == Kind::Bool) s += p.i ? "true" : "false";
    else if (u->is_float()) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%+e", p.f);
      std::string x = buf;
      size_t e = x.find('e');
      std::string digits = x.substr(e + 2);
      while (digits.size() < 3) digits = "0" + digits;
      s += x.substr(0, e + 2) + digits;
    } else if (u->is_unsigned()) s += std::to_string(p.u);
    else if (u->is_integer()) s += std::to_string(p.i);
    else {
      char buf[32];
      std::snprintf(buf, sizeof buf, "0xc%09llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p.o) & 0xfffffffffull));
      s += buf;
    }
  }
  if (newline) s += '\n';
  if (in.err) in.err(s);
  return N::Done;
}

// ---- fmt
N fmt_println(Interp& in, Value* a, int) {
  auto items = slice_items(a[0]);
  std::string s = sprint(in, items.data(), items.size(), true, true);
  if (in.out) in.out(s);
  a[0] = Value::of_int(static_cast<int64_t>(s.size()));
  a[1] = Value();
  return N::Done;
}
N fmt_print(Interp& in, Value* a, int) {
  auto items = slice_items(a[0]);
  std::string s = sprint(in, items.data(), items.size(), false, false);
  if (in.out) in.out(s);
  a[0] = Value::of_int(static_cast<int64_t>(s.size()));
  a[1] = Value();
  return N::Done;
}
N fmt_printf(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  std::string s = sprintf(in, str_of(a[0]), items.data(), items.size());
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
  a[0] = str(in, sprint(in, items.data(), items.size(), false, false));
  return N::Done;
}
N fmt_sprintln(Interp& in, Value* a, int) {
  auto items = slice_items(a[0]);
  a[0] = str(in, sprint(in, items.data(), items.size(), true, true));
  return N::Done;
}
int file_fd(const Value& w) {
  if (!w.t || w.t->kind != Kind::Pointer || w.t->elem->name != "os.File") return -1;
  auto* o = static_cast<SlotsObj*>(iface_payload(w).o);
  return o ? static_cast<int>(o->slots[0].i) : -1;
}
N write_to(Interp& in, const Value& w, const std::string& s, Value* a) {
  int fd = file_fd(w);
  if (fd == 1 && in.out) in.out(s);
  else if (fd == 2 && in.err) in.err(s);
  else if (w.t) {
    std::vector<Value> res;
    std::string err;
    Value recv;
    const Function* f = in.find_method(w.t, "WriteString", &recv, iface_payload(w));
    if (f) in.call(Value(), f, {recv, in.make_string(s)}, &res, &err);
  }
  a[0] = Value::of_int(static_cast<int64_t>(s.size()));
  a[1] = Value();
  return N::Done;
}
N fmt_fprintln(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  return write_to(in, a[0], sprint(in, items.data(), items.size(), true, true), a);
}
N fmt_fprint(Interp& in, Value* a, int) {
  auto items = slice_items(a[1]);
  return write_to(in, a[0], sprint(in, items.data(), items.size(), false, false), a);
}
N fmt_fprintf(Interp& in, Value* a, int) {
  auto items = slice_items(a[2]);
  return write_to(in, a[0], sprintf(in, str_of(a[1]), items.data(), items.size()), a);
}
N fmt_wrap_index(Interp& in, Value* a, int) {
  std::string_view f = str_of(a[0]);
  int argi = 0, found = -1;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '%') continue;
    ++i;
    while (i < f.size() && std::strchr("+-# 0123456789.*", f[i])) {
      if (f[i] == '*') ++argi;
      ++i;
    }
    if (i >= f.size()) break;
    if (f[i] == '%') continue;
    if (f[i] == 'w' && found < 0) found = argi;
    ++argi;
  }
  a[0] = Value::of_int(found);
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
N rt_numgoroutine(Interp& in, Value* a, int) {
  a[0] = Value::of_int(static_cast<int64_t>(in.runtime().live_tasks()));
  return N::Done;
}
N rt_gosched(Interp& in, Value*, int) {
  if (in.resuming()) return N::Done;
  in.task().resuming = true;
  return N::Yield;
}
N rt_gc(Interp& in, Value*, int) {
  in.request_collection();  // at the next safepoint: a native's frame is not one
  return N::Done;
}
N rt_numcpu(Interp& in, Value* a, int) {
  a[0] = Value::of_int(static_cast<int64_t>(in.runtime().worker_count()));
  return N::Done;
}

// ---- time
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
N time_time_string(Interp& in, Value* a, int) {
  int64_t ns = a[0].i;
  int64_t secs = ns / 1000000000;
  int64_t frac = ns % 1000000000;
  time_t tt = static_cast<time_t>(secs);
  struct tm tmv;
  gmtime_r(&tt, &tmv);
  char buf[96];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tmv);
  std::string s = buf;
  if (frac) {
    char f[16];
    std::snprintf(f, sizeof f, ".%09lld", static_cast<long long>(frac));
    std::string fs = f;
    while (fs.back() == '0') fs.pop_back();
    s += fs;
  }
  s += " +0000 UTC";
  a[0] = str(in, s);
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
      t->top = vm->new_frame(target, static_cast<ClosureObj*>(fn.o));
      vm->tasks.push_back(t.get());
      if (vm->runtime().spawn(std::move(t), site, vm->runtime().symbols().intern(target->name)) == 0)
        vm->tasks.pop_back();  // the task limit ended the run; spawn dropped the task
    };
  } else {
    Channel* raw = ch.get();
    action = [vm, raw](Timer&, Nanos now) {
      // Under the VM lock: a parked receiver gets the value straight into its frame's register,
      // which the collector reads while it holds the lock.
      std::lock_guard lock(vm->lock());
      Value v = Value::of_int(kEpoch + now);
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
N mutex_lock(Interp& in, Value* a, int) {
  if (in.resuming()) return N::Done;
  Mutex* m = handle<Mutex>(in, a[0], [&] { return Mutex::make(in.runtime(), in.current_site()); });
  if (!m) { in.panic_error("runtime error: invalid memory address or nil pointer dereference"); return N::Panicked; }
  if (m->lock(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  return N::Done;
}
N mutex_trylock(Interp& in, Value* a, int) {
  Mutex* m = handle<Mutex>(in, a[0], [&] { return Mutex::make(in.runtime(), in.current_site()); });
  a[0] = Value::of_bool(m->try_lock());
  return N::Done;
}
N mutex_unlock(Interp& in, Value* a, int) {
  Mutex* m = handle<Mutex>(in, a[0], [&] { return Mutex::make(in.runtime(), in.current_site()); });
  if (!m->unlock()) return fatal(in, "sync: unlock of unlocked mutex");
  return N::Done;
}
RWMutex* rw(Interp& in, Value v) {
  return handle<RWMutex>(in, v, [&] { return RWMutex::make(in.runtime(), in.current_site()); });
}
N rw_lock(Interp& in, Value* a, int) {
  if (in.resuming()) return N::Done;
  if (rw(in, a[0])->lock(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  return N::Done;
}
N rw_rlock(Interp& in, Value* a, int) {
  if (in.resuming()) return N::Done;
  if (rw(in, a[0])->rlock(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  return N::Done;
}
N rw_unlock(Interp& in, Value* a, int) {
  if (!rw(in, a[0])->unlock()) return fatal(in, "sync: Unlock of unlocked RWMutex");
  return N::Done;
}
N rw_runlock(Interp& in, Value* a, int) {
  if (!rw(in, a[0])->runlock()) return fatal(in, "sync: RUnlock of unlocked RWMutex");
  return N::Done;
}
WaitGroup* wg(Interp& in, Value v) {
  return handle<WaitGroup>(in, v, [&] { return WaitGroup::make(in.runtime(), in.current_site()); });
}
N wg_add(Interp& in, Value* a, int) {
  if (!wg(in, a[0])->add(a[1].i)) {
    in.panic_value(in.make_iface(in.make_string("sync: negative WaitGroup counter"), in.program().types.basic(Kind::String)));
    return N::Panicked;
  }
  return N::Done;
}
N wg_done(Interp& in, Value* a, int) {
  if (!wg(in, a[0])->done()) {
    in.panic_value(in.make_iface(in.make_string("sync: negative WaitGroup counter"), in.program().types.basic(Kind::String)));
    return N::Panicked;
  }
  return N::Done;
}
N wg_wait(Interp& in, Value* a, int) {
  if (in.resuming()) return N::Done;
  if (wg(in, a[0])->wait(in.task(), in.current_site()) == LockStatus::Parked) return park(in);
  return N::Done;
}
N once_begin(Interp& in, Value* a, int) {
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

// ---- strings
std::string_view S(const Value& v) { return str_of(v); }
N s_contains(Interp&, Value* a, int) { a[0] = Value::of_bool(S(a[0]).find(S(a[1])) != std::string_view::npos); return N::Done; }
N s_containsrune(Interp&, Value* a, int) {
  std::string r;
  lang::append_utf8(r, static_cast<char32_t>(a[1].i));
  a[0] = Value::of_bool(S(a[0]).find(r) != std::string_view::npos);
  return N::Done;
}
N s_containsany(Interp&, Value* a, int) { a[0] = Value::of_bool(S(a[0]).find_first_of(S(a[1])) != std::string_view::npos); return N::Done; }
N s_hasprefix(Interp&, Value* a, int) { a[0] = Value::of_bool(S(a[0]).substr(0, S(a[1]).size()) == S(a[1])); return N::Done; }
N s_hassuffix(Interp&, Value* a, int) {
  auto s = S(a[0]), x = S(a[1]);
  a[0] = Value::of_bool(s.size() >= x.size() && s.substr(s.size() - x.size()) == x);
  return N::Done;
}
N s_index(Interp&, Value* a, int) { auto p = S(a[0]).find(S(a[1])); a[0] = Value::of_int(p == std::string_view::npos ? -1 : static_cast<int64_t>(p)); return N::Done; }
N s_lastindex(Interp&, Value* a, int) { auto p = S(a[0]).rfind(S(a[1])); a[0] = Value::of_int(p == std::string_view::npos ? -1 : static_cast<int64_t>(p)); return N::Done; }
N s_indexbyte(Interp&, Value* a, int) { auto p = S(a[0]).find(static_cast<char>(a[1].i)); a[0] = Value::of_int(p == std::string_view::npos ? -1 : static_cast<int64_t>(p)); return N::Done; }
N s_indexrune(Interp&, Value* a, int) {
  std::string r;
  lang::append_utf8(r, static_cast<char32_t>(a[1].i));
  auto p = S(a[0]).find(r);
  a[0] = Value::of_int(p == std::string_view::npos ? -1 : static_cast<int64_t>(p));
  return N::Done;
}
std::vector<std::string> split(std::string_view s, std::string_view sep, int n) {
  std::vector<std::string> out;
  if (n == 0) return out;
  if (sep.empty()) {
    for (size_t i = 0; i < s.size();) {
      if (n > 0 && static_cast<int>(out.size()) == n - 1) {
        out.emplace_back(s.substr(i));
        return out;
      }
      size_t j = i;
      lang::decode_utf8(s, j);
      out.emplace_back(s.substr(i, j - i));
      i = j;
    }
    return out;
  }
  size_t start = 0;
  while (true) {
    if (n > 0 && static_cast<int>(out.size()) == n - 1) break;
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) break;
    out.emplace_back(s.substr(start, p - start));
    start = p + sep.size();
  }
  out.emplace_back(s.substr(start));
  return out;
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
N s_split(Interp& in, Value* a, int) { a[0] = strings_slice(in, split(S(a[0]), S(a[1]), -1)); return N::Done; }
N s_splitn(Interp& in, Value* a, int) {
  auto v = split(S(a[0]), S(a[1]), static_cast<int>(a[2].i));
  a[0] = a[2].i == 0 ? Value() : strings_slice(in, v);
  return N::Done;
}
N s_join(Interp& in, Value* a, int) {
  std::string out;
  auto items = slice_items(a[0]);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += S(a[1]);
    out += S(items[i]);
  }
  a[0] = str(in, out);
  return N::Done;
}
N s_repeat(Interp& in, Value* a, int) {
  if (a[1].i < 0) {
    in.panic_value(in.make_iface(in.make_string("strings: negative Repeat count"), in.program().types.basic(Kind::String)));
    return N::Panicked;
  }
  size_t unit = S(a[0]).size(), count = static_cast<size_t>(a[1].i);
  if (!in.reserve(unit && count > SIZE_MAX / unit ? SIZE_MAX : unit * count)) return N::Exit;
  std::string out;
  for (int64_t i = 0; i < a[1].i; ++i) out += S(a[0]);
  a[0] = str(in, out);
  return N::Done;
}
N s_replace(Interp& in, Value* a, int) {
  std::string s(S(a[0]));
  std::string_view from = S(a[1]), to = S(a[2]);
  int64_t n = a[3].i;
  std::string out;
  if (from.empty()) {
    // insert `to` before every rune and at the end
    int64_t done = 0;
    size_t i = 0;
    while (i <= s.size()) {
      if (n < 0 || done < n) {
        out += to;
        ++done;
      }
      if (i == s.size()) break;
      size_t j = i;
      lang::decode_utf8(s, j);
      out += s.substr(i, j - i);
      i = j;
    }
    a[0] = str(in, out);
    return N::Done;
  }
  size_t start = 0;
  int64_t done = 0;
  while (n < 0 || done < n) {
    size_t p = s.find(from, start);
    if (p == std::string::npos) break;
    out += s.substr(start, p - start);
    out += to;
    start = p + from.size();
    ++done;
  }
  out += s.substr(start);
  a[0] = str(in, out);
  return N::Done;
}
N s_upper(Interp& in, Value* a, int) {
  std::string s(S(a[0]));
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  a[0] = str(in, s);
  return N::Done;
}
N s_lower(Interp& in, Value* a, int) {
  std::string s(S(a[0]));
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  a[0] = str(in, s);
  return N::Done;
}
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
N s_trimspace(Interp& in, Value* a, int) {
  auto s = S(a[0]);
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  a[0] = str(in, std::string(s.substr(b, e - b)));
  return N::Done;
}
N s_trim(Interp& in, Value* a, int, int which) {
  auto s = S(a[0]);
  auto cut = S(a[1]);
  size_t b = 0, e = s.size();
  if (which & 1)
    while (b < e && cut.find(s[b]) != std::string_view::npos) ++b;
  if (which & 2)
    while (e > b && cut.find(s[e - 1]) != std::string_view::npos) --e;
  a[0] = str(in, std::string(s.substr(b, e - b)));
  return N::Done;
}
N s_trimprefix(Interp& in, Value* a, int) {
  auto s = S(a[0]), p = S(a[1]);
  if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
  a[0] = str(in, std::string(s));
  return N::Done;
}
N s_trimsuffix(Interp& in, Value* a, int) {
  auto s = S(a[0]), p = S(a[1]);
  if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) s.remove_suffix(p.size());
  a[0] = str(in, std::string(s));
  return N::Done;
}
N s_fields(Interp& in, Value* a, int) {
  std::vector<std::string> out;
  auto s = S(a[0]);
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  a[0] = strings_slice(in, out);
  return N::Done;
}
N s_count(Interp&, Value* a, int) {
  auto s = S(a[0]), sub = S(a[1]);
  int64_t n = 0;
  if (sub.empty()) {
    for (size_t i = 0; i < s.size();) {
      lang::decode_utf8(s, i);
      ++n;
    }
    a[0] = Value::of_int(n + 1);
    return N::Done;
  }
  for (size_t p = s.find(sub); p != std::string_view::npos; p = s.find(sub, p + sub.size())) ++n;
  a[0] = Value::of_int(n);
  return N::Done;
}
N s_equalfold(Interp&, Value* a, int) {
  auto x = S(a[0]), y = S(a[1]);
  bool eq = x.size() == y.size();
  for (size_t i = 0; eq && i < x.size(); ++i) eq = std::tolower(static_cast<unsigned char>(x[i])) == std::tolower(static_cast<unsigned char>(y[i]));
  a[0] = Value::of_bool(eq);
  return N::Done;
}
N s_title(Interp& in, Value* a, int) {
  std::string s(S(a[0]));
  bool start = true;
  for (auto& c : s) {
    if (start && std::isalpha(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = is_space(static_cast<unsigned char>(c));
  }
  a[0] = str(in, s);
  return N::Done;
}

// ---- strconv
Value num_error(Interp& in, const std::string& fn, std::string_view num, const std::string& what) {
  // *strconv.NumError prints as: strconv.Atoi: parsing "x": invalid syntax
  const Type* t = in.named("strconv.NumError");
  Value e = in.zero(t);
  auto* o = static_cast<SlotsObj*>(e.o);
  o->slots[0] = in.make_string(fn);
  o->slots[1] = in.make_string(std::string(num));
  const Type* et = in.named("strconv.strErr");
  Value ev = in.zero(et);
  static_cast<SlotsObj*>(ev.o)->slots[0] = in.make_string(what);
  o->slots[2] = in.make_iface(ev, et->pointer_to);
  return in.make_iface(e, t->pointer_to);
}
N sc_itoa(Interp& in, Value* a, int) { a[0] = str(in, std::to_string(a[0].i)); return N::Done; }
bool parse_int(std::string_view s, int base, int bits, int64_t* out, std::string* why, bool unsign = false) {
  std::string t(s);
  bool neg = false;
  size_t i = 0;
  if (!unsign && !t.empty() && (t[0] == '-' || t[0] == '+')) {
    neg = t[0] == '-';
    i = 1;
  }
  if (base == 0) {
    base = 10;
    if (t.size() > i + 1 && t[i] == '0') {
      char c = static_cast<char>(std::tolower(t[i + 1]));
      if (c == 'x') base = 16, i += 2;
      else if (c == 'b') base = 2, i += 2;
      else if (c == 'o') base = 8, i += 2;
      else base = 8, i += 1;
    }
  }
  if (i >= t.size()) {
    *why = "invalid syntax";
    return false;
  }
  unsigned __int128 v = 0;
  for (; i < t.size(); ++i) {
    char c = t[i];
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : 99;
    if (c == '_') continue;
    if (d >= base) {
      *why = "invalid syntax";
      return false;
    }
    v = v * base + d;
    if (v > (static_cast<unsigned __int128>(1) << 65)) v = static_cast<unsigned __int128>(1) << 65;
  }
  if (bits == 0) bits = 64;
  if (unsign) {
    if (v > ((static_cast<unsigned __int128>(1) << bits) - 1)) {
      *why = "value out of range";
      *out = static_cast<int64_t>((static_cast<unsigned __int128>(1) << bits) - 1);
      return false;
    }
    *out = static_cast<int64_t>(static_cast<uint64_t>(v));
    return true;
  }
  unsigned __int128 lim = static_cast<unsigned __int128>(1) << (bits - 1);
  if ((!neg && v >= lim) || (neg && v > lim)) {
    *why = "value out of range";
    *out = neg ? -static_cast<int64_t>(lim - 1) - 1 : static_cast<int64_t>(lim - 1);
    return false;
  }
  *out = neg ? -static_cast<int64_t>(v) : static_cast<int64_t>(v);
  return true;
}
N sc_atoi(Interp& in, Value* a, int) {
  std::string_view s = S(a[0]);
  int64_t v = 0;
  std::string why;
  if (!parse_int(s, 10, 64, &v, &why)) {
    a[1] = num_error(in, "Atoi", s, why);
    a[0] = Value::of_int(why == "value out of range" ? v : 0);
    return N::Done;
  }
  a[0] = Value::of_int(v);
  a[1] = Value();
  return N::Done;
}
N sc_parseint(Interp& in, Value* a, int) {
  std::string_view s = S(a[0]);
  int64_t v = 0;
  std::string why;
  if (!parse_int(s, static_cast<int>(a[1].i), static_cast<int>(a[2].i), &v, &why)) {
    a[1] = num_error(in, "ParseInt", s, why);
    a[0] = Value::of_int(why == "value out of range" ? v : 0);
    return N::Done;
  }
  a[0] = Value::of_int(v);
  a[1] = Value();
  return N::Done;
}
N sc_parsebool(Interp& in, Value* a, int) {
  std::string_view s = S(a[0]);
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") a[0] = Value::of_bool(true), a[1] = Value();
  else if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") a[0] = Value::of_bool(false), a[1] = Value();
  else {
    a[1] = num_error(in, "ParseBool", s, "invalid syntax");
    a[0] = Value::of_bool(false);
  }
  return N::Done;
}
N sc_parsefloat(Interp& in, Value* a, int) {
  std::string s(S(a[0]));
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) {
    a[1] = num_error(in, "ParseFloat", s, "invalid syntax");
    a[0] = Value::of_float(0);
    return N::Done;
  }
  a[0] = Value::of_float(d);
  a[1] = Value();
  return N::Done;
}
N sc_formatint(Interp& in, Value* a, int) {
  int base = static_cast<int>(a[1].i);
  int64_t v = a[0].i;
  bool neg = v < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string s;
  if (u == 0) s = "0";
  while (u) {
    s.insert(s.begin(), "0123456789abcdefghijklmnopqrstuvwxyz"[u % base]);
    u /= base;
  }
  a[0] = str(in, (neg ? "-" : "") + s);
  return N::Done;
}
N sc_formatfloat(Interp& in, Value* a, int) {
  a[0] = str(in, format_float(a[0].f, static_cast<char>(a[1].i), static_cast<int>(a[2].i), static_cast<int>(a[3].i)));
  return N::Done;
}
N sc_quote(Interp& in, Value* a, int) { a[0] = str(in, quote(S(a[0]))); return N::Done; }

// ---- math
#define MATH1(name, expr)                   \
  N name(Interp&, Value* a, int) {          \
    double x = a[0].f;                      \
    a[0] = Value::of_float(expr);           \
    return N::Done;                         \
  }
MATH1(m_sqrt, std::sqrt(x))
MATH1(m_abs, std::fabs(x))
MATH1(m_floor, std::floor(x))
MATH1(m_ceil, std::ceil(x))
MATH1(m_trunc, std::trunc(x))
MATH1(m_round, std::round(x))
MATH1(m_log, std::log(x))
MATH1(m_log2, std::log2(x))
MATH1(m_log10, std::log10(x))
MATH1(m_exp, std::exp(x))
MATH1(m_sin, std::sin(x))
MATH1(m_cos, std::cos(x))
MATH1(m_tan, std::tan(x))
MATH1(m_cbrt, std::cbrt(x))
N m_pow(Interp&, Value* a, int) { a[0] = Value::of_float(std::pow(a[0].f, a[1].f)); return N::Done; }
N m_mod(Interp&, Value* a, int) { a[0] = Value::of_float(std::fmod(a[0].f, a[1].f)); return N::Done; }
N m_max(Interp&, Value* a, int) { a[0] = Value::of_float(std::isnan(a[0].f) || std::isnan(a[1].f) ? NAN : std::fmax(a[0].f, a[1].f)); return N::Done; }
N m_min(Interp&, Value* a, int) { a[0] = Value::of_float(std::isnan(a[0].f) || std::isnan(a[1].f) ? NAN : std::fmin(a[0].f, a[1].f)); return N::Done; }
N m_hypot(Interp&, Value* a, int) { a[0] = Value::of_float(std::hypot(a[0].f, a[1].f)); return N::Done; }
N m_inf(Interp&, Value* a, int) { a[0] = Value::of_float(a[0].i >= 0 ? INFINITY : -INFINITY); return N::Done; }
N m_nan(Interp&, Value* a, int) { a[0] = Value::of_float(NAN); return N::Done; }
N m_isnan(Interp&, Value* a, int) { a[0] = Value::of_bool(std::isnan(a[0].f)); return N::Done; }
N m_isinf(Interp&, Value* a, int) {
  double f = a[0].f;
  int64_t s = a[1].i;
  a[0] = Value::of_bool(std::isinf(f) && (s == 0 || (s > 0) == (f > 0)));
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
N sort_slice(Interp& in, Value* a, int) {
  // (x any, less func(i, j int) bool): sort a permutation with the callback, then apply it
  Value x = iface_payload(a[0]);
  auto* s = static_cast<SliceObj*>(x.o);
  if (!s || s->len < 2) return N::Done;
  std::vector<Value> orig(s->arr->slots.begin() + s->off, s->arr->slots.begin() + s->off + s->len);
  std::vector<int64_t> perm(s->len);
  for (int64_t i = 0; i < s->len; ++i) perm[i] = i;
  bool failed = false;
  std::string err;
  // less(i, j) refers to the slice's current contents: sort by insertion with swaps so that
  // indices stay meaningful, as Go's algorithms do.
  Value less = a[1];
  auto cmp = [&](int64_t i, int64_t j) {
    std::vector<Value> res;
    if (failed) return false;
    if (!in.call(less, nullptr, {Value::of_int(i), Value::of_int(j)}, &res, &err)) {
      failed = true;
      return false;
    }
    return !res.empty() && res[0].i != 0;
  };
  // binary insertion sort over the live slice (stable)
  for (int64_t i = 1; i < s->len && !failed; ++i) {
    int64_t lo = 0, hi = i;
    while (lo < hi) {
      int64_t mid = (lo + hi) / 2;
      if (cmp(i, mid)) hi = mid;
      else lo = mid + 1;
    }
    if (lo < i) {
      Value v = s->at(i);
      for (int64_t k = i; k > lo; --k) s->at(k) = s->at(k - 1);
      s->at(lo) = v;
    }
  }
  (void)orig;
  return N::Done;
}

// ---- rand (a seeded generator; not Go's exact sequence)
struct Rng {
  uint64_t s = 1;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
};
thread_local Rng rng;
N rand_seed(Interp&, Value* a, int) { rng.s = static_cast<uint64_t>(a[0].i) * 0x9E3779B97F4A7C15ull + 1; return N::Done; }
N rand_int63(Interp&, Value* a, int) { a[0] = Value::of_int(static_cast<int64_t>(rng.next() >> 1)); return N::Done; }
N rand_intn(Interp& in, Value* a, int) {
  if (a[0].i <= 0) {
    in.panic_value(in.make_iface(in.make_string("invalid argument to Intn"), in.program().types.basic(Kind::String)));
    return N::Panicked;
  }
  a[0] = Value::of_int(static_cast<int64_t>((rng.next() >> 1) % static_cast<uint64_t>(a[0].i)));
  return N::Done;
}
N rand_float64(Interp&, Value* a, int) { a[0] = Value::of_float(static_cast<double>(rng.next() >> 11) / 9007199254740992.0); return N::Done; }

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
    {"fmt.__wrapIndex", fmt_wrap_index},
    {"os.Exit", os_exit},
    {"os.__args", os_args},
    {"runtime.NumGoroutine", rt_numgoroutine},
    {"runtime.Gosched", rt_gosched},
    {"runtime.NumCPU", rt_numcpu},
    {"runtime.GC", rt_gc},
    {"runtime.__procs", rt_numcpu},
    {"time.Now", time_now},
    {"time.Sleep", time_sleep},
    {"time.Duration.String", time_duration_string},
    {"time.Time.String", time_time_string},
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
    {"sync.(*WaitGroup).Add", wg_add},
    {"sync.(*WaitGroup).Done", wg_done},
    {"sync.(*WaitGroup).Wait", wg_wait},
    {"sync.__onceBegin", once_begin},
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
    {"strings.Contains", s_contains},
    {"strings.ContainsRune", s_containsrune},
    {"strings.ContainsAny", s_containsany},
    {"strings.HasPrefix", s_hasprefix},
    {"strings.HasSuffix", s_hassuffix},
    {"strings.Index", s_index},
    {"strings.LastIndex", s_lastindex},
    {"strings.IndexByte", s_indexbyte},
    {"strings.IndexRune", s_indexrune},
    {"strings.Split", s_split},
    {"strings.SplitN", s_splitn},
    {"strings.Join", s_join},
    {"strings.Repeat", s_repeat},
    {"strings.Replace", s_replace},
    {"strings.ToUpper", s_upper},
    {"strings.ToLower", s_lower},
    {"strings.TrimSpace", s_trimspace},
    {"strings.Trim", W(s_trim, 3)},
    {"strings.TrimLeft", W(s_trim, 1)},
    {"strings.TrimRight", W(s_trim, 2)},
    {"strings.TrimPrefix", s_trimprefix},
    {"strings.TrimSuffix", s_trimsuffix},
    {"strings.Fields", s_fields},
    {"strings.Count", s_count},
    {"strings.EqualFold", s_equalfold},
    {"strings.Title", s_title},
    {"strconv.Itoa", sc_itoa},
    {"strconv.Atoi", sc_atoi},
    {"strconv.ParseInt", sc_parseint},
    {"strconv.ParseBool", sc_parsebool},
    {"strconv.ParseFloat", sc_parsefloat},
    {"strconv.FormatInt", sc_formatint},
    {"strconv.FormatFloat", sc_formatfloat},
    {"strconv.Quote", sc_quote},
    {"math.Sqrt", m_sqrt}, {"math.Abs", m_abs}, {"math.Floor", m_floor}, {"math.Ceil", m_ceil},
    {"math.Trunc", m_trunc}, {"math.Round", m_round}, {"math.Log", m_log}, {"math.Log2", m_log2},
    {"math.Log10", m_log10}, {"math.Exp", m_exp}, {"math.Sin", m_sin}, {"math.Cos", m_cos},
    {"math.Tan", m_tan}, {"math.Cbrt", m_cbrt}, {"math.Pow", m_pow}, {"math.Mod", m_mod},
    {"math.Max", m_max}, {"math.Min", m_min}, {"math.Hypot", m_hypot}, {"math.Inf", m_inf},
    {"math.NaN", m_nan}, {"math.IsNaN", m_isnan}, {"math.IsInf", m_isinf},
    {"sort.Ints", sort_ints},
    {"sort.Float64s", sort_float64s},
    {"sort.Strings", sort_strings},
    {"sort.Slice", sort_slice},
    {"sort.SliceStable", sort_slice},
    {"rand.Seed", rand_seed},
    {"rand.Int63", rand_int63},
    {"rand.Intn", rand_intn},
    {"rand.Float64", rand_float64},
};

}  // namespace

int find_native(const std::string& name, Program& p) {
  for (size_t i = 0; i < p.natives.size(); ++i)
    if (p.natives[i].name == name) return static_cast<int>(i);
  for (const Entry& e : kNatives) {
    if (name == e.name) {
      p.natives.push_back({name, e.fn});
      return static_cast<int>(p.natives.size() - 1);
    }
  }
  return -1;
}

}  // namespace goro::vm
