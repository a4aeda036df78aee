// Colours of the timeline and charts: calm, distinguishable, legible on a projector, in a light and
// a dark variant. Red is kept for one meaning only: permanently blocked.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include "goro/analysis/run_model.h"

namespace goro::gui {

// Paint: what a timeline segment shows (a task state, refined by what it waits on).
enum class Paint : uint8_t {
  Running,
  Runnable,
  ChanSend,
  ChanRecv,
  Select,
  Lock,
  WaitGroup,
  OtherWait,
  Sleeping,
  Permanent,       // permanently blocked: red
  NeverFinishing,  // amber
  Count_
};

struct Theme {
  bool dark = false;
  QColor background, lane_alt, grid, text, muted_text, cursor, exit_mark;
  QColor amber_text;   // labels of never-finishing lanes (legible amber on the background)
  QColor panel, button, highlight;  // widget chrome for the application palette
  QColor paint[static_cast<int>(Paint::Count_)];

  QColor color(Paint p) const { return paint[static_cast<int>(p)]; }
  static Theme light();
  static Theme dark_theme();
  // widget_palette: a whole application palette in this theme (lists, editors, buttons, tips).
  QPalette widget_palette() const;
};

Paint paint_for(const analysis::Interval& iv, bool permanent, bool never_finishing);
QString paint_label(Paint p);

}  // namespace goro::gui
