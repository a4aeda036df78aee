#include "widgets/playback_bar.h"

#include <QHBoxLayout>
#include <QEvent>

namespace goro::gui {

namespace {
QToolButton* button(QWidget* parent, const QString& text, const QString& tip) {
  auto* b = new QToolButton(parent);
  b->setText(text);
  b->setToolTip(tip);
  b->setAutoRaise(false);
  b->setMinimumWidth(34);
  b->setFocusPolicy(Qt::NoFocus);  // keys go to the window's shortcuts, not to a button
  return b;
}
}  // namespace

PlaybackBar::PlaybackBar(Playback& playback, QWidget* parent) : QWidget(parent), pb_(playback) {
  auto* h = new QHBoxLayout(this);
  h->setContentsMargins(0, 2, 0, 2);
  h->setSpacing(4);
  auto* start = button(this, QString(), QStringLiteral("First event (Home)"));
  auto* back = button(this, QString(), QStringLiteral("Previous event (←; shift+← ten back)"));
  play_ = button(this, QStringLiteral("Play"), QStringLiteral("Play or pause (space)"));
  play_->setMinimumWidth(84);
  play_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  auto* fwd = button(this, QString(), QStringLiteral("Next event (→; shift+→ ten ahead)"));
  auto* end = button(this, QString(), QStringLiteral("Last event (End)"));
  icons_ = {{start, MediaIcon::First}, {back, MediaIcon::Back}, {play_, MediaIcon::Play}, {fwd, MediaIcon::Forward}, {end, MediaIcon::Last}};
  refresh_icons();
  speed_ = new QComboBox(this);
  speed_->setFocusPolicy(Qt::NoFocus);
  speed_->setToolTip(QStringLiteral("Playback speed: run time per second"));
  fill_speeds();
  prev_task_ = button(this, QStringLiteral("◀ G"), QStringLiteral("Previous event of the selected goroutine (shift+T)"));
  next_task_ = button(this, QStringLiteral("G ▶"), QStringLiteral("Next event of the selected goroutine (T)"));
  auto* leak = button(this, QStringLiteral("next leak"), QStringLiteral("The next moment a goroutine became permanently blocked (N)"));
  scrubber_ = new QSlider(Qt::Horizontal, this);
  scrubber_->setRange(0, 0);
  scrubber_->setFocusPolicy(Qt::NoFocus);
  label_ = new QLabel(QStringLiteral("whole run"), this);
  label_->setMinimumWidth(300);
  label_->setTextFormat(Qt::PlainText);
  auto* all = button(this, QStringLiteral("whole run"), QStringLiteral("Show the whole run (no cursor)"));
  for (QWidget* w : std::initializer_list<QWidget*>{start, back, play_, fwd, end, speed_, prev_task_, next_task_, leak})
    h->addWidget(w);
  h->addWidget(scrubber_, 1);
  h->addWidget(label_);
  h->addWidget(all);

  connect(start, &QToolButton::clicked, &pb_, &Playback::to_start);
  connect(back, &QToolButton::clicked, this, [this] { pb_.step(-1); });
  connect(play_, &QToolButton::clicked, &pb_, &Playback::toggle);
  connect(fwd, &QToolButton::clicked, this, [this] { pb_.step(1); });
  connect(end, &QToolButton::clicked, &pb_, &Playback::to_end);
  connect(prev_task_, &QToolButton::clicked, this, [this] { pb_.prev_of_task(task_); });
  connect(next_task_, &QToolButton::clicked, this, [this] { pb_.next_of_task(task_); });
  connect(leak, &QToolButton::clicked, &pb_, &Playback::next_leak);
  connect(all, &QToolButton::clicked, &pb_, &Playback::clear);
  connect(scrubber_, &QSlider::valueChanged, this, [this](int v) { pb_.set_index(v); });
  connect(speed_, &QComboBox::currentIndexChanged, this, [this] { apply_speed(); });
  connect(&pb_, &Playback::playing_changed, this, [this](bool on) {
    play_->setText(on ? QStringLiteral("Pause") : QStringLiteral("Play"));
    icons_[2].second = on ? MediaIcon::Pause : MediaIcon::Play;
    refresh_icons();
  });
  set_task(0);
}

void PlaybackBar::refresh_icons() {
  const QColor c = palette().color(QPalette::ButtonText);
  for (auto& [b, kind] : icons_) b->setIcon(media_icon(kind, c, devicePixelRatioF()));
}

void PlaybackBar::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::PaletteChange) refresh_icons();  // the theme changed
}

void PlaybackBar::sync() {
  scrubber_->blockSignals(true);
  scrubber_->setValue(std::max(0, pb_.index()));
  scrubber_->blockSignals(false);
}

void PlaybackBar::set_cursor_text(const QString& text) { label_->setText(text); }

void PlaybackBar::set_task(TaskId id) {
  task_ = id;
  prev_task_->setEnabled(id != 0);
  next_task_->setEnabled(id != 0);
  prev_task_->setText(id ? QStringLiteral("◀ G%1").arg(id) : QStringLiteral("◀ G"));
  next_task_->setText(id ? QStringLiteral("G%1 ▶").arg(id) : QStringLiteral("G ▶"));
}

void PlaybackBar::set_run_length(Nanos length) {
  run_length_ = length;
  if (speed_->currentIndex() == 0) apply_speed();
}

void PlaybackBar::fill_speeds() {
  const int keep = speed_->currentIndex();
  speed_->blockSignals(true);
  speed_->clear();
  speed_->addItem(QStringLiteral("auto"));
  for (double s : speed_presets(by_events_)) speed_->addItem(speed_label(s, by_events_), s);
  speed_->setCurrentIndex(std::clamp(keep, 0, speed_->count() - 1));
  speed_->blockSignals(false);
}

void PlaybackBar::set_by_events(bool on) {
  if (on == by_events_) return;
  by_events_ = on;
  pb_.set_by_events(on);
  fill_speeds();
  apply_speed();
}

int PlaybackBar::speed_choice() const { return speed_->currentIndex(); }
void PlaybackBar::set_speed_choice(int index) {
  if (index >= 0 && index < speed_->count()) speed_->setCurrentIndex(index);
  apply_speed();
}

void PlaybackBar::apply_speed() {
  const double automatic = auto_speed(run_length_, by_events_);
  pb_.set_speed(speed_->currentIndex() <= 0 ? automatic : speed_->currentData().toDouble());
  speed_->setItemText(0, QStringLiteral("auto (%1)").arg(speed_label(automatic, by_events_)));
}

}  // namespace goro::gui
