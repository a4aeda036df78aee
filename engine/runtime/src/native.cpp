#include "goro/native.h"

#include <algorithm>
#include <unordered_map>

namespace goro {

namespace detail {

namespace {
// "goro::Co<> demo::worker(goro::Chan<int>)" -> "demo::worker"
std::string_view short_function_name(std::string_view f) {
  size_t paren = f.find('(');
  if (paren != std::string_view::npos) f = f.substr(0, paren);
  size_t space = f.rfind(' ');
  if (space != std::string_view::npos) f = f.substr(space + 1);
  return f;
}

std::string_view base_name(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}
}  // namespace

SiteId site_here(const std::source_location& loc) {
  Runtime* rt = Runtime::current();
  if (!rt || !rt->recording()) return 0;
  // Interning takes a lock: remember call sites per thread in a small direct-mapped cache.
  struct Entry {
    const Runtime* rt = nullptr;
    const char* file = nullptr;
    uint32_t line = 0, col = 0;
    SiteId id = 0;
  };
  thread_local Entry cache[256];
  size_t h = (reinterpret_cast<uintptr_t>(loc.file_name()) >> 3) ^ (loc.line() * 2654435761u) ^ loc.column();
  Entry& e = cache[h & 255];
  if (e.rt == rt && e.file == loc.file_name() && e.line == loc.line() && e.col == loc.column()) return e.id;
  SiteId id = rt->symbols().site(base_name(loc.file_name()), loc.line(), loc.column(),
                                 short_function_name(loc.function_name()));
  e = Entry{rt, loc.file_name(), loc.line(), loc.column(), id};
  return id;
}

}  // namespace detail

Outcome NativeTask::resume() {
  pending_ = Outcome::Exited;
  std::coroutine_handle<> h = leaf_ ? leaf_ : std::coroutine_handle<>(body_.handle());
  leaf_ = nullptr;
  h.resume();
  if (!body_.handle().done()) return pending_;
  auto& error = body_.handle().promise().error;
  if (!error) return Outcome::Exited;
  try {
    std::rethrow_exception(error);
  } catch (const Panic& p) {
    set_failure(std::string("panic: ") + p.what());
    return Outcome::Panicked;
  } catch (const FatalError& f) {
    set_failure(std::string("fatal error: ") + f.what());
    return Outcome::Fatal;
  } catch (const ExitProgram& e) {
    set_exit_code(e.code);
    return Outcome::ExitProgram;
  } catch (const std::exception& e) {
    set_failure(std::string("panic: ") + e.what());
    return Outcome::Panicked;
  } catch (...) {
    set_failure("panic: unknown C++ exception");
    return Outcome::Panicked;
  }
}

void NativeTask::for_each_held(const HeldFn& fn) const {
  for (const auto& o : held_) fn(o.get());
}

void NativeTask::drop(Object* o) {
  auto it = std::find_if(held_.begin(), held_.end(), [o](const Ref<Object>& r) { return r.get() == o; });
  if (it != held_.end()) held_.erase(it);
}

TaskId go(Co<> body, std::string_view name, std::source_location loc) {
  Runtime& rt = *Runtime::current();
  SiteId site = detail::site_here(loc);
  NameId fn = rt.recording() ? rt.symbols().intern(name) : 0;
  return rt.spawn(std::make_unique<NativeTask>(std::move(body)), site, fn);
}

namespace {
NativeTimer make_timer(ObjectKind kind, Nanos d) {
  Runtime& rt = *Runtime::current();
  auto ch = Timer::time_channel(rt);
  auto t = Timer::make(rt, kind, ch);
  t->start(d);
  return NativeTimer{t, Chan<int64_t>(ch)};
}
}  // namespace

Chan<int64_t> after(Nanos d) { return make_timer(ObjectKind::Timer, d).C; }
Chan<int64_t> tick(Nanos d) {
  if (d <= 0) return Chan<int64_t>();  // Go: Tick returns nil for d <= 0
  return make_timer(ObjectKind::Ticker, d).C;
}
NativeTimer new_timer(Nanos d) { return make_timer(ObjectKind::Timer, d); }
NativeTimer new_ticker(Nanos d) {
  if (d <= 0) throw Panic("non-positive interval for NewTicker");
  return make_timer(ObjectKind::Ticker, d);
}

Ref<Timer> after_func(Nanos d, std::function<Co<>()> make_body, std::string_view name) {
  Runtime& rt = *Runtime::current();
  NameId fn = rt.symbols().intern(name);
  auto t = Timer::make(rt, ObjectKind::Timer, nullptr,
                       [make_body = std::move(make_body), fn](Timer& self, Nanos) {
                         self.runtime().spawn(std::make_unique<NativeTask>(make_body()), 0, fn);
                       });
  t->start(d);
  return t;
}

Chan<char> ContextRef::done() const {
  Channel* c = ctx_->done();
  return c ? Chan<char>(Ref<Channel>(c)) : Chan<char>();
}

}  // namespace goro
