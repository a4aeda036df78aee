// Legend: a row of colour keys for the timeline's states.
#pragma once

#include <QWidget>

#include "views/palette.h"

namespace goro::gui {

class Legend : public QWidget {
 public:
  explicit Legend(QWidget* parent = nullptr) : QWidget(parent) { setMinimumHeight(26); }
  void set_theme(const Theme& t) {
    theme_ = t;
    update();
  }
  // paint_legend draws the keys in a row starting at (x, y); returns the width used.
  static double paint_legend(QPainter& p, double x, double y, const Theme& theme);

 protected:
  void paintEvent(QPaintEvent*) override;

 private:
  Theme theme_ = Theme::light();
};

}  // namespace goro::gui
