// GroupIndex: for a folded lane of many identical goroutines, where each paint is present over
// time, so the lane is painted in O(pixels × paints × log n) at any zoom instead of visiting every
// member's intervals each frame (100,000 members made a frame take 300 ms).
//
// It is kept up to date while a run streams in (see lane_folder.h): a member's stretches are added
// as +1/-1 counts at the positions of the events that begin and end them, and taken back the same
// way when the member leaves the group or its verdict recolours its past (red from the moment it
// became permanently blocked). seal() turns the counts into the stretches where each paint is
// present, on the event axis and on the time axis, sweeping only from the earliest event whose
// count changed: a streaming run costs its new events, not the whole run.
//
//   auto index = GroupIndex::build(model, lane.tasks, nullptr);   // a finished run, at once
//   bool red = index->present(Paint::Permanent, t0, t1);          // any member red in [t0, t1)?
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include "goro/analysis/run_model.h"
#include "views/axis.h"
#include "views/palette.h"

namespace goro::gui {

// MemberColour: what, besides its states, decides how a member is painted: red from the event its
// wait became permanent (kNever: it never did), amber while waiting if it never finishes.
struct MemberColour {
  static constexpr uint64_t kNever = std::numeric_limits<uint64_t>::max();
  uint64_t permanent_seq = kNever;
  bool never_finishing = false;
  bool operator==(const MemberColour&) const = default;
  static MemberColour of(const analysis::TaskInfo& t) {
    return {t.fate == analysis::Fate::PermanentlyBlocked ? t.permanent_since_seq : kNever,
            t.fate == analysis::Fate::NeverFinishing};
  }
};

// interval_pieces calls fn(paint, begin_seq, end_seq) for the painted pieces of one interval
// (end_seq = kNever: open, it lasts to the end of the run): its state's paint, red from the
// moment its wait became permanent, amber if the task never finishes. member_pieces and the index
// both paint from it, so they agree.
template <class Fn>
void interval_pieces(const analysis::Interval& iv, bool open, const MemberColour& c, Fn&& fn) {
  const uint64_t end = open ? MemberColour::kNever : iv.end_seq;
  const Paint p = paint_for(iv, false, c.never_finishing && iv.state != analysis::TaskState::Running);
  const uint64_t ps = c.permanent_seq;
  if (ps == MemberColour::kNever || ps >= end) {
    fn(p, iv.begin_seq, end);
  } else if (ps <= iv.begin_seq) {
    fn(Paint::Permanent, iv.begin_seq, end);
  } else {
    fn(p, iv.begin_seq, ps);
    fn(Paint::Permanent, ps, end);
  }
}

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

// Instants: a run's events grouped by the moment they happened (run time often stands still for
// many events): instant k covers event positions [begin[k], begin[k + 1]) at time[k]. Extended as
// the run grows; the indexes of one run share it.
struct Instants {
  std::vector<size_t> begin;
  std::vector<Nanos> time;
  size_t events = 0;  // positions covered
  void extend(const std::deque<Event>& events);
};

class GroupIndex {
 public:
  // first_seq: the run's first event; expected_events: how many events to make room for at once
  // (a finished run's count; 0 for a growing one).
  explicit GroupIndex(uint64_t first_seq = 0, size_t expected_events = 0)
      : first_seq_(first_seq), expected_(expected_events) {}

  // build indexes `members` of a finished run at once; nullptr if `cancel` became true meanwhile.
  static std::shared_ptr<GroupIndex> build(const analysis::RunModel& model, const std::vector<TaskId>& members,
                                           const std::atomic<bool>* cancel);

  // add counts (sign +1) or takes back (sign -1) the pieces of t's intervals [from, to), coloured
  // by `colour`; the last of them as open (lasting to the end of the run) if `open_last`. Taking
  // back must repeat exactly what was added.
  void add(const analysis::TaskInfo& t, size_t from, size_t to, bool open_last, const MemberColour& colour, int sign);
  // change recounts t's intervals [from, to), counted so far with `was` (the last of them as open
  // if `was_open`), as they are now with `now`: only the counts that differ change (closing an
  // interval long open, or a verdict, touches the moments that changed, not the interval's start).
  void change(const analysis::TaskInfo& t, size_t from, size_t to, bool was_open, const MemberColour& was,
              bool now_open, const MemberColour& now);
  // seal brings the stretches up to date with the model's events (call after adding, before
  // painting), `instants` being the model's; compact drops the counts of a final index (no more
  // changes).
  void seal(const analysis::RunModel& model, const Instants& instants);
  void compact();

  // present: does any member show paint `p` somewhere in [a, b)? (on the time or the event axis)
  bool present(Paint p, Nanos a, Nanos b, bool events_axis = false) const;
  size_t members() const { return members_; }
  // The earliest moment (and event) a member became permanently blocked; UINT64_MAX if none.
  uint64_t first_permanent_seq = UINT64_MAX;
  Nanos first_permanent_time = INT64_MAX;
  bool never_finishing = false;  // some member is alive and never finishing
  // set_members sets the figures above from the group's members; joined folds in one more member
  // (a group growing need not be visited again); set_count says how many there are.
  void set_members(const analysis::RunModel& model, const std::vector<TaskId>& members);
  void joined(const analysis::TaskInfo& t);
  void set_count(size_t members) { members_ = members; }

 private:
  static constexpr size_t kBlock = 4096;          // positions per checkpoint
  static constexpr Nanos kToTheEnd = INT64_MAX;   // a stretch still going at the end of the run
  struct Stretch {
    Nanos begin, end;  // [begin, end), end == kToTheEnd: to the end of the run
  };
  // One paint's counts by event position and the stretches where it is present.
  struct Channel {
    std::vector<int32_t> delta;        // count change at each event position
    std::vector<int64_t> checkpoint;   // count before position k * kBlock
    size_t swept = 0;                  // positions swept so far
    int64_t count_at_swept = 0;        // the count after them
    size_t dirty = SIZE_MAX;           // the earliest position changed since the last sweep
    std::vector<Stretch> by_event, by_time;
  };
  void bump(Paint p, uint64_t seq, int v);
  void sweep(Channel& c, size_t n, const Instants& instants);
  static bool overlaps(const std::vector<Stretch>& s, Nanos a, Nanos b, Nanos end);

  uint64_t first_seq_;
  size_t expected_;
  Channel channels_[static_cast<int>(Paint::Count_)];
  size_t members_ = 0;
  Nanos end_pos_ = 0;   // the run's end on the event axis (its event count) at the last seal
  Nanos end_time_ = 0;  // ... and in run time
};

}  // namespace goro::gui
