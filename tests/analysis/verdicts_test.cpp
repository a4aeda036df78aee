// Leak verdicts and the analysed run, on purpose-built native programs.
#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>

#include "goro/analysis/leak_detector.h"
#include "goro/analysis/run_model.h"
#include "goro/native.h"

namespace goro::analysis {
namespace {

constexpr Nanos ms = 1'000'000;

class VectorSink : public EventSink {
 public:
  void on_event(const Event& e) override {
    std::lock_guard l(mu);
    events.push_back(e);
  }
  std::mutex mu;
  std::vector<Event> events;
};

struct Analysed {
  Symbols symbols;
  std::unique_ptr<RunModel> model;
  RunResult result;
};

std::unique_ptr<Analysed> analyse(Co<> main, unsigned workers = 1) {
  auto a = std::make_unique<Analysed>();
  VectorSink sink;
  LeakDetector leaks;
  {
    Runtime rt({.workers = workers, .seed = 3, .sink = &sink, .observer = &leaks}, a->symbols);
    a->result = rt.run(native_main(std::move(main)), 0, a->symbols.intern("main.main"));
  }
  std::sort(sink.events.begin(), sink.events.end(),
            [](const Event& x, const Event& y) { return x.seq < y.seq; });
  a->model = std::make_unique<RunModel>(a->symbols);
  a->model->append(sink.events);
  a->model->finish();
  return a;
}

std::vector<TaskId> with_fate(const RunModel& m, Fate f) {
  std::vector<TaskId> out;
  for (const TaskInfo& t : m.tasks()) {
    if (t.id && t.fate == f) out.push_back(t.id);
  }
  return out;
}

Co<> recv_forever(Chan<int> ch) { co_await ch.recv(); }

class Verdicts : public ::testing::TestWithParam<unsigned> {};
INSTANTIATE_TEST_SUITE_P(Workers, Verdicts, ::testing::Values(1u, 2u));

TEST_P(Verdicts, ReceiveWithNoSenderLeaksFromTheStart) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    for (int i = 0; i < 20; ++i) go(recv_forever(ch), "main.worker");
    co_await sleep(5 * 1000 * ms);  // main never touches ch again (it declared no handle)
  };
  auto a = analyse(main(), GetParam());
  const RunModel& m = *a->model;
  EXPECT_EQ(with_fate(m, Fate::PermanentlyBlocked).size(), 20u);
  auto leaks = m.leaks();
  ASSERT_EQ(leaks.size(), 1u);
  EXPECT_EQ(leaks[0].tasks.size(), 20u);
  EXPECT_EQ(leaks[0].op, WaitReason::ChanRecv);
  EXPECT_EQ(leaks[0].became_permanent, 0);  // red for the whole lesson, not only at main's end
  EXPECT_EQ(m.counts_at_time(1000 * ms).permanently_blocked, 20u);
  EXPECT_EQ(m.counts_at_time(1000 * ms).alive, 21u);
}

Co<> hold_and_wait(Chan<int> waits_on, Chan<int> holds) {
  NativeTask::current().hold(holds.get());
  co_await waits_on.recv();
  co_await holds.send(1);
}

TEST_P(Verdicts, ChannelKeptAliveOnlyByALeakedTaskLeaksToo) {
  auto main = []() -> Co<> {
    auto a = Chan<int>::make(), b = Chan<int>::make();
    go(hold_and_wait(a, b), "main.first");  // waits on a (nobody has it), holds b
    go(recv_forever(b), "main.second");     // waits on b: only the leaked first task holds it
    co_await sleep(10 * ms);
  };
  auto an = analyse(main(), GetParam());
  auto leaked = with_fate(*an->model, Fate::PermanentlyBlocked);
  std::sort(leaked.begin(), leaked.end());
  EXPECT_EQ(leaked, (std::vector<TaskId>{2, 3}));
  // The second waits on a channel that only the (leaked) first task holds: the proof names it.
  EXPECT_EQ(an->model->task(3).proof.holders, (std::vector<TaskId>{2}));
}

Co<> sleep_then_send(Chan<int> ch) {
  NativeTask::current().hold(ch.get());
  co_await sleep(1000 * ms);
  co_await ch.send(7);
}

TEST_P(Verdicts, ChannelHeldBySleepingTaskIsNotALeak) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    go(recv_forever(ch), "main.receiver");
    go(sleep_then_send(ch), "main.sender");
    co_await sleep(2000 * ms);
  };
  auto a = analyse(main(), GetParam());
  EXPECT_TRUE(with_fate(*a->model, Fate::PermanentlyBlocked).empty());
  EXPECT_EQ(with_fate(*a->model, Fate::Finished).size(), 3u);
}

Co<> hold_then_quit(Chan<int> ch) {
  NativeTask::current().hold(ch.get());
  co_await sleep(10 * ms);  // could send... but returns without doing so
}

TEST_P(Verdicts, LastHolderExitingMakesTheWaitPermanent) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    go(recv_forever(ch), "main.receiver");
    go(hold_then_quit(ch), "main.holder");
    co_await sleep(100 * ms);
  };
  auto a = analyse(main(), GetParam());
  const TaskInfo& r = a->model->task(2);
  EXPECT_EQ(r.fate, Fate::PermanentlyBlocked);
  EXPECT_EQ(r.proof.last_waker, 3u);
  EXPECT_EQ(r.proof.holders, (std::vector<TaskId>{3}));
  EXPECT_EQ(r.permanent_since, 10 * ms);  // when the holder went away, not when it was noticed
  EXPECT_FALSE(r.permanent_at_seq(r.created_seq));
}

TEST_P(Verdicts, GlobalDeadlockMakesEveryoneBlockedPermanent) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    NativeTask::current().hold(ch.get());
    go(recv_forever(ch), "main.worker");
    co_await ch.recv();
  };
  auto a = analyse(main(), GetParam());
  EXPECT_EQ(a->result.reason, EndReason::Deadlock);
  auto leaked = with_fate(*a->model, Fate::PermanentlyBlocked);
  std::sort(leaked.begin(), leaked.end());
  EXPECT_EQ(leaked, (std::vector<TaskId>{1, 2}));
}

Co<> endless_ticker() {
  NativeTask::current().mark_endless();
  auto t = new_ticker(10 * ms);
  for (;;) co_await t.C.recv();
}
Co<> long_sleeper() { co_await sleep(3600 * 1000 * ms); }

TEST_P(Verdicts, NeverFinishingAndKilledAtExit) {
  auto main = []() -> Co<> {
    go(endless_ticker(), "main.tick");
    go(long_sleeper(), "main.sleeper");
    co_await sleep(55 * ms);
  };
  auto a = analyse(main(), GetParam());
  EXPECT_EQ(with_fate(*a->model, Fate::NeverFinishing), (std::vector<TaskId>{2}));
  EXPECT_EQ(with_fate(*a->model, Fate::KilledAtExit), (std::vector<TaskId>{3}));
  EXPECT_TRUE(with_fate(*a->model, Fate::PermanentlyBlocked).empty());
}

TEST_P(Verdicts, TimerChannelKeepsItsReceiverAlive) {
  auto waiter = []() -> Co<> { co_await after(50 * ms).recv(); };
  auto main = [](decltype(waiter)* w) -> Co<> {
    go((*w)(), "main.waiter");
    co_await sleep(100 * ms);
  };
  auto a = analyse(main(&waiter), GetParam());
  EXPECT_TRUE(with_fate(*a->model, Fate::PermanentlyBlocked).empty());
}

TEST_P(Verdicts, EmptySelectAndNilChannelArePermanentAtOnce) {
  auto empty_select = []() -> Co<> { co_await block_forever(); };
  auto nil_recv = []() -> Co<> { co_await Chan<int>().recv(); };
  auto main = [](decltype(empty_select)* s, decltype(nil_recv)* n) -> Co<> {
    go((*s)(), "main.sel");
    go((*n)(), "main.nil");
    co_await sleep(10 * ms);
  };
  auto a = analyse(main(&empty_select, &nil_recv), GetParam());
  auto leaked = with_fate(*a->model, Fate::PermanentlyBlocked);
  std::sort(leaked.begin(), leaked.end());
  EXPECT_EQ(leaked, (std::vector<TaskId>{2, 3}));
  EXPECT_EQ(a->model->task(2).permanent_since, 0);
}

TEST_P(Verdicts, CancelledContextFixHasNoLeak) {
  auto worker = [](Chan<int> ch, ContextRef ctx, WaitGroupRef wg) -> Co<> {
    int v = 0;
    char d = 0;
    auto done = ctx.done();
    SelectCase cases[] = {recv_case(ch, &v), recv_case(done, &d)};
    co_await select(cases);
    wg.done();
  };
  auto main = [](decltype(worker)* w) -> Co<> {
    auto ch = Chan<int>::make();
    auto ctx = ContextRef::background().with_cancel();
    auto wg = WaitGroupRef::make();
    NativeTask::current().hold(ctx.get());
    NativeTask::current().hold(wg.get());
    for (int i = 0; i < 10; ++i) {
      wg.add(1);
      go((*w)(ch, ctx, wg), "main.worker");
    }
    co_await sleep(50 * ms);
    ctx.cancel();
    co_await wg.wait();
  };
  auto a = analyse(main(&worker), GetParam());
  EXPECT_TRUE(with_fate(*a->model, Fate::PermanentlyBlocked).empty());
  EXPECT_EQ(with_fate(*a->model, Fate::Finished).size(), 11u);
  EXPECT_EQ(a->model->counts().back().alive, 0u);
}

TEST(RunModel, IntervalsCountsAndProfile) {
  auto main = []() -> Co<> {
    auto ch = Chan<int>::make();
    for (int i = 0; i < 3; ++i) go(recv_forever(ch), "main.worker");
    co_await sleep(10 * ms);
  };
  auto a = analyse(main(), 1);
  const RunModel& m = *a->model;
  ASSERT_EQ(m.task_count(), 4u);
  const TaskInfo& w = m.task(2);
  const Interval* iv = w.at_time(5 * ms);
  ASSERT_NE(iv, nullptr);
  EXPECT_EQ(iv->state, TaskState::Blocked);
  EXPECT_EQ(iv->reason, WaitReason::ChanRecv);
  EXPECT_NE(iv->object, 0u);
  ASSERT_NE(m.object(iv->object), nullptr);
  EXPECT_EQ(m.object(iv->object)->kind, ObjectKind::Channel);
  // Main sleeps while three workers block.
  CountSample c = m.counts_at_time(5 * ms);
  EXPECT_EQ(c.alive, 4u);
  EXPECT_EQ(c.blocked, 3u);
  EXPECT_EQ(c.sleeping, 1u);
  EXPECT_EQ(m.peak_alive(), 4u);
  auto rows = m.profile();
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0].tasks.size(), 3u);
  EXPECT_TRUE(rows[0].permanent);
  // Playback helpers: stepping through one task's events.
  size_t first = m.next_event_of(2, 0);
  ASSERT_LT(first, m.events().size());
  EXPECT_EQ(m.events()[first].task, 2u);
  EXPECT_EQ(m.prev_event_of(2, first), m.events().size());
  EXPECT_LT(m.next_leak(0), m.events().size());
  EXPECT_EQ(m.events()[m.next_leak(0)].kind, EventKind::TaskLeaked);
}

}  // namespace
}  // namespace goro::analysis
