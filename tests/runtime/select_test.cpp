// select: ready cases chosen uniformly at random (seeded), default, nil cases, send cases.
#include "harness.h"

namespace goro::test {
namespace {

class SelectTest : public RuntimeTest {};
INSTANTIATE_TEST_SUITE_P(Workers, SelectTest, GORO_WORKER_COUNTS);

TEST_P(SelectTest, ChoosesUniformlyAmongReadyCases) {
  std::array<int, 3> hits{};
  auto main = [](std::array<int, 3>* hits) -> Co<> {
    auto a = Chan<int>::make(1), b = Chan<int>::make(1), c = Chan<int>::make(1);
    for (int i = 0; i < 3000; ++i) {
      co_await a.send(1);
      co_await b.send(2);
      co_await c.send(3);
      int va = 0, vb = 0, vc = 0;
      SelectCase cases[] = {recv_case(a, &va), recv_case(b, &vb), recv_case(c, &vc)};
      int k = co_await select(cases);
      ++(*hits)[k];
      // Drain the other two so every round starts with all three ready.
      if (k != 0) co_await a.recv();
      if (k != 1) co_await b.recv();
      if (k != 2) co_await c.recv();
    }
  };
  auto out = run(main(&hits));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  for (int h : hits) {
    EXPECT_GT(h, 850) << "select is not uniform";  // expected 1000 each; 850 is > 5 sigma away
    EXPECT_LT(h, 1150);
  }
}

TEST_P(SelectTest, DefaultWhenNothingReady) {
  int chosen = -2;
  auto main = [](int* chosen) -> Co<> {
    auto a = Chan<int>::make();
    int v = 0;
    SelectCase cases[] = {recv_case(a, &v)};
    *chosen = co_await select(cases, /*has_default=*/true);
  };
  auto out = run(main(&chosen));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(chosen, -1);
}

TEST_P(SelectTest, NilCasesNeverFire) {
  int chosen = -2;
  auto sender = [](Chan<int> ch) -> Co<> {
    co_await sleep(1000);
    co_await ch.send(9);
  };
  auto main = [](decltype(sender)* sender, int* chosen) -> Co<> {
    Chan<int> nil;
    auto live = Chan<int>::make();
    go((*sender)(live));
    int a = 0, b = 0;
    SelectCase cases[] = {recv_case(nil, &a), recv_case(live, &b), send_case(nil, &a)};
    *chosen = co_await select(cases);
  };
  auto out = run(main(&sender, &chosen));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(chosen, 1);
}

TEST_P(SelectTest, ParkedSelectWokenBySenderAndReceiver) {
  std::vector<int> got;
  auto peer = [](Chan<int> in, Chan<int> out) -> Co<> {
    co_await sleep(10);
    co_await in.send(1);   // wakes the select's receive case
    co_await sleep(10);
    int v = co_await out.recv();  // wakes the select's send case
    (void)v;
  };
  auto main = [](decltype(peer)* peer, std::vector<int>* got) -> Co<> {
    auto in = Chan<int>::make(), out = Chan<int>::make();
    go((*peer)(in, out));
    for (int round = 0; round < 2; ++round) {
      int v = 0, x = 77;
      SelectCase cases[] = {recv_case(in, &v), send_case(out, &x)};
      int k = co_await select(cases);
      got->push_back(k);
    }
  };
  auto out = run(main(&peer, &got));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(got, (std::vector<int>{0, 1}));
}

TEST_P(SelectTest, ReceiveCaseSeesClose) {
  bool ok = true;
  int chosen = -1;
  auto main = [](bool* ok, int* chosen) -> Co<> {
    auto ch = Chan<int>::make();
    auto never = Chan<int>::make();
    ch.close();
    int v = 5, w = 0;
    SelectCase cases[] = {recv_case(never, &w), recv_case(ch, &v)};
    *chosen = co_await select(cases);
    *ok = cases[1].ok;
  };
  auto out = run(main(&ok, &chosen));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(chosen, 1);
  EXPECT_FALSE(ok);
}

TEST_P(SelectTest, SendCaseOnClosedChannelPanics) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make(1);
    ch.close();
    int v = 1;
    SelectCase cases[] = {send_case(ch, &v)};
    co_await select(cases);
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Panic);
  EXPECT_EQ(out.result.error.rfind("panic: send on closed channel", 0), 0u);
}

TEST_P(SelectTest, EmptySelectBlocksForever) {
  auto main = []() -> Co<> { co_await block_forever(); };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Deadlock);
  EXPECT_NE(out.result.error.find("goroutine 1 [select (no cases)]:"), std::string::npos);
}

TEST(SelectSeed, SeededChoiceIsReproducibleOnOneWorker) {
  auto pattern = [](std::vector<int>* out) -> Co<> {
    auto a = Chan<int>::make(100), b = Chan<int>::make(100);
    for (int i = 0; i < 50; ++i) {
      co_await a.send(i);
      co_await b.send(i);
    }
    for (int i = 0; i < 50; ++i) {
      int va = 0, vb = 0;
      SelectCase cases[] = {recv_case(a, &va), recv_case(b, &vb)};
      out->push_back(co_await select(cases));
    }
  };
  std::vector<int> first, second, other_seed;
  run_native(pattern(&first), {.workers = 1, .seed = 7});
  run_native(pattern(&second), {.workers = 1, .seed = 7});
  run_native(pattern(&other_seed), {.workers = 1, .seed = 8});
  EXPECT_EQ(first, second);
  EXPECT_NE(first, other_seed);
}

}  // namespace
}  // namespace goro::test
