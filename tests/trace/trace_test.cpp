// The recorder (ordered, lossless streaming from concurrent workers), the trace file (round trip
// and refusal of every kind of damage), and the exports.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <map>
#include <sstream>
#include <thread>

#include "goro/analysis/export.h"
#include "goro/analysis/leak_detector.h"
#include "goro/analysis/run_model.h"
#include "goro/native.h"
#include "goro/trace/recorder.h"
#include "goro/trace/trace_file.h"
#include "goro/vm/run.h"

namespace goro::trace {
namespace {

constexpr Nanos ms = 1'000'000;

Co<> chatter(Chan<int> ch, int n) {
  for (int i = 0; i < n; ++i) {
    co_await ch.send(i);
    if (i % 5 == 0) co_await sleep(ms);
  }
}
Co<> listener(Chan<int> ch, int n, WaitGroupRef wg) {
  for (int i = 0; i < n; ++i) co_await ch.recv();
  wg.done();
}
Co<> busy_main() {
  auto wg = WaitGroupRef::make();
  for (int k = 0; k < 200; ++k) {
    auto ch = Chan<int>::make(k % 2);
    wg.add(1);
    go(chatter(ch, 50), "main.chatter");
    go(listener(ch, 50, wg), "main.listener");
  }
  co_await wg.wait();
}

TEST(Recorder, StreamsEveryEventInOrderWhileTheRunGoesOn) {
  Symbols syms;
  Recorder rec(4);
  std::vector<Event> streamed;
  std::atomic<bool> done{false};
  // A deliberately slow consumer polling from its own thread during the run.
  std::thread consumer([&] {
    while (!done.load()) {
      rec.poll(streamed);
      std::this_thread::sleep_for(std::chrono::microseconds(300));
    }
  });
  RunResult r;
  {
    Runtime rt({.workers = 4, .sink = &rec}, syms);
    r = rt.run(native_main(busy_main()));
  }
  done = true;
  consumer.join();
  rec.poll(streamed);
  ASSERT_EQ(r.reason, EndReason::MainReturned) << r.error;
  EXPECT_TRUE(rec.ended());
  ASSERT_EQ(streamed.size(), rec.recorded());
  ASSERT_GT(streamed.size(), 20000u);
  for (size_t i = 0; i < streamed.size(); ++i) ASSERT_EQ(streamed[i].seq, i) << "out of order or lost";
  EXPECT_EQ(streamed.back().kind, EventKind::RunEnded);
}

TEST(Recorder, HoldsBackEventsBehindAHole) {
  Recorder rec(2);
  Event a, b, c;
  a.seq = 0;
  b.seq = 2;
  b.worker = 1;
  c.seq = 1;
  rec.on_event(a);
  rec.on_event(b);
  std::vector<Event> out;
  EXPECT_EQ(rec.poll(out), 1u);  // seq 1 has not arrived: 2 must wait
  rec.on_event(c);
  EXPECT_EQ(rec.poll(out), 2u);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[2].seq, 2u);
}

struct Recorded {
  Symbols symbols;
  std::vector<Event> events;
};

std::unique_ptr<Recorded> record_leak() {
  auto out = std::make_unique<Recorded>();
  Recorder rec(2);
  analysis::LeakDetector leaks;
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make(0, "results");
    for (int i = 0; i < 5; ++i) go([](Chan<int> c) -> Co<> { co_await c.recv(); }(ch), "main.worker");
    co_await sleep(10 * ms);
  };
  {
    Runtime rt({.workers = 2, .sink = &rec, .observer = &leaks}, out->symbols);
    rt.run(native_main(main()), 0, out->symbols.intern("main.main"));
  }
  rec.poll(out->events);
  return out;
}

TEST(TraceFile, RoundTripsEverything) {
  auto run = record_leak();
  std::string bytes = encode_trace(run->symbols, run->events);
  TraceData back;
  std::string error;
  ASSERT_TRUE(decode_trace(bytes, back, error)) << error;
  ASSERT_EQ(back.events.size(), run->events.size());
  EXPECT_EQ(0, std::memcmp(back.events.data(), run->events.data(), run->events.size() * sizeof(Event)));
  EXPECT_EQ(back.symbols->name_count(), run->symbols.name_count());
  EXPECT_EQ(back.symbols->site_count(), run->symbols.site_count());
  for (NameId i = 0; i < run->symbols.name_count(); ++i) {
    EXPECT_EQ(back.symbols->name(i), run->symbols.name(i));
  }
  // A model built from the loaded trace gives the same verdicts.
  analysis::RunModel m(*back.symbols);
  m.append(back.events);
  m.finish();
  EXPECT_EQ(m.leaks().size(), 1u);
  EXPECT_EQ(m.leaks()[0].tasks.size(), 5u);
}

TEST(TraceFile, SavesAtomicallyAndLoads) {
  auto run = record_leak();
  auto dir = std::filesystem::temp_directory_path() / "goroscope-trace-test";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "run.gtrace").string();
  ASSERT_EQ(save_trace(path, run->symbols, run->events), "");
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
  TraceData back;
  EXPECT_EQ(load_trace(path, back), "");
  EXPECT_EQ(back.events.size(), run->events.size());
  EXPECT_NE(load_trace((dir / "missing").string(), back).find("cannot open"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(TraceFile, RefusesEveryTruncation) {
  auto run = record_leak();
  std::string bytes = encode_trace(run->symbols, run->events);
  for (size_t n = 0; n < bytes.size(); n += (n < 200 ? 1 : 97)) {
    TraceData out;
    std::string error;
    EXPECT_FALSE(decode_trace(std::string_view(bytes).substr(0, n), out, error)) << "length " << n;
    EXPECT_FALSE(error.empty());
  }
}

TEST(TraceFile, RefusesDamageWithAReason) {
  auto run = record_leak();
  const std::string good = encode_trace(run->symbols, run->events);
  auto refuse = [](std::string bytes) {
    TraceData out;
    std::string error;
    EXPECT_FALSE(decode_trace(bytes, out, error));
    return error;
  };
  std::string b = good;
  b[0] = 'X';
  EXPECT_NE(refuse(b).find("not a goroscope trace"), std::string::npos);
  b = good;
  b[8] = 9;  // version 9
  EXPECT_NE(refuse(b).find("newer"), std::string::npos);
  b = good;
  b[8] = 1;  // version 1: no stacks
  EXPECT_NE(refuse(b).find("older goroscope"), std::string::npos) << refuse(b);
  b = good;
  b[b.size() - 5] ^= 0x40;  // one flipped bit in the last event
  EXPECT_NE(refuse(b).find("checksum"), std::string::npos);
  b = good + "extra";
  EXPECT_NE(refuse(b).find("unexpected bytes"), std::string::npos);
  // A huge announced event count with a consistent checksum must not allocate or crash.
  std::vector<Event> evil = run->events;
  evil[3].kind = static_cast<EventKind>(200);
  EXPECT_NE(refuse(encode_trace(run->symbols, evil)).find("unknown kind"), std::string::npos);
  evil = run->events;
  evil[5].seq = 77;
  EXPECT_NE(refuse(encode_trace(run->symbols, evil)).find("sequence"), std::string::npos);
  evil = run->events;
  evil[4].site = 100000;
  EXPECT_NE(refuse(encode_trace(run->symbols, evil)).find("site"), std::string::npos);
  evil = run->events;
  for (Event& e : evil) {
    if (e.kind == EventKind::TaskBlocked) e.arg = 5;  // no stack 5
  }
  EXPECT_NE(refuse(encode_trace(run->symbols, evil)).find("names stack 5"), std::string::npos);
}

// A Go program's blocked goroutines carry their call stack, frame by frame as Go's goroutine dump
// prints it; the stacks survive a trace file.
TEST(TraceFile, BlockedEventsCarryTheirStackAcrossTheFile) {
  const char* source = R"(package main

func wait(ch chan int) {
	<-ch
}

func worker(ch chan int) {
	wait(ch)
}

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go worker(ch)
	}
	var never chan int
	<-never
}
)";
  std::string errors;
  auto prog = vm::compile_file(source, "main.go", &errors);
  ASSERT_NE(prog, nullptr) << errors;
  Symbols syms;
  Recorder rec(1);
  vm::RunConfig cfg;
  cfg.sink = &rec;
  cfg.out = cfg.err = [](std::string_view) {};
  std::string err;
  {
    vm::GoRun run(*prog, syms, cfg);
    err = run.run().error;
  }
  std::vector<Event> events;
  rec.poll(events);
  EXPECT_NE(err.find("main.wait()"), std::string::npos) << err;  // the dump: the same frames
  auto frames_of = [](const Symbols& sy, StackId id) {
    std::vector<std::string> out;
    for (SiteId s : sy.stack_at(id)) out.push_back(std::string(sy.name(sy.site_at(s).function)) + ":" + std::to_string(sy.site_at(s).line));
    return out;
  };
  int workers = 0, mains = 0;
  for (const Event& e : events) {
    if (e.kind != EventKind::TaskBlocked) continue;
    const auto frames = frames_of(syms, e.arg);
    if (e.task == 1) {
      ++mains;
      EXPECT_EQ(frames, (std::vector<std::string>{"main.main:17"}));
    } else {
      ++workers;
      EXPECT_EQ(frames, (std::vector<std::string>{"main.wait:4", "main.worker:8"}));
    }
  }
  EXPECT_EQ(workers, 3);
  EXPECT_EQ(mains, 1);
  TraceData back;
  ASSERT_TRUE(decode_trace(encode_trace(syms, events), back, errors)) << errors;
  ASSERT_EQ(back.symbols->stack_count(), syms.stack_count());
  for (const Event& e : back.events) {
    if (e.kind == EventKind::TaskBlocked) {
      EXPECT_EQ(frames_of(*back.symbols, e.arg), frames_of(syms, e.arg));
    }
  }
}

// A goroutine parking again and again, at one place and at others in turn: every blocked event's
// innermost frame is the operation's own site, and its callers are those of that moment.
TEST(TraceFile, EveryParkRecordsTheStackOfItsMoment) {
  const char* source = R"(package main

import "time"

func wait(ch chan int) int {
	return <-ch
}

func deeper(ch chan int) int {
	return wait(ch)
}

func worker(ch chan int, done chan bool) {
	for i := 0; i < 9; i++ {
		switch i % 3 {
		case 0:
			<-ch
		case 1:
			wait(ch)
		default:
			deeper(ch)
		}
	}
	done <- true
}

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go worker(ch, done)
	for i := 0; i < 9; i++ {
		time.Sleep(time.Millisecond) // the worker waits first, every time
		ch <- i
	}
	<-done
}
)";
  std::string errors;
  auto prog = vm::compile_file(source, "main.go", &errors);
  ASSERT_NE(prog, nullptr) << errors;
  Symbols syms;
  Recorder rec(1);
  vm::RunConfig cfg;
  cfg.sink = &rec;
  cfg.out = cfg.err = [](std::string_view) {};
  {
    vm::GoRun run(*prog, syms, cfg);
    run.run();
  }
  std::vector<Event> events;
  rec.poll(events);
  std::map<size_t, int> depths;  // the worker's stack depths when it waits on ch
  for (const Event& e : events) {
    if (e.kind != EventKind::TaskBlocked) continue;
    const std::vector<SiteId> frames = syms.stack_at(e.arg);
    ASSERT_FALSE(frames.empty()) << "event " << e.seq;
    if (e.reason == WaitReason::Sleep) continue;  // its site is inside the library's time.Sleep
    const Site inner = syms.site_at(frames.front()), op = syms.site_at(e.site);
    EXPECT_EQ(inner.line, op.line) << "event " << e.seq;
    EXPECT_EQ(inner.function, op.function) << "event " << e.seq;
    EXPECT_EQ(syms.name(syms.site_at(frames.back()).function), e.task == 1 ? "main.main" : "main.worker");
    if (e.task == 2 && e.reason == WaitReason::ChanRecv) ++depths[frames.size()];
  }
  EXPECT_EQ(depths, (std::map<size_t, int>{{1, 3}, {2, 3}, {3, 3}})) << "each of the three ways, three times";
}

// A minimal JSON checker: accepts exactly the JSON grammar (no extensions).
class JsonChecker {
 public:
  explicit JsonChecker(const std::string& s) : s_(s) {}
  bool ok() {
    ws();
    if (!value()) return false;
    ws();
    return i_ == s_.size();
  }

 private:
  void ws() {
    while (i_ < s_.size() && std::strchr(" \t\r\n", s_[i_])) ++i_;
  }
  bool lit(const char* w) {
    size_t n = std::strlen(w);
    if (s_.compare(i_, n, w) != 0) return false;
    i_ += n;
    return true;
  }
  bool str() {
    if (s_[i_] != '"') return false;
    for (++i_; i_ < s_.size(); ++i_) {
      if (s_[i_] == '\\') {
        ++i_;
        continue;
      }
      if (static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_] == '"') {
        ++i_;
        return true;
      }
    }
    return false;
  }
  bool num() {
    size_t st = i_;
    if (s_[i_] == '-') ++i_;
    while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E' || s_[i_] == '+' || s_[i_] == '-')) ++i_;
    return i_ > st;
  }
  bool value() {
    if (i_ >= s_.size()) return false;
    char c = s_[i_];
    if (c == '{') {
      ++i_;
      ws();
      if (s_[i_] == '}') return ++i_, true;
      for (;;) {
        ws();
        if (!str()) return false;
        ws();
        if (s_[i_++] != ':') return false;
        ws();
        if (!value()) return false;
        ws();
        if (s_[i_] == ',') { ++i_; continue; }
        if (s_[i_] == '}') return ++i_, true;
        return false;
      }
    }
    if (c == '[') {
      ++i_;
      ws();
      if (s_[i_] == ']') return ++i_, true;
      for (;;) {
        ws();
        if (!value()) return false;
        ws();
        if (s_[i_] == ',') { ++i_; continue; }
        if (s_[i_] == ']') return ++i_, true;
        return false;
      }
    }
    if (c == '"') return str();
    if (lit("true") || lit("false") || lit("null")) return true;
    return num();
  }
  const std::string& s_;
  size_t i_ = 0;
};

TEST(Export, ChromeJsonParsesAndHasATrackPerTask) {
  auto run = record_leak();
  analysis::RunModel m(run->symbols);
  m.append(run->events);
  m.finish();
  std::ostringstream out;
  analysis::write_chrome_json(m, out);
  std::string json = out.str();
  EXPECT_TRUE(JsonChecker(json).ok()) << json.substr(0, 400);
  for (const auto& t : m.tasks()) {
    std::string needle = "\"tid\":" + std::to_string(t.id) + ",\"name\":\"thread_name\"";
    EXPECT_NE(json.find(needle), std::string::npos) << "no track for task " << t.id;
  }
  EXPECT_NE(json.find("permanently blocked: chan receive"), std::string::npos);
}

TEST(Export, CountsCsvHasOneRowPerChange) {
  auto run = record_leak();
  analysis::RunModel m(run->symbols);
  m.append(run->events);
  m.finish();
  std::ostringstream out;
  analysis::write_counts_csv(m, out);
  std::string csv = out.str();
  size_t rows = std::count(csv.begin(), csv.end(), '\n');
  EXPECT_EQ(rows, m.counts().size() + 1);
  EXPECT_EQ(csv.rfind("time_ns,seq,alive,running,runnable,blocked,sleeping,permanently_blocked\n", 0), 0u);
}

TEST(Export, DurationsPrintLikeGo) {
  using analysis::format_duration;
  EXPECT_EQ(format_duration(0), "0s");
  EXPECT_EQ(format_duration(1'500'000'000), "1.5s");
  EXPECT_EQ(format_duration(80'000'000), "80ms");
  EXPECT_EQ(format_duration(5'400'000'000'000), "1h30m0s");
  EXPECT_EQ(format_duration(1'500'000), "1.5ms");
  EXPECT_EQ(format_duration(250), "250ns");
  EXPECT_EQ(format_duration(-2'000'000'000), "-2s");
  EXPECT_EQ(format_duration(3'000), "3\xC2\xB5s");
  EXPECT_EQ(format_duration(120'000'000'000), "2m0s");
}

}  // namespace
}  // namespace goro::trace
