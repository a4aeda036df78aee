// ElidingLabel: a one-line label that shortens its text with "…" when the column is narrow, instead
// of forcing the column (and the window) to be as wide as the text. The full text is its tooltip.
#pragma once

#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace goro::gui {

class ElidingLabel : public QLabel {
 public:
  explicit ElidingLabel(QWidget* parent = nullptr) : QLabel(parent) {
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
  }
  void set_text(const QString& text) {
    setText(text);
    setToolTip(text);
  }
  QSize minimumSizeHint() const override { return {40, QLabel::minimumSizeHint().height()}; }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter p(this);
    QStyleOption opt;
    opt.initFrom(this);
    style()->drawPrimitive(QStyle::PE_Widget, &opt, &p, this);  // style sheet borders
    QRect r = contentsRect().adjusted(margin(), 0, -margin(), 0);
    p.setPen(palette().color(foregroundRole()));
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(text(), Qt::ElideRight, r.width()));
  }
};

}  // namespace goro::gui
