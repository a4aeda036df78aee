#include "goro/demos.h"

namespace goro::demos {

namespace {

constexpr Nanos ms = 1'000'000;

// "Receive with no sender": n workers wait on a channel nobody sends on or closes.
Co<> wait_forever(Chan<int> results) {
  co_await results.recv();  // LEAK: nothing will ever send
}

Co<> receive_leak_main() {
  auto results = Chan<int>::make(0, "results");
  for (int i = 0; i < 20; ++i) go(wait_forever(results), "main.worker");
  // main holds nothing it will use again (it declares no handles), so the workers are stuck for good.
  co_await sleep(100 * ms);
}

// The fix: each worker also selects on ctx.Done(); main cancels and waits.
Co<> wait_or_cancel(Chan<int> results, ContextRef ctx, WaitGroupRef wg) {
  int v = 0;
  char d = 0;
  auto done = ctx.done();
  SelectCase cases[] = {recv_case(results, &v), recv_case(done, &d)};
  co_await select(cases);  // FIX: cancellation always wakes us
  wg.done();
}

Co<> receive_fix_main() {
  auto results = Chan<int>::make(0, "results");
  auto ctx = ContextRef::background().with_cancel();
  auto wg = WaitGroupRef::make();
  NativeTask::current().hold(ctx.get());  // main will cancel: it can still wake the workers
  NativeTask::current().hold(wg.get());
  for (int i = 0; i < 20; ++i) {
    wg.add(1);
    go(wait_or_cancel(results, ctx, wg), "main.worker");
  }
  co_await sleep(50 * ms);
  ctx.cancel();
  co_await wg.wait();
  co_await sleep(50 * ms);
}

// "Send with no receiver": the caller gives up before the worker sends its result.
Co<> send_result(Chan<int> out) {
  co_await sleep(20 * ms);
  co_await out.send(42);  // LEAK: the caller stopped listening
}

Co<> send_leak_main() {
  for (int request = 0; request < 10; ++request) {
    auto out = Chan<int>::make(0, "out");
    go(send_result(out), "main.fetch");
    int v = 0;
    int64_t t = 0;
    auto timeout = after(10 * ms);
    SelectCase cases[] = {recv_case(out, &v), recv_case(timeout, &t)};
    co_await select(cases);
  }
  co_await sleep(100 * ms);
}

Co<> send_fix_main() {
  for (int request = 0; request < 10; ++request) {
    auto out = Chan<int>::make(1, "out");  // FIX: a buffer of one lets the send complete
    go(send_result(out), "main.fetch");
    int v = 0;
    int64_t t = 0;
    auto timeout = after(10 * ms);
    SelectCase cases[] = {recv_case(out, &v), recv_case(timeout, &t)};
    co_await select(cases);
  }
  co_await sleep(100 * ms);
}

// "Everyone waits": main waits for a value nobody sends.
Co<> deadlock_main() {
  auto ch = Chan<int>::make(0, "answer");
  co_await ch.recv();
}

}  // namespace

const std::vector<Demo>& all() {
  static const std::vector<Demo> demos = {
      {"receive-leak", "20 workers wait on a channel nobody sends on", receive_leak_main},
      {"receive-fix", "the workers also select on ctx.Done(); main cancels and waits", receive_fix_main},
      {"send-leak", "each request's worker blocks sending after the caller timed out", send_leak_main},
      {"send-fix", "a buffer of one lets the late send complete", send_fix_main},
      {"deadlock", "main waits for a value nobody sends", deadlock_main},
  };
  return demos;
}

const std::vector<DemoPair>& pairs() {
  static const std::vector<DemoPair> p = {
      {"receive", "Receive with no sender", "receive-leak", "receive-fix"},
      {"send", "Send with no receiver", "send-leak", "send-fix"},
  };
  return p;
}

const Demo* find(std::string_view name) {
  for (const Demo& d : all()) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

}  // namespace goro::demos
