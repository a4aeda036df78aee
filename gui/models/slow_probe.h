// SlowProbe: names a part of the window's work that took longer than 2 ms, on stderr, when
// GOROSCOPE_BENCH_EXPLAIN is set (wall time and the thread's CPU time: on a loaded machine the
// two differ); nothing otherwise. The streaming benchmark uses it to tell what a stall was made of.
//
//   { SlowProbe probe("timeline.refresh"); timeline_->refresh(); }
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace goro::gui {

class SlowProbe {
 public:
  explicit SlowProbe(const char* what) : what_(what) {
    if (enabled()) {
      wall_ = std::chrono::steady_clock::now();
      cpu_ = cpu_ms();
    }
  }
  ~SlowProbe() {
    if (!enabled()) return;
    const double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall_).count();
    if (wall > 2) std::fprintf(stderr, "      [%s %.1f ms, cpu %.1f ms]\n", what_, wall, cpu_ms() - cpu_);
  }
  SlowProbe(const SlowProbe&) = delete;
  SlowProbe& operator=(const SlowProbe&) = delete;

 private:
  static bool enabled() {
    static const bool on = std::getenv("GOROSCOPE_BENCH_EXPLAIN") != nullptr;
    return on;
  }
  static double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
  }
  const char* what_;
  std::chrono::steady_clock::time_point wall_{};
  double cpu_ = 0;
};

}  // namespace goro::gui
