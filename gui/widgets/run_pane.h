// RunPane: one column of the window: a run's title and summary, its timeline and its count chart.
#pragma once

#include <QLabel>
#include <QSplitter>
#include <QWidget>

#include "models/run_session.h"
#include "widgets/eliding_label.h"
#include "views/count_chart.h"
#include "views/timeline_view.h"

namespace goro::gui {

class RunPane : public QWidget {
  Q_OBJECT
 public:
  explicit RunPane(QWidget* parent = nullptr);
  RunSession& session() { return session_; }
  const RunSession& session() const { return session_; }
  // set_active marks the column the inspector and playback follow (compare mode).
  void set_active(bool active);
  TimelineView& timeline() { return *timeline_; }
  CountChart& chart() { return *chart_; }
  void set_heading(const QString& heading);
  void set_theme(const Theme& theme);
  // summary: "21 goroutines · 20 permanently blocked · main returned at 100ms".
  QString summary() const;
  // paint draws heading, the full timeline and the chart at `width` onto any painter (image, SVG,
  // PDF); height_for says how tall that is. render makes an image of it.
  void paint(QPainter& p, int width) const;
  int height_for(int width) const;
  QImage render(int width) const;
  // paint_timeline_only / paint_chart_only: one part alone (exports of a single view).
  void paint_timeline_only(QPainter& p, int width) const;
  void paint_chart_only(QPainter& p, int width, int height) const;

 Q_SIGNALS:
  void model_changed();

 private:
  void on_update();
  RunSession session_;
  const analysis::RunModel* shown_ = nullptr;  // the model the views currently show
  ElidingLabel* heading_;
  ElidingLabel* summary_;
  TimelineView* timeline_;
  QSplitter* split_;
  CountChart* chart_;
  Theme theme_ = Theme::light();
  bool active_ = false;
  QString compute_summary() const;
  QString summary_text_;  // computed once per update (it visits every goroutine)
  bool sized_ = false;  // the timeline/chart split was set for the shown run
  void style_heading();
};

}  // namespace goro::gui
