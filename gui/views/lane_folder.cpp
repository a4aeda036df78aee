#include "views/lane_folder.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include "models/slow_probe.h"

namespace goro::gui {

size_t LaneFolder::KeyHash::operator()(const Key& k) const noexcept {
  return std::hash<uint64_t>()((static_cast<uint64_t>(k.site) << 32 | k.function) * 31 + static_cast<uint64_t>(k.fate));
}

void LaneFolder::reset(const analysis::RunModel* model) {
  model_ = model;
  seen_events_ = 0;
  finish_next_ = 0;
  last_seal_ = {};
  groups_.clear();
  free_groups_.clear();
  by_key_.clear();
  solos_.clear();
  members_.clear();
  stamp_.clear();
  epoch_ = 0;
  instants_ = Instants{};
  lanes_.clear();
}

int LaneFolder::indexed_groups() const {
  int n = 0;
  for (const auto& l : lanes_) n += l.index != nullptr;
  return n;
}

uint32_t LaneFolder::group_for(const Key& key) {
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  uint32_t g;
  if (!free_groups_.empty()) {
    g = free_groups_.back();
    free_groups_.pop_back();
    groups_[g] = Group{};
  } else {
    g = static_cast<uint32_t>(groups_.size());
    groups_.emplace_back();
  }
  groups_[g].key = key;
  by_key_.emplace(key, g);
  return g;
}

void LaneFolder::take_back(GroupIndex& index, const analysis::TaskInfo& t, Member& m) {
  index.add(t, 0, m.added, m.open, m.colour, -1);
  m.added = 0;
  m.open = false;
}

bool LaneFolder::catch_up(GroupIndex& index, const analysis::TaskInfo& t, Member& m) {
  const MemberColour colour = MemberColour::of(t);
  const bool recoloured = colour != m.colour;
  if (recoloured || (m.open && t.intervals[m.added - 1].end != analysis::kOpen)) {
    // A verdict recolours the past from the moment the wait became permanent (all of it, for
    // amber), and the interval counted as open may have ended: recount from the first interval
    // either reaches.
    size_t from = m.added;
    const uint64_t since = colour.never_finishing != m.colour.never_finishing
                               ? 0
                               : std::min(colour.permanent_seq, m.colour.permanent_seq);
    if (m.open) --from;
    while (from > 0 && t.intervals[from - 1].end_seq > since) --from;
    index.change(t, from, m.added, m.open, m.colour, false, colour);
    m.open = false;
    m.colour = colour;
  }
  const size_t n = t.intervals.size();
  if (m.added < n) {
    const bool open = t.intervals.back().end == analysis::kOpen;
    index.add(t, m.added, n, open, m.colour, +1);
    m.added = static_cast<uint32_t>(n);
    m.open = open;
  }
  return recoloured;
}

bool LaneFolder::single_lane(const Group& g) const { return g.key.site == 0 || g.members.size() < min_group_; }

bool LaneFolder::follow_solo(const analysis::TaskInfo& t, Member& m) {
  // A goroutine with a lane of its own and a long history (a producer sending a million values)
  // gets an index of its own, as a large group does: its lane then costs pixels, not intervals.
  if (m.group == Member::kNone || !single_lane(groups_[m.group])) return false;
  auto it = solos_.find(t.id);
  if (it == solos_.end()) {
    if (t.intervals.size() < kSoloMinIntervals) return false;
    m.added = 0;
    m.open = false;
    m.colour = MemberColour::of(t);
    it = solos_.emplace(t.id, Solo{std::make_shared<GroupIndex>(model_->events().front().seq), true}).first;
    catch_up(*it->second.index, t, m);
    return true;
  }
  if (catch_up(*it->second.index, t, m)) it->second.recount = true;
  return false;
}

void LaneFolder::count_all(Group& g) {
  g.index = std::make_shared<GroupIndex>(model_->events().empty() ? 0 : model_->events().front().seq);
  for (TaskId id : g.members) {
    Member& m = members_[id];
    m.added = 0;
    m.open = false;
    m.colour = MemberColour::of(model_->task(id));
    catch_up(*g.index, model_->task(id), m);
  }
}

LaneFolder::Progress LaneFolder::update(double budget_ms) {
  if (!model_) return {};
  const auto started = std::chrono::steady_clock::now();
  const auto& events = model_->events();
  const size_t n = events.size();
  const size_t tasks = model_->task_count();
  if (members_.size() < tasks + 1) {
    members_.resize(tasks + 1);
    stamp_.resize(tasks + 1, 0);
  }
  {
    SlowProbe probe("folder.instants");
    instants_.extend(events);
  }
  Progress progress;
  std::optional<SlowProbe> reading("folder.read");
  // The goroutines whose state, fate or colour may have changed: those the new events are about,
  // and every one once the model is final (finish() settles fates without events). A slice at a
  // time, within the budget; what is read of each goroutine is its state now.
  std::vector<TaskId> touched;
  for (;;) {
    ++epoch_;
    touched.clear();
    auto touch = [&](TaskId id) {
      if (id == 0 || id > tasks || stamp_[id] == epoch_) return;
      stamp_[id] = epoch_;
      touched.push_back(id);
    };
    if (seen_events_ < n) {
      const size_t to = std::min(n, seen_events_ + kSlice);
      for (auto it = events.begin() + static_cast<std::ptrdiff_t>(seen_events_); seen_events_ < to; ++it, ++seen_events_) {
        touch(it->task);
      }
      std::sort(touched.begin(), touched.end());
    } else if (model_->finished() && finish_next_ <= tasks) {
      const size_t to = std::min<size_t>(tasks + 1, std::max<size_t>(finish_next_, 1) + kSlice);
      for (TaskId id = static_cast<TaskId>(std::max<size_t>(finish_next_, 1)); id < to; ++id) touch(id);
      finish_next_ = to;
    } else {
      break;
    }
    progress.lanes_changed = apply(touched) || progress.lanes_changed;
    if (budget_ms >= 0 &&
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count() >= budget_ms) {
      break;
    }
  }
  reading.reset();
  SlowProbe sealing("folder.seal");
  progress.caught_up = seen_events_ == n && (!model_->finished() || finish_next_ > tasks);
  // Indexes are sealed once caught up (or now and then while a long backlog is read): a sweep
  // from a member that left long ago costs the whole run, once, not on every slice.
  const auto now = std::chrono::steady_clock::now();
  const bool seal = progress.caught_up || now - last_seal_ >= std::chrono::milliseconds(kSealEveryMs);
  if (seal) last_seal_ = now;
  // A goroutine with a lane of its own loses it to a group lane when its group grows.
  for (auto it = solos_.begin(); it != solos_.end();) {
    const Member& m = members_[it->first];
    if (m.group == Member::kNone || !single_lane(groups_[m.group])) {
      it = solos_.erase(it);
      progress.lanes_changed = true;
    } else {
      ++it;
    }
  }
  for (auto& [id, solo] : solos_) {
    if (!seal) continue;
    if (solo.recount) solo.index->set_members(*model_, {id});
    solo.index->seal(*model_, instants_);
    if (progress.caught_up && model_->finished()) solo.index->compact();
    solo.recount = false;
  }
  for (Group& g : groups_) {
    if (g.members.empty()) continue;
    if (!g.index && g.members.size() >= kIndexMinMembers) {
      for (TaskId id : g.members) solos_.erase(id);  // the group's index counts them now
      count_all(g);
      g.recount = true;
      progress.lanes_changed = true;
    }
    if (g.index && seal) {
      if (g.recount) g.index->set_members(*model_, g.members);
      g.index->set_count(g.members.size());
      g.index->seal(*model_, instants_);
      if (progress.caught_up && model_->finished()) g.index->compact();
      g.recount = false;
    }
  }
  if (progress.lanes_changed || lanes_.empty()) {
    SlowProbe probe("folder.rebuild");
    rebuild_lanes();
  }
  return progress;
}

bool LaneFolder::apply(const std::vector<TaskId>& touched) {
  bool lanes_changed = false;
  // Sort the touched goroutines: newcomers and movers by the group they join, the others stay.
  struct Move {
    uint32_t from;  // Member::kNone for a newcomer
    Key to;
    TaskId id;
  };
  std::vector<Move> moves;
  for (TaskId id : touched) {
    const auto& t = model_->task(id);
    if (!t.id) continue;
    const Key key{t.created_at, t.function, t.fate};
    Member& m = members_[id];
    if (m.group == Member::kNone || !(groups_[m.group].key == key)) {
      moves.push_back({m.group, key, id});
    } else if (Group& g = groups_[m.group]; g.index) {
      if (catch_up(*g.index, t, m)) g.recount = true;  // when it became permanent changed
    } else {
      lanes_changed = follow_solo(t, m) || lanes_changed;
    }
  }
  if (!moves.empty()) {
    lanes_changed = true;
    // A whole group changing fate together (the run ended, every receiver leaked at once) keeps
    // its index: only its name changes. The others leave their group one by one.
    struct Leaving {
      size_t count = 0;
      Key to;
      bool one_destination = true;
    };
    std::unordered_map<uint32_t, Leaving> leaving;
    for (const Move& mv : moves) {
      if (mv.from == Member::kNone) continue;
      Leaving& l = leaving[mv.from];
      if (l.count++ == 0) l.to = mv.to;
      else if (!(l.to == mv.to)) l.one_destination = false;
    }
    std::vector<Move> rest;
    std::unordered_map<uint32_t, bool> renamed;
    for (auto& [g, l] : leaving) {
      Group& grp = groups_[g];
      if (l.count != grp.members.size() || !l.one_destination || by_key_.count(l.to)) continue;
      by_key_.erase(grp.key);
      grp.key = l.to;
      by_key_.emplace(grp.key, g);
      renamed[g] = true;
    }
    for (const Move& mv : moves) {
      if (mv.from != Member::kNone && renamed.count(mv.from)) {
        Group& grp = groups_[mv.from];
        grp.recount = true;  // their fate changed: so do the index's figures
        if (grp.index) catch_up(*grp.index, model_->task(mv.id), members_[mv.id]);
      } else {
        rest.push_back(mv);
      }
    }
    // Leaving: take each mover's counts back, then drop them from the member list.
    std::vector<uint32_t> shrunk;
    for (const Move& mv : rest) {
      if (mv.from == Member::kNone) continue;
      Group& grp = groups_[mv.from];
      if (grp.index) take_back(*grp.index, model_->task(mv.id), members_[mv.id]);
      if (shrunk.empty() || shrunk.back() != mv.from) shrunk.push_back(mv.from);
      if (grp.key.fate == analysis::Fate::PermanentlyBlocked) grp.recount = true;  // its first red may go
      members_[mv.id].group = Member::kNone;
    }
    std::sort(shrunk.begin(), shrunk.end());
    shrunk.erase(std::unique(shrunk.begin(), shrunk.end()), shrunk.end());
    for (uint32_t g : shrunk) {
      Group& grp = groups_[g];
      std::erase_if(grp.members, [&](TaskId id) { return members_[id].group != g; });
      if (grp.members.empty()) {
        by_key_.erase(grp.key);
        grp = Group{};
        free_groups_.push_back(g);
      }
    }
    // Joining: in id order within each group.
    std::sort(rest.begin(), rest.end(), [](const Move& a, const Move& b) { return a.id < b.id; });
    for (const Move& mv : rest) {
      const uint32_t g = group_for(mv.to);
      Group& grp = groups_[g];
      Member& m = members_[mv.id];
      m = Member{};
      m.group = g;
      m.colour = MemberColour::of(model_->task(mv.id));
      if (grp.members.empty() || grp.members.back() < mv.id) {
        grp.members.push_back(mv.id);
      } else {
        grp.members.insert(std::lower_bound(grp.members.begin(), grp.members.end(), mv.id), mv.id);
      }
      if (grp.index) {
        catch_up(*grp.index, model_->task(mv.id), m);
        grp.index->joined(model_->task(mv.id));
      } else {
        solos_.erase(mv.id);  // counted from the start again if it still has a lane of its own
        follow_solo(model_->task(mv.id), m);
      }
    }
  }
  return lanes_changed;
}

void LaneFolder::rebuild_lanes() {
  lanes_.clear();
  for (const Group& g : groups_) {
    if (g.members.empty()) continue;
    if (single_lane(g)) {
      for (TaskId id : g.members) {
        auto solo = solos_.find(id);
        lanes_.push_back(LaneSpec{{id}, false, false, solo != solos_.end() ? solo->second.index : nullptr});
      }
    } else {
      lanes_.push_back(LaneSpec{g.members, true, false, g.index});
    }
  }
  std::sort(lanes_.begin(), lanes_.end(),
            [](const LaneSpec& a, const LaneSpec& b) { return a.tasks.front() < b.tasks.front(); });
}

}  // namespace goro::gui
