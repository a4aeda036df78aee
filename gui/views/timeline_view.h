// TimelineView: the interactive timeline. One lane per goroutine (identical goroutines folded into a
// group lane that expands on click), coloured by state, red from the moment a goroutine became
// permanently blocked. Ctrl+wheel or +/- zooms, drag or wheel pans, F fits; hovering shows the state,
// what it waits on, since when, and where.
#pragma once

#include <QWidget>
#include <functional>

#include "goro/analysis/run_model.h"
#include "views/palette.h"
#include "views/timeline_layout.h"
#include "views/timeline_painter.h"

namespace goro::gui {

class TimelineView : public QWidget {
  Q_OBJECT
 public:
  explicit TimelineView(QWidget* parent = nullptr);

  void set_model(const analysis::RunModel* model);
  // refresh re-reads the model (new events, new verdicts) keeping zoom and expansion.
  void refresh();
  void set_theme(const Theme& theme);
  // set_time_range shows [t0, t1) (compare mode shares one range between two views).
  void set_time_range(Nanos t0, Nanos t1);
  Nanos t0() const { return t0_; }
  Nanos t1() const { return t1_; }
  void fit();
  void set_cursor(uint64_t seq, Nanos time);
  void set_title(const QString& title) { title_ = title; update(); }

  // render paints the whole timeline (all lanes) at the given width into an image-sized painter.
  void render_all(QPainter& p, double width) const;
  double full_height() const;
  // label_width_for: width of the label column at a given widget width (charts align to it).
  static double label_width_for(double width) { return std::min(300.0, std::max(170.0, width * 0.26)); }

  QSize sizeHint() const override { return {900, 360}; }

 Q_SIGNALS:
  void range_changed(Nanos t0, Nanos t1);
  void task_selected(TaskId id);

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
  QString describe(int lane, Nanos t) const;

  const analysis::RunModel* model_ = nullptr;
  std::vector<LaneSpec> lanes_;
  Theme theme_ = Theme::light();
  Nanos t0_ = 0, t1_ = 1;
  bool user_zoomed_ = false;
  int first_lane_ = 0;
  uint64_t cursor_seq_ = UINT64_MAX;
  Nanos cursor_time_ = INT64_MAX;
  QString title_;
  QPointF drag_from_;
  Nanos drag_t0_ = 0;
  bool dragging_ = false;
};

}  // namespace goro::gui
