// Trace benchmarks: recording rate, loading a 10,000,000-event trace, and what recording costs the
// runtime's ping-pong (on vs off, side by side in one run). Prints BENCH lines and ratios.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <atomic>
#include <thread>
#include <vector>

#include "goro/analysis/run_model.h"
#include "goro/native.h"
#include "goro/trace/recorder.h"
#include "goro/trace/trace_file.h"

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

template <class F>
double median_of(int n, F f) {
  std::vector<double> v;
  for (int i = 0; i < n; ++i) v.push_back(f());
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

goro::Co<> ponger(goro::Chan<int> a, goro::Chan<int> b, int n) {
  for (int i = 0; i < n; ++i) co_await b.send(co_await a.recv());
}
goro::Co<> pingpong(int n, double* secs) {
  auto a = goro::Chan<int>::make(), b = goro::Chan<int>::make();
  goro::go(ponger(a, b, n));
  auto t0 = Clock::now();
  for (int i = 0; i < n; ++i) {
    co_await a.send(i);
    co_await b.recv();
  }
  *secs = since(t0);
}

double pingpong_ns(bool record, unsigned workers) {
  const int n = 300'000;
  goro::Symbols syms;
  goro::trace::Recorder rec(workers);
  double secs = 0;
  // As in the app: a consumer polls batches while the run goes on.
  std::atomic<bool> stop{false};
  size_t consumed = 0;
  std::thread consumer([&] {
    std::vector<goro::Event> batch;
    while (!stop.load()) {
      consumed += rec.poll(batch);
      batch.clear();
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  {
    goro::Runtime rt({.workers = workers, .sink = record ? &rec : nullptr}, syms);
    rt.run(goro::native_main(pingpong(n, &secs)));
  }
  stop = true;
  consumer.join();
  return secs * 1e9 / n;
}

}  // namespace

int main() {
  // 1. Raw recording rate: 4 writer threads into one recorder (the runtime's hot path minus the
  // scheduler), and the rate through Runtime::emit's stamping (seq, clocks) on one thread.
  {
    const int per_thread = 5'000'000;
    const unsigned threads = 4;
    goro::trace::Recorder rec(threads);
    auto t0 = Clock::now();
    std::vector<std::thread> ts;
    for (unsigned w = 0; w < threads; ++w) {
      ts.emplace_back([&rec, w] {
        goro::Event e;
        e.worker = static_cast<uint16_t>(w);
        e.kind = goro::EventKind::TaskRunning;
        for (int i = 0; i < per_thread; ++i) {
          e.seq = i;
          rec.on_event(e);
        }
      });
    }
    for (auto& t : ts) t.join();
    double s = since(t0);
    std::printf("BENCH record_rate %.1f Mevents/s (4 threads; target >= 20)\n", threads * per_thread / s / 1e6);
  }

  // 2. Loading a 10,000,000-event trace file.
  {
    const size_t n = 10'000'000;
    goro::Symbols syms;
    syms.site("main.go", 14, 2, "main.worker");
    std::vector<goro::Event> events(n);
    for (size_t i = 0; i < n; ++i) {
      goro::Event& e = events[i];
      e.seq = i;
      e.vtime = static_cast<goro::Nanos>(i * 10);
      e.task = static_cast<goro::TaskId>(1 + i % 100000);
      e.kind = i < 100000 ? goro::EventKind::TaskCreated
                          : (i % 2 ? goro::EventKind::TaskBlocked : goro::EventKind::TaskWoken);
      e.reason = e.kind == goro::EventKind::TaskBlocked ? goro::WaitReason::ChanRecv : goro::WaitReason::None;
      e.site = 1;
    }
    auto path = (std::filesystem::temp_directory_path() / "goroscope-bench-10m.gtrace").string();
    if (auto err = goro::trace::save_trace(path, syms, events); !err.empty()) {
      std::fprintf(stderr, "%s\n", err.c_str());
      return 1;
    }
    events.clear();
    events.shrink_to_fit();
    double load = median_of(3, [&] {
      goro::trace::TraceData data;
      auto t0 = Clock::now();
      auto err = goro::trace::load_trace(path, data);
      double s = since(t0);
      if (!err.empty() || data.events.size() != n) std::fprintf(stderr, "load failed: %s\n", err.c_str());
      return s;
    });
    std::printf("BENCH load_10m_events %.3f s (target < 1)\n", load);
    double model = median_of(1, [&] {
      goro::trace::TraceData data;
      goro::trace::load_trace(path, data);
      auto t0 = Clock::now();
      goro::analysis::RunModel m(*data.symbols);
      m.append(data.events);
      m.finish();
      return since(t0);
    });
    std::printf("BENCH analyse_10m_events %.3f s (RunModel built from the loaded events)\n", model);
    std::filesystem::remove(path);
  }

  // 3. Recording overhead on ping-pong, side by side.
  for (unsigned workers : {1u, 2u}) {
    double off = median_of(5, [&] { return pingpong_ns(false, workers); });
    double on = median_of(5, [&] { return pingpong_ns(true, workers); });
    std::printf("BENCH pingpong_recording_off_w%u %.1f ns/roundtrip\n", workers, off);
    std::printf("BENCH pingpong_recording_on_w%u %.1f ns/roundtrip\n", workers, on);
    std::printf("BENCH recording_overhead_w%u %.2f x (target <= 1.10)\n", workers, on / off);
  }
  return 0;
}
