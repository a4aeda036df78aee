// Inspector: the side panel. "Profile" groups the goroutines alive at the cursor like pprof's
// goroutine profile (clicking a row selects those goroutines); "Why is it red?" explains a selected
// goroutine's fate in plain words from the leak proof, with links that move the cursor to the
// moments that decided it; "Console" shows what the programs printed (panics and deadlocks in red).
#pragma once

#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <vector>

#include "goro/analysis/run_model.h"
#include "goro/runtime.h"
#include "views/palette.h"
#include "widgets/console_view.h"

namespace goro::gui {

class Inspector : public QTabWidget {
  Q_OBJECT
 public:
  explicit Inspector(QWidget* parent = nullptr);
  // show_run refreshes the panel for a run (model may be nullptr) at the cursor.
  void show_run(const analysis::RunModel* model, uint64_t cursor_seq);
  // select_task explains task `id` of the shown run (and shows that tab).
  void select_task(TaskId id);
  TaskId selected_task() const { return selected_; }
  ConsoleView& console() { return *console_; }
  QTableWidget& profile_table() {
    if (profile_stale_) fill_profile();
    return *profile_;
  }
  // profile_tasks: the goroutines of profile row `row` (what clicking it selects).
  std::vector<TaskId> profile_tasks(int row);
  // click_profile_row acts as a click on a row (tests, keyboard).
  void click_profile_row(int row);
  QString why_html() const { return why_->toHtml(); }
  void set_theme(const Theme& theme);
  // why_text: the plain-language explanation (HTML) for one task; links are event:INDEX (move
  // the cursor) and task:ID (select that goroutine).
  static QString why_text(const analysis::RunModel& model, TaskId id, const Theme& theme);

 Q_SIGNALS:
  void jump_to_event(int index);             // a link asked to move the cursor
  void task_selected(TaskId id);             // a link or a one-goroutine row chose a goroutine
  void tasks_selected(const std::vector<TaskId>& ids);  // a profile row chose its goroutines

 private:
  // The profile is filled when it is looked at (the tab shown, or a row asked for): grouping
  // 100,000 goroutines on every refresh of a live run would cost the window its smoothness.
  void ensure_profile();
  void fill_profile();
  bool profile_stale_ = true;
  const analysis::RunModel* model_ = nullptr;
  uint64_t cursor_seq_ = UINT64_MAX;
  TaskId selected_ = 0;
  QTableWidget* profile_;
  std::vector<std::vector<TaskId>> row_tasks_;
  QTextBrowser* why_;
  ConsoleView* console_;
  Theme theme_ = Theme::light();
};

}  // namespace goro::gui
