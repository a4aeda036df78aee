// Streaming benchmark: the window stays responsive while a run of about 1,000,000 events streams in,
// and Stop ends a run quickly. Offscreen, the whole window is shown and repainted as it would be
// on screen. A 1 ms timer measures the event loop: the longest gap between two of its ticks is the
// longest the window was unresponsive (painting included). Target: no stall over 50 ms; Stop
// within 100 ms.
//
//   goroscope-bench-stream [values]     (default 333333 values: about 1,000,000 events)
//   goroscope-bench-stream FILE.go [ARGS...]   stream that program instead (e.g. a lesson with -n=100000)
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "models/slow_probe.h"
#include "widgets/main_window.h"

namespace {

// A producer and a consumer over an unbuffered channel: three events per value.
const char* kProgram = R"(package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 1000, "values to send")
	flag.Parse()
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		s := 0
		for v := range ch {
			s += v
		}
		fmt.Println(s)
		done <- true
	}()
	for i := 0; i < *n; i++ {
		ch <- i
	}
	close(ch)
	<-done
}
)";

// A program that never ends: Stop is the only way out.
const char* kEndless = R"(package main

func spin(x int) int { return x + 1 }

func main() {
	x := 0
	for {
		x = spin(x)
	}
}
)";

// The GUI thread's CPU time: on a machine shared with other work, a gap between two ticks can be
// the scheduler's (the thread was waiting for a core); the CPU time between them is the window's.
double thread_cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

struct StallMeter {
  QTimer timer;
  QElapsedTimer clock;
  qint64 last = 0;
  double last_cpu = 0;
  std::vector<qint64> gaps;
  double max_cpu_gap = 0;
  double cpu_in_longest = 0;  // the window's CPU time within the longest gap
  bool explain = std::getenv("GOROSCOPE_BENCH_EXPLAIN") != nullptr;
  // Stalls explained: longer than GOROSCOPE_BENCH_EXPLAIN milliseconds (a number), else 30.
  qint64 stall_ns = (explain && std::atoi(std::getenv("GOROSCOPE_BENCH_EXPLAIN")) > 0 ? std::atoi(std::getenv("GOROSCOPE_BENCH_EXPLAIN")) : 30) * 1'000'000LL;
  void start() {
    gaps.clear();
    clock.start();
    last = 0;
    last_cpu = thread_cpu_ns();
    max_cpu_gap = 0;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [this] {
      qint64 now = clock.nsecsElapsed();
      const double cpu = thread_cpu_ns();
      if (gaps.empty() || now - last > *std::max_element(gaps.begin(), gaps.end())) cpu_in_longest = cpu - last_cpu;
      if (explain && now - last > stall_ns) {
        std::fprintf(stderr, "-- stall at %.3f s: %.1f ms, cpu %.1f ms\n", now / 1e9, (now - last) / 1e6, (cpu - last_cpu) / 1e6);
      }
      if (explain) tick_explained(now - last > stall_ns);
      gaps.push_back(now - last);
      last = now;
      max_cpu_gap = std::max(max_cpu_gap, cpu - last_cpu);
      last_cpu = cpu;
    });
    timer.start();
  }
  void stop() { timer.stop(); }
  void tick_explained(bool stalled);
  double max_ms() const { return gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end()) / 1e6; }
  double pct_ms(double p) const {
    if (gaps.empty()) return 0;
    std::vector<qint64> g = gaps;
    std::sort(g.begin(), g.end());
    return g[static_cast<size_t>(p * (g.size() - 1))] / 1e6;
  }
};

QString write(const QTemporaryDir& dir, const char* name, const char* text) {
  QString path = dir.filePath(QString::fromUtf8(name));
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) std::exit(1);
  f.write(text);
  return path;
}

// TimedApp: with GOROSCOPE_BENCH_EXPLAIN set, lists what the window did in each stall: the event
// deliveries between the two ticks of the meter, with their wall and CPU times (the probes in the
// app, SlowProbe, print the parts of a slow refresh as they end).
class TimedApp : public QApplication {
 public:
  using QApplication::QApplication;
  bool explain = std::getenv("GOROSCOPE_BENCH_EXPLAIN") != nullptr;
  int depth = 0;
  std::vector<QString> since_tick;  // depth-0 deliveries over 1 ms since the meter's last tick
  bool notify(QObject* o, QEvent* e) override {
    if (!explain || depth > 0) return QApplication::notify(o, e);
    ++depth;
    QElapsedTimer t;
    t.start();
    const double cpu0 = thread_cpu_ns();
    const int type = static_cast<int>(e->type());  // e may be gone after delivery
    const QString to = QString::fromUtf8(o->metaObject()->className()) + QLatin1Char(' ') + o->objectName();
    bool r = QApplication::notify(o, e);
    --depth;
    const double ms = t.nsecsElapsed() / 1e6;
    if (ms > 1) since_tick.push_back(QStringLiteral("%1 ms (cpu %2): event %3 to %4").arg(ms, 0, 'f', 1).arg((thread_cpu_ns() - cpu0) / 1e6, 0, 'f', 1).arg(type).arg(to));
    return r;
  }
};
TimedApp* timed_app = nullptr;

void StallMeter::tick_explained(bool stalled) {
  if (!timed_app) return;
  if (stalled) {
    for (const QString& s : timed_app->since_tick) std::fprintf(stderr, "     %s\n", qPrintable(s));
  }
  timed_app->since_tick.clear();
}

}  // namespace

int main(int argc, char** argv) {
  if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  TimedApp app(argc, argv);
  timed_app = &app;
  const bool own = argc > 1 && QString::fromUtf8(argv[1]).endsWith(QStringLiteral(".go"));
  const long values = argc > 1 && !own ? std::atol(argv[1]) : 333333;
  QTemporaryDir dir;
  const QString stream = own ? QString::fromUtf8(argv[1]) : write(dir, "stream.go", kProgram);
  QStringList own_args;
  for (int i = 2; own && i < argc; ++i) own_args << QString::fromUtf8(argv[i]);
  const QString endless = write(dir, "endless.go", kEndless);

  goro::gui::MainWindow w(false);
  w.resize(1600, 950);
  w.show();
  QApplication::processEvents();

  // 1. Streaming.
  StallMeter meter;
  w.set_program_args(own ? own_args.join(' ') : QStringLiteral("-n=%1").arg(values));
  QElapsedTimer total;
  total.start();
  meter.start();
  {
    goro::gui::SlowProbe probe("open_file");
    w.open_file(stream);
  }
  auto& session = w.leak_pane().session();
  while (session.running()) QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
  meter.stop();
  const double run_s = total.elapsed() / 1e3;
  const size_t events = session.model() ? session.model()->events().size() : 0;
  std::printf("streamed %zu events of %zu goroutines in %.2f s (the window repainted as they came)\n", events,
              session.model() ? session.model()->task_count() : 0, run_s);
  std::printf("BENCH stream_stall_max %.1f ms (longest event-loop stall; target < 50)\n", meter.max_ms());
  std::printf("BENCH stream_stall_p99 %.1f ms\n", meter.pct_ms(0.99));
  std::printf("BENCH stream_stall_cpu %.1f ms (the window's own work in the longest stall: CPU time of its thread)\n",
              meter.cpu_in_longest / 1e6);
  std::printf("BENCH stream_busy_max %.1f ms (the most CPU time the window spent between two ticks)\n", meter.max_cpu_gap / 1e6);

  // 2. Stop: a run that never ends, stopped after 300 ms.
  std::vector<double> latencies;
  for (int i = 0; i < 5; ++i) {
    w.open_file(endless);
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 300) QApplication::processEvents(QEventLoop::AllEvents, 5);
    QElapsedTimer t;
    bool done = false;
    QMetaObject::Connection c = QObject::connect(&session, &goro::gui::RunSession::finished, [&] { done = true; });
    t.start();
    w.stop();
    while (!done && t.elapsed() < 5000) QApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
    latencies.push_back(t.nsecsElapsed() / 1e6);
    QObject::disconnect(c);
  }
  std::sort(latencies.begin(), latencies.end());
  std::printf("BENCH stop_latency_max %.1f ms (Stop to the run's end, worst of 5; target < 100)\n", latencies.back());
  std::printf("BENCH stop_latency_median %.1f ms\n", latencies[latencies.size() / 2]);
  double load[1] = {0};
  if (getloadavg(load, 1) == 1) std::printf("(machine load average %.1f on %d cores while measuring)\n", load[0], QThread::idealThreadCount());
  return 0;
}
