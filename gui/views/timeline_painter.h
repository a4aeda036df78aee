// Paints a timeline draw list onto any QPainter (widget, QImage, SVG, PDF): lane stripes, labels,
// segments batched per colour, exit marks, the time axis and the playback cursor.
#pragma once

#include <QPainter>

#include "views/palette.h"
#include "views/timeline_layout.h"

namespace goro::gui {

// Space right of the plot, so the last tick label fits (timeline and chart share it).
constexpr double kPlotRightMargin = 24;

struct TimelineFrame {
  double width = 1000;        // whole area, labels included
  double height = 400;
  double label_width = 230;   // left column for lane labels
  double axis_height = 26;    // top band for the time axis
  double lane_height = 20;
  Nanos t0 = 0, t1 = 1;
  bool events_axis = false;   // t0, t1 are event positions, ticks are event numbers
  QString title;              // optional, drawn in the axis band's left corner
};

void paint_timeline(QPainter& p, const TimelineDrawList& list, const TimelineFrame& frame,
                    const Theme& theme);

// nice_tick_step: a 1-2-5 step in ns giving about `target` ticks over `span`.
Nanos nice_tick_step(Nanos span, int target);
// duration_label: "0s", "250ms", "1.5s" (Go's style, shortened).
QString duration_label(Nanos t);
// axis_label: a tick's label on either axis ("250ms", or "event 120").
QString axis_label(Nanos t, bool events_axis);

}  // namespace goro::gui
