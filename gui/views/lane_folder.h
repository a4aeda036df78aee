// LaneFolder: the timeline's lanes (goroutines folded by creation site, function and fate, as
// fold_lanes does), kept up to date while a run streams in. Each update reads only the events that
// arrived since the last one: new goroutines join their group, goroutines whose fate changed
// (finished, leaked, judged at the end) move to their new group, and every group of
// kIndexMinMembers or more keeps a GroupIndex that follows its members' new states, so even a live
// group of 100,000 goroutines is painted from its index in pixels, not members. A goroutine with a
// lane of its own and a long history gets an index of its own the same way.
//
//   LaneFolder folder;
//   folder.reset(&model);
//   model.append(batch);
//   if (folder.update()) ...;            // the lanes themselves changed
//   const auto& lanes = folder.lanes();  // group lanes carry their index
#pragma once

#include <chrono>
#include <memory>
#include <unordered_map>
#include <vector>

#include "goro/analysis/run_model.h"
#include "views/group_index.h"
#include "views/timeline_layout.h"

namespace goro::gui {

class LaneFolder {
 public:
  static constexpr size_t kIndexMinMembers = 256;
  explicit LaneFolder(size_t min_group = 4) : min_group_(min_group) {}

  void reset(const analysis::RunModel* model);
  // update catches up with the model (its new events, and its final verdicts once finished),
  // within about `budget_ms` of work if it is not negative (then call it again until caught up:
  // the lanes lag behind the model meanwhile).
  struct Progress {
    bool lanes_changed = false;  // a group formed, grew, shrank or changed fate (not just its paints)
    bool caught_up = true;
  };
  Progress update(double budget_ms = -1);
  // lanes: as fold_lanes makes them, with an index on each large group.
  const std::vector<LaneSpec>& lanes() const { return lanes_; }
  int indexed_groups() const;

 private:
  struct Key {
    SiteId site = 0;
    NameId function = 0;
    analysis::Fate fate = analysis::Fate::Alive;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const noexcept;
  };
  struct Group {
    Key key;
    std::vector<TaskId> members;  // by id
    std::shared_ptr<GroupIndex> index;
    bool recount = false;  // the index's figures (first red, amber) need its members visited
  };
  // What the index of a task's group holds of it.
  struct Member {
    static constexpr uint32_t kNone = UINT32_MAX;
    uint32_t group = kNone;
    uint32_t added = 0;   // its first `added` intervals are counted
    bool open = false;    // the last of them was counted as open
    MemberColour colour;  // and coloured so
  };
  static constexpr size_t kSlice = 1024;  // events (or goroutines, at the end) per step
  static constexpr int kSealEveryMs = 250;  // while a backlog is read, the indexes are sealed this often
  static constexpr size_t kSoloMinIntervals = 2048;  // a lone goroutine's history worth an index
  bool apply(const std::vector<TaskId>& touched);
  uint32_t group_for(const Key& key);
  bool single_lane(const Group& g) const;  // its members have lanes of their own
  // follow_solo keeps the index of a goroutine with a lane of its own, making one once its
  // history is long (true then: its lane changed).
  bool follow_solo(const analysis::TaskInfo& t, Member& m);
  void count_all(Group& g);
  void take_back(GroupIndex& index, const analysis::TaskInfo& t, Member& m);
  // catch_up brings the index up to date with t (true if its colour changed).
  bool catch_up(GroupIndex& index, const analysis::TaskInfo& t, Member& m);
  void rebuild_lanes();

  size_t min_group_;
  const analysis::RunModel* model_ = nullptr;
  size_t seen_events_ = 0;
  size_t finish_next_ = 0;
  std::chrono::steady_clock::time_point last_seal_{};  // once the model is final: the next goroutine to settle (0: none yet)
  std::vector<Group> groups_;
  std::vector<uint32_t> free_groups_;
  std::unordered_map<Key, uint32_t, KeyHash> by_key_;
  struct Solo {
    std::shared_ptr<GroupIndex> index;
    bool recount = false;
  };
  std::unordered_map<TaskId, Solo> solos_;  // goroutines with a lane and an index of their own
  std::vector<Member> members_;   // by task id
  std::vector<uint32_t> stamp_;   // by task id: the update that last touched it
  uint32_t epoch_ = 0;
  Instants instants_;
  std::vector<LaneSpec> lanes_;
};

}  // namespace goro::gui
