// Timeline paint benchmark: 100,000 tasks and 10,000,000 events, painted offscreen at several zoom
// levels (layout + painting of one frame), unfolded so every lane is a real task. Target: < 16 ms.
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "views/lane_folder.h"
#include "views/timeline_layout.h"
#include "views/timeline_painter.h"

namespace {

using Clock = std::chrono::steady_clock;

// A synthetic run: n tasks, each alternating running / blocked on a channel / runnable, with a
// third of them ending permanently blocked, totalling about `events` events.
std::unique_ptr<goro::analysis::RunModel> synthetic(goro::Symbols& syms, uint32_t n, size_t events) {
  using goro::Event;
  using goro::EventKind;
  auto model = std::make_unique<goro::analysis::RunModel>(syms);
  goro::SiteId go_site = syms.site("main.go", 20, 3, "main.main");
  goro::SiteId recv_site = syms.site("main.go", 9, 5, "main.worker");
  goro::NameId fn = syms.intern("main.worker");
  std::vector<Event> batch;
  batch.reserve(1 << 20);
  uint64_t seq = 0;
  auto push = [&](EventKind k, goro::TaskId t, goro::Nanos when) -> Event& {
    if (batch.size() == batch.capacity()) {  // flush before adding, so the reference stays valid
      model->append(batch);
      batch.clear();
    }
    Event e;
    e.seq = seq++;
    e.kind = k;
    e.task = t;
    e.vtime = when;
    batch.push_back(e);
    return batch.back();
  };
  for (uint32_t t = 1; t <= n; ++t) {
    Event& c = push(EventKind::TaskCreated, t, 0);
    c.site = t == 1 ? 0 : go_site;
    c.name = fn;
    c.arg = t == 1 ? 0 : 1;
  }
  size_t rounds = events / n / 3;
  goro::Nanos now = 0;
  for (size_t r = 0; r < rounds; ++r) {
    for (uint32_t t = 1; t <= n; ++t) {
      now += 7;
      push(EventKind::TaskRunning, t, now);
      Event& b = push(EventKind::TaskBlocked, t, now + 3);
      b.reason = goro::WaitReason::ChanRecv;
      b.site = recv_site;
      if (r + 1 < rounds || t % 3) push(EventKind::TaskWoken, t, now + 5);
    }
  }
  for (uint32_t t = 3; t <= n; t += 3) push(EventKind::TaskLeaked, t, now + 10);
  push(EventKind::RunEnded, 0, now + 20);
  model->append(batch);
  model->finish();
  return model;
}

}  // namespace

// live: a run streamed into a fresh model in batches, as the window receives it; after each batch
// the lanes catch up (folding, group indexes) and one whole-run frame is laid out.
void live(const goro::analysis::RunModel& done, size_t batch) {
  const std::vector<goro::Event> all(done.events().begin(), done.events().end());
  goro::analysis::RunModel model(done.symbols());
  goro::gui::LaneFolder folder;
  folder.reset(&model);
  std::vector<double> update_ms, frame_ms;
  for (size_t at = 0; at < all.size(); at += batch) {
    const size_t n = std::min(batch, all.size() - at);
    model.append(std::span<const goro::Event>(all.data() + at, n));
    if (at + n == all.size()) model.finish();
    auto s = Clock::now();
    folder.update();
    update_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s).count());
    if (std::getenv("GOROSCOPE_BENCH_EXPLAIN")) std::printf("  update at %zu: %.2f ms\n", at + n, update_ms.back());
    goro::gui::TimelineViewport vp;
    vp.t0 = 0;
    vp.t1 = model.end_time() + 1;
    vp.width = 1300;
    s = Clock::now();
    auto list = goro::gui::layout_timeline(model, folder.lanes(), vp);
    frame_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s).count());
  }
  auto report = [&](const char* what, std::vector<double> v) {
    const double last = v.back();
    v.pop_back();  // the run's end is reported on its own
    std::sort(v.begin(), v.end());
    std::printf("BENCH %s[%zu events a batch] median %.2f ms, worst %.2f ms; at the end %.2f ms\n", what, batch,
                v[v.size() / 2], v.back(), last);
  };
  report("live_lanes_update", update_ms);
  report("live_layout_whole_run", frame_ms);
}

int main(int argc, char** argv) {
  if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  QApplication app(argc, argv);
  if (argc > 1 && std::string_view(argv[1]) == "live") {
    // 100,000 goroutines streaming in: 1,000,000 events in batches of 20,000.
    goro::Symbols syms;
    auto model = synthetic(syms, 100'000, 1'000'000);
    live(*model, 20'000);
    return 0;
  }
  const uint32_t tasks = 100'000;
  const size_t events = 10'000'000;
  goro::Symbols syms;
  auto t0 = Clock::now();
  auto model = synthetic(syms, tasks, events);
  std::printf("built a run of %zu tasks and %zu events in %.1f s\n", model->task_count(),
              model->events().size(), std::chrono::duration<double>(Clock::now() - t0).count());

  std::vector<goro::gui::LaneSpec> lanes;
  for (uint32_t t = 1; t <= tasks; ++t) lanes.push_back({{t}, false, false});
  const int w = 1600, h = 1000;
  QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
  goro::gui::Theme theme = goro::gui::Theme::light();
  goro::Nanos end = model->end_time();
  struct Zoom {
    const char* name;
    goro::Nanos t0, t1;
    int first_lane;
  } zooms[] = {
      {"whole run", 0, end, 0},
      {"10% of the run", end / 2, end / 2 + end / 10, 40'000},
      {"0.1% of the run", end / 3, end / 3 + end / 1000, 70'000},
      {"a few events", end / 4, end / 4 + 2'000, 99'950},
  };
  // The view folds identical goroutines: here two group lanes (the leaked third and the rest)
  // of 33,333 and 66,667 tasks, painted from every member.
  std::vector<goro::gui::LaneSpec> folded = goro::gui::fold_lanes(*model);
  std::vector<goro::gui::LaneSpec> unindexed = folded;
  auto b0 = Clock::now();
  for (auto& l : folded) {
    if (l.group) l.index = goro::gui::GroupIndex::build(*model, l.tasks, nullptr);
  }
  std::printf("folded into %zu lanes; their indexes built at once in %.2f s (the window builds them as a run streams in)\n",
              folded.size(), std::chrono::duration<double>(Clock::now() - b0).count());
  for (int pass = 0; pass < 3; ++pass) {
    const auto& which = pass == 0 ? lanes : pass == 1 ? folded : unindexed;
    const char* how = pass == 0 ? "" : pass == 1 ? ", folded" : ", folded, index not built yet";
  for (const Zoom& z : zooms) {
    goro::gui::TimelineFrame f;
    f.width = w;
    f.height = h;
    f.label_width = 260;
    f.t0 = z.t0;
    f.t1 = z.t1;
    goro::gui::TimelineViewport vp;
    vp.t0 = z.t0;
    vp.t1 = z.t1;
    vp.x0 = f.label_width;
    vp.width = w - f.label_width - goro::gui::kPlotRightMargin;
    vp.lane_height = f.lane_height;
    vp.y0 = f.axis_height;
    vp.first_lane = pass == 0 ? z.first_lane : 0;
    vp.max_lanes = static_cast<int>((h - f.axis_height) / f.lane_height) + 1;
    std::vector<double> ms;
    for (int i = 0; i < (pass == 2 ? 3 : 15); ++i) {
      auto s = Clock::now();
      auto list = goro::gui::layout_timeline(*model, which, vp);
      QPainter p(&img);
      goro::gui::paint_timeline(p, list, f, theme);
      p.end();
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("BENCH timeline_frame[%s%s] %.2f ms (median; target < 16)\n", z.name, how, ms[ms.size() / 2]);
  }
  }
  return 0;
}
