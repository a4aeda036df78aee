#include "views/group_index.h"

#include <algorithm>

namespace goro::gui {

void Instants::extend(const std::deque<Event>& ev) {
  if (begin.capacity() < ev.size() / 8) {
    begin.reserve(ev.size() / 4);
    time.reserve(ev.size() / 4);
  }
  for (auto it = ev.begin() + static_cast<std::ptrdiff_t>(events); it != ev.end(); ++it, ++events) {
    if (time.empty() || time.back() != it->vtime) {
      begin.push_back(events);
      time.push_back(it->vtime);
    }
  }
}

std::shared_ptr<GroupIndex> GroupIndex::build(const analysis::RunModel& model, const std::vector<TaskId>& members,
                                              const std::atomic<bool>* cancel) {
  const auto& events = model.events();
  auto index = std::make_shared<GroupIndex>(events.empty() ? 0 : events.front().seq, events.size());
  size_t visited = 0;
  for (TaskId id : members) {
    if (cancel && (++visited & 1023) == 0 && *cancel) return nullptr;
    const auto& t = model.task(id);
    const bool open = !t.intervals.empty() && t.intervals.back().end == analysis::kOpen;
    index->add(t, 0, t.intervals.size(), open, MemberColour::of(t), +1);
  }
  if (cancel && *cancel) return nullptr;
  index->set_members(model, members);
  Instants instants;
  instants.extend(model.events());
  index->seal(model, instants);
  if (model.finished()) index->compact();
  return index;
}

void GroupIndex::set_members(const analysis::RunModel& model, const std::vector<TaskId>& members) {
  members_ = members.size();
  first_permanent_seq = UINT64_MAX;
  first_permanent_time = INT64_MAX;
  never_finishing = false;
  for (TaskId id : members) joined(model.task(id));
  members_ = members.size();
}

void GroupIndex::joined(const analysis::TaskInfo& t) {
  ++members_;
  if (t.fate == analysis::Fate::PermanentlyBlocked && t.permanent_since_seq < first_permanent_seq) {
    first_permanent_seq = t.permanent_since_seq;
    first_permanent_time = t.permanent_since;
  }
  never_finishing = never_finishing || t.fate == analysis::Fate::NeverFinishing;
}

void GroupIndex::bump(Paint p, uint64_t seq, int v) {
  if (seq == MemberColour::kNever) return;  // an open end: it lasts to the end of the run
  Channel& c = channels_[static_cast<int>(p)];
  const size_t pos = seq < first_seq_ ? 0 : static_cast<size_t>(seq - first_seq_);
  if (pos >= c.delta.size()) c.delta.resize(std::max({pos + 1, c.delta.size() * 2, expected_ + 1}), 0);
  c.delta[pos] += v;
  c.dirty = std::min(c.dirty, pos);
}

void GroupIndex::add(const analysis::TaskInfo& t, size_t from, size_t to, bool open_last, const MemberColour& colour,
                     int sign) {
  for (size_t i = from; i < to; ++i) {
    interval_pieces(t.intervals[i], open_last && i + 1 == to, colour, [&](Paint p, uint64_t a, uint64_t b) {
      if (a == b) return;
      bump(p, a, sign);
      bump(p, b, -sign);
    });
  }
}

void GroupIndex::change(const analysis::TaskInfo& t, size_t from, size_t to, bool was_open, const MemberColour& was,
                        bool now_open, const MemberColour& now) {
  struct Bump {
    Paint p;
    uint64_t seq;
    int v;
  };
  for (size_t i = from; i < to; ++i) {
    // At most four count changes each way; those that cancel out are not made.
    Bump bumps[8];
    int n = 0;
    auto collect = [&](bool open, const MemberColour& c, int sign) {
      interval_pieces(t.intervals[i], open && i + 1 == to, c, [&](Paint p, uint64_t a, uint64_t b) {
        if (a == b) return;
        for (auto [seq, v] : {std::pair{a, sign}, std::pair{b, -sign}}) {
          bool merged = false;
          for (int k = 0; k < n && !merged; ++k) {
            if (bumps[k].p == p && bumps[k].seq == seq) bumps[k].v += v, merged = true;
          }
          if (!merged) bumps[n++] = Bump{p, seq, v};
        }
      });
    };
    collect(was_open, was, -1);
    collect(now_open, now, +1);
    for (int k = 0; k < n; ++k) {
      if (bumps[k].v) bump(bumps[k].p, bumps[k].seq, bumps[k].v);
    }
  }
}

void GroupIndex::seal(const analysis::RunModel& model, const Instants& instants) {
  const size_t n = model.events().size();
  end_pos_ = static_cast<Nanos>(n);
  end_time_ = model.end_time();
  for (Channel& c : channels_) {
    if (c.dirty != SIZE_MAX) sweep(c, n, instants);
  }
}

void GroupIndex::compact() {
  for (Channel& c : channels_) {
    c.delta = {};
    c.checkpoint = {};
    c.by_event.shrink_to_fit();
    c.by_time.shrink_to_fit();
  }
}

void GroupIndex::sweep(Channel& c, size_t n, const Instants& instants) {
  const size_t d = c.dirty;
  c.dirty = SIZE_MAX;
  if (d >= n) return;  // only ends at the run's end changed: everything ends there anyway
  // The count just before d: nothing before d changed since it was last swept (positions past
  // the last sweep had no counts then, or d would be earlier).
  int64_t count = c.count_at_swept;
  if (c.checkpoint.size() < n / kBlock + 1) c.checkpoint.resize(n / kBlock + 1, 0);
  if (d < c.swept) {
    const size_t k = d / kBlock;
    count = c.checkpoint[k];
    for (size_t i = k * kBlock; i < d && i < c.delta.size(); ++i) count += c.delta[i];
  } else {
    // Between the last sweep and d nothing changed: the count stood still.
    for (size_t k = (c.swept + kBlock - 1) / kBlock; k * kBlock < d; ++k) c.checkpoint[k] = count;
  }
  // Stretches from d on are recomputed: drop those that begin there or later; the one still
  // present just before d goes on (it is reopened, and closed again where its count falls to 0).
  auto drop_from = [](std::vector<Stretch>& s, Nanos at, bool going_on) {
    while (!s.empty() && s.back().begin >= at) s.pop_back();
    if (going_on && !s.empty()) s.back().end = kToTheEnd;
  };
  drop_from(c.by_event, static_cast<Nanos>(d), count > 0);
  // On the time axis only the count at the end of each instant counts (pieces that come and go
  // within one instant have no length in time). The instant containing d is sampled again; the
  // stretch present at the instant before it goes on.
  size_t k = static_cast<size_t>(std::upper_bound(instants.begin.begin(), instants.begin.end(), d) - instants.begin.begin()) - 1;
  const Nanos t_d = instants.time[k];
  drop_from(c.by_time, t_d, false);
  if (!c.by_time.empty() && c.by_time.back().end >= t_d) c.by_time.back().end = kToTheEnd;
  bool time_open = !c.by_time.empty() && c.by_time.back().end == kToTheEnd;
  bool event_open = !c.by_event.empty() && c.by_event.back().end == kToTheEnd;
  // Block by block, and within a block instant by instant: the inner loop only adds and compares.
  if (c.delta.size() < n) c.delta.resize(n, 0);
  const int32_t* delta = c.delta.data();
  size_t i = d;
  while (i < n) {
    if (i % kBlock == 0) c.checkpoint[i / kBlock] = count;
    const size_t instant_end = k + 1 < instants.begin.size() ? std::min(instants.begin[k + 1], n) : n;
    const size_t stop = std::min(instant_end, (i / kBlock + 1) * kBlock);
    for (; i < stop; ++i) {
      count += delta[i];
      if ((count > 0) != event_open) {
        event_open = count > 0;
        if (event_open) c.by_event.push_back({static_cast<Nanos>(i), kToTheEnd});
        else c.by_event.back().end = static_cast<Nanos>(i);
      }
    }
    if (i < instant_end) continue;  // a block ended inside the instant
    const bool present = count > 0;
    if (present != time_open) {
      if (present) c.by_time.push_back({instants.time[k], kToTheEnd});
      else c.by_time.back().end = instants.time[k];
      time_open = present;
    }
    ++k;
  }
  c.swept = n;
  c.count_at_swept = count;
}

bool GroupIndex::overlaps(const std::vector<Stretch>& s, Nanos a, Nanos b, Nanos end) {
  if (s.empty() || b <= a) return false;
  // The last stretch that begins before b; earlier ones end before it begins.
  auto it = std::lower_bound(s.begin(), s.end(), b, [](const Stretch& x, Nanos v) { return x.begin < v; });
  if (it == s.begin()) return false;
  --it;
  const Nanos e = it->end == kToTheEnd ? end : it->end;
  return e > it->begin && e > a;
}

bool GroupIndex::present(Paint p, Nanos a, Nanos b, bool events_axis) const {
  const Channel& c = channels_[static_cast<int>(p)];
  return events_axis ? overlaps(c.by_event, a, b, end_pos_) : overlaps(c.by_time, a, b, end_time_);
}

}  // namespace goro::gui
