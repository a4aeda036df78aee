// Legend: the colour keys of the timeline's states, grouped ("blocked on: send receive ..."), in
// rows that wrap when the window is narrow.
#pragma once

#include <QWidget>

#include "views/palette.h"

namespace goro::gui {

class Legend : public QWidget {
 public:
  explicit Legend(QWidget* parent = nullptr) : QWidget(parent) {
    QSizePolicy sp(QSizePolicy::Preferred, QSizePolicy::Fixed);
    sp.setHeightForWidth(true);
    setSizePolicy(sp);
    setMinimumHeight(26);
  }
  void set_theme(const Theme& t) {
    theme_ = t;
    update();
  }
  // paint_legend draws the keys from (x, y). With max_width > 0 it wraps within that width and
  // returns the height used; otherwise one row, returning the width used.
  static double paint_legend(QPainter& p, double x, double y, const Theme& theme, double max_width = 0);
  static int rows_for(double width, const QFont& font);
  QSize sizeHint() const override;
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int w) const override;

 protected:
  void paintEvent(QPaintEvent*) override;
  void resizeEvent(QResizeEvent*) override;

 private:
  Theme theme_ = Theme::light();
};

}  // namespace goro::gui
