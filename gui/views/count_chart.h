// CountChart: goroutines alive, blocked and permanently blocked over time (Qt Charts). Series are
// step lines reduced to a point budget before they reach Qt Charts, set with one replace() call.
#pragma once

#include <QAreaSeries>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include "goro/analysis/run_model.h"
#include "views/palette.h"
#include "views/step_reducer.h"

namespace goro::gui {

class CountChart : public QChartView {
  Q_OBJECT
 public:
  explicit CountChart(QWidget* parent = nullptr);
  void set_model(const analysis::RunModel* model);
  void refresh();
  void set_theme(const Theme& theme);
  void set_time_range(Nanos t0, Nanos t1);
  void set_y_max(double y);       // compare mode: one scale for both charts
  double data_y_max() const;  // the peak of what the chart shows (both runs when overlaid)
  double own_peak() const { return alive_r_.peak(); }
  double y_max() const;    // the current top of the scale
  double x_min_ms() const;
  double x_max_ms() const;
  // set_events_axis: x is the event order (positions) instead of run time; ranges and the cursor
  // are given in the axis's units (ns, or positions) either way.
  void set_events_axis(bool on);
  bool events_axis() const { return events_axis_; }
  void set_cursor(Nanos t);
  Nanos cursor_time() const { return cursor_t_; }  // -1: no cursor
  void set_title(const QString& title);
  // set_overlay draws another run's alive and permanently blocked counts on this chart too
  // (dashed), named after the runs ("leak", "fix"); nullptr removes it.
  void set_overlay(const analysis::RunModel* other, const QString& own_name, const QString& other_name);
  // mirror shows what `other` shows: its run, overlay, theme, time range and scale (exports draw a
  // copy at the export's size).
  void mirror(const CountChart& other);
  bool overlaid() const { return other_ != nullptr; }
  // series_count: visible data series (tests).
  int series_points(int which) const;
  QSize sizeHint() const override { return {900, 220}; }
  // follow_timeline: the timeline whose label column the plot aligns to (its time axis).
  void follow_timeline(const class TimelineView* tl) { timeline_ = tl; }
  // align_plot puts the plot area at [left, width - right_margin) so it lines up with a timeline.
  void align_plot(double left, double right_margin);

 protected:
  void resizeEvent(QResizeEvent* e) override;

 private:
  const analysis::RunModel* model_ = nullptr;
  QLineSeries* alive_;
  QLineSeries* blocked_;            // the upper edge of blocked_area_
  QAreaSeries* blocked_area_;
  QLineSeries* permanent_;
  QLineSeries* cursor_;
  QLineSeries* other_alive_;
  QLineSeries* other_permanent_;
  const analysis::RunModel* other_ = nullptr;
  QString own_name_, other_name_;
  bool events_axis_ = false;
  double scale() const { return events_axis_ ? 1.0 : 1e6; }  // axis units per chart unit
  StepReducer alive_r_, blocked_r_, permanent_r_, other_alive_r_, other_permanent_r_;
  QValueAxis* x_;
  QValueAxis* y_;
  Theme theme_ = Theme::light();
  Nanos cursor_t_ = -1;
  double shared_y_max_ = 0;  // compare mode: the larger run's peak
  void update_ticks();
  void set_x_range(double lo_ms, double hi_ms);
  void set_y_range(double top);
  void schedule_align();
  bool align_pending_ = false;
  const class TimelineView* timeline_ = nullptr;
};

}  // namespace goro::gui
