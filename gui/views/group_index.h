// GroupIndex: for a folded lane of many identical goroutines, how many members show each paint at
// any moment, as step functions over a finished run. A group lane is then painted in
// O(pixels × paints × log n) at any zoom, instead of visiting every member's intervals each frame
// (100,000 members made a frame take 300 ms). Built once a run is final (it may run on a worker
// thread: a finished model no longer changes).
//
//   auto index = GroupIndex::build(model, lane.tasks, nullptr);
//   bool red = index->present(Paint::Permanent, t0, t1);   // any member red in [t0, t1)?
#pragma once

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include "goro/analysis/run_model.h"
#include "views/axis.h"
#include "views/palette.h"

namespace goro::gui {

// member_pieces calls fn(begin, end, paint) for each painted stretch of task `t` that starts before
// `limit` and before event `cursor_seq`: its intervals by state, red from the moment it became
// permanently blocked, amber while it waits if it never finishes.
// Positions are on `clock`'s axis (run time, or event order).
template <class Fn>
void member_pieces(const AxisClock& clock, const analysis::TaskInfo& t, Nanos from, Nanos limit, uint64_t cursor_seq,
                   Fn&& fn) {
  const bool permanent_fate = t.fate == analysis::Fate::PermanentlyBlocked;
  const bool never = t.fate == analysis::Fate::NeverFinishing;
  const Nanos permanent_at = permanent_fate ? clock.permanent(t) : 0;
  // The first interval that may reach `from`.
  auto it = std::upper_bound(t.intervals.begin(), t.intervals.end(), from,
                             [&](Nanos v, const analysis::Interval& iv) { return v < clock.begin(iv); });
  if (it != t.intervals.begin()) --it;
  for (; it != t.intervals.end(); ++it) {
    const Nanos begin = clock.begin(*it);
    if (begin >= limit || it->begin_seq > cursor_seq) break;
    Nanos end = std::min(clock.end(*it), limit);
    if (end <= from || end <= begin) continue;
    // A permanently blocked stretch turns red from the moment it became permanent.
    Nanos split = permanent_fate ? std::clamp(permanent_at, begin, end) : end;
    if (split > begin) fn(begin, split, paint_for(*it, false, never && it->state != analysis::TaskState::Running));
    if (split < end) fn(split, end, Paint::Permanent);
  }
}

class GroupIndex {
 public:
  // build indexes `members` of a finished run; nullptr if `cancel` became true meanwhile.
  static std::shared_ptr<GroupIndex> build(const analysis::RunModel& model, const std::vector<TaskId>& members,
                                           const std::atomic<bool>* cancel);
  // present: does any member show paint `p` somewhere in [a, b)? (on the time or the event axis)
  bool present(Paint p, Nanos a, Nanos b, bool events_axis = false) const;
  size_t members() const { return members_; }
  // The earliest moment (and event) a member became permanently blocked; UINT64_MAX if none.
  uint64_t first_permanent_seq = UINT64_MAX;
  Nanos first_permanent_time = INT64_MAX;
  bool never_finishing = false;  // some member is alive and never finishing

 private:
  struct Steps {
    std::vector<Nanos> t;         // moments the count changes, increasing
    std::vector<uint32_t> count;  // members in this paint from t[i] on
  };
  Steps steps_[static_cast<int>(Paint::Count_)];         // by run time
  Steps event_steps_[static_cast<int>(Paint::Count_)];   // by event position
  size_t members_ = 0;
};

}  // namespace goro::gui
