// Timeline layout: pure geometry, no widgets. Given an analysed run, a visible time range and a
// viewport, it produces a draw list: lanes (folded groups of identical tasks, or single tasks),
// segments in pixels with sub-pixel pieces merged, and exit marks. Painting the draw list is
// separate (timeline_painter.h), so the same layout feeds the screen, PNG, SVG and PDF.
//
// Red wins: a merged or folded piece that contains any permanently blocked stretch is red.
#pragma once

#include <QString>
#include <memory>
#include <vector>

#include "goro/analysis/run_model.h"
#include "views/group_index.h"
#include "views/palette.h"

namespace goro::gui {

struct TimelineViewport {
  // The horizontal axis: run time (ns), or event order (positions, see axis.h). Every range and
  // the cursor's position below are in the axis's units.
  bool events_axis = false;
  Nanos t0 = 0;           // visible range [t0, t1)
  Nanos t1 = 1;
  double x0 = 0;          // pixel range of the time axis
  double width = 800;
  double lane_height = 18;
  double y0 = 0;          // top of the first lane
  int first_lane = 0;     // vertical scroll, in lanes
  int max_lanes = 1000;   // lanes that fit
  uint64_t cursor_seq = UINT64_MAX;  // playback: draw only what happened up to this event
  Nanos cursor_time = INT64_MAX;     // ... and up to this position (time, or the event after it)
  const std::vector<bool>* selected = nullptr;  // by task id: lanes holding one are highlighted
};

// LaneSpec: one row of the timeline: a task, or a folded group of tasks with the same creation site
// and fate.
struct LaneSpec {
  std::vector<TaskId> tasks;  // one task, or the members of a group
  bool group = false;
  bool expanded = false;
  // For a large group of a finished run: its members' paints over time, so the lane is painted
  // without visiting every member (see group_index.h). Optional: without it, members are visited.
  std::shared_ptr<const GroupIndex> index = {};
};

struct LaneDraw {
  double y = 0;
  QString label;        // "G7 worker  main.go:14" or "2000 × worker  main.go:14"
  QString name;         // "G7 worker", "2000 × worker"
  QString site;         // "main.go:14" (the creation site), "" for main
  int line = 0;         // its line, for a short form when space is tight
  bool red = false;     // the lane (or a member) is permanently blocked by the cursor
  bool amber = false;   // the lane (or a member) is alive and never finishing
  bool group = false;
  bool expanded = false;
  bool selected = false;
  int lane_index = 0;
};

struct SegmentDraw {
  double x0, x1, y, h;
  Paint paint;
};

struct MarkDraw {
  double x, y, h;
};

struct TimelineDrawList {
  std::vector<LaneDraw> lanes;
  std::vector<SegmentDraw> segments;
  std::vector<MarkDraw> exits;
  double cursor_x = -1;
};

// fold_lanes groups tasks that share a creation site and fate into one lane when a group is at
// least `min_group` strong; main and small groups stay single lanes. Order: by first task id.
std::vector<LaneSpec> fold_lanes(const analysis::RunModel& model, size_t min_group = 4);

// layout_timeline computes the draw list for `lanes` in viewport `vp`.
TimelineDrawList layout_timeline(const analysis::RunModel& model, const std::vector<LaneSpec>& lanes,
                                 const TimelineViewport& vp);

// lane_label: the label of a lane ("G1 main", "20 × worker  main.go:16").
QString lane_label(const analysis::RunModel& model, const LaneSpec& lane);
// lane_name: the label without the site ("G7 worker", "20 × worker"); function names drop the
// "main." of the only package a lesson has.
QString lane_name(const analysis::RunModel& model, const LaneSpec& lane);
// function_name: a task's function as a lane shows it ("worker", "lookup.func1", "goroutine").
QString function_name(const analysis::RunModel& model, TaskId id);

}  // namespace goro::gui
