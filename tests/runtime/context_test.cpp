// context: cancel, timeout, deadline, Err texts, cancellation reaching every descendant.
#include "harness.h"

namespace goro::test {
namespace {

constexpr Nanos ms = 1'000'000;

class ContextTest : public RuntimeTest {};
INSTANTIATE_TEST_SUITE_P(Workers, ContextTest, GORO_WORKER_COUNTS);

TEST_P(ContextTest, BackgroundNeverDone) {
  bool nil_done = false;
  ContextErr err = ContextErr::Canceled;
  auto main = [](bool* nil_done, ContextErr* err) -> Co<> {
    auto bg = ContextRef::background();
    *nil_done = !bg.done();
    *err = bg.err();
    co_return;
  };
  auto out = run(main(&nil_done, &err));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_TRUE(nil_done);
  EXPECT_EQ(err, ContextErr::None);
}

TEST_P(ContextTest, CancelReachesEveryDescendant) {
  std::atomic<int> woken{0};
  auto watcher = [](ContextRef ctx, std::atomic<int>* woken, WaitGroupRef wg) -> Co<> {
    co_await ctx.done().recv();
    if (ctx.err() == ContextErr::Canceled) ++*woken;
    wg.done();
  };
  auto main = [](decltype(watcher)* watcher, std::atomic<int>* woken) -> Co<> {
    auto root = ContextRef::background().with_cancel();
    auto child = root.with_cancel();
    auto grandchild = child.with_timeout(3600'000 * ms);
    auto wg = WaitGroupRef::make();
    wg.add(3);
    go((*watcher)(root, woken, wg));
    go((*watcher)(child, woken, wg));
    go((*watcher)(grandchild, woken, wg));
    co_await sleep(ms);
    root.cancel();
    root.cancel();  // idempotent
    co_await wg.wait();
  };
  auto out = run(main(&watcher, &woken));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned) << out.result.error;
  EXPECT_EQ(woken.load(), 3);
  EXPECT_EQ(out.result.end_time, ms);  // the hour-long timeout was stopped by the cancel
}

TEST_P(ContextTest, ChildCancelDoesNotReachParent) {
  ContextErr parent_err = ContextErr::Canceled, child_err = ContextErr::None;
  auto main = [](ContextErr* p, ContextErr* c) -> Co<> {
    auto parent = ContextRef::background().with_cancel();
    auto child = parent.with_cancel();
    child.cancel();
    *p = parent.err();
    *c = child.err();
    parent.cancel();
    co_return;
  };
  auto out = run(main(&parent_err, &child_err));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(parent_err, ContextErr::None);
  EXPECT_EQ(child_err, ContextErr::Canceled);
}

TEST_P(ContextTest, TimeoutExpiresWithDeadlineExceeded) {
  ContextErr err = ContextErr::None;
  Nanos at = 0;
  auto main = [](ContextErr* err, Nanos* at) -> Co<> {
    auto ctx = ContextRef::background().with_timeout(80 * ms);
    co_await ctx.done().recv();
    *err = ctx.err();
    *at = now();
    ctx.cancel();  // calling cancel after expiry changes nothing
  };
  auto out = run(main(&err, &at));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(err, ContextErr::DeadlineExceeded);
  EXPECT_EQ(at, 80 * ms);
  EXPECT_EQ(context_err_text(err), "context deadline exceeded");
  EXPECT_EQ(context_err_text(ContextErr::Canceled), "context canceled");
}

TEST_P(ContextTest, ChildKeepsParentsSoonerDeadline) {
  Nanos at = 0;
  auto main = [](Nanos* at) -> Co<> {
    auto parent = ContextRef::background().with_timeout(50 * ms);
    auto child = parent.with_timeout(500 * ms);
    co_await child.done().recv();
    *at = now();
    parent.cancel();
  };
  auto out = run(main(&at));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(at, 50 * ms);
}

TEST_P(ContextTest, DeadlineInThePastIsAlreadyDone) {
  ContextErr err = ContextErr::None;
  auto main = [](ContextErr* err) -> Co<> {
    co_await sleep(10 * ms);
    auto ctx = ContextRef::background().with_deadline(5 * ms);
    co_await ctx.done().recv();
    *err = ctx.err();
  };
  auto out = run(main(&err));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(err, ContextErr::DeadlineExceeded);
}

TEST_P(ContextTest, CanceledParentCancelsNewChildAtOnce) {
  ContextErr err = ContextErr::None;
  auto main = [](ContextErr* err) -> Co<> {
    auto parent = ContextRef::background().with_cancel();
    parent.cancel();
    auto child = parent.with_cancel();
    co_await child.done().recv();
    *err = child.err();
  };
  auto out = run(main(&err));
  ASSERT_EQ(out.result.reason, EndReason::MainReturned);
  EXPECT_EQ(err, ContextErr::Canceled);
}

}  // namespace
}  // namespace goro::test
