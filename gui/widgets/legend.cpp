#include "widgets/legend.h"

#include <QFontMetricsF>
#include <QPainter>

namespace goro::gui {

namespace {
struct Item {
  Paint paint;
  const char* label;  // short: the "blocked on:" heading names the rest
};
struct Group {
  const char* heading;  // muted, before the keys ("" for none)
  std::vector<Item> items;
};
const std::vector<Group>& groups() {
  static const std::vector<Group> g = {
      {"", {{Paint::Running, "running"}, {Paint::Runnable, "runnable"}, {Paint::Sleeping, "sleeping"}}},
      {"blocked on:",
       {{Paint::ChanSend, "send"}, {Paint::ChanRecv, "receive"}, {Paint::Select, "select"}, {Paint::Lock, "lock"},
        {Paint::WaitGroup, "wait group"}, {Paint::OtherWait, "once / cond"}}},
      {"", {{Paint::Permanent, "permanently blocked"}, {Paint::NeverFinishing, "alive, never finishing"}}},
  };
  return g;
}
constexpr double kRow = 22;
}  // namespace

double Legend::paint_legend(QPainter& p, double x, double y, const Theme& theme, double max_width) {
  QFontMetricsF fm(p.font());
  const double x0 = x;
  double row_y = y;
  double widest = 0;
  auto room = [&](double w) {
    if (max_width > 0 && x > x0 && x + w > x0 + max_width) {  // wrap to the next row
      widest = std::max(widest, x - x0);
      x = x0;
      row_y += kRow;
    }
  };
  for (const Group& g : groups()) {
    if (*g.heading) {
      QString h = QString::fromUtf8(g.heading);
      room(fm.horizontalAdvance(h) + 8);
      p.setPen(theme.muted_text);
      p.drawText(QPointF(x, row_y + 15), h);
      x += fm.horizontalAdvance(h) + 8;
    }
    for (const Item& it : g.items) {
      QString label = QString::fromUtf8(it.label);
      room(19 + fm.horizontalAdvance(label));
      p.setPen(Qt::NoPen);
      p.setBrush(theme.color(it.paint));
      p.drawRect(QRectF(x, row_y + 5, 14, 12));
      p.setPen(theme.text);
      p.drawText(QPointF(x + 19, row_y + 15), label);
      x += 19 + fm.horizontalAdvance(label) + 14;
    }
    x += 12;  // a little more between groups
  }
  widest = std::max(widest, x - x0);
  return max_width > 0 ? row_y - y + kRow : widest;
}

int Legend::rows_for(double width, const QFont& font) {
  QImage probe(1, 1, QImage::Format_ARGB32);
  QPainter p(&probe);
  p.setFont(font);
  return static_cast<int>(paint_legend(p, 0, 0, Theme::light(), width) / kRow + 0.5);
}

QSize Legend::sizeHint() const { return {600, heightForWidth(width())}; }

int Legend::heightForWidth(int w) const { return static_cast<int>(rows_for(w - 20, font()) * kRow + 4); }

void Legend::resizeEvent(QResizeEvent*) { setMinimumHeight(heightForWidth(width())); }

void Legend::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), theme_.background);
  paint_legend(p, 10, 2, theme_, width() - 20);
}

}  // namespace goro::gui
