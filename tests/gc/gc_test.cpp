// The garbage collector seen from outside: programs run through GoRun, checked on their output,
// exit status and the heap's counters (RunReport::heap).
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "goro/analysis/leak_detector.h"
#include "goro/object.h"
#include "goro/vm/run.h"

namespace goro::vm {
namespace {

constexpr size_t kMiB = size_t{1} << 20;

// Sanitizers keep freed memory in quarantine: the process's resident size says nothing then.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

struct Outcome {
  RunReport report;
  std::string out, err;
};

Outcome run_go(const std::string& source, RunConfig cfg = {}) {
  Outcome o;
  std::string errors;
  auto prog = compile_file(source, "main.go", &errors);
  EXPECT_NE(prog, nullptr) << errors;
  if (!prog) return o;
  Symbols syms;
  cfg.out = [&](std::string_view s) { o.out += s; };
  cfg.err = [&](std::string_view s) { o.err += s; };
  GoRun run(*prog, syms, cfg);
  o.report = run.run();
  return o;
}

long peak_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

class GcTest : public ::testing::Test {
 protected:
  void SetUp() override { objects_before_ = Object::live_objects(); }
  // Sweeping drops the runtime objects (channels, timers, mutexes) of dead VM objects, and the
  // end of a run frees the rest.
  void TearDown() override { EXPECT_EQ(Object::live_objects(), objects_before_); }
  int64_t objects_before_ = 0;
};

// ~10 GB allocated over the run in strings, slices and maps that are dropped at once: the heap's
// peak stays a small multiple of the collector's floor.
TEST_F(GcTest, AllocatingTenGigabytesKeepsABoundedHeap) {
  const int string_rounds = 150, string_len = 20000;  // s += "x": ~200 MB of copies per round
  const int slice_rounds = 3000;                      // make([]int, 65536): 1 MiB of slots each
  const int map_rounds = 300, map_size = 2000;
  std::string src = R"go(package main

import "fmt"

func main() {
	total := 0
	for r := 0; r < )go" + std::to_string(string_rounds) + R"go(; r++ {
		s := ""
		for i := 0; i < )go" + std::to_string(string_len) + R"go(; i++ {
			s += "x"
		}
		total += len(s)
	}
	for r := 0; r < )go" + std::to_string(slice_rounds) + R"go(; r++ {
		b := make([]int, 65536)
		b[r%65536] = r
		total += len(b) / 65536
	}
	for r := 0; r < )go" + std::to_string(map_rounds) + R"go(; r++ {
		m := map[int]string{}
		for i := 0; i < )go" + std::to_string(map_size) + R"go(; i++ {
			m[i] = fmt.Sprint(i)
		}
		total += len(m) / )go" + std::to_string(map_size) + R"go(
	}
	fmt.Println(total)
}
)go";
  long rss_before = peak_rss_kib();
  Outcome o = run_go(src);
  EXPECT_EQ(o.report.exit_code, 0) << o.report.error;
  EXPECT_EQ(o.out, std::to_string(string_rounds * string_len + slice_rounds + map_rounds) + "\n");
  const HeapStats& h = o.report.heap;
  EXPECT_GE(h.allocated_bytes, size_t{10} * 1000 * 1000 * 1000);
  EXPECT_GT(h.collections, 100u);
  EXPECT_LT(h.peak_bytes, 32 * kMiB);
  EXPECT_GT(h.freed_objects, 1000000u);
  // The process's own peak grew by little more than the heap's (a generous bound: other tests in
  // this process may have raised the peak already, which only makes the growth smaller).
  if (!kSanitized) {
    EXPECT_LT(peak_rss_kib() - rss_before, 256 * 1024);
  }
}

// What stays reachable is kept: the heap after collections is at least the live data, and a
// structure built and kept is intact at the end.
TEST_F(GcTest, LiveDataSurvivesAndIsCounted) {
  std::string src = R"go(package main

import "fmt"

type node struct {
	val  int
	name string
	next *node
}

var head *node

func main() {
	for i := 0; i < 100000; i++ {
		head = &node{val: i, name: fmt.Sprint("n", i), next: head}
		_ = fmt.Sprint("garbage", i, []int{i, i, i})
	}
	sum, count := 0, 0
	for n := head; n != nil; n = n.next {
		sum += n.val
		if n.name == fmt.Sprint("n", n.val) {
			count++
		}
	}
	fmt.Println(sum, count)
}
)go";
  Outcome o = run_go(src);
  EXPECT_EQ(o.report.exit_code, 0) << o.report.error;
  EXPECT_EQ(o.out, std::to_string(int64_t{100000} * 99999 / 2) + " 100000\n");
  EXPECT_GT(o.report.heap.collections, 0u);
  // 100,000 nodes and names: several MB live at the end, well under what was allocated.
  EXPECT_GT(o.report.heap.live_bytes, 100000 * (sizeof(Value) * 3));
  EXPECT_LT(o.report.heap.live_bytes, o.report.heap.allocated_bytes / 2);
}

std::string keep_growing = R"go(package main

import "fmt"

func main() {
	var keep [][]int
	for i := 0; ; i++ {
		keep = append(keep, make([]int, 4096))
		if i == 1000000 {
			fmt.Println(len(keep))
		}
	}
}
)go";

TEST_F(GcTest, HeapLimitEndsTheRunWithItsExitCode) {
  RunConfig cfg;
  cfg.max_heap = 64 * kMiB;
  Outcome o = run_go(keep_growing, cfg);
  EXPECT_EQ(o.report.reason, EndReason::Limit);
  EXPECT_EQ(o.report.exit_code, kHeapLimitExitCode);
  EXPECT_EQ(o.report.error, "goroscope: heap limit of 64.0 MiB exceeded");
  EXPECT_EQ(o.out, "");
  // Collections before the limit keep the peak near it.
  EXPECT_LT(o.report.heap.peak_bytes, 64 * kMiB + 2 * kMiB);
  EXPECT_GT(o.report.heap.peak_bytes, 60 * kMiB);
}

TEST_F(GcTest, OneHugeAllocationIsRefusedBeforeItIsMade) {
  for (const char* expr : {"make([]int, 1<<36)", "strings.Repeat(\"abc\", 1<<40)", "make(chan string, 1<<30)",
                           // library results far bigger than their arguments
                           "strings.Replace(strings.Repeat(\"a\", 1<<20), \"a\", strings.Repeat(\"b\", 1<<12), -1)",
                           "strings.Join(make([]string, 1<<20), strings.Repeat(\"x\", 1<<12))",
                           "strconv.FormatFloat(1, 'f', 1<<31, 64)"}) {
    std::string src = std::string("package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n\t\"strings\"\n)\n\nvar _ = strings.Repeat\nvar _ = strconv.Itoa\n\nfunc main() {\n\tx := ") +
                      expr + "\n\tfmt.Println(len(x))\n}\n";
    Outcome o = run_go(src);
    EXPECT_EQ(o.report.exit_code, kHeapLimitExitCode) << expr;
    EXPECT_EQ(o.report.error, "goroscope: heap limit of 1.0 GiB exceeded") << expr;
    EXPECT_LT(o.report.heap.peak_bytes, 64 * kMiB) << expr;
  }
}

// Goroutines' frames count toward the heap: a program leaking goroutines meets the limit.
TEST_F(GcTest, LeakingGoroutinesMeetTheHeapLimit) {
  std::string src = R"go(package main

func main() {
	for {
		ch := make(chan int)
		go func() { <-ch }()
	}
}
)go";
  RunConfig cfg;
  cfg.max_heap = 32 * kMiB;
  Outcome o = run_go(src, cfg);
  EXPECT_EQ(o.report.exit_code, kHeapLimitExitCode);
  EXPECT_EQ(o.report.error, "goroscope: heap limit of 32.0 MiB exceeded");
  EXPECT_GT(o.report.tasks_created, 10000u);
  EXPECT_GT(o.report.heap.stack_bytes, 8 * kMiB);
}

TEST_F(GcTest, NoLimitMeansNone) {
  RunConfig cfg;
  cfg.max_heap = 0;
  cfg.max_time = 1;  // ends the program below instead: it sleeps after allocating 100 MiB
  std::string src = R"go(package main

import (
	"fmt"
	"time"
)

func main() {
	var keep [][]int
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]int, 65536))
	}
	fmt.Println(len(keep))
	time.Sleep(time.Second)
}
)go";
  Outcome o = run_go(src, cfg);
  EXPECT_EQ(o.out, "100\n");
  EXPECT_EQ(o.report.reason, EndReason::Limit);
  EXPECT_NE(o.report.error.find("time limit"), std::string::npos);
  EXPECT_GT(o.report.heap.peak_bytes, 100 * kMiB);
}

TEST_F(GcTest, TaskLimitStillEndsTheRun) {
  RunConfig cfg;
  cfg.max_tasks = 500;
  std::string src = R"go(package main

func main() {
	for {
		go func() { select {} }()
	}
}
)go";
  Outcome o = run_go(src, cfg);
  EXPECT_EQ(o.report.reason, EndReason::Limit);
  EXPECT_EQ(o.report.exit_code, 2);
  EXPECT_NE(o.report.error.find("task limit reached (500 goroutines"), std::string::npos);
}

// Racy programs compute garbage but never crash the VM, with collections running between their
// writes on two workers.
TEST_F(GcTest, RacyWritersOnTwoWorkersNeverCrash) {
  std::string src = R"go(package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int][]string{}
	var s []string
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				m[i%100] = append(m[i%100], fmt.Sprint(w, i))
				if len(m[i%100]) > 8 {
					delete(m, i%100)
				}
				s = append(s, fmt.Sprint(i))
				if len(s) > 50 {
					s = s[25:]
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(m) <= 100, len(s) <= 51)
}
)go";
  for (bool stress : {false, true}) {
    RunConfig cfg;
    cfg.workers = 2;
    cfg.gc_stress = stress;
    Outcome o = run_go(src, cfg);
    if (o.report.exit_code == 2) {
      EXPECT_NE(o.report.error.find("fatal error: concurrent map writes"), std::string::npos) << o.report.error;
    } else {
      EXPECT_EQ(o.report.exit_code, 0) << o.report.error;
      EXPECT_EQ(o.out, "true true\n");
    }
  }
}

// Timers deliver ticks into parked receivers' registers while another goroutine allocates and
// collects on the other worker (real clock): the delivery must hold the VM lock (under TSan this
// test reports the race otherwise).
TEST_F(GcTest, TimerTicksWhileCollectingOnTwoWorkers) {
  std::string src = R"go(package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	go func() {
		t := time.NewTicker(time.Millisecond)
		n := 0
		for range t.C {
			n++
			if n == 20 {
				t.Stop()
				break
			}
		}
		<-time.After(2 * time.Millisecond)
		done <- n
	}()
	got := 0
	for got == 0 {
		s := []string{}
		for i := 0; i < 200; i++ {
			s = append(s, fmt.Sprint(i))
		}
		select {
		case got = <-done:
		default:
		}
	}
	fmt.Println(got)
}
)go";
  RunConfig cfg;
  cfg.workers = 2;
  cfg.clock = ClockMode::Real;
  cfg.gc_stress = true;
  Outcome o = run_go(src, cfg);
  EXPECT_EQ(o.report.exit_code, 0) << o.report.error;
  EXPECT_EQ(o.out, "20\n");
  EXPECT_GT(o.report.heap.collections, 10u);
}

std::string read_text(const std::filesystem::path& p) {
  std::ifstream f(p);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The root programs (tests/conformance/gc) under stress with two workers: goroutines take turns
// on the VM lock, and every collection happens with the others parked, runnable, or waiting for
// the lock. On the real clock timers fire on the other worker meanwhile (under TSan this finds
// runtime code touching VM values outside the lock). Their output must still be Go's.
TEST_F(GcTest, RootProgramsUnderStressOnTwoWorkers) {
  auto dir = std::filesystem::path(GORO_SOURCE_DIR) / "tests" / "conformance" / "gc";
  for (ClockMode clock : {ClockMode::Virtual, ClockMode::Real}) {
    int programs = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() != ".go") continue;
      auto golden = e.path();
      golden.replace_extension(".stdout");
      RunConfig cfg;
      cfg.workers = 2;
      cfg.clock = clock;
      cfg.gc_stress = true;
      Outcome o = run_go(read_text(e.path()), cfg);
      EXPECT_EQ(o.report.exit_code, 0) << e.path() << ": " << o.report.error;
      EXPECT_EQ(o.out, read_text(golden)) << e.path();
      EXPECT_GT(o.report.heap.collections, 100u) << e.path();
      ++programs;
    }
    EXPECT_GE(programs, 9);
  }
}

// Leak verdicts read every goroutine's values at quiescent points. On the real clock with two
// workers, the other worker fires due timers as it looks for work; a timer's action (an AfterFunc
// goroutine, a Ticker's Time) allocates and readies tasks that collect. The verdict must not
// overlap them (it did: heap corruption in about one run in four).
TEST_F(GcTest, LeakVerdictsOnTheRealClockDoNotOverlapTimers) {
  std::string src = R"go(package main

import (
	"fmt"
	"runtime"
	"time"
)

type node struct {
	next *node
	s    string
}

func main() {
	leak := make(chan int)
	for i := 0; i < 20; i++ {
		go func() { <-leak }()
	}
	done := make(chan bool, 100)
	var head *node
	for i := 0; i < 100; i++ {
		i := i
		time.AfterFunc(time.Duration(i%7)*50*time.Microsecond, func() {
			var l *node
			for k := 0; k < 50; k++ {
				l = &node{l, fmt.Sprint(i, k)}
			}
			runtime.GC()
			done <- l != nil
		})
		tk := time.NewTicker(30 * time.Microsecond)
		<-tk.C
		tk.Stop()
		head = &node{head, fmt.Sprint(i)}
		time.Sleep(20 * time.Microsecond)
	}
	for i := 0; i < 100; i++ {
		<-done
	}
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println(n)
}
)go";
  for (int run = 0; run < 8; ++run) {
    analysis::LeakDetector leaks;
    RunConfig cfg;
    cfg.workers = 2;
    cfg.clock = ClockMode::Real;
    cfg.gc_stress = run % 2 == 1;
    cfg.observer = &leaks;
    Outcome o = run_go(src, cfg);
    EXPECT_EQ(o.report.exit_code, 0) << o.report.error;
    EXPECT_EQ(o.out, "100\n");
  }
}

}  // namespace
}  // namespace goro::vm
