// A randomized stress test: thousands of tasks doing sends, receives, selects, closes and cancels
// on several workers. Run under the tsan preset it must report nothing; here it checks that every
// value sent is received exactly once and that the run frees everything.
#include <random>

#include "harness.h"

namespace goro::test {
namespace {

struct Shared {
  std::atomic<int64_t> sent_sum{0};
  std::atomic<int64_t> received_sum{0};
  std::atomic<int> cancels_seen{0};
};

Co<> producer(std::vector<Chan<int>> chans, int seed, int count, Shared* s, WaitGroupRef wg) {
  std::mt19937 rng(seed);
  for (int i = 0; i < count; ++i) {
    int v = static_cast<int>(rng() % 1000);
    Chan<int> a = chans[rng() % chans.size()];
    Chan<int> b = chans[rng() % chans.size()];
    int x = v, y = v;
    switch (rng() % 3) {
      case 0:
        co_await a.send(v);
        break;
      case 1: {
        SelectCase cases[] = {send_case(a, &x), send_case(b, &y)};
        co_await select(cases);
        break;
      }
      case 2: {
        // Non-blocking attempt first, then a blocking send.
        SelectCase cases[] = {send_case(a, &x)};
        if (co_await select(cases, true) == -1) co_await b.send(v);
        break;
      }
    }
    s->sent_sum += v;
    if (rng() % 16 == 0) co_await yield();
  }
  wg.done();
}

Co<> consumer(std::vector<Chan<int>> chans, ContextRef ctx, int seed, Shared* s, WaitGroupRef wg) {
  std::mt19937 rng(seed);
  auto done = ctx.done();
  for (;;) {
    Chan<int> a = chans[rng() % chans.size()];
    Chan<int> b = chans[rng() % chans.size()];
    int va = 0, vb = 0;
    char d = 0;
    SelectCase cases[] = {recv_case(a, &va), recv_case(b, &vb), recv_case(done, &d)};
    int k = co_await select(cases);
    if (k == 2) {
      ++s->cancels_seen;
      break;
    }
    s->received_sum += (k == 0 ? va : vb);
  }
  wg.done();
}

Co<> drain(std::vector<Chan<int>> chans, Shared* s) {
  // After the consumers stopped, nothing may be left: every buffer is read out here.
  for (auto& c : chans) {
    c.close();
    for (;;) {
      auto [v, ok] = co_await c.recv2();
      if (!ok) break;
      s->received_sum += v;
    }
  }
}

Co<> stress_main(Shared* s, int producers, int consumers, int per_producer) {
  std::vector<Chan<int>> chans;
  for (int i = 0; i < 8; ++i) chans.push_back(Chan<int>::make(i % 3 == 0 ? 0 : 4));
  auto ctx = ContextRef::background().with_cancel();
  auto pwg = WaitGroupRef::make();
  auto cwg = WaitGroupRef::make();
  pwg.add(producers);
  cwg.add(consumers);
  for (int i = 0; i < consumers; ++i) go(consumer(chans, ctx, 1000 + i, s, cwg), "consumer");
  for (int i = 0; i < producers; ++i) go(producer(chans, i, per_producer, s, pwg), "producer");
  co_await pwg.wait();
  ctx.cancel();
  co_await cwg.wait();
  co_await drain(chans, s);
}

class StressTest : public RuntimeTest {};
INSTANTIATE_TEST_SUITE_P(Workers, StressTest, ::testing::Values(2u, 4u));

TEST_P(StressTest, EveryValueArrivesExactlyOnce) {
  Shared s;
  auto out = run(stress_main(&s, 2000, 500, 20));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(s.sent_sum.load(), s.received_sum.load());
  EXPECT_EQ(s.cancels_seen.load(), 500);
  EXPECT_EQ(out.result.tasks_created, 2501u);
}

TEST_P(StressTest, RealClockToo) {
  Shared s;
  auto out = run(stress_main(&s, 300, 100, 20), {.clock = ClockMode::Real});
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(s.sent_sum.load(), s.received_sum.load());
}

}  // namespace
}  // namespace goro::test
