#include "views/timeline_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

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
  // A hash map: a run of 100,000 goroutines is folded on every refresh while it streams in.
  struct Key {
    SiteId site;
    NameId function;
    int fate;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const noexcept {
      return std::hash<uint64_t>()((static_cast<uint64_t>(k.site) << 32 | k.function) * 31 + static_cast<uint64_t>(k.fate));
    }
  };
  std::unordered_map<Key, std::vector<TaskId>, KeyHash> groups;
  for (const auto& t : model.tasks()) {
    if (!t.id) continue;
    groups[Key{t.created_at, t.function, static_cast<int>(t.fate)}].push_back(t.id);
  }
  std::vector<LaneSpec> lanes;
  for (auto& [key, ids] : groups) {
    if (key.site == 0 || ids.size() < min_group) {
      for (TaskId id : ids) lanes.push_back(LaneSpec{{id}, false, false});
    } else {
      lanes.push_back(LaneSpec{std::move(ids), true, false});
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
  const AxisClock clock = vp.events_axis ? AxisClock::events_of(model) : AxisClock::time_of(model);
  const double span = static_cast<double>(std::max<Nanos>(1, vp.t1 - vp.t0));
  const int buckets = std::max(1, static_cast<int>(std::ceil(vp.width)));
  const Nanos limit = std::min(vp.cursor_time, vp.t1);
  auto to_x = [&](Nanos t) { return (static_cast<double>(t - vp.t0) / span) * vp.width; };
  // The direct path draws a piece [a, b) in the pixels floor(x(a)) .. ceil(x(b)) - 1. For pixel x,
  // first_at(x): the earliest moment t with floor(x(t)) >= x (pieces starting before first_at(x + 1)
  // reach pixel x); last_before(x): the latest t with ceil(x(t)) <= x (pieces ending after it reach
  // x). Computed with the very same to_x, so both paths agree to the pixel.
  auto first_at = [&](int x) {
    Nanos t = vp.t0 + static_cast<Nanos>(std::floor(static_cast<double>(x) / vp.width * span));
    while (std::floor(to_x(t)) >= x && t > std::numeric_limits<Nanos>::min() + 1) --t;
    while (std::floor(to_x(t)) < x) ++t;
    return t;
  };
  auto last_before = [&](int x) {
    Nanos t = vp.t0 + static_cast<Nanos>(std::floor(static_cast<double>(x) / vp.width * span));
    while (std::ceil(to_x(t)) > x) --t;
    while (std::ceil(to_x(t + 1)) <= x) ++t;
    return t;
  };
  // Paints from the most to the least important: the first one present in a pixel is drawn.
  std::vector<Paint> by_priority;
  for (int p = 0; p < static_cast<int>(Paint::Count_); ++p) by_priority.push_back(static_cast<Paint>(p));
  std::stable_sort(by_priority.begin(), by_priority.end(), [](Paint a, Paint b) { return priority(a) > priority(b); });

  constexpr int kPaints = static_cast<int>(Paint::Count_);
  std::vector<int8_t> bucket(buckets);
  // Per paint, a difference array over the pixels: each piece costs two increments, whatever its
  // width, so a group's many members cost their pieces, not their pixels.
  std::vector<int32_t> diff(static_cast<size_t>(kPaints) * (buckets + 1));
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
    if (vp.selected) {
      for (TaskId id : lane.tasks) {
        if (id < vp.selected->size() && (*vp.selected)[id]) {
          ld.selected = true;
          break;
        }
      }
    }

    if (lane.index) {
      // A large group: ask its index, pixel by pixel.
      const GroupIndex& gi = *lane.index;
      const Nanos first_red = vp.events_axis ? clock.pos(gi.first_permanent_seq) : gi.first_permanent_time;
      ld.red = gi.first_permanent_seq != UINT64_MAX && gi.first_permanent_seq <= vp.cursor_seq && first_red <= limit;
      ld.amber = gi.never_finishing;
      for (int x = 0; x < buckets; ++x) {
        // Pieces [a, b) with a < first_at(x + 1) and b > last_before(x) are the ones drawn in x.
        Nanos ta = last_before(x), tb = std::min(first_at(x + 1), limit);
        if (ta >= limit) break;
        for (Paint p : by_priority) {
          if (gi.present(p, ta, tb, vp.events_axis)) {
            bucket[x] = static_cast<int8_t>(p);
            break;
          }
        }
      }
      if (!lane.group) {
        // A goroutine with a long history and an index of its own: its end mark as any lane's.
        const auto& t = model.task(lane.tasks.front());
        const Nanos ended = clock.ended(t);
        if (t.fate == analysis::Fate::Finished && ended >= vp.t0 && ended <= limit && t.ended_seq <= vp.cursor_seq) {
          out.exits.push_back(MarkDraw{vp.x0 + to_x(ended), y + 2, vp.lane_height - 4});
        }
      }
    } else {
      uint32_t used = 0;  // paints with pieces in this lane (only those need summing)
      for (TaskId id : lane.tasks) {
        const auto& t = model.task(id);
        if (t.fate == analysis::Fate::PermanentlyBlocked && clock.permanent(t) <= limit && t.permanent_since_seq <= vp.cursor_seq)
          ld.red = true;
        if (t.fate == analysis::Fate::NeverFinishing) ld.amber = true;  // amber all its life, as its segments are
        const bool single = lane.tasks.size() == 1;
        member_pieces(clock, t, vp.t0, limit, vp.cursor_seq, [&](Nanos a, Nanos b, Paint p) {
          int xa = std::max(0, static_cast<int>(std::floor(to_x(std::max(a, vp.t0)))));
          int xb = std::min(buckets, std::max(xa + 1, static_cast<int>(std::ceil(to_x(b)))));
          if (xa >= buckets) return;
          if (single) {
            // One task's pieces do not overlap: filling their pixels costs at most the width.
            for (int x = xa; x < xb; ++x) {
              if (bucket[x] < 0 || priority(p) > priority(static_cast<Paint>(bucket[x]))) bucket[x] = static_cast<int8_t>(p);
            }
            return;
          }
          int32_t* d = diff.data() + static_cast<size_t>(p) * (buckets + 1);
          if (!(used & (1u << static_cast<int>(p)))) std::fill(d, d + buckets + 1, 0);
          used |= 1u << static_cast<int>(p);
          ++d[xa];
          --d[xb];
        });
        const Nanos ended = clock.ended(t);
        if (!lane.group && t.fate == analysis::Fate::Finished && ended >= vp.t0 && ended <= limit &&
            t.ended_seq <= vp.cursor_seq) {
          out.exits.push_back(MarkDraw{vp.x0 + to_x(ended), y + 2, vp.lane_height - 4});
        }
      }
      if (used) {
        // Running sums per paint; the most important paint present wins each pixel.
        for (int p = 0; p < kPaints; ++p) {
          if (!(used & (1u << p))) continue;
          int32_t* d = diff.data() + static_cast<size_t>(p) * (buckets + 1);
          for (int x = 1; x < buckets; ++x) d[x] += d[x - 1];
        }
        for (int x = 0; x < buckets; ++x) {
          for (Paint p : by_priority) {
            if ((used & (1u << static_cast<int>(p))) && diff[static_cast<size_t>(p) * (buckets + 1) + x] > 0) {
              bucket[x] = static_cast<int8_t>(p);
              break;
            }
          }
        }
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
