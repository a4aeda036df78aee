// MainWindow: pick a lesson (a leak and its fix), run both, and compare them side by side on one
// time axis with one playback cursor; export the pair as an image.
#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSlider>
#include <functional>

#include "widgets/catalog_panel.h"
#include "widgets/inspector.h"
#include "widgets/source_view.h"
#include "widgets/legend.h"
#include "widgets/run_pane.h"

namespace goro::gui {

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  // use_settings: restore geometry and theme from QSettings (off for scripted exports).
  explicit MainWindow(bool use_settings = true, QWidget* parent = nullptr);
  ~MainWindow() override;

  // open_pair runs the leak and a fix of a catalog entry ("send-no-receiver", "03-...") or of a
  // built-in native demo pair ("receive", "send"); false if there is no such lesson.
  bool open_pair(const QString& name);
  // open_file runs one .go file in the left column (compare off); false if it cannot be read.
  bool open_file(const QString& path);
  // open_variants runs two programs side by side (the right one may be empty).
  void open_variants(const QString& leak, const QString& fix, const QString& leak_title, const QString& fix_title);
  CatalogPanel& catalog() { return *catalog_; }
  SourceView& source() { return *source_; }
  // run_blocking: run both variants to the end before returning (exports, tests).
  void run_pair_blocking(const QString& name);
  // run_programs_blocking runs any program (and optionally its fix) to the end, for exports.
  void run_programs_blocking(const QString& program, const QString& fix);
  RunPane& leak_pane() { return *leak_; }
  RunPane& fix_pane() { return *fix_; }
  Inspector& inspector() { return *inspector_; }
  void set_compare(bool on);
  void set_dark(bool dark);
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
                             const std::function<void(QPainter&)>& draw, QString* error);
  // step moves the playback cursor by `delta` events of the leak run (0 with to_end: the end).
  void step(int delta);
  void set_cursor_index(int index);
  // notice: the last error or warning shown in the window's notice bar ("" when none).
  QString notice() const { return notice_; }
  void show_notice(const QString& text);

 protected:
  void keyPressEvent(QKeyEvent* e) override;
  void dragEnterEvent(QDragEnterEvent* e) override;
  void dropEvent(QDropEvent* e) override;
  void closeEvent(QCloseEvent* e) override;

 private:
  void build_toolbar();
  void build_menus();
  void add_recent(const QString& path);
  void refresh_recent_menu();
  void update_source_marks();
  void on_run_finished(int which);
  void sync_ranges();
  void on_models_changed();
  void export_dialog();
  void apply_cursor();
  void jump_next_leak();

  RunPane* leak_;
  RunPane* fix_;
  Legend* legend_;
  Inspector* inspector_;
  QComboBox* pairs_;
  CatalogPanel* catalog_;
  SourceView* source_;
  QMenu* recent_menu_ = nullptr;
  QCheckBox* compare_;
  QCheckBox* dark_;
  QSlider* scrubber_;
  QLabel* cursor_label_;
  QLabel* notice_label_;
  QString notice_;
  Theme theme_ = Theme::light();
  bool syncing_ = false;
  int cursor_index_ = -1;  // -1: no cursor (show everything)
  bool use_settings_ = true;
};

}  // namespace goro::gui
