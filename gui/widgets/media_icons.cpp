#include "widgets/media_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace goro::gui {

QIcon media_icon(MediaIcon kind, const QColor& color, qreal dpr) {
  const int s = 16;
  QPixmap pm(QSize(s, s) * dpr);
  pm.setDevicePixelRatio(dpr);
  pm.fill(Qt::transparent);
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing, true);
  p.setPen(Qt::NoPen);
  p.setBrush(color);
  auto tri = [&](double x0, double x1, bool right) {  // a triangle pointing left or right
    QPainterPath path;
    if (right) {
      path.moveTo(x0, 3);
      path.lineTo(x1, 8);
      path.lineTo(x0, 13);
    } else {
      path.moveTo(x1, 3);
      path.lineTo(x0, 8);
      path.lineTo(x1, 13);
    }
    path.closeSubpath();
    p.drawPath(path);
  };
  switch (kind) {
    case MediaIcon::First:
      p.drawRect(QRectF(3, 3, 2, 10));
      tri(5, 13, false);
      break;
    case MediaIcon::Back:
      tri(1, 8, false);
      tri(8, 15, false);
      break;
    case MediaIcon::Play: tri(4, 13, true); break;
    case MediaIcon::Pause:
      p.drawRect(QRectF(4, 3, 3, 10));
      p.drawRect(QRectF(9, 3, 3, 10));
      break;
    case MediaIcon::Forward:
      tri(1, 8, true);
      tri(8, 15, true);
      break;
    case MediaIcon::Last:
      tri(3, 11, true);
      p.drawRect(QRectF(11, 3, 2, 10));
      break;
  }
  return QIcon(pm);
}

}  // namespace goro::gui
