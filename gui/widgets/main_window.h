// MainWindow: pick a lesson (a leak and its fix) or open any .go file or trace, run it, and compare
// leak and fix side by side on one time axis with one playback cursor; read the source with the
// goroutines' positions, the profile, the console and the "why is it red?" proof; export pictures.
//
// The window never opens a modal dialog on its own account: questions go through its Prompter
// (replaceable in tests) and errors to the notice bar.
#pragma once

#include <QAction>
#include <QActionGroup>
#include <QElapsedTimer>
#include <QTimer>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QSplitter>
#include <functional>

#include "models/playback.h"
#include "widgets/catalog_panel.h"
#include "widgets/inspector.h"
#include "widgets/legend.h"
#include "widgets/playback_bar.h"
#include "widgets/prompter.h"
#include "widgets/run_pane.h"
#include "widgets/source_view.h"

namespace goro::gui {

// What an export draws.
enum class ExportWhat {
  TimelineWholeRun,  // the active column's timeline: every lane, the whole run
  TimelineVisible,   // the active column's timeline as it is on screen (time range and lanes)
  Chart,             // the active column's count chart
  Pair,              // both columns (or the one shown) with the legend, as one picture
};

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  // use_settings: restore and save layout, theme, last lesson (off for scripted exports and tests).
  explicit MainWindow(bool use_settings = true, QWidget* parent = nullptr);
  ~MainWindow() override;

  // open_pair runs the leak and a fix of a catalog entry ("send-no-receiver", "03-...") or of a
  // built-in native demo pair ("receive", "send"); false if there is no such lesson.
  bool open_pair(const QString& name, const QString& fix = QString());
  // open_lesson runs a catalog choice (what the catalog panel asks for).
  void open_lesson(const LessonChoice& choice);
  // open_file runs one .go file in the left column (compare off); false if it cannot be read.
  bool open_file(const QString& path);
  // open_trace shows a saved trace in the left column; false (with a notice) if it is refused.
  bool open_trace(const QString& path);
  // open_variants runs two programs side by side (the right one may be empty).
  void open_variants(const QString& leak, const QString& fix, const QString& leak_title, const QString& fix_title);
  // run_again runs what is shown again, with the edited sources and the parameters field.
  void run_again();
  void stop();
  // wait_for_runs blocks until both columns' runs have ended (exports, tests).
  void wait_for_runs();
  // run_pair_blocking / run_programs_blocking: open and run to the end before returning.
  void run_pair_blocking(const QString& name);
  void run_programs_blocking(const QString& program, const QString& fix);

  // Parameters: the program arguments typed in the toolbar ("-n=100"), given to both columns.
  void set_program_args(const QString& args);
  QString program_args() const { return args_->text(); }
  QLineEdit& args_field() { return *args_; }

  CatalogPanel& catalog() { return *catalog_; }
  SourceView& source() { return *source_; }
  RunPane& leak_pane() { return *leak_; }
  RunPane& fix_pane() { return *fix_; }
  RunPane& pane(int which) { return which ? *fix_ : *leak_; }
  const RunPane& pane(int which) const { return which ? *fix_ : *leak_; }
  Inspector& inspector() { return *inspector_; }
  Playback& playback() { return playback_; }
  PlaybackBar& playback_bar() { return *bar_; }
  // active: the column the inspector, source view, playback and single-view exports follow.
  int active() const { return active_; }
  void set_active(int which);

  void set_compare(bool on);
  bool compare() const { return compare_->isChecked(); }
  void set_overlay(bool on);
  // The horizontal axis: Auto lays runs out in event order when their time stands still (a
  // program that never sleeps runs at 0 s), else in run time.
  enum class AxisMode { Auto, Time, Events };
  void set_axis_mode(AxisMode mode);
  bool events_axis() const { return events_axis_; }
  void set_dark(bool dark);
  bool dark() const { return theme_.dark; }
  // select_tasks highlights tasks of the active column's run and shows the first one's line.
  void select_tasks(const std::vector<TaskId>& ids);

  // Playback, as the keys do: space, ←/→ (shift: ten), Home/End, N, T / shift+T.
  void step(int delta) { playback_.step(delta); }
  void set_cursor_index(int index);

  // notice: the last error or warning shown in the window's notice bar ("" when none).
  QString notice() const { return notice_; }
  void show_notice(const QString& text);
  void set_prompter(Prompter p) { prompter_ = std::move(p); }

  // Export. export_to writes `what` to `path` (PNG, SVG or PDF by suffix; scale 2 makes a PNG
  // for high-DPI screens), atomically, and asks the Prompter before replacing a file.
  bool export_to(ExportWhat what, const QString& path, QString* error, double scale = 1.0);
  void export_dialog(ExportWhat what);
  // render_pair: the whole comparison (both columns, legend) as one image; paint_pair draws it on
  // any painter, pair_height says how tall it is.
  QImage render_pair(int width) const;
  void paint_pair(QPainter& p, int width) const;
  int pair_height(int width) const;
  // save_image writes atomically; false with a message in `error`.
  static bool save_image(const QImage& image, const QString& path, QString* error);
  // export_drawing writes what `draw` paints (width x height) as PNG, SVG or PDF by the path's
  // suffix, atomically. False with a message in `error`.
  static bool export_drawing(const QString& path, int width, int height,
                             const std::function<void(QPainter&)>& draw, QString* error, double scale = 1.0);

 protected:
  void dragEnterEvent(QDragEnterEvent* e) override;
  void dropEvent(QDropEvent* e) override;
  void closeEvent(QCloseEvent* e) override;

 private:
  void build_toolbar();
  void build_menus();
  void build_playback_actions(QMenu* menu);
  void add_recent(const QString& path);
  void refresh_recent_menu();
  void start_pane(int which, const RunParams& params);
  void on_run_started(int which);
  void on_run_updated(int which);
  void on_run_finished(int which);
  void sync_ranges();
  void refresh_overlay();
  void apply_axis();
  Nanos axis_position(int which, Nanos time, bool active_cursor) const;
  void apply_cursor();
  void update_source_marks();
  void update_status();
  void show_task_line(int which, TaskId id);
  QStringList extra_args() const;
  QString cursor_description() const;
  void save_settings();

  RunPane* leak_;
  RunPane* fix_;
  QSplitter* split_;
  Legend* legend_;
  Inspector* inspector_;
  CatalogPanel* catalog_;
  SourceView* source_;
  Playback playback_;
  PlaybackBar* bar_;
  QMenu* recent_menu_ = nullptr;
  QLineEdit* args_;
  QCheckBox* compare_;
  QCheckBox* overlay_;
  QCheckBox* dark_;
  QAction* export_2x_ = nullptr;
  QLabel* notice_label_;
  QString notice_;
  Prompter prompter_ = Prompter::dialogs();
  LessonChoice lesson_;          // the lesson shown (empty id: a file, a trace or a demo)
  QStringList variant_args_[2];  // the catalog's own arguments of each column's variant
  size_t console_shown_[2] = {0, 0};  // bytes of output already in the console
  Theme theme_ = Theme::light();
  int active_ = 0;
  AxisMode axis_mode_ = AxisMode::Auto;
  bool events_axis_ = false;
  QActionGroup* axis_actions_ = nullptr;
  bool marks_stale_ = true;  // the source markers wait for the Source tab to be shown
  QElapsedTimer marks_clock_;  // since the markers were last computed
  QTimer marks_timer_;         // a deferred update while a run streams in
  bool syncing_ = false;
  bool use_settings_ = true;
};

}  // namespace goro::gui
