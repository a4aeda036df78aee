#include "views/group_index.h"

#include <algorithm>

namespace goro::gui {

std::shared_ptr<GroupIndex> GroupIndex::build(const analysis::RunModel& model, const std::vector<TaskId>& members,
                                              const std::atomic<bool>* cancel) {
  auto index = std::make_shared<GroupIndex>();
  index->members_ = members.size();
  const auto& events = model.events();
  const size_t n = events.size();
  if (n == 0) return index;
  // Every piece starts and ends at an event, so its changes are counted per event (sequence numbers
  // are dense): no sorting, one pass over the members and one over the events.
  const uint64_t first_seq = events.front().seq;
  auto at = [&](uint64_t seq) { return std::min<uint64_t>(seq < first_seq ? 0 : seq - first_seq, n); };
  constexpr int kPaints = static_cast<int>(Paint::Count_);
  std::vector<int32_t> delta[kPaints];
  auto add = [&](Paint p, uint64_t from_seq, uint64_t to_seq) {
    auto& d = delta[static_cast<int>(p)];
    if (d.empty()) d.assign(n + 1, 0);
    ++d[at(from_seq)];
    --d[at(to_seq)];
  };
  size_t visited = 0;
  for (TaskId id : members) {
    if (cancel && (++visited & 1023) == 0 && *cancel) return nullptr;
    const auto& t = model.task(id);
    const bool permanent = t.fate == analysis::Fate::PermanentlyBlocked;
    const bool never = t.fate == analysis::Fate::NeverFinishing;
    if (permanent && t.permanent_since_seq < index->first_permanent_seq) {
      index->first_permanent_seq = t.permanent_since_seq;
      index->first_permanent_time = t.permanent_since;
    }
    index->never_finishing = index->never_finishing || never;
    for (const auto& iv : t.intervals) {
      const uint64_t end_seq = iv.end == analysis::kOpen ? first_seq + n : iv.end_seq;
      const Paint p = paint_for(iv, false, never && iv.state != analysis::TaskState::Running);
      // As member_pieces: red from the moment the wait became permanent (decided by event order;
      // pieces of no length in time vanish from the time steps below).
      if (!permanent || t.permanent_since_seq >= end_seq) {
        add(p, iv.begin_seq, end_seq);
      } else if (t.permanent_since_seq <= iv.begin_seq) {
        add(Paint::Permanent, iv.begin_seq, end_seq);
      } else {
        add(p, iv.begin_seq, t.permanent_since_seq);
        add(Paint::Permanent, t.permanent_since_seq, end_seq);
      }
    }
  }
  if (cancel && *cancel) return nullptr;
  // Sweep the events in order; counts that end an instant become steps (pieces with no length in
  // time come and go within one instant and leave none).
  int64_t count[kPaints] = {};
  for (size_t i = 0; i <= n; ++i) {
    for (int p = 0; p < kPaints; ++p) {
      if (!delta[p].empty()) count[p] += delta[p][i];
    }
    // On the event axis every event is a step of its own.
    for (int p = 0; p < kPaints; ++p) {
      if (delta[p].empty()) continue;
      Steps& s = index->event_steps_[p];
      const uint32_t c = static_cast<uint32_t>(std::max<int64_t>(0, count[p]));
      if (s.count.empty() ? c == 0 : s.count.back() == c) continue;
      s.t.push_back(static_cast<Nanos>(i));
      s.count.push_back(c);
    }
    const Nanos when = i < n ? events[i].vtime : model.end_time();
    const bool instant_ends = i == n || (i + 1 < n ? events[i + 1].vtime != when : true);
    if (!instant_ends) continue;
    for (int p = 0; p < kPaints; ++p) {
      if (delta[p].empty()) continue;
      Steps& s = index->steps_[p];
      const uint32_t c = static_cast<uint32_t>(std::max<int64_t>(0, count[p]));
      if (s.count.empty() ? c == 0 : s.count.back() == c) continue;
      if (!s.t.empty() && s.t.back() == when) {
        s.count.back() = c;
      } else {
        s.t.push_back(when);
        s.count.push_back(c);
      }
    }
  }
  return index;
}

bool GroupIndex::present(Paint p, Nanos a, Nanos b, bool events_axis) const {
  const Steps& s = (events_axis ? event_steps_ : steps_)[static_cast<int>(p)];
  if (s.t.empty() || b <= a) return false;
  // The count in force at a, then whether it rises before b (from zero it can only rise).
  auto next = std::upper_bound(s.t.begin(), s.t.end(), a);
  if (next != s.t.begin() && s.count[static_cast<size_t>(next - s.t.begin()) - 1] > 0) return true;
  return next != s.t.end() && *next < b;
}

}  // namespace goro::gui
