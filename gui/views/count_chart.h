// CountChart: goroutines alive, blocked and permanently blocked over time (Qt Charts), as stacked
// areas: permanently blocked (red) at the bottom, blocked but not for ever above it, the rest of the
// alive goroutines (running, runnable, sleeping) on top in a light tint, and the alive count as a
// dark, thick line over all of them, so it stays visible when every alive goroutine is blocked
// (every leak lesson).
// The counts are reduced to a point budget as they arrive (views/count_reducer.h) and painted by
// the view itself; Qt Charts draws the axes, the grid and the legend.
#pragma once

#include <QAreaSeries>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include "goro/analysis/run_model.h"
#include "views/palette.h"
#include "views/count_reducer.h"

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
  double own_peak() const { return own_r_[events_axis_ ? 1 : 0].peak(); }
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
  // alive_colour: the alive line's colour in the current theme (tests look for it in pictures).
  QColor alive_colour() const { return alive_pen_.color(); }
  // series_count: visible data series (tests).
  int series_points(int which) const;
  QSize sizeHint() const override { return {900, 220}; }
  // follow_timeline: the timeline whose label column the plot aligns to (its time axis).
  void follow_timeline(const class TimelineView* tl) { timeline_ = tl; }
  // align_plot puts the plot area at [left, width - right_margin) so it lines up with a timeline.
  void align_plot(double left, double right_margin);

 protected:
  void resizeEvent(QResizeEvent* e) override;
  // drawBackground paints the background and the stacked areas, under the grid and axes;
  // drawForeground the count lines and the cursor over them.
  void drawBackground(QPainter* p, const QRectF& rect) override;
  void drawForeground(QPainter* p, const QRectF& rect) override;
  // paint_areas paints one run's stacked count areas, from series `first` on, in the plot.
  void paint_areas(QPainter* p, const QRectF& plot, const CountReducer& r, Nanos end, int first,
                   const std::array<QBrush, CountReducer::kSeries>& brushes) const;

 private:
  const analysis::RunModel* model_ = nullptr;
  QRectF plot_rect() const;         // the plot area in scene coordinates
  QLineSeries* alive_key_;          // the alive line's entry in the legend (no points)
  QAreaSeries* permanent_area_;     // legend entries of the areas (no points: see drawBackground)
  QAreaSeries* blocked_area_;
  QColor permanent_fill_, blocked_fill_, rest_fill_;
  QBrush other_permanent_hatch_;  // the other run's red area in the overlay
  QPen alive_pen_, other_alive_pen_, other_permanent_pen_, cursor_pen_;
  QLineSeries* other_alive_key_;      // the other run's legend entries (no points)
  QAreaSeries* other_permanent_key_;
  const analysis::RunModel* other_ = nullptr;
  QString own_name_, other_name_;
  bool events_axis_ = false;
  double scale() const { return events_axis_ ? 1.0 : 1e6; }  // axis units per chart unit
  // Reduced counts on each axis (0: run time, 1: event order), the shown one kept up to date.
  CountReducer own_r_[2], other_r_[2];
  // The lines drawn, in axis units: step functions from the reducers.
  enum Line { kAlive, kOtherAlive, kOtherPermanent, kLines };
  QList<QPointF> shown_[kLines];
  bool set_points(int slot, QList<QPointF> pts);  // true if they changed
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
