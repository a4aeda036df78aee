// The clock: virtual by default (sleeping costs no wall time), or real; timers and tickers.
#include <chrono>

#include "harness.h"

namespace goro::test {
namespace {

constexpr Nanos ms = 1'000'000;
constexpr Nanos sec = 1'000'000'000;

class TimeTest : public RuntimeTest {};
INSTANTIATE_TEST_SUITE_P(Workers, TimeTest, GORO_WORKER_COUNTS);

TEST_P(TimeTest, VirtualSleepCostsNoWallTime) {
  Nanos slept = 0;
  auto main = [](Nanos* slept) -> Co<> {
    Nanos t0 = now();
    co_await sleep(3600 * sec);  // an hour
    *slept = now() - t0;
  };
  auto wall0 = std::chrono::steady_clock::now();
  auto out = run(main(&slept));
  auto wall = std::chrono::steady_clock::now() - wall0;
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(slept, 3600 * sec);
  EXPECT_LT(wall, std::chrono::seconds(2));
  EXPECT_EQ(out.result.end_time, 3600 * sec);
}

TEST_P(TimeTest, SleepZeroAndNegativeReturnAtOnce) {
  auto main = []() -> Co<> {
    co_await sleep(0);
    co_await sleep(-5 * sec);
  };
  auto out = run(main());
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(out.result.end_time, 0);
}

TEST_P(TimeTest, SleepersWakeInTimeOrder) {
  std::vector<int> order;
  std::mutex mu;
  auto sleeper = [](int id, Nanos d, std::vector<int>* order, std::mutex* mu, WaitGroupRef wg) -> Co<> {
    co_await sleep(d);
    {
      std::lock_guard l(*mu);
      order->push_back(id);
    }
    wg.done();
  };
  auto main = [](decltype(sleeper)* sleeper, std::vector<int>* order, std::mutex* mu) -> Co<> {
    auto wg = WaitGroupRef::make();
    wg.add(4);
    go((*sleeper)(3, 30 * ms, order, mu, wg));
    go((*sleeper)(1, 10 * ms, order, mu, wg));
    go((*sleeper)(4, 40 * ms, order, mu, wg));
    go((*sleeper)(2, 20 * ms, order, mu, wg));
    co_await wg.wait();
  };
  auto out = run(main(&sleeper, &order, &mu));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(order, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(out.result.end_time, 40 * ms);
}

TEST_P(TimeTest, AfterDeliversOnce) {
  Nanos at = 0;
  auto main = [](Nanos* at) -> Co<> { *at = co_await after(250 * ms).recv(); };
  auto out = run(main(&at));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(at, 250 * ms);
}

TEST_P(TimeTest, TimeoutSelectPattern) {
  int chosen = -1;
  auto main = [](int* chosen) -> Co<> {
    auto never = Chan<int>::make();
    int v = 0;
    int64_t t = 0;
    auto timeout = after(100 * ms);
    SelectCase cases[] = {recv_case(never, &v), recv_case(timeout, &t)};
    *chosen = co_await select(cases);
  };
  auto out = run(main(&chosen));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(chosen, 1);
  EXPECT_EQ(out.result.end_time, 100 * ms);
}

TEST_P(TimeTest, TimerStopAndResetReportWhetherActive) {
  std::vector<bool> results;
  auto main = [](std::vector<bool>* r) -> Co<> {
    auto t = new_timer(50 * ms);
    r->push_back(t.stop());        // true: it was active
    r->push_back(t.stop());        // false: already stopped
    r->push_back(t.reset(10 * ms));  // false: was stopped
    co_await t.C.recv();           // fires at 10 ms
    r->push_back(t.stop());        // false: already fired
    r->push_back(t.reset(5 * ms));   // false
    r->push_back(t.reset(5 * ms));   // true: was active
    co_await t.C.recv();
  };
  auto out = run(main(&results));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(results, (std::vector<bool>{true, false, false, false, false, true}));
  EXPECT_EQ(out.result.end_time, 15 * ms);
}

TEST_P(TimeTest, TickerTicksEveryPeriodAndResets) {
  std::vector<Nanos> ticks;
  auto main = [](std::vector<Nanos>* ticks) -> Co<> {
    auto t = new_ticker(10 * ms);
    for (int i = 0; i < 3; ++i) ticks->push_back(co_await t.C.recv());
    t.stop();
    co_await sleep(100 * ms);        // no ticks while stopped
    EXPECT_EQ(t.C.len(), 0u);
    t.reset(25 * ms);                // a stopped ticker restarts with Reset
    ticks->push_back(co_await t.C.recv());
    ticks->push_back(co_await t.C.recv());
    t.stop();
  };
  auto out = run(main(&ticks));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(ticks, (std::vector<Nanos>{10 * ms, 20 * ms, 30 * ms, 155 * ms, 180 * ms}));
}

TEST_P(TimeTest, SlowReaderDropsTicks) {
  size_t buffered = 99;
  auto main = [](size_t* buffered) -> Co<> {
    auto t = new_ticker(1 * ms);
    co_await sleep(50 * ms);  // 50 ticks, but the channel holds one
    *buffered = t.C.len();
    t.stop();
  };
  auto out = run(main(&buffered));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(buffered, 1u);
}

TEST_P(TimeTest, TickChannelKeepsTicking) {
  int n = 0;
  auto main = [](int* n) -> Co<> {
    auto c = tick(7 * ms);
    for (int i = 0; i < 5; ++i) {
      co_await c.recv();
      ++*n;
    }
  };
  auto out = run(main(&n));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(n, 5);
  EXPECT_EQ(out.result.end_time, 35 * ms);
}

TEST_P(TimeTest, AfterFuncStartsATask) {
  int ran_at = 0;
  auto body = [](int* ran_at) -> Co<> {
    *ran_at = static_cast<int>(now() / ms);
    co_return;
  };
  auto main = [](decltype(body)* body, int* ran_at) -> Co<> {
    after_func(30 * ms, [body, ran_at] { return (*body)(ran_at); }, "main.func1");
    co_await sleep(100 * ms);
  };
  auto out = run(main(&body, &ran_at));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(ran_at, 30);
  EXPECT_EQ(out.result.tasks_created, 2u);
}

TEST_P(TimeTest, RealClockSleeps) {
  Nanos slept = 0;
  auto main = [](Nanos* slept) -> Co<> {
    Nanos t0 = now();
    co_await sleep(20 * ms);
    *slept = now() - t0;
  };
  auto out = run(main(&slept), {.clock = ClockMode::Real});
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_GE(slept, 20 * ms);
  EXPECT_LT(slept, 1000 * ms);
}

TEST_P(TimeTest, TimeLimitEndsARunawayProgram) {
  auto main = []() -> Co<> {
    for (;;) co_await sleep(sec);
  };
  auto out = run(main(), {.max_time = 10 * sec});
  EXPECT_EQ(out.result.reason, EndReason::Limit);
  EXPECT_NE(out.result.error.find("time limit"), std::string::npos);
}

}  // namespace
}  // namespace goro::test
