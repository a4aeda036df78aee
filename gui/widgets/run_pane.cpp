#include "widgets/run_pane.h"

#include <QCoreApplication>
#include <QPainter>
#include <QVBoxLayout>

#include "goro/analysis/export.h"

namespace goro::gui {

RunPane::RunPane(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  heading_ = new QLabel(this);
  QFont hf = heading_->font();
  hf.setPointSizeF(hf.pointSizeF() * 1.25);
  hf.setBold(true);
  heading_->setFont(hf);
  summary_ = new QLabel(this);
  timeline_ = new TimelineView(this);
  chart_ = new CountChart(this);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(timeline_);
  split->addWidget(chart_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  layout->addWidget(heading_);
  layout->addWidget(summary_);
  layout->addWidget(split, 1);
  connect(&session_, &RunSession::updated, this, &RunPane::on_update);
  connect(timeline_, &TimelineView::range_changed, chart_, &CountChart::set_time_range);
}

void RunPane::set_heading(const QString& heading) {
  heading_->setText(heading);
  timeline_->set_title(QString());
}

void RunPane::set_theme(const Theme& theme) {
  theme_ = theme;
  timeline_->set_theme(theme);
  chart_->set_theme(theme);
  QPalette pal = palette();
  pal.setColor(QPalette::WindowText, theme.text);
  heading_->setPalette(pal);
  pal.setColor(QPalette::WindowText, theme.muted_text);
  summary_->setPalette(pal);
}

void RunPane::on_update() {
  const analysis::RunModel* m = session_.model();
  if (shown_ != m) {
    shown_ = m;
    timeline_->set_model(m);
    chart_->set_model(m);
  } else {
    timeline_->refresh();
    chart_->refresh();
  }
  summary_->setText(summary());
  Q_EMIT model_changed();
}

QString RunPane::summary() const {
  const analysis::RunModel* m = session_.model();
  if (!m) return {};
  int permanent = 0, alive_end = 0;
  for (const auto& t : m->tasks()) {
    if (!t.id) continue;
    if (t.fate == analysis::Fate::PermanentlyBlocked) ++permanent;
    if (t.fate != analysis::Fate::Finished && t.id != 1) ++alive_end;
  }
  QString s = QStringLiteral("%1 goroutines · peak %2 alive").arg(m->task_count()).arg(m->peak_alive());
  if (m->finished()) {
    s += QStringLiteral(" · %1 permanently blocked · %2 at %3")
             .arg(permanent)
             .arg(QString::fromUtf8(end_reason_name(m->end_reason()).data()))
             .arg(QString::fromStdString(analysis::format_duration(m->end_time())));
  } else {
    s += QStringLiteral(" · running…");
  }
  return s;
}

QImage RunPane::render(int width) const {
  const int head_h = 54;
  const int chart_h = 240;
  const int tl_h = static_cast<int>(timeline_->full_height());
  QImage img(width, head_h + tl_h + chart_h, QImage::Format_ARGB32_Premultiplied);
  img.fill(theme_.background);
  QPainter p(&img);
  p.setRenderHint(QPainter::TextAntialiasing, true);
  QFont hf = heading_->font();
  p.setFont(hf);
  p.setPen(theme_.text);
  p.drawText(QRect(10, 4, width - 20, 26), Qt::AlignVCenter | Qt::AlignLeft, heading_->text());
  QFont sf = summary_->font();
  p.setFont(sf);
  p.setPen(theme_.muted_text);
  p.drawText(QRect(10, 28, width - 20, 22), Qt::AlignVCenter | Qt::AlignLeft, summary());
  p.translate(0, head_h);
  timeline_->render_all(p, width);
  p.translate(0, tl_h);
  chart_->resize(width, chart_h);
  chart_->align_plot(TimelineView::label_width_for(width), kPlotRightMargin);
  QCoreApplication::processEvents();  // let the chart lay out its axes and legend at this size
  chart_->align_plot(TimelineView::label_width_for(width), kPlotRightMargin);
  QPixmap chart = chart_->grab();
  p.drawPixmap(QRect(0, 0, width, chart_h), chart);
  return img;
}

}  // namespace goro::gui
