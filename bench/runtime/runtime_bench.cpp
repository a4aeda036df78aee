// Runtime benchmarks, the peers of bench/go/*: each prints `BENCH <name> <value> <unit>` lines.
// bench/run-runtime.sh runs these and the Go programs side by side and prints ratios.
//
//   goroscope-bench-runtime [--workers N] [--only NAME]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>

#include "goro/native.h"

namespace {

using goro::Chan;
using goro::Co;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// rss_bytes reads the resident set size of this process.
long rss_bytes() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6)) * 1024;
  }
  return 0;
}

void report(const char* name, double value, const char* unit) {
  std::printf("BENCH %s %.2f %s\n", name, value, unit);
  std::fflush(stdout);
}

void run(unsigned workers, Co<> main) {
  goro::Symbols syms;
  goro::Runtime rt({.workers = workers}, syms);
  auto r = rt.run(goro::native_main(std::move(main)));
  if (r.reason != goro::EndReason::MainReturned) {
    std::fprintf(stderr, "benchmark run failed: %s\n", r.error.c_str());
    std::exit(1);
  }
}

// ---- unbuffered ping-pong ----
Co<> ponger(Chan<int> ping, Chan<int> pong, int n) {
  for (int i = 0; i < n; ++i) co_await pong.send(co_await ping.recv());
}
Co<> pingpong_main(int n, double* secs) {
  auto ping = Chan<int>::make(), pong = Chan<int>::make();
  goro::go(ponger(ping, pong, n));
  auto t0 = Clock::now();
  for (int i = 0; i < n; ++i) {
    co_await ping.send(i);
    co_await pong.recv();
  }
  *secs = seconds_since(t0);
}

// ---- spawn and join ----
Co<> empty_task(goro::WaitGroupRef wg) {
  wg.done();
  co_return;
}
Co<> spawn_main(int n, double* secs) {
  auto wg = goro::WaitGroupRef::make();
  auto t0 = Clock::now();
  wg.add(n);
  for (int i = 0; i < n; ++i) goro::go(empty_task(wg));
  co_await wg.wait();
  *secs = seconds_since(t0);
}

// ---- memory per blocked task ----
Co<> blocked_forever(Chan<int> ch) { co_await ch.recv(); }
Co<> blocked_main(int n, long* bytes) {
  long before = rss_bytes();
  for (int i = 0; i < n; ++i) goro::go(blocked_forever(Chan<int>::make()));
  co_await goro::sleep(1'000'000);  // let every task run up to its receive
  *bytes = rss_bytes() - before;
}

// ---- buffered throughput ----
Co<> producer(Chan<int> ch, int n) {
  for (int i = 0; i < n; ++i) co_await ch.send(i);
  ch.close();
}
Co<> buffered_main(int n, double* secs) {
  auto ch = Chan<int>::make(128);
  auto t0 = Clock::now();
  goro::go(producer(ch, n));
  long sum = 0;
  for (;;) {
    auto [v, ok] = co_await ch.recv2();
    if (!ok) break;
    sum += v;
  }
  *secs = seconds_since(t0);
  if (sum < 0) std::puts("impossible");
}

// ---- 4-case select, one random case ready ----
Co<> select_main(int n, double* secs) {
  Chan<int> c[4] = {Chan<int>::make(1), Chan<int>::make(1), Chan<int>::make(1), Chan<int>::make(1)};
  std::mt19937 rng(1);
  int v[4] = {};
  auto t0 = Clock::now();
  for (int i = 0; i < n; ++i) {
    co_await c[rng() & 3].send(i);
    goro::SelectCase cases[] = {goro::recv_case(c[0], &v[0]), goro::recv_case(c[1], &v[1]),
                                goro::recv_case(c[2], &v[2]), goro::recv_case(c[3], &v[3])};
    co_await goro::select(cases);
  }
  *secs = seconds_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  unsigned workers = 0;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--workers") && i + 1 < argc) workers = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
  }
  auto want = [&](const char* name) { return only.empty() || only == name; };

  if (want("pingpong")) {
    const int n = 1'000'000;
    double s = 0;
    run(workers, pingpong_main(n, &s));
    report("pingpong", s * 1e9 / n, "ns/roundtrip");
  }
  if (want("spawn")) {
    const int n = 1'000'000;
    double s = 0;
    run(workers, spawn_main(n, &s));
    report("spawn", s * 1e9 / n, "ns/task");
  }
  if (want("blocked_mem")) {
    const int n = 100'000;
    long bytes = 0;
    run(workers, blocked_main(n, &bytes));
    report("blocked_mem", static_cast<double>(bytes) / n, "bytes/task");
  }
  if (want("buffered")) {
    const int n = 10'000'000;
    double s = 0;
    run(workers, buffered_main(n, &s));
    report("buffered", n / s, "items/s");
  }
  if (want("select4")) {
    const int n = 2'000'000;
    double s = 0;
    run(workers, select_main(n, &s));
    report("select4", s * 1e9 / n, "ns/select");
  }
  return 0;
}
