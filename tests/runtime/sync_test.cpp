// WaitGroup, Mutex, RWMutex, Once: Go's semantics, panics and fatal errors.
#include "harness.h"

namespace goro::test {
namespace {

class SyncTest : public RuntimeTest {};
INSTANTIATE_TEST_SUITE_P(Workers, SyncTest, GORO_WORKER_COUNTS);

TEST_P(SyncTest, WaitGroupWaitsForAll) {
  std::atomic<int> done{0};
  auto worker = [](WaitGroupRef wg, std::atomic<int>* done, int i) -> Co<> {
    co_await sleep(i * 1000);
    ++*done;
    wg.done();
  };
  auto main = [](decltype(worker)* worker, std::atomic<int>* done, int* seen) -> Co<> {
    auto wg = WaitGroupRef::make();
    for (int i = 0; i < 100; ++i) {
      wg.add(1);
      go((*worker)(wg, done, i));
    }
    co_await wg.wait();
    *seen = done->load();
  };
  int seen = 0;
  auto out = run(main(&worker, &done, &seen));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(seen, 100);
}

TEST_P(SyncTest, WaitGroupNegativeCounterPanics) {
  auto main = []() -> Co<> {
    auto wg = WaitGroupRef::make();
    wg.add(1);
    wg.done();
    wg.done();
    co_return;
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Panic);
  EXPECT_EQ(out.result.error.rfind("panic: sync: negative WaitGroup counter\n", 0), 0u);
}

TEST_P(SyncTest, MutexExcludes) {
  int64_t counter = 0;
  auto adder = [](MutexRef mu, WaitGroupRef wg, int64_t* counter) -> Co<> {
    for (int i = 0; i < 500; ++i) {
      co_await mu.lock();
      int64_t v = *counter;
      if (i % 7 == 0) co_await yield();  // invite interleaving inside the critical section
      *counter = v + 1;
      mu.unlock();
    }
    wg.done();
  };
  auto main = [](decltype(adder)* adder, int64_t* counter) -> Co<> {
    auto mu = MutexRef::make();
    auto wg = WaitGroupRef::make();
    wg.add(8);
    for (int i = 0; i < 8; ++i) go((*adder)(mu, wg, counter));
    co_await wg.wait();
  };
  auto out = run(main(&adder, &counter));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(counter, 8 * 500);
}

TEST_P(SyncTest, UnlockOfUnlockedMutexIsFatal) {
  auto main = []() -> Co<> {
    auto mu = MutexRef::make();
    mu.unlock();
    co_return;
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Fatal);
  EXPECT_EQ(out.result.exit_code, 2);
  EXPECT_EQ(out.result.error.rfind("fatal error: sync: unlock of unlocked mutex\n", 0), 0u);
}

TEST_P(SyncTest, LockNeverReleasedDeadlocksAsSemacquire) {
  auto main = []() -> Co<> {
    auto mu = MutexRef::make();
    co_await mu.lock();
    co_await mu.lock();
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Deadlock);
  EXPECT_NE(out.result.error.find("goroutine 1 [semacquire]:"), std::string::npos)
      << out.result.error;
}

TEST_P(SyncTest, RWMutexReadersShareWritersExclude) {
  std::atomic<int> readers_inside{0}, max_readers{0};
  std::atomic<bool> overlap{false};
  auto reader = [](RWMutexRef mu, WaitGroupRef wg, std::atomic<int>* in, std::atomic<int>* mx) -> Co<> {
    co_await mu.rlock();
    int n = ++*in;
    int m = mx->load();
    while (n > m && !mx->compare_exchange_weak(m, n)) {}
    co_await sleep(1000);
    --*in;
    mu.runlock();
    wg.done();
  };
  auto writer = [](RWMutexRef mu, WaitGroupRef wg, std::atomic<int>* in, std::atomic<bool>* overlap) -> Co<> {
    co_await sleep(100);  // arrive once every reader holds the lock
    co_await mu.lock();
    if (in->load() != 0) *overlap = true;
    co_await sleep(500);
    if (in->load() != 0) *overlap = true;
    mu.unlock();
    wg.done();
  };
  auto main = [](decltype(reader)* reader, decltype(writer)* writer, std::atomic<int>* in,
                 std::atomic<int>* mx, std::atomic<bool>* overlap) -> Co<> {
    auto mu = RWMutexRef::make();
    auto wg = WaitGroupRef::make();
    wg.add(6);
    for (int i = 0; i < 4; ++i) go((*reader)(mu, wg, in, mx));
    go((*writer)(mu, wg, in, overlap));
    go((*writer)(mu, wg, in, overlap));
    co_await wg.wait();
  };
  auto out = run(main(&reader, &writer, &readers_inside, &max_readers, &overlap));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_FALSE(overlap.load());
  EXPECT_EQ(max_readers.load(), 4);  // all readers were inside at once
}

TEST_P(SyncTest, RWMutexUnlockErrorsAreFatal) {
  auto main = []() -> Co<> {
    auto mu = RWMutexRef::make();
    mu.runlock();
    co_return;
  };
  auto out = run(main());
  EXPECT_EQ(out.result.reason, EndReason::Fatal);
  EXPECT_EQ(out.result.error.rfind("fatal error: sync: RUnlock of unlocked RWMutex\n", 0), 0u);
}

TEST_P(SyncTest, OnceRunsOnceAndLateCallersWait) {
  std::atomic<int> runs{0}, finished_after_init{0};
  auto init = [](std::atomic<int>* runs) -> Co<> {
    co_await sleep(1000);  // others arrive while this runs, and must wait
    ++*runs;
  };
  auto caller = [](OnceRef once, decltype(init)* init, std::atomic<int>* runs, std::atomic<int>* ok,
                   WaitGroupRef wg) -> Co<> {
    co_await once.do_([init, runs] { return (*init)(runs); });
    if (runs->load() == 1) ++*ok;
    wg.done();
  };
  auto main = [](decltype(caller)* caller, decltype(init)* init, std::atomic<int>* runs,
                 std::atomic<int>* ok) -> Co<> {
    auto once = OnceRef::make();
    auto wg = WaitGroupRef::make();
    wg.add(10);
    for (int i = 0; i < 10; ++i) go((*caller)(once, init, runs, ok, wg));
    co_await wg.wait();
  };
  auto out = run(main(&caller, &init, &runs, &finished_after_init));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(runs.load(), 1);
  EXPECT_EQ(finished_after_init.load(), 10);
}

}  // namespace
}  // namespace goro::test
