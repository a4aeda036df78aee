// How runs end (main returns, deadlock, panic, os.Exit, stop, limits) and the events they emit.
#include <chrono>
#include <thread>
#include <cstring>

#include "harness.h"

namespace goro::test {
namespace {

constexpr Nanos ms = 1'000'000;

class LifecycleTest : public RuntimeTest {};
INSTANTIATE_TEST_SUITE_P(Workers, LifecycleTest, GORO_WORKER_COUNTS);

Co<> block_on(Chan<int> ch) { co_await ch.recv(); }

TEST_P(LifecycleTest, MainReturningEndsTheRunWithTasksAlive) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    for (int i = 0; i < 10; ++i) go(block_on(ch), "main.blocked");
    co_await sleep(ms);
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(out.result.exit_code, 0);
  EXPECT_EQ(out.result.tasks_created, 11u);
  // Ten tasks were blocked and never exited; main exited.
  size_t exited = 0, blocked = 0;
  for (const Event& e : out.events) {
    if (e.kind == EventKind::TaskExited) ++exited;
    if (e.kind == EventKind::TaskBlocked && e.reason == WaitReason::ChanRecv) ++blocked;
  }
  EXPECT_EQ(exited, 1u);
  EXPECT_EQ(blocked, 10u);
  EXPECT_EQ(out.events.back().kind, EventKind::RunEnded);
}

TEST_P(LifecycleTest, DeadlockListsEveryBlockedTask) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    go(block_on(ch), "main.waiter");
    co_await Chan<int>::make().recv();  // nobody else has this channel
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Deadlock);
  EXPECT_EQ(out.result.exit_code, 2);
  const std::string& err = out.result.error;
  EXPECT_EQ(err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", 0), 0u) << err;
  EXPECT_NE(err.find("goroutine 2 [chan receive]:\nmain.waiter(...)"), std::string::npos) << err;
}

TEST_P(LifecycleTest, PanicInAGoroutineEndsTheProgram) {
  auto bad = []() -> Co<> {
    co_await sleep(ms);
    throw Panic("boom");
  };
  auto main = [](decltype(bad)* bad) -> Co<> {
    go((*bad)(), "main.bad");
    co_await sleep(10 * ms);
  };
  auto out = run(main(&bad));
  EXPECT_EQ(out.result.reason, EndReason::Panic);
  EXPECT_EQ(out.result.exit_code, 2);
  EXPECT_EQ(out.result.failed_task, 2u);
  EXPECT_EQ(out.result.error.rfind("panic: boom\n\ngoroutine 2 [running]:\nmain.bad(...)", 0), 0u)
      << out.result.error;
}

TEST_P(LifecycleTest, OsExitUsesItsCode) {
  auto main = []() -> Co<> {
    co_await sleep(ms);
    throw ExitProgram{3};
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Exit);
  EXPECT_EQ(out.result.exit_code, 3);
  EXPECT_EQ(out.result.error, "");
}

TEST_P(LifecycleTest, StopEndsARunawayRun) {
  auto main = []() -> Co<> {
    for (;;) co_await sleep(ms);  // virtual time races ahead forever
  };
  Symbols syms;
  CollectingSink sink;
  RuntimeOptions opts{.workers = GetParam(), .sink = &sink};
  Runtime rt(opts, syms);
  std::chrono::steady_clock::time_point asked;
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    asked = std::chrono::steady_clock::now();
    rt.stop();
  });
  RunResult r = rt.run(native_main(main()));
  auto took = std::chrono::steady_clock::now() - asked;
  stopper.join();
  EXPECT_EQ(r.reason, EndReason::Stopped);
  EXPECT_LT(took, std::chrono::milliseconds(500));  // the product promises 100 ms; sanitizers are slow
}

TEST_P(LifecycleTest, TaskLimitEndsTheRun) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    for (;;) {
      go(block_on(ch));
      co_await yield();
    }
  };
  auto out = run(main(), {.max_tasks = 1000});
  EXPECT_EQ(out.result.reason, EndReason::Limit);
  EXPECT_NE(out.result.error.find("task limit"), std::string::npos);
}

TEST_P(LifecycleTest, EventsAreDenseOrderedAndComplete) {
  auto child = [](Chan<int> ch) -> Co<> { co_await ch.send(1); };
  auto main = [](decltype(child)* child) -> Co<> {
    auto ch = Chan<int>::make();
    go((*child)(ch), "main.child");
    co_await sleep(ms);
    co_await ch.recv();
    co_await sleep(ms);  // let the child finish before main returns
  };
  auto out = run(main(&child));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  const auto& ev = out.events;
  for (size_t i = 0; i < ev.size(); ++i) {
    ASSERT_EQ(ev[i].seq, i) << "sequence numbers have a hole";
    if (i) {
      ASSERT_LE(ev[i - 1].vtime, ev[i].vtime) << "virtual time went backwards";
    }
  }
  EXPECT_EQ(ev.front().kind, EventKind::RunStarted);
  // The child: created by main, blocked on its send, woken by main, exited.
  bool created = false, blocked = false, woken = false, exited = false;
  for (const Event& e : ev) {
    if (e.task != 2) continue;
    if (e.kind == EventKind::TaskCreated) created = e.arg == 1;
    if (e.kind == EventKind::TaskBlocked) blocked = e.reason == WaitReason::ChanSend && e.object != 0;
    if (e.kind == EventKind::TaskWoken) woken = e.arg == 1;
    if (e.kind == EventKind::TaskExited) exited = true;
  }
  EXPECT_TRUE(created);
  EXPECT_TRUE(blocked);
  EXPECT_TRUE(woken);
  EXPECT_TRUE(exited);
}

// The same program twice on one worker with one seed: the same events in the same order.
Co<> replay_program() {
  auto jobs = Chan<int>::make(4);
  auto results = Chan<int>::make();
  auto quit = Chan<int>::make();
  struct W {
    static Co<> worker(Chan<int> jobs, Chan<int> results, Chan<int> quit) {
      for (;;) {
        int j = 0, q = 0;
        SelectCase cases[] = {recv_case(jobs, &j), recv_case(quit, &q)};
        int k = co_await select(cases);
        if (k == 1 || !cases[0].ok) co_return;
        co_await sleep(j * 1000);
        co_await results.send(j * j);
      }
    }
  };
  for (int i = 0; i < 5; ++i) go(W::worker(jobs, results, quit), "main.worker");
  for (int i = 0; i < 20; ++i) {
    int v = i;
    int r = 0;
    SelectCase cases[] = {send_case(jobs, &v), recv_case(results, &r)};
    if (co_await select(cases) == 1) --i;  // a result arrived instead: retry this job
  }
  quit.close();
  co_await sleep(100 * ms);
}

TEST(Replay, OneWorkerAndASeedReplayExactly) {
  auto strip = [](std::vector<Event> ev) {
    for (Event& e : ev) e.wall = 0;
    return ev;
  };
  auto a = strip(run_native(replay_program(), {.workers = 1, .seed = 99}).events);
  auto b = strip(run_native(replay_program(), {.workers = 1, .seed = 99}).events);
  ASSERT_GT(a.size(), 100u);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(0, std::memcmp(&a[i], &b[i], sizeof(Event))) << "runs diverge at event " << i;
  }
}

}  // namespace
}  // namespace goro::test
