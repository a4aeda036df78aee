#include "harness.h"

#include <algorithm>

namespace goro::test {

std::vector<Event> CollectingSink::sorted() const {
  std::lock_guard lock(mu_);
  std::vector<Event> out = events_;
  std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) { return a.seq < b.seq; });
  return out;
}

size_t CollectingSink::count(EventKind k) const {
  std::lock_guard lock(mu_);
  return std::count_if(events_.begin(), events_.end(), [k](const Event& e) { return e.kind == k; });
}

RunOutput run_native(Co<> main, RuntimeOptions opts, Symbols* symbols) {
  Symbols local;
  CollectingSink sink;
  if (!opts.sink) opts.sink = &sink;
  RunOutput out;
  {
    Runtime rt(opts, symbols ? *symbols : local);
    out.result = rt.run(native_main(std::move(main)));
  }
  out.events = sink.sorted();
  return out;
}

}  // namespace goro::test
