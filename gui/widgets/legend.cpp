#include "widgets/legend.h"

#include <QFontMetricsF>
#include <QPainter>

namespace goro::gui {

double Legend::paint_legend(QPainter& p, double x, double y, const Theme& theme) {
  const Paint order[] = {Paint::Running,  Paint::Runnable, Paint::ChanSend, Paint::ChanRecv,
                         Paint::Select,   Paint::Lock,     Paint::WaitGroup, Paint::Sleeping,
                         Paint::Permanent, Paint::NeverFinishing};
  QFontMetricsF fm(p.font());
  double x0 = x;
  for (Paint k : order) {
    p.setPen(Qt::NoPen);
    p.setBrush(theme.color(k));
    p.drawRect(QRectF(x, y + 5, 14, 12));
    p.setPen(theme.text);
    QString label = paint_label(k);
    p.drawText(QPointF(x + 19, y + 15), label);
    x += 19 + fm.horizontalAdvance(label) + 16;
  }
  return x - x0;
}

void Legend::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), theme_.background);
  paint_legend(p, 10, 2, theme_);
}

}  // namespace goro::gui
