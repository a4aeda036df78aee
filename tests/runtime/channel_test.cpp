// Channels: rendezvous, buffering, close, nil channels and Go's channel panics.
#include "harness.h"

namespace goro::test {
namespace {

class ChannelTest : public RuntimeTest {};
INSTANTIATE_TEST_SUITE_P(Workers, ChannelTest, GORO_WORKER_COUNTS);

TEST_P(ChannelTest, UnbufferedSendWaitsForReceiver) {
  std::vector<std::string> log;
  std::mutex mu;
  auto note = [&](std::string s) { std::lock_guard l(mu); log.push_back(std::move(s)); };
  auto receiver = [](Chan<int> ch, Chan<int> ack, decltype(note)* note) -> Co<> {
    (*note)("receiver sleeping");
    co_await sleep(1'000'000);
    int v = co_await ch.recv();
    (*note)("received " + std::to_string(v));
    co_await ack.send(0);
  };
  auto main = [](decltype(receiver)* receiver, decltype(note)* note) -> Co<> {
    auto ch = Chan<int>::make();
    auto ack = Chan<int>::make();
    go((*receiver)(ch, ack, note));
    Nanos before = now();
    co_await ch.send(7);
    (*note)("send returned after " + std::to_string(now() - before));
    co_await ack.recv();
  };
  auto out = run(main(&receiver, &note));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  // The send could only complete once the receiver woke from its 1 ms sleep.
  EXPECT_NE(std::find(log.begin(), log.end(), "send returned after 1000000"), log.end());
  EXPECT_NE(std::find(log.begin(), log.end(), "received 7"), log.end());
}

TEST_P(ChannelTest, BufferedIsFifoWithLenAndCap) {
  std::vector<int> got;
  uint32_t len_full = 0, cap = 0;
  auto main = [](std::vector<int>* got, uint32_t* len_full, uint32_t* cap) -> Co<> {
    auto ch = Chan<int>::make(3);
    co_await ch.send(1);
    co_await ch.send(2);
    co_await ch.send(3);  // fills the buffer without blocking
    *len_full = ch.len();
    *cap = ch.cap();
    for (int i = 0; i < 3; ++i) got->push_back(co_await ch.recv());
  };
  auto out = run(main(&got, &len_full, &cap));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(got, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(len_full, 3u);
  EXPECT_EQ(cap, 3u);
}

TEST_P(ChannelTest, BlockedSenderOnFullBufferKeepsOrder) {
  std::vector<int> got;
  auto producer = [](Chan<int> ch) -> Co<> {
    for (int i = 0; i < 10; ++i) co_await ch.send(i);
    ch.close();
  };
  auto main = [](decltype(producer)* producer, std::vector<int>* got) -> Co<> {
    auto ch = Chan<int>::make(2);
    go((*producer)(ch));
    co_await sleep(1000);  // let the producer fill the buffer and block
    for (;;) {
      auto [v, ok] = co_await ch.recv2();
      if (!ok) break;
      got->push_back(v);
    }
  };
  auto out = run(main(&producer, &got));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(got, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

TEST_P(ChannelTest, ReceiveFromClosedDrainsThenZeroNotOk) {
  std::vector<std::pair<int, bool>> got;
  auto main = [](std::vector<std::pair<int, bool>>* got) -> Co<> {
    auto ch = Chan<int>::make(2);
    co_await ch.send(5);
    co_await ch.send(6);
    ch.close();
    for (int i = 0; i < 4; ++i) got->push_back(co_await ch.recv2());
  };
  auto out = run(main(&got));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  std::vector<std::pair<int, bool>> want{{5, true}, {6, true}, {0, false}, {0, false}};
  EXPECT_EQ(got, want);
}

TEST_P(ChannelTest, CloseWakesBlockedReceiversWithZero) {
  std::atomic<int> woke_not_ok{0};
  auto waiter = [](Chan<int> ch, WaitGroupRef wg, std::atomic<int>* n) -> Co<> {
    auto [v, ok] = co_await ch.recv2();
    if (!ok && v == 0) ++*n;
    wg.done();
  };
  auto main = [](decltype(waiter)* waiter, std::atomic<int>* n) -> Co<> {
    auto ch = Chan<int>::make();
    auto wg = WaitGroupRef::make();
    wg.add(5);
    for (int i = 0; i < 5; ++i) go((*waiter)(ch, wg, n));
    co_await sleep(100);
    ch.close();
    co_await wg.wait();
  };
  auto out = run(main(&waiter, &woke_not_ok));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(woke_not_ok.load(), 5);
}

TEST_P(ChannelTest, SendOnClosedChannelPanics) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make(1);
    ch.close();
    co_await ch.send(1);
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Panic);
  EXPECT_EQ(out.result.exit_code, 2);
  EXPECT_EQ(out.result.error.rfind("panic: send on closed channel\n\ngoroutine 1 [running]:\n", 0), 0u);
  EXPECT_NE(out.result.error.find("goroutine 1 [running]:"), std::string::npos);
}

TEST_P(ChannelTest, BlockedSenderPanicsWhenChannelCloses) {
  auto sender = [](Chan<int> ch) -> Co<> { co_await ch.send(1); };
  auto main = [](decltype(sender)* sender) -> Co<> {
    auto ch = Chan<int>::make();
    go((*sender)(ch));
    co_await sleep(10);
    ch.close();
    co_await sleep(10);
  };
  auto out = run(main(&sender));
  EXPECT_EQ(out.result.reason, EndReason::Panic);
  EXPECT_EQ(out.result.failed_task, 2u);
  EXPECT_EQ(out.result.error.rfind("panic: send on closed channel", 0), 0u);
  EXPECT_NE(out.result.error.find("goroutine 2 [running]:"), std::string::npos);
}

TEST_P(ChannelTest, CloseOfClosedChannelPanics) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    ch.close();
    ch.close();
    co_return;
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Panic);
  EXPECT_EQ(out.result.error.rfind("panic: close of closed channel\n", 0), 0u);
}

TEST_P(ChannelTest, CloseOfNilChannelPanics) {
  auto main = []() -> Co<> {
    Chan<int> nil;
    nil.close();
    co_return;
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Panic);
  EXPECT_EQ(out.result.error.rfind("panic: close of nil channel\n", 0), 0u);
}

TEST_P(ChannelTest, NilChannelBlocksForever) {
  auto main = []() -> Co<> {
    Chan<int> nil;
    co_await nil.recv();
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Deadlock);
  EXPECT_EQ(out.result.exit_code, 2);
  EXPECT_EQ(out.result.error.rfind(
                "fatal error: all goroutines are asleep - deadlock!\n\n"
                "goroutine 1 [chan receive (nil chan)]:\n",
                0),
            0u)
      << out.result.error;
}

TEST_P(ChannelTest, ChannelOfChannels) {
  int answer = 0;
  auto server = [](Chan<Chan<int>> requests) -> Co<> {
    for (;;) {
      auto [reply, ok] = co_await requests.recv2();
      if (!ok) co_return;
      co_await reply.send(42);
    }
  };
  auto main = [](decltype(server)* server, int* answer) -> Co<> {
    auto requests = Chan<Chan<int>>::make();
    go((*server)(requests));
    auto reply = Chan<int>::make();
    co_await requests.send(reply);
    *answer = co_await reply.recv();
    requests.close();
  };
  auto out = run(main(&server, &answer));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(answer, 42);
}

TEST_P(ChannelTest, BlockingDeepInACallChain) {
  // A task parks three coroutine calls deep and resumes there.
  int result = 0;
  struct Deep {
    static Co<int> level3(Chan<int> ch) { co_return co_await ch.recv() + 3; }
    static Co<int> level2(Chan<int> ch) { co_return co_await level3(ch) + 2; }
    static Co<int> level1(Chan<int> ch) { co_return co_await level2(ch) + 1; }
    static Co<> worker(Chan<int> ch, Chan<int> out) { co_await out.send(co_await level1(ch)); }
  };
  auto main = [](int* result) -> Co<> {
    auto ch = Chan<int>::make();
    auto out = Chan<int>::make();
    go(Deep::worker(ch, out));
    co_await sleep(5);
    co_await ch.send(100);
    *result = co_await out.recv();
  };
  auto out = run(main(&result));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(result, 106);
}

}  // namespace
}  // namespace goro::test
