#include "views/timeline_layout.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace goro::gui {

namespace {

// Which paint wins when several share a pixel: red first, then amber, then waiting (the story of a
// leak is the waiting), then running, sleeping, runnable.
int priority(Paint p) {
  switch (p) {
    case Paint::Permanent: return 100;
    case Paint::NeverFinishing: return 90;
    case Paint::ChanSend:
    case Paint::ChanRecv:
    case Paint::Select:
    case Paint::Lock:
    case Paint::WaitGroup:
    case Paint::OtherWait: return 50;
    case Paint::Running: return 40;
    case Paint::Sleeping: return 20;
    case Paint::Runnable: return 10;
    case Paint::Count_: break;
  }
  return 0;
}

QString short_site(const Symbols& syms, SiteId site) {
  if (!site) return {};
  return QString::fromStdString(syms.site_string(site));
}

}  // namespace

std::vector<LaneSpec> fold_lanes(const analysis::RunModel& model, size_t min_group) {
  // Group by (creation site, function, fate); main (no creation site) is always its own lane.
  std::map<std::tuple<SiteId, NameId, int>, std::vector<TaskId>> groups;
  for (const auto& t : model.tasks()) {
    if (!t.id) continue;
    groups[{t.created_at, t.function, static_cast<int>(t.fate)}].push_back(t.id);
  }
  std::vector<LaneSpec> lanes;
  for (auto& [key, ids] : groups) {
    if (std::get<0>(key) == 0 || ids.size() < min_group) {
      for (TaskId id : ids) lanes.push_back(LaneSpec{{id}, false, false});
    } else {
      lanes.push_back(LaneSpec{ids, true, false});
    }
  }
  std::sort(lanes.begin(), lanes.end(),
            [](const LaneSpec& a, const LaneSpec& b) { return a.tasks.front() < b.tasks.front(); });
  return lanes;
}

QString function_name(const analysis::RunModel& model, TaskId id) {
  const Symbols& syms = model.symbols();
  std::string_view n = syms.name(model.task(id).function);
  QString fn = QString::fromUtf8(n.data(), static_cast<int>(n.size()));
  if (fn.startsWith(QStringLiteral("main."))) fn = fn.mid(5);
  return fn.isEmpty() ? QStringLiteral("goroutine") : fn;
}

QString lane_name(const analysis::RunModel& model, const LaneSpec& lane) {
  QString fn = function_name(model, lane.tasks.front());
  return lane.group ? QStringLiteral("%1 × %2").arg(lane.tasks.size()).arg(fn)
                    : QStringLiteral("G%1 %2").arg(lane.tasks.front()).arg(fn);
}

QString lane_label(const analysis::RunModel& model, const LaneSpec& lane) {
  QString label = lane_name(model, lane);
  QString site = short_site(model.symbols(), model.task(lane.tasks.front()).created_at);
  if (!site.isEmpty()) label += QStringLiteral("  ") + site;
  return label;
}

TimelineDrawList layout_timeline(const analysis::RunModel& model, const std::vector<LaneSpec>& lanes,
                                 const TimelineViewport& vp) {
  TimelineDrawList out;
  const double span = static_cast<double>(std::max<Nanos>(1, vp.t1 - vp.t0));
  const int buckets = std::max(1, static_cast<int>(std::ceil(vp.width)));
  const Nanos limit = std::min(vp.cursor_time, vp.t1);
  auto to_x = [&](Nanos t) { return (static_cast<double>(t - vp.t0) / span) * vp.width; };

  std::vector<int8_t> bucket(buckets);
  const int last = std::min<int>(static_cast<int>(lanes.size()), vp.first_lane + vp.max_lanes);
  for (int li = vp.first_lane; li < last; ++li) {
    const LaneSpec& lane = lanes[li];
    double y = vp.y0 + (li - vp.first_lane) * vp.lane_height;
    LaneDraw ld;
    ld.y = y;
    ld.name = lane_name(model, lane);
    const SiteId created_at = model.task(lane.tasks.front()).created_at;
    ld.site = short_site(model.symbols(), created_at);
    ld.line = created_at ? static_cast<int>(model.symbols().site_at(created_at).line) : 0;
    ld.label = ld.site.isEmpty() ? ld.name : ld.name + QStringLiteral("  ") + ld.site;
    ld.group = lane.group;
    ld.expanded = lane.expanded;
    ld.lane_index = li;
    std::fill(bucket.begin(), bucket.end(), int8_t(-1));

    for (TaskId id : lane.tasks) {
      const auto& t = model.task(id);
      const bool permanent_fate = t.fate == analysis::Fate::PermanentlyBlocked;
      const bool never = t.fate == analysis::Fate::NeverFinishing;
      if (permanent_fate && t.permanent_since <= limit && t.permanent_since_seq <= vp.cursor_seq) ld.red = true;
      if (never) ld.amber = true;  // painted amber all its life, as its segments are
      if (vp.selected && id < vp.selected->size() && (*vp.selected)[id]) ld.selected = true;
      // First interval that may overlap the visible range.
      auto it = std::upper_bound(t.intervals.begin(), t.intervals.end(), vp.t0,
                                 [](Nanos v, const analysis::Interval& iv) { return v < iv.begin; });
      if (it != t.intervals.begin()) --it;
      for (; it != t.intervals.end() && it->begin < limit; ++it) {
        if (it->begin_seq > vp.cursor_seq) break;
        Nanos end = std::min({it->end == analysis::kOpen ? model.end_time() : it->end, limit});
        if (end <= vp.t0 || end <= it->begin) continue;
        // A permanently blocked stretch turns red from the moment it became permanent.
        Nanos split = permanent_fate ? std::clamp(t.permanent_since, it->begin, end) : end;
        auto fill = [&](Nanos a, Nanos b, Paint p) {
          if (b <= a) return;
          int xa = std::max(0, static_cast<int>(std::floor(to_x(std::max(a, vp.t0)))));
          int xb = std::min(buckets, std::max(xa + 1, static_cast<int>(std::ceil(to_x(b)))));
          for (int x = xa; x < xb; ++x) {
            if (bucket[x] < 0 || priority(p) > priority(static_cast<Paint>(bucket[x]))) {
              bucket[x] = static_cast<int8_t>(p);
            }
          }
        };
        fill(it->begin, split, paint_for(*it, false, never && it->state != analysis::TaskState::Running));
        if (split < end) fill(split, end, Paint::Permanent);
      }
      if (!lane.group && t.fate == analysis::Fate::Finished && t.ended >= vp.t0 && t.ended <= limit &&
          t.ended_seq <= vp.cursor_seq) {
        out.exits.push_back(MarkDraw{vp.x0 + to_x(t.ended), y + 2, vp.lane_height - 4});
      }
    }
    // Run-length encode the buckets into segments.
    for (int x = 0; x < buckets;) {
      if (bucket[x] < 0) {
        ++x;
        continue;
      }
      int start = x;
      int8_t p = bucket[x];
      while (x < buckets && bucket[x] == p) ++x;
      out.segments.push_back(SegmentDraw{vp.x0 + start, vp.x0 + x, y + 3, vp.lane_height - 6,
                                         static_cast<Paint>(p)});
    }
    out.lanes.push_back(std::move(ld));
  }
  if (vp.cursor_time != INT64_MAX && vp.cursor_time >= vp.t0 && vp.cursor_time <= vp.t1) {
    out.cursor_x = vp.x0 + to_x(vp.cursor_time);
  }
  return out;
}

}  // namespace goro::gui
