// RunPane: one column of the window: a run's title and summary, its timeline and its count chart.
#pragma once

#include <QLabel>
#include <QSplitter>
#include <QWidget>

#include "models/run_session.h"
#include "views/count_chart.h"
#include "views/timeline_view.h"

namespace goro::gui {

class RunPane : public QWidget {
  Q_OBJECT
 public:
  explicit RunPane(QWidget* parent = nullptr);
  RunSession& session() { return session_; }
  TimelineView& timeline() { return *timeline_; }
  CountChart& chart() { return *chart_; }
  void set_heading(const QString& heading);
  void set_theme(const Theme& theme);
  // summary: "21 goroutines · 20 permanently blocked · main returned at 100ms".
  QString summary() const;
  // render paints heading, full timeline and chart into one image of the given width.
  QImage render(int width) const;

 Q_SIGNALS:
  void model_changed();

 private:
  void on_update();
  RunSession session_;
  const analysis::RunModel* shown_ = nullptr;  // the model the views currently show
  QLabel* heading_;
  QLabel* summary_;
  TimelineView* timeline_;
  CountChart* chart_;
  Theme theme_ = Theme::light();
};

}  // namespace goro::gui
