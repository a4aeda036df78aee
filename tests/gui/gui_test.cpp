// The app's views, offscreen: layout maths without a widget, and rendered pictures of real runs.
#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QTemporaryDir>

#include "goro/analysis/leak_detector.h"
#include "goro/demos.h"
#include "goro/trace/recorder.h"
#include "views/axis.h"
#include "views/count_reducer.h"
#include "views/lane_folder.h"
#include "views/timeline_layout.h"
#include "widgets/main_window.h"

namespace goro::gui {
namespace {

// Runs a demo and returns its finished model (and the symbols it points into).
struct Run {
  Symbols symbols;
  std::unique_ptr<analysis::RunModel> model;
};
std::unique_ptr<Run> run_demo(const char* name) {
  auto r = std::make_unique<Run>();
  trace::Recorder rec(1);
  analysis::LeakDetector leaks;
  {
    Runtime rt({.workers = 1, .sink = &rec, .observer = &leaks}, r->symbols);
    rt.run(native_main(demos::find(name)->make_main()), 0, r->symbols.intern("main.main"));
  }
  std::vector<Event> ev;
  rec.poll(ev);
  r->model = std::make_unique<analysis::RunModel>(r->symbols);
  r->model->append(ev);
  r->model->finish();
  return r;
}

TEST(TimelineLayout, FoldsIdenticalTasksIntoOneGroupLane) {
  auto r = run_demo("receive-leak");
  auto lanes = fold_lanes(*r->model);
  ASSERT_EQ(lanes.size(), 2u);  // main, and the 20 workers folded
  EXPECT_FALSE(lanes[0].group);
  EXPECT_TRUE(lanes[1].group);
  EXPECT_EQ(lanes[1].tasks.size(), 20u);
  EXPECT_TRUE(lane_label(*r->model, lanes[1]).startsWith(QStringLiteral("20 × worker")));
}

TEST(TimelineLayout, RedWinsOverAggregationAtEveryZoom) {
  auto r = run_demo("receive-leak");
  auto lanes = fold_lanes(*r->model);
  for (double width : {4.0, 50.0, 800.0}) {
    TimelineViewport vp;
    vp.t0 = 0;
    vp.t1 = r->model->end_time();
    vp.width = width;
    auto list = layout_timeline(*r->model, lanes, vp);
    bool red = false;
    for (const auto& s : list.segments) red = red || s.paint == Paint::Permanent;
    EXPECT_TRUE(red) << "the leak is hidden at width " << width;
    EXPECT_TRUE(list.lanes[1].red);
    // Sub-pixel pieces are merged: never more segments than pixels per lane.
    EXPECT_LE(list.segments.size(), static_cast<size_t>(width + 1) * lanes.size());
  }
}

TEST(TimelineLayout, CursorHidesTheFuture) {
  auto r = run_demo("receive-fix");
  auto lanes = fold_lanes(*r->model);
  TimelineViewport vp;
  vp.t0 = 0;
  vp.t1 = r->model->end_time();
  vp.width = 400;
  vp.cursor_time = vp.t1 / 4;
  auto list = layout_timeline(*r->model, lanes, vp);
  for (const auto& s : list.segments) EXPECT_LE(s.x1, vp.x0 + 101);
  EXPECT_NEAR(list.cursor_x, 100, 1);
}

// count_red counts clearly red pixels (the permanently blocked colour).
int count_red(const QImage& img, const Theme& theme) {
  QColor red = theme.color(Paint::Permanent);
  int n = 0;
  for (int y = 0; y < img.height(); y += 2) {
    for (int x = 0; x < img.width(); x += 2) {
      QColor c = img.pixelColor(x, y);
      if (std::abs(c.red() - red.red()) < 12 && std::abs(c.green() - red.green()) < 12 &&
          std::abs(c.blue() - red.blue()) < 12) {
        ++n;
      }
    }
  }
  return n;
}

TEST(MainWindow, LeakTimelineHasRedAndTheFixHasNone) {
  ASSERT_FALSE(QFontInfo(QApplication::font()).family().isEmpty()) << "no fonts: text would be boxes";
  MainWindow w(false);
  w.resize(1600, 900);
  w.show();
  w.run_pair_blocking(QStringLiteral("receive"));
  QApplication::processEvents();
  Theme theme = Theme::light();
  // Only the timeline part of each pane: the legend and chart legend also show red keys.
  QImage leak(1200, 200, QImage::Format_ARGB32);
  leak.fill(Qt::white);
  {
    QPainter p(&leak);
    w.leak_pane().timeline().render_all(p, 1200);
  }
  QImage fix(1200, 200, QImage::Format_ARGB32);
  fix.fill(Qt::white);
  {
    QPainter p(&fix);
    w.fix_pane().timeline().render_all(p, 1200);
  }
  EXPECT_GT(count_red(leak, theme), 500);
  EXPECT_EQ(count_red(fix, theme), 0);
}

TEST(MainWindow, CompareModeSharesOneTimeAxis) {
  MainWindow w(false);
  w.resize(1600, 900);
  w.show();
  w.set_compare(true);
  w.run_pair_blocking(QStringLiteral("send"));
  QApplication::processEvents();
  EXPECT_TRUE(w.fix_pane().isVisible());
  EXPECT_EQ(w.leak_pane().timeline().t0(), w.fix_pane().timeline().t0());
  EXPECT_EQ(w.leak_pane().timeline().t1(), w.fix_pane().timeline().t1());
  EXPECT_GT(w.leak_pane().timeline().t1(), 0);
}

TEST(MainWindow, ExportWritesAValidPngAtomically) {
  MainWindow w(false);
  w.resize(1600, 900);
  w.show();
  w.run_pair_blocking(QStringLiteral("receive"));
  QTemporaryDir dir;
  QString path = dir.filePath(QStringLiteral("pair.png"));
  QString error;
  ASSERT_TRUE(MainWindow::save_image(w.render_pair(1400), path, &error)) << error.toStdString();
  QImage back(path);
  EXPECT_FALSE(back.isNull());
  EXPECT_EQ(back.width(), 1400);
  EXPECT_FALSE(MainWindow::save_image(back, QStringLiteral("/nonexistent-dir/x.png"), &error));
  EXPECT_FALSE(error.isEmpty());
}

TEST(MainWindow, SteppingMovesTheCursor) {
  MainWindow w(false);
  w.show();
  w.run_pair_blocking(QStringLiteral("receive"));
  w.step(1);
  w.step(1);
  w.step(1);
  // Cursor at the third event: lanes end there, nothing after is drawn.
  QImage img(1000, 120, QImage::Format_ARGB32);
  img.fill(Qt::white);
  QPainter p(&img);
  w.leak_pane().timeline().render_all(p, 1000);
  p.end();
  EXPECT_EQ(count_red(img, Theme::light()), 0) << "the verdict lies in the future of the cursor";
}

TEST(MainWindow, CatalogLessonRunsItsGoProgramsAndMarksTheLeakLine) {
  MainWindow w(false);
  w.resize(1600, 900);
  w.show();
  ASSERT_NE(w.catalog().catalog(), nullptr) << "scenarios/catalog.json not found";
  w.run_pair_blocking(QStringLiteral("send-no-receiver"));
  QApplication::processEvents();
  const auto* leak = w.leak_pane().session().model();
  const auto* fix = w.fix_pane().session().model();
  ASSERT_TRUE(leak && fix);
  int leaked = 0;
  for (const auto& t : leak->tasks()) leaked += t.id && t.fate == analysis::Fate::PermanentlyBlocked;
  EXPECT_EQ(leaked, 3);
  for (const auto& t : fix->tasks()) EXPECT_NE(t.fate, analysis::Fate::PermanentlyBlocked);
  EXPECT_TRUE(w.source().text().contains(QStringLiteral("package main")));
  // The leaked sends sit at line 23 of leak.go: the source view marks it red with their count.
  const auto& marks = w.source().editor().marks();
  auto it = marks.find(23);
  ASSERT_NE(it, marks.end());
  EXPECT_TRUE(it->second.red);
  EXPECT_EQ(it->second.count, 3);
}

TEST(MainWindow, BrokenGoFileShowsItsErrorsAndTheAppKeepsWorking) {
  MainWindow w(false);
  w.show();
  QTemporaryDir dir;
  QString path = dir.filePath(QStringLiteral("broken.go"));
  {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s string = 5\n\tfmt.Println(s)\n}\n");
  }
  EXPECT_TRUE(w.open_file(path));
  QApplication::processEvents();
  QString errors = w.leak_pane().session().compile_errors();
  EXPECT_TRUE(errors.contains(QStringLiteral("broken.go:6:17: cannot use 5 (untyped int constant) as string value"))) << errors.toStdString();
  const auto& marks = w.source().editor().marks();
  ASSERT_NE(marks.find(6), marks.end());
  EXPECT_FALSE(marks.at(6).error.isEmpty());
  // And the next lesson still runs.
  w.run_pair_blocking(QStringLiteral("send-no-receiver"));
  ASSERT_NE(w.leak_pane().session().model(), nullptr);
  EXPECT_TRUE(w.leak_pane().session().model()->finished());
  EXPECT_TRUE(w.leak_pane().session().compile_errors().isEmpty());
}

TEST(MainWindow, AMissingFileIsRefusedWithoutCrashing) {
  MainWindow w(false);
  EXPECT_FALSE(w.open_file(QStringLiteral("/nonexistent/nothing.go")));
  EXPECT_TRUE(w.notice().contains(QStringLiteral("/nonexistent/nothing.go"))) << w.notice().toStdString();
}

}  // namespace
}  // namespace goro::gui

namespace goro::gui {
namespace {

// A group lane painted from its index looks exactly like the same lane painted member by member,
// at every zoom and cursor.
TEST(GroupIndex, PaintsLikeVisitingEveryMember) {
  RunSession s;
  QString dir = QStringLiteral(GOROSCOPE_SOURCE_DIR "/scenarios/03-receive-no-sender");
  ASSERT_TRUE(s.run_blocking(RunParams{dir + QStringLiteral("/fix-ctx.go"), QString(), {QStringLiteral("-n=300")}}));
  ASSERT_TRUE(s.run_blocking(RunParams{dir + QStringLiteral("/leak.go"), QString(), {QStringLiteral("-n=300")}}));
  const analysis::RunModel& m = *s.model();
  std::vector<LaneSpec> plain = fold_lanes(m);
  std::vector<LaneSpec> indexed = plain;
  int groups = 0;
  for (auto& l : indexed) {
    if (!l.group) continue;
    l.index = GroupIndex::build(m, l.tasks, nullptr);
    ASSERT_TRUE(l.index);
    ++groups;
  }
  ASSERT_GE(groups, 1);
  const Nanos end = m.end_time();
  struct Case {
    Nanos t0, t1;
    size_t cursor;  // event index, or events().size() for none
  };
  std::vector<Case> cases = {{0, end, m.events().size()}, {0, end / 100 + 1, m.events().size()},
                             {end / 3, end / 2, m.events().size()}, {0, end, m.events().size() / 2},
                             {0, end, m.next_leak(0)}, {0, 2000, 10}};
  const Nanos n = static_cast<Nanos>(m.events().size());
  std::vector<Case> event_cases = {{0, n, m.events().size()}, {n / 3, n / 2, m.events().size()},
                                   {0, n, m.events().size() / 2}, {0, 40, 10}};
  for (bool events_axis : {false, true}) {
  for (const Case& c : events_axis ? event_cases : cases) {
    for (double width : {3.0, 97.0, 800.0}) {
      TimelineViewport vp;
      vp.events_axis = events_axis;
      vp.t0 = c.t0;
      vp.t1 = c.t1;
      vp.width = width;
      if (c.cursor < m.events().size()) {
        vp.cursor_seq = m.events()[c.cursor].seq;
        vp.cursor_time = events_axis ? static_cast<Nanos>(c.cursor) + 1 : m.events()[c.cursor].vtime;
      }
      auto a = layout_timeline(m, plain, vp);
      auto b = layout_timeline(m, indexed, vp);
      ASSERT_EQ(a.segments.size(), b.segments.size()) << "width " << width << " t0 " << c.t0;
      for (size_t i = 0; i < a.segments.size(); ++i) {
        EXPECT_EQ(a.segments[i].x0, b.segments[i].x0);
        EXPECT_EQ(a.segments[i].x1, b.segments[i].x1);
        EXPECT_EQ(a.segments[i].paint, b.segments[i].paint) << "segment " << i << " width " << width;
      }
      for (size_t i = 0; i < a.lanes.size(); ++i) {
        EXPECT_EQ(a.lanes[i].red, b.lanes[i].red);
        EXPECT_EQ(a.lanes[i].amber, b.lanes[i].amber);
      }
    }
  }
  }
}

// expect_same_paint: the lanes paint alike at several zooms, cursors and both axes (one of them
// from indexes, the other member by member).
void expect_same_paint(const analysis::RunModel& m, const std::vector<LaneSpec>& plain,
                       const std::vector<LaneSpec>& indexed, const std::string& when) {
  ASSERT_EQ(plain.size(), indexed.size()) << when;
  for (size_t i = 0; i < plain.size(); ++i) {
    ASSERT_EQ(plain[i].tasks, indexed[i].tasks) << when << ": lane " << i;
    ASSERT_EQ(plain[i].group, indexed[i].group) << when << ": lane " << i;
  }
  const Nanos end = std::max<Nanos>(1, m.end_time());
  const Nanos n = static_cast<Nanos>(m.events().size());
  struct Case {
    bool events_axis;
    Nanos t0, t1;
    size_t cursor;  // event index, or events().size() for none
  };
  const size_t none = m.events().size();
  for (const Case& c : {Case{false, 0, end + end / 40, none}, Case{false, end / 3, end / 2 + 1, none},
                        Case{false, 0, end, none / 2}, Case{true, 0, n + 3, none}, Case{true, n / 3, n / 2 + 1, none},
                        Case{true, 0, n, none / 3}}) {
    for (double width : {5.0, 640.0}) {
      TimelineViewport vp;
      vp.events_axis = c.events_axis;
      vp.t0 = c.t0;
      vp.t1 = c.t1;
      vp.width = width;
      if (c.cursor < m.events().size()) {
        vp.cursor_seq = m.events()[c.cursor].seq;
        vp.cursor_time = c.events_axis ? static_cast<Nanos>(c.cursor) + 1 : m.events()[c.cursor].vtime;
      }
      auto a = layout_timeline(m, plain, vp);
      auto b = layout_timeline(m, indexed, vp);
      ASSERT_EQ(a.segments.size(), b.segments.size()) << when << ", width " << width << ", t0 " << c.t0;
      for (size_t i = 0; i < a.segments.size(); ++i) {
        ASSERT_EQ(a.segments[i].x0, b.segments[i].x0) << when << ", segment " << i;
        ASSERT_EQ(a.segments[i].x1, b.segments[i].x1) << when << ", segment " << i;
        ASSERT_EQ(a.segments[i].paint, b.segments[i].paint) << when << ", segment " << i;
      }
      ASSERT_EQ(a.exits.size(), b.exits.size()) << when << ", width " << width << ", t0 " << c.t0;
      for (size_t i = 0; i < a.exits.size(); ++i) ASSERT_EQ(a.exits[i].x, b.exits[i].x) << when << ", exit " << i;
      for (size_t i = 0; i < a.lanes.size(); ++i) {
        ASSERT_EQ(a.lanes[i].red, b.lanes[i].red) << when << ", lane " << i << " members " << plain[i].tasks.size() << " index " << (indexed[i].index != nullptr) << " cursor " << c.cursor << " axis " << c.events_axis << " fate " << int(m.task(plain[i].tasks[0]).fate);
        ASSERT_EQ(a.lanes[i].amber, b.lanes[i].amber) << when << ", lane " << i;
      }
    }
  }
}

// While a run streams in, the folded lanes and the indexes of large groups follow it: after any
// batch of events they are what folding the model afresh gives, and paint like visiting every
// member (goroutines joining, finishing, leaking, and the final verdicts).
TEST(GroupIndex, FollowsARunAsItStreamsIn) {
  QTemporaryDir dir;
  // Half the workers finish, half wait forever; the main goroutine sleeps between the two.
  const QString mixed = dir.filePath(QStringLiteral("mixed.go"));
  {
    QFile f(mixed);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("package main\n\nimport \"time\"\n\nfunc worker(i int, ch chan int) {\n\tif i%2 == 0 {\n"
            "\t\ttime.Sleep(time.Duration(i) * time.Microsecond)\n\t\treturn\n\t}\n\t<-ch\n}\n\n"
            "func main() {\n\tch := make(chan int)\n\tfor i := 0; i < 700; i++ {\n\t\tgo worker(i, ch)\n\t}\n"
            "\ttime.Sleep(time.Millisecond)\n\tfor i := 0; i < 100; i++ {\n\t\tch <- i\n\t}\n"
            "\ttime.Sleep(time.Millisecond)\n}\n");
  }
  const QString lesson = QStringLiteral(GOROSCOPE_SOURCE_DIR "/scenarios/03-receive-no-sender");
  for (const QString& program : {lesson + QStringLiteral("/leak.go"), lesson + QStringLiteral("/fix-ctx.go"), mixed}) {
    SCOPED_TRACE(program.toStdString());
    RunSession s;
    ASSERT_TRUE(s.run_blocking(RunParams{program, QString(), {QStringLiteral("-n=300")}}));
    ASSERT_TRUE(s.model() && s.model()->events().size() > 1000);
    const std::vector<Event> events(s.model()->events().begin(), s.model()->events().end());
    analysis::RunModel live(s.model()->symbols());
    LaneFolder folder;
    folder.reset(&live);
    bool indexed = false;
    for (size_t at = 0; at < events.size();) {
      // Uneven batches, as a live run delivers them.
      const size_t batch = std::min(events.size() - at, 37 + (at * 7919) % 1500);
      live.append(std::span<const Event>(events.data() + at, batch));
      at += batch;
      if (at == events.size()) live.finish();
      folder.update();
      indexed = indexed || folder.indexed_groups() > 0;
      expect_same_paint(live, fold_lanes(live), folder.lanes(), "after " + std::to_string(at) + " events");
      if (HasFatalFailure()) return;
    }
    EXPECT_TRUE(indexed) << "a group of 300 is painted from its index";
  }
}

// A goroutine with a lane of its own and a long history (a producer handing over thousands of
// values) is painted from an index of its own, live and at the end, exactly as from its intervals.
TEST(GroupIndex, ALoneGoroutineWithALongHistoryGetsAnIndex) {
  QTemporaryDir dir;
  const QString program = dir.filePath(QStringLiteral("producer.go"));
  {
    QFile f(program);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("package main\n\nfunc produce(n int, ch chan int) {\n\tfor i := 0; i < n; i++ {\n\t\tch <- i\n\t}\n"
            "\tclose(ch)\n}\n\nfunc main() {\n\tch := make(chan int)\n\tgo produce(6000, ch)\n\tsum := 0\n"
            "\tfor v := range ch {\n\t\tsum += v\n\t}\n\tdone := make(chan bool)\n\tgo func() { done <- true }()\n"
            "\t<-done\n\tprintln(sum)\n}\n");
  }
  RunSession s;
  ASSERT_TRUE(s.run_blocking(RunParams{program, QString(), {}}));
  ASSERT_TRUE(s.model() && s.model()->events().size() > 6000);
  const std::vector<Event> events(s.model()->events().begin(), s.model()->events().end());
  analysis::RunModel live(s.model()->symbols());
  LaneFolder folder;
  folder.reset(&live);
  int indexed = 0;
  for (size_t at = 0; at < events.size();) {
    const size_t batch = std::min(events.size() - at, 101 + (at * 7919) % 3000);
    live.append(std::span<const Event>(events.data() + at, batch));
    at += batch;
    if (at == events.size()) live.finish();
    while (!folder.update(0).caught_up) {
    }
    indexed = std::max(indexed, folder.indexed_groups());
    expect_same_paint(live, fold_lanes(live), folder.lanes(), "after " + std::to_string(at) + " events");
    if (HasFatalFailure()) return;
  }
  EXPECT_GE(indexed, 2) << "main and the producer each have an index";
  EXPECT_EQ(folder.lanes().size(), 3u) << "main, the producer and the short goroutine: lanes of their own";
}

// A random run: goroutines of two sites that run, wait, sleep, finish and leak (their past turning
// red, sometimes from a moment another goroutine's exit decided), with instants shared by many
// events. Deterministic for a seed.
struct RandomRun {
  explicit RandomRun(uint64_t seed) : rng(seed * 0x9E3779B97F4A7C15ull) {}
  uint64_t rng;
  uint64_t next(uint64_t n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng % n;
  }
  Symbols syms;
  std::vector<Event> ev;
  void generate(int tasks, int steps) {
    const SiteId sites[2] = {syms.site("main.go", 10, 2, "main.main"), syms.site("main.go", 11, 2, "main.main")};
    const SiteId wait_site = syms.site("main.go", 20, 3, "main.worker");
    const NameId fn = syms.intern("main.worker");
    Nanos now = 0;
    auto emit = [&](EventKind k, TaskId task, WaitReason reason = WaitReason::None, uint32_t arg = 0, SiteId site = 0,
                    NameId name = 0) {
      Event e;
      e.seq = ev.size();
      if (next(3) == 0) now += 1 + static_cast<Nanos>(next(50));  // many events share an instant
      e.vtime = now;
      e.kind = k;
      e.task = task;
      e.reason = reason;
      e.arg = arg;
      e.site = site;
      e.name = name;
      ev.push_back(e);
    };
    emit(EventKind::RunStarted, 0);
    emit(EventKind::TaskCreated, 1);
    std::vector<int> state(static_cast<size_t>(tasks) + 2, 0);  // 0 runnable, 1 running, 2 blocked, 3 gone, 4 leaked
    TaskId created = 1;
    for (int step = 0; step < steps; ++step) {
      if (created < static_cast<TaskId>(tasks) + 1 && next(4) == 0) {
        ++created;
        emit(EventKind::TaskCreated, created, WaitReason::None, 1, sites[next(2)], fn);
        continue;
      }
      if (created < 2) continue;
      const TaskId t = 2 + static_cast<TaskId>(next(created - 1));
      if (state[t] >= 3) continue;
      switch (next(7)) {
        case 0: case 1:
          if (state[t] == 0) emit(EventKind::TaskRunning, t), state[t] = 1;
          break;
        case 2:
          if (state[t] == 1) emit(EventKind::TaskBlocked, t, next(2) ? WaitReason::ChanRecv : WaitReason::Sleep, 0, wait_site), state[t] = 2;
          break;
        case 3:
          if (state[t] == 2) emit(EventKind::TaskWoken, t), state[t] = 0;
          break;
        case 4:
          if (state[t] == 1 && next(3) == 0) emit(EventKind::TaskExited, t), state[t] = 3;
          break;
        case 5:
          if (state[t] == 2 && next(2) == 0) {
            TaskId waker = 0;
            for (TaskId w = 2; w <= created && !waker; ++w) waker = state[w] == 3 && next(4) == 0 ? w : 0;
            emit(EventKind::TaskLeaked, t, WaitReason::None, waker), state[t] = 4;
          }
          break;
        default:
          if (state[t] == 1) emit(EventKind::TaskYielded, t), state[t] = 0;
      }
    }
    emit(EventKind::RunEnded, 0);
  }
};

TEST(GroupIndex, FollowsRandomRunsAsTheyStreamIn) {
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    RandomRun r(seed);
    r.generate(1000, 20000);
    analysis::RunModel live(r.syms);
    LaneFolder folder;
    folder.reset(&live);
    int indexed = 0;
    for (size_t at = 0; at < r.ev.size();) {
      const size_t batch = std::min(r.ev.size() - at, 1 + r.next(seed % 2 ? 900 : 9000));
      live.append(std::span<const Event>(r.ev.data() + at, batch));
      at += batch;
      if (at == r.ev.size()) live.finish();
      // A slice at a time, as the window reads a backlog.
      while (!folder.update(0).caught_up) {
      }
      indexed = std::max(indexed, folder.indexed_groups());
      expect_same_paint(live, fold_lanes(live), folder.lanes(), "after " + std::to_string(at) + " events");
      if (HasFatalFailure()) return;
    }
    EXPECT_GE(indexed, 2) << "both sites' groups were large at some point";
  }
}

// An index updated in place (members joining, leaving, recoloured, as the run grows) answers
// exactly as one built afresh, for every range, on small groups whose paints come and go.
TEST(GroupIndex, AnIndexUpdatedInPlaceAnswersAsOneBuiltAfresh) {
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    RandomRun r(seed);
    r.generate(6, 400);
    analysis::RunModel live(r.syms);
    GroupIndex index;
    Instants instants;
    struct Counted {
      bool in = false;
      size_t added = 0;
      bool open = false;
      MemberColour colour;
    };
    std::vector<Counted> counted(8);
    for (size_t at = 0; at < r.ev.size();) {
      const size_t batch = std::min(r.ev.size() - at, 1 + r.next(40));
      live.append(std::span<const Event>(r.ev.data() + at, batch));
      at += batch;
      if (at == r.ev.size()) live.finish();
      // Each goroutine is in or out of the group at random; the ones in are brought up to date.
      std::vector<TaskId> members;
      for (TaskId id = 2; id <= live.task_count() && id < counted.size(); ++id) {
        Counted& c = counted[id];
        const auto& t = live.task(id);
        const bool stays = c.in ? r.next(5) != 0 : r.next(3) == 0;
        if (c.in && (!stays || !(MemberColour::of(t) == c.colour))) {
          index.add(t, 0, c.added, c.open, c.colour, -1);  // leaves, or is recoloured: all back
          c = Counted{};
        }
        if (!stays) continue;
        if (c.open && t.intervals[c.added - 1].end != analysis::kOpen) {
          index.add(t, c.added - 1, c.added, true, c.colour, -1);  // its open interval ended
          index.add(t, c.added - 1, c.added, false, c.colour, +1);
        }
        c.in = true;
        c.colour = MemberColour::of(t);
        const bool open = !t.intervals.empty() && t.intervals.back().end == analysis::kOpen;
        if (c.added < t.intervals.size()) {
          index.add(t, c.added, t.intervals.size(), open, c.colour, +1);
          c.added = t.intervals.size();
          c.open = open;
        }
        members.push_back(id);
      }
      index.set_members(live, members);
      instants.extend(live.events());
      index.seal(live, instants);
      auto fresh = GroupIndex::build(live, members, nullptr);
      const Nanos n = static_cast<Nanos>(live.events().size());
      const Nanos end = live.end_time();
      for (int p = 0; p < static_cast<int>(Paint::Count_); ++p) {
        for (Nanos a = 0; a <= n + 1; ++a) {
          for (Nanos b = a + 1; b <= n + 2; b += 1 + (b - a) / 3) {
            ASSERT_EQ(index.present(static_cast<Paint>(p), a, b, true), fresh->present(static_cast<Paint>(p), a, b, true))
                << "events " << n << ", paint " << p << ", [" << a << ", " << b << ")";
          }
        }
        for (Nanos a = 0; a <= end + 1; a += 1 + end / 200) {
          for (Nanos b = a + 1; b <= end + 2; b += 1 + (b - a) / 3) {
            ASSERT_EQ(index.present(static_cast<Paint>(p), a, b), fresh->present(static_cast<Paint>(p), a, b))
                << "events " << n << ", paint " << p << ", time [" << a << ", " << b << ")";
          }
        }
      }
    }
  }
}

// The count chart's reduction: whatever the samples and however they arrive, the three series keep
// their order (permanently blocked <= blocked <= alive at every moment), their peaks, and a
// bounded number of points; reading the samples in pieces gives what reading them at once gives.
TEST(CountReducer, KeepsOrderPeaksAndABoundedSize) {
  for (uint64_t seed = 1; seed <= 8; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    uint64_t rng = seed * 0x9E3779B97F4A7C15ull;
    auto next = [&](uint64_t n) {
      rng ^= rng << 13;
      rng ^= rng >> 7;
      rng ^= rng << 17;
      return rng % n;
    };
    std::deque<analysis::CountSample> samples;
    analysis::CountSample c;
    uint32_t peak[3] = {0, 0, 0};
    for (int i = 0; i < 20000; ++i) {
      if (next(4) == 0) c.t += static_cast<Nanos>(1 + next(seed % 2 ? 10 : 100000));  // instants of several samples
      c.seq = static_cast<uint64_t>(i);
      c.alive = static_cast<uint32_t>(std::max<int64_t>(0, static_cast<int64_t>(c.alive) + static_cast<int64_t>(next(7)) - 3));
      c.blocked = std::min(c.alive, static_cast<uint32_t>(next(c.alive + 1)));
      c.permanently_blocked = std::min(c.blocked, static_cast<uint32_t>(next(c.blocked + 1)));
      samples.push_back(c);
      peak[0] = std::max(peak[0], c.alive);
      peak[1] = std::max(peak[1], c.blocked);
      peak[2] = std::max(peak[2], c.permanently_blocked);
    }
    for (bool events : {false, true}) {
      CountReducer whole, pieces;
      whole.update(samples, events);
      std::deque<analysis::CountSample> growing;
      for (size_t at = 0; at < samples.size();) {
        const size_t n = std::min(samples.size() - at, 1 + next(3000));
        growing.insert(growing.end(), samples.begin() + static_cast<long>(at), samples.begin() + static_cast<long>(at + n));
        at += n;
        pieces.update(growing, events);
      }
      const Nanos end = events ? static_cast<Nanos>(samples.size()) : samples.back().t;
      using S = CountReducer::Series;
      for (S s : {S::Alive, S::Blocked, S::Permanent}) {
        EXPECT_EQ(whole.points(s, end, 1), pieces.points(s, end, 1));
        EXPECT_EQ(whole.peak(s), peak[s]);
        // The highest count that lasted (a moment's intermediate counts collapse to its last).
        double lasting = 0;
        for (size_t i = 0; i < samples.size(); ++i) {
          if (!events && i + 1 < samples.size() && samples[i + 1].t == samples[i].t) continue;
          const auto& x = samples[i];
          lasting = std::max<double>(lasting, s == S::Alive ? x.alive : s == S::Blocked ? x.blocked : x.permanently_blocked);
        }
        double top = 0;
        for (const QPointF& p : whole.points(s, end, 1)) top = std::max(top, p.y());
        EXPECT_EQ(top, lasting) << "the reduced series reaches the highest count";
        EXPECT_LE(whole.points(s, end, 1).size(), 300 * 7 * 2 + 4);
      }
      // Step functions: the value at t is that of the last point at or before t.
      auto at = [](const QList<QPointF>& pts, double t) {
        double v = 0;
        for (const QPointF& p : pts) {
          if (p.x() > t) break;
          v = p.y();
        }
        return v;
      };
      const auto alive = whole.points(S::Alive, end, 1), blocked = whole.points(S::Blocked, end, 1),
                 permanent = whole.points(S::Permanent, end, 1);
      for (int k = 0; k <= 400; ++k) {
        const double t = static_cast<double>(end) * k / 400.0;
        EXPECT_LE(at(permanent, t), at(blocked, t)) << "t " << t;
        EXPECT_LE(at(blocked, t), at(alive, t)) << "t " << t;
      }
      EXPECT_LT(whole.kept(), samples.size() / 4) << "reduced";
    }
  }
}

// While a run streams in, the axis grows in steps: never short of the run, never far beyond it, and
// changing about a dozen times per tenfold growth (each change lays the chart's axes out again).
TEST(AxisEnd, GrowsInStepsWhileLiveAndFitsAtTheEnd) {
  int changes = 0;
  Nanos last = 0;
  for (Nanos end = 1000; end <= 10'000'000; end += end / 97 + 1) {
    const Nanos live = axis_end(end, true);
    EXPECT_GE(live, end + end / 40);
    EXPECT_LE(live, end * 14 / 10 + 10) << end;  // steps are at most a third apart
    EXPECT_GE(live, last) << "never shrinks as the run grows";
    changes += live != last;
    last = live;
    EXPECT_EQ(axis_end(end, false), end + end / 40);
  }
  EXPECT_LE(changes, 4 * 12) << "four decades";
}

// The window builds the index for a large group once the run is final, off the GUI thread.
TEST(GroupIndex, TheTimelineIndexesLargeGroupsOfAFinishedRun) {
  MainWindow w(false);
  w.show();
  ASSERT_TRUE(w.open_pair(QStringLiteral("receive-no-sender")));
  w.wait_for_runs();
  QElapsedTimer t;
  t.start();
  while (w.leak_pane().timeline().indexed_groups() == 0 && t.elapsed() < 5000) QApplication::processEvents(QEventLoop::AllEvents, 10);
  EXPECT_EQ(w.leak_pane().timeline().indexed_groups(), 1) << "the 2000 receivers";
}

}  // namespace
}  // namespace goro::gui
