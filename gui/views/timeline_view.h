// TimelineView: the interactive timeline. One lane per goroutine (identical goroutines folded into a
// group lane that expands on click), coloured by state, red from the moment a goroutine became
// permanently blocked. Ctrl+wheel or +/- zooms, drag or shift+wheel pans, wheel scrolls lanes, F
// fits; hovering shows the state, what it waits on, since when, where, and who created it; a click
// selects a goroutine (or opens a group).
#pragma once

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

#include "goro/analysis/run_model.h"
#include "views/lane_folder.h"
#include "views/palette.h"
#include "views/timeline_layout.h"
#include "views/timeline_painter.h"

namespace goro::gui {

class TimelineView : public QWidget {
  Q_OBJECT
 public:
  explicit TimelineView(QWidget* parent = nullptr);

  ~TimelineView() override;
  void set_model(const analysis::RunModel* model);
  // release_model forgets the model (it is about to be destroyed).
  void release_model();
  // Group lanes of at least this many members are painted from an index (live runs too).
  static constexpr size_t kIndexMinMembers = LaneFolder::kIndexMinMembers;
  // indexed_groups: group lanes painted from an index (tests).
  int indexed_groups() const;
  // refresh re-reads the model (new events, new verdicts) keeping zoom and expansion; a large
  // backlog is read over several turns of the event loop.
  void refresh();
  // catch_up reads the whole backlog at once: the lanes then show everything the model holds
  // (exports, tests).
  void catch_up();
  static constexpr double kCatchUpBudgetMs = 4;
  void set_theme(const Theme& theme);
  // set_time_range shows [t0, t1) (compare mode shares one range between two views).
  void set_time_range(Nanos t0, Nanos t1);
  Nanos t0() const { return t0_; }
  Nanos t1() const { return t1_; }
  void fit();
  void set_cursor(uint64_t seq, Nanos time);
  // set_events_axis lays the run out in event order instead of run time (ranges and the cursor
  // are then event positions).
  void set_events_axis(bool on);
  bool events_axis() const { return events_axis_; }
  // axis_length: the run's extent on the current axis (its end time, or its event count).
  Nanos axis_length() const;
  Nanos cursor_time() const { return cursor_time_; }  // INT64_MAX: no cursor
  uint64_t cursor_seq() const { return cursor_seq_; }
  void set_title(const QString& title) { title_ = title; update(); }

  // render_all paints every lane over the current time range at the given width (exports, the
  // side-by-side pair); full_height says how tall that is.
  void render_all(QPainter& p, double width) const;
  double full_height() const;
  // render_whole_run: every lane over the whole run; render_visible: what the widget shows now
  // (its time range and the lanes scrolled into view). visible_height: how tall that is.
  void render_whole_run(QPainter& p, double width) const;
  void render_visible(QPainter& p, double width) const;
  double visible_height() const;

  // Selection: the tasks picked in the profile or by a click; their lanes are highlighted.
  void set_selection(const std::vector<TaskId>& tasks);
  const std::vector<TaskId>& selection() const { return selection_; }
  // lanes: the rows as shown (groups folded or expanded); toggle_group opens or folds one.
  const std::vector<LaneSpec>& lanes() const { return lanes_; }
  void toggle_group(int lane);
  int first_lane() const { return first_lane_; }
  // describe: the hover text for a lane at time t (state, object, since when, where, stack).
  QString describe(int lane, Nanos t) const;
  // lane_y: the top of a lane in widget coordinates (-1 if scrolled out of view).
  double lane_y(int lane) const;
  // label_width_for: width of the label column at a given widget width (charts align to it):
  // what the longest label needs, within bounds that leave the time axis most of the width.
  double label_width_for(double width) const;

  QSize sizeHint() const override { return {900, 360}; }

 Q_SIGNALS:
  void range_changed(Nanos t0, Nanos t1);
  void task_selected(TaskId id);
  void lanes_changed();  // a group opened or folded

 protected:
  void paintEvent(QPaintEvent*) override;
  void wheelEvent(QWheelEvent*) override;
  void mousePressEvent(QMouseEvent*) override;
  void mouseMoveEvent(QMouseEvent*) override;
  void mouseReleaseEvent(QMouseEvent*) override;
  void keyPressEvent(QKeyEvent*) override;
  bool event(QEvent*) override;

 private:
  TimelineFrame frame(double width, double height) const;
  TimelineViewport viewport(const TimelineFrame& f, int first_lane, int max_lanes) const;
  void zoom(double factor, double at_x);
  int lane_at(double y) const;
  Nanos time_at(double x) const;
  void paint_into(QPainter& p, double width, double height, Nanos t0, Nanos t1, int first, int count) const;
  void click(QPointF pos);

  const analysis::RunModel* model_ = nullptr;
  std::vector<LaneSpec> lanes_;
  double label_need_ = 0;  // px the longest lane label needs (name, short site, arrow)
  Theme theme_ = Theme::light();
  Nanos t0_ = 0, t1_ = 1;
  bool user_zoomed_ = false;
  bool events_axis_ = false;
  int first_lane_ = 0;
  uint64_t cursor_seq_ = UINT64_MAX;
  Nanos cursor_time_ = INT64_MAX;
  QString title_;
  QPointF drag_from_;
  Nanos drag_t0_ = 0;
  bool dragging_ = false;
  bool dragged_ = false;  // moved far enough to be a pan, not a click
  std::vector<TaskId> selection_;
  std::vector<bool> selected_;  // by task id
  // The folded lanes, kept up to date with the model as it grows (group indexes included).
  LaneFolder folder_;
  QTimer catch_up_timer_;  // reads the rest of a backlog on the next turns
  void rebuild_lanes();
  void measure_labels();
};

}  // namespace goro::gui
