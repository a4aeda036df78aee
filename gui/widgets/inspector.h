// Inspector: the side panel. "Profile" groups the goroutines alive at the cursor like pprof's
// goroutine profile; "Why is it red?" explains a selected goroutine's fate in plain words from the
// leak proof, with a link that moves the cursor to the moment the wait became permanent; "Console"
// shows how the run ended (panics and deadlocks in red).
#pragma once

#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>

#include "goro/analysis/run_model.h"
#include "goro/runtime.h"
#include "views/palette.h"

namespace goro::gui {

class Inspector : public QTabWidget {
  Q_OBJECT
 public:
  explicit Inspector(QWidget* parent = nullptr);
  // show_run refreshes the panel for a run (model may be nullptr), its result, and the cursor.
  void show_run(const analysis::RunModel* model, const RunResult* result, uint64_t cursor_seq);
  void select_task(TaskId id);
  // set_output: the program's output (and compile errors) for the Console tab.
  void set_output(const QString& output, const QString& compile_errors);
  void set_theme(const Theme& theme);
  // why_text: the plain-language explanation (HTML) for one task.
  static QString why_text(const analysis::RunModel& model, TaskId id);

 Q_SIGNALS:
  void jump_to_event(int index);  // a link asked to move the cursor
  void task_selected(TaskId id);

 private:
  void fill_profile();
  const analysis::RunModel* model_ = nullptr;
  const RunResult* result_ = nullptr;
  uint64_t cursor_seq_ = UINT64_MAX;
  TaskId selected_ = 0;
  QTableWidget* profile_;
  QTextBrowser* why_;
  QTextBrowser* console_;
  QString output_, compile_errors_, ending_;
  void refresh_console();
  Theme theme_ = Theme::light();
};

}  // namespace goro::gui
