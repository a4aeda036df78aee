// PlaybackBar: the controls under the timelines: start, step back, play/pause, step forward, end;
// the speed; the selected goroutine's previous/next event; the next leak; a scrubber over the
// events; what the cursor is on; and "whole run". It drives a Playback and shows its state.
#pragma once

#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QWidget>

#include <utility>
#include <vector>

#include "models/playback.h"
#include "widgets/media_icons.h"

namespace goro::gui {

class PlaybackBar : public QWidget {
  Q_OBJECT
 public:
  PlaybackBar(Playback& playback, QWidget* parent = nullptr);
  // sync shows the playback's state (cursor, range, playing); call when it or the model changed.
  void sync();
  void set_cursor_text(const QString& text);
  // set_task: the selected goroutine ("G7") for the task buttons (0: none).
  void set_task(TaskId id);
  TaskId task() const { return task_; }
  // set_run_length picks the speed for "auto" (the whole run in about ten seconds); length is in
  // run time, or in events when playing by events.
  void set_run_length(Nanos length);
  // set_by_events offers event speeds (events per second) instead of run-time speeds.
  void set_by_events(bool on);
  // speed_choice: the index of the speed combo (0 is auto); set_speed_choice selects one.
  int speed_choice() const;
  void set_speed_choice(int index);
  QSlider& scrubber() { return *scrubber_; }

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void apply_speed();
  void refresh_icons();
  std::vector<std::pair<QToolButton*, MediaIcon>> icons_;
  Playback& pb_;
  QToolButton* play_;
  QToolButton* prev_task_;
  QToolButton* next_task_;
  QComboBox* speed_;
  QSlider* scrubber_;
  QLabel* label_;
  TaskId task_ = 0;
  Nanos run_length_ = 0;
  bool by_events_ = false;
  void fill_speeds();
};

}  // namespace goro::gui
