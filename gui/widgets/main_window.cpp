#include "widgets/main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "goro/analysis/export.h"
#include "goro/demos.h"
#include "models/line_marks.h"
#include "models/slow_probe.h"
#include "views/axis.h"

namespace goro::gui {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }
bool is_trace(const QString& path) { return path.endsWith(QStringLiteral(".gtrace")); }
constexpr int kExportWidth = 1600;      // a single view
constexpr int kPairExportWidth = 1800;  // the side-by-side pair
constexpr int kChartExportHeight = 320;
}  // namespace

// find_scenarios_dir: $GOROSCOPE_SCENARIOS, else a `scenarios` folder with a catalog.json next to the
// executable or above it (the build tree), else the working directory's.
QString find_scenarios_dir() {
  QString env = qEnvironmentVariable("GOROSCOPE_SCENARIOS");
  if (!env.isEmpty()) return env;
  QDir d(QCoreApplication::applicationDirPath());
  for (int i = 0; i < 6; ++i) {
    if (QFileInfo::exists(d.filePath(QStringLiteral("scenarios/catalog.json")))) return d.filePath(QStringLiteral("scenarios"));
    if (QFileInfo::exists(d.filePath(QStringLiteral("share/goroscope/scenarios/catalog.json"))))
      return d.filePath(QStringLiteral("share/goroscope/scenarios"));
    if (!d.cdUp()) break;
  }
  return QDir::current().filePath(QStringLiteral("scenarios"));
}

MainWindow::MainWindow(bool use_settings, QWidget* parent) : QMainWindow(parent), use_settings_(use_settings) {
  setWindowTitle(QStringLiteral("goroscope"));
  auto* central = new QWidget(this);
  auto* v = new QVBoxLayout(central);
  v->setContentsMargins(6, 4, 6, 4);
  v->setSpacing(4);
  // Errors are shown here, never in a modal box: nothing waits for a click (tests included).
  notice_label_ = new QLabel(central);
  notice_label_->setObjectName(QStringLiteral("notice"));
  notice_label_->setWordWrap(true);
  notice_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  notice_label_->setStyleSheet(QStringLiteral("QLabel#notice { background: #fbe3e1; color: #8a1f17; padding: 6px; border-radius: 3px; }"));
  notice_label_->setVisible(false);
  v->addWidget(notice_label_);

  split_ = new QSplitter(Qt::Horizontal, central);
  split_->setObjectName(QStringLiteral("columns"));
  leak_ = new RunPane(split_);
  fix_ = new RunPane(split_);
  inspector_ = new Inspector(split_);
  inspector_->setMinimumWidth(340);
  split_->addWidget(leak_);
  split_->addWidget(fix_);
  split_->addWidget(inspector_);
  split_->setStretchFactor(0, 3);
  split_->setStretchFactor(1, 3);
  split_->setStretchFactor(2, 2);
  v->addWidget(split_, 1);

  bar_ = new PlaybackBar(playback_, central);
  v->addWidget(bar_);
  legend_ = new Legend(central);
  v->addWidget(legend_);
  setCentralWidget(central);

  source_ = new SourceView(this);
  inspector_->insertTab(0, source_, QStringLiteral("Source"));
  inspector_->setCurrentIndex(0);
  connect(inspector_, &QTabWidget::currentChanged, this, [this] {
    if (marks_stale_) update_source_marks();
  });
  marks_timer_.setSingleShot(true);
  marks_timer_.setObjectName(QStringLiteral("source marks"));
  connect(&marks_timer_, &QTimer::timeout, this, &MainWindow::update_source_marks);

  // The catalog: what a teacher opens first.
  catalog_ = new CatalogPanel(this);
  auto* dock = new QDockWidget(QStringLiteral("Lessons"), this);
  dock->setObjectName(QStringLiteral("lessons"));
  dock->setWidget(catalog_);
  catalog_->setMinimumWidth(260);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  resizeDocks({dock}, {330}, Qt::Horizontal);
  QString err;
  if (!catalog_->load(find_scenarios_dir(), &err)) show_notice(QStringLiteral("The lesson catalog could not be loaded: %1").arg(err));
  connect(catalog_, &CatalogPanel::lesson_chosen, this, &MainWindow::open_lesson);

  // Runs: each column's session tells the window when it starts, grows and ends.
  for (int w : {0, 1}) {
    RunSession* s = &pane(w).session();
    connect(s, &RunSession::started, this, [this, w] { on_run_started(w); });
    connect(s, &RunSession::updated, this, [this, w] { on_run_updated(w); });
    connect(s, &RunSession::finished, this, [this, w] { on_run_finished(w); });
    TimelineView* tl = &pane(w).timeline();
    connect(tl, &TimelineView::range_changed, this, [this](Nanos t0, Nanos t1) {
      if (syncing_) return;
      syncing_ = true;  // one shared time axis
      for (RunPane* p : {leak_, fix_}) {
        p->timeline().set_time_range(t0, t1);
        p->chart().set_time_range(t0, t1);
      }
      syncing_ = false;
    });
    connect(tl, &TimelineView::task_selected, this, [this, w](TaskId id) {
      set_active(w);
      inspector_->select_task(id);
      bar_->set_task(id);
      show_task_line(w, id);
    });
  }
  connect(inspector_, &Inspector::jump_to_event, this, [this](int i) { playback_.set_index(i); });
  connect(inspector_, &Inspector::tasks_selected, this, &MainWindow::select_tasks);
  connect(inspector_, &Inspector::task_selected, this, [this](TaskId id) { select_tasks({id}); });
  connect(&playback_, &Playback::changed, this, &MainWindow::apply_cursor);
  connect(source_, &SourceView::run_again, this, [this](int which, const QString& text) {
    RunParams params = pane(which).session().params();
    if (!params.program.endsWith(QStringLiteral(".go"))) return;
    params.source = text;
    params.args = variant_args_[which] + extra_args();
    start_pane(which, params);
  });

  setAcceptDrops(true);
  build_toolbar();
  build_menus();
  resize(1500, 900);

  QSettings s;
  if (use_settings_) {
    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
    split_->restoreState(s.value("window/columns").toByteArray());
    catalog_->set_language(s.value("view/language", QStringLiteral("en")).toString());
    bar_->set_speed_choice(s.value("view/speed", 0).toInt());
    overlay_->setChecked(s.value("view/overlay", false).toBool());
    axis_mode_ = static_cast<AxisMode>(std::clamp(s.value("view/axis", 0).toInt(), 0, 2));
    for (QAction* a : axis_actions_->actions()) a->setChecked(a->data().toInt() == static_cast<int>(axis_mode_));
  }
  set_dark(use_settings_ && s.value("view/dark", false).toBool());
  set_compare(!use_settings_ || s.value("view/compare", true).toBool());
}

MainWindow::~MainWindow() {
  playback_.pause();
  for (RunPane* p : {leak_, fix_}) p->session().stop();
}

void MainWindow::build_toolbar() {
  auto* tb = addToolBar(QStringLiteral("Run"));
  tb->setObjectName(QStringLiteral("run-toolbar"));
  tb->setMovable(false);
  auto* run = new QToolButton(tb);
  run->setText(QStringLiteral("↻ Run again"));
  run->setToolTip(QStringLiteral("Run both columns again, with the edited sources and the parameters (Ctrl+R)"));
  run->setToolButtonStyle(Qt::ToolButtonTextOnly);
  tb->addWidget(run);
  auto* stop = new QToolButton(tb);
  stop->setText(QStringLiteral("■ Stop"));
  stop->setToolTip(QStringLiteral("Stop the runs (Ctrl+.)"));
  tb->addWidget(stop);
  tb->addSeparator();
  tb->addWidget(new QLabel(QStringLiteral(" Parameters: "), tb));
  args_ = new QLineEdit(tb);
  args_->setMinimumWidth(200);
  args_->setMaximumWidth(320);
  args_->setClearButtonEnabled(true);
  args_->setPlaceholderText(QStringLiteral("program arguments"));
  tb->addWidget(args_);
  tb->addSeparator();
  compare_ = new QCheckBox(QStringLiteral("Compare with the fix"), tb);
  tb->addWidget(compare_);
  overlay_ = new QCheckBox(QStringLiteral("Overlay counts"), tb);
  overlay_->setToolTip(QStringLiteral("Draw both runs' goroutine counts on each chart (the other run dashed)"));
  tb->addWidget(overlay_);
  dark_ = new QCheckBox(QStringLiteral("Dark"), tb);
  tb->addWidget(dark_);
  tb->addSeparator();
  auto* exp = new QToolButton(tb);
  exp->setText(QStringLiteral("Export ▾"));
  exp->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(exp);
  menu->addAction(QStringLiteral("Side-by-side pair…"), this, [this] { export_dialog(ExportWhat::Pair); });
  menu->addAction(QStringLiteral("Timeline, whole run…"), this, [this] { export_dialog(ExportWhat::TimelineWholeRun); });
  menu->addAction(QStringLiteral("Timeline, visible range…"), this, [this] { export_dialog(ExportWhat::TimelineVisible); });
  menu->addAction(QStringLiteral("Count chart…"), this, [this] { export_dialog(ExportWhat::Chart); });
  exp->setMenu(menu);
  tb->addWidget(exp);

  connect(run, &QToolButton::clicked, this, &MainWindow::run_again);
  connect(stop, &QToolButton::clicked, this, &MainWindow::stop);
  connect(args_, &QLineEdit::returnPressed, this, &MainWindow::run_again);
  connect(compare_, &QCheckBox::toggled, this, &MainWindow::set_compare);
  connect(overlay_, &QCheckBox::toggled, this, &MainWindow::set_overlay);
  connect(dark_, &QCheckBox::toggled, this, &MainWindow::set_dark);
}

void MainWindow::build_menus() {
  QMenu* file = menuBar()->addMenu(QStringLiteral("&File"));
  QAction* open = file->addAction(QStringLiteral("&Open Go file or trace…"));
  open->setShortcut(QKeySequence::Open);
  connect(open, &QAction::triggered, this, [this] {
    QString dir = use_settings_ ? QSettings().value("file/last_dir").toString() : QString();
    QString path = prompter_.open_path(this, QStringLiteral("Open a Go program or a trace"), dir,
                                       QStringLiteral("Go programs and traces (*.go *.gtrace);;Go programs (*.go);;Traces (*.gtrace)"));
    if (path.isEmpty()) return;
    if (use_settings_) QSettings().setValue("file/last_dir", QFileInfo(path).absolutePath());
    is_trace(path) ? open_trace(path) : open_file(path);
  });
  recent_menu_ = file->addMenu(QStringLiteral("Open &recent"));
  refresh_recent_menu();
  QAction* save = file->addAction(QStringLiteral("&Save trace…"));
  save->setShortcut(QKeySequence::Save);
  connect(save, &QAction::triggered, this, [this] {
    RunSession& s = pane(active_).session();
    QString base = QFileInfo(s.params().program).completeBaseName();
    QString path = prompter_.save_path(this, QStringLiteral("Save the trace"), base + QStringLiteral(".gtrace"),
                                       QStringLiteral("goroscope traces (*.gtrace)"));
    if (path.isEmpty()) return;
    if (QFileInfo::exists(path) && !prompter_.confirm_replace(this, path)) return;
    QString err = s.save_trace(path);
    err.isEmpty() ? statusBar()->showMessage(QStringLiteral("saved %1").arg(path), 5000) : show_notice(err);
  });
  QMenu* exp = file->addMenu(QStringLiteral("&Export"));
  QAction* pair = exp->addAction(QStringLiteral("Side-by-side &pair…"), this, [this] { export_dialog(ExportWhat::Pair); });
  pair->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
  exp->addAction(QStringLiteral("&Timeline, whole run…"), this, [this] { export_dialog(ExportWhat::TimelineWholeRun); });
  exp->addAction(QStringLiteral("Timeline, &visible range…"), this, [this] { export_dialog(ExportWhat::TimelineVisible); });
  exp->addAction(QStringLiteral("&Count chart…"), this, [this] { export_dialog(ExportWhat::Chart); });
  exp->addSeparator();
  export_2x_ = exp->addAction(QStringLiteral("PNG at 2× (high-DPI)"));
  export_2x_->setCheckable(true);
  export_2x_->setChecked(true);
  file->addSeparator();
  QAction* quit = file->addAction(QStringLiteral("&Quit"));
  quit->setShortcut(QKeySequence::Quit);
  connect(quit, &QAction::triggered, this, &QWidget::close);

  QMenu* run = menuBar()->addMenu(QStringLiteral("&Run"));
  QAction* again = run->addAction(QStringLiteral("Run &again"), this, &MainWindow::run_again);
  again->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
  QAction* stop = run->addAction(QStringLiteral("&Stop"), this, &MainWindow::stop);
  stop->setShortcut(QKeySequence(QStringLiteral("Ctrl+.")));
  run->addAction(QStringLiteral("&Parameters…"), this, [this] {
    args_->setFocus();
    args_->selectAll();
  });

  QMenu* view = menuBar()->addMenu(QStringLiteral("&View"));
  auto zoom = [this](double f) {
    TimelineView& tl = pane(active_).timeline();
    Nanos span = tl.t1() - tl.t0();
    Nanos mid = tl.t0() + span / 2;
    Nanos half = std::max<Nanos>(tl.events_axis() ? 2 : 500, static_cast<Nanos>(span * f / 2));
    tl.set_time_range(std::max<Nanos>(0, mid - half), std::max<Nanos>(0, mid - half) + 2 * half);
    Q_EMIT tl.range_changed(tl.t0(), tl.t1());
  };
  view->addAction(QStringLiteral("Zoom &in"), this, [zoom] { zoom(0.7); })->setShortcut(QKeySequence::ZoomIn);
  view->addAction(QStringLiteral("Zoom &out"), this, [zoom] { zoom(1 / 0.7); })->setShortcut(QKeySequence::ZoomOut);
  view->addAction(QStringLiteral("&Fit the whole run"), this, [this] { sync_ranges(); })
      ->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
  view->addSeparator();
  QMenu* axis = view->addMenu(QStringLiteral("Time &axis"));
  axis_actions_ = new QActionGroup(this);
  const std::pair<const char*, AxisMode> modes[] = {{"&Automatic (event order when a run's time stands still)", AxisMode::Auto},
                                                   {"&Run time", AxisMode::Time},
                                                   {"&Event order", AxisMode::Events}};
  for (const auto& [text, mode] : modes) {
    QAction* a = axis->addAction(QString::fromUtf8(text));
    a->setCheckable(true);
    a->setChecked(mode == axis_mode_);
    a->setData(static_cast<int>(mode));
    axis_actions_->addAction(a);
    connect(a, &QAction::triggered, this, [this, mode = mode] { set_axis_mode(mode); });
  }
  view->addSeparator();
  view->addAction(dynamic_cast<QDockWidget*>(catalog_->parentWidget())->toggleViewAction());

  build_playback_actions(menuBar()->addMenu(QStringLiteral("&Playback")));
}

void MainWindow::build_playback_actions(QMenu* menu) {
  auto add = [&](const QString& text, const QKeySequence& key, std::function<void()> fn) {
    QAction* a = menu->addAction(text);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);  // editors still get their own keys first
    connect(a, &QAction::triggered, this, std::move(fn));
    addAction(a);
  };
  add(QStringLiteral("Play / pause"), QKeySequence(Qt::Key_Space), [this] { playback_.toggle(); });
  add(QStringLiteral("Next event"), QKeySequence(Qt::Key_Right), [this] { playback_.step(1); });
  add(QStringLiteral("Previous event"), QKeySequence(Qt::Key_Left), [this] { playback_.step(-1); });
  add(QStringLiteral("Ten events ahead"), QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { playback_.step(10); });
  add(QStringLiteral("Ten events back"), QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { playback_.step(-10); });
  add(QStringLiteral("First event"), QKeySequence(Qt::Key_Home), [this] { playback_.to_start(); });
  add(QStringLiteral("Last event"), QKeySequence(Qt::Key_End), [this] { playback_.to_end(); });
  menu->addSeparator();
  add(QStringLiteral("Next leak"), QKeySequence(Qt::Key_N), [this] { playback_.next_leak(); });
  add(QStringLiteral("Next event of the selected goroutine"), QKeySequence(Qt::Key_T),
      [this] { playback_.next_of_task(bar_->task()); });
  add(QStringLiteral("Previous event of the selected goroutine"), QKeySequence(Qt::SHIFT | Qt::Key_T),
      [this] { playback_.prev_of_task(bar_->task()); });
  add(QStringLiteral("Whole run (no cursor)"), QKeySequence(Qt::Key_Escape), [this] { playback_.clear(); });
}

// ---- opening and running ---------------------------------------------------------------------

bool MainWindow::open_pair(const QString& name, const QString& fix) {
  if (catalog_->select(name, fix)) return true;  // a catalog entry: its signal starts the runs
  for (const auto& p : demos::pairs()) {
    if (qs(p.name) != name) continue;
    lesson_ = LessonChoice{};
    args_->setPlaceholderText(QStringLiteral("program arguments"));
    open_variants(qs(p.leak), qs(p.fix), qs(p.title) + QStringLiteral(": leak"), qs(p.title) + QStringLiteral(": fix"));
    if (use_settings_) QSettings().setValue("view/pair", name);
    return true;
  }
  show_notice(QStringLiteral("There is no lesson named “%1”.").arg(name));
  return false;
}

void MainWindow::open_lesson(const LessonChoice& choice) {
  const bool new_lesson = choice.id != lesson_.id;
  lesson_ = choice;
  if (new_lesson) args_->clear();  // parameters belong to a lesson
  args_->setPlaceholderText(choice.params_hint.isEmpty() ? QStringLiteral("no parameters") : choice.params_hint);
  args_->setToolTip(choice.params_help.isEmpty() ? QStringLiteral("This lesson has no parameters.")
                                                 : QStringLiteral("Parameters of this lesson (press Enter to run):\n") + choice.params_help);
  variant_args_[0] = choice.left_args;
  variant_args_[1] = choice.right_args;
  open_variants(choice.left_file, choice.right_file, choice.left_title, choice.right_title);
  if (use_settings_) {
    QSettings().setValue("view/pair", choice.id);
    QSettings().setValue("view/fix", choice.right_variant);
  }
}

void MainWindow::open_variants(const QString& leak, const QString& fix, const QString& leak_title, const QString& fix_title) {
  auto heading = [](const QString& role, const QString& title, const QString& program) {
    QString file = program.endsWith(QStringLiteral(".go")) ? QFileInfo(program).fileName() : program;
    return title.isEmpty() ? QStringLiteral("%1 — %2").arg(role, file) : QStringLiteral("%1  ·  %2").arg(title, file);
  };
  show_notice(QString());
  playback_.clear();
  compare_->setEnabled(!fix.isEmpty());
  set_compare(!fix.isEmpty());
  const QString programs[2] = {leak, fix};
  const QString titles[2] = {heading(QStringLiteral("Leak"), leak_title, leak), heading(QStringLiteral("Fix"), fix_title, fix)};
  for (int w : {0, 1}) {
    if (programs[w].isEmpty()) continue;
    pane(w).set_heading(titles[w]);
    start_pane(w, RunParams{programs[w], QString(), variant_args_[w] + extra_args()});
    const QString& p = programs[w];
    source_->set_program(w, p.endsWith(QStringLiteral(".go")) ? QFileInfo(p).fileName() : QString(), pane(w).session().source());
    if (!pane(w).session().compile_errors().isEmpty()) source_->set_errors(w, pane(w).session().compile_errors());
  }
  if (fix.isEmpty()) source_->set_program(1, QString(), QString());
  set_active(0);
  source_->show_which(0);
  pane(0).timeline().setFocus();
}

bool MainWindow::open_file(const QString& path) {
  QFileInfo fi(path);
  if (!fi.isReadable() || fi.isDir()) {
    show_notice(QStringLiteral("Cannot open %1: it is not a readable file.").arg(path));
    return false;
  }
  if (is_trace(path)) return open_trace(path);
  lesson_ = LessonChoice{};
  variant_args_[0].clear();
  variant_args_[1].clear();
  args_->setPlaceholderText(QStringLiteral("program arguments"));
  open_variants(fi.absoluteFilePath(), QString(), QString(), QString());
  leak_->set_heading(fi.fileName());
  add_recent(fi.absoluteFilePath());
  return true;
}

bool MainWindow::open_trace(const QString& path) {
  RunSession& s = leak_->session();
  if (!s.load_trace(path)) {
    show_notice(QStringLiteral("This trace was refused: %1").arg(s.error()));
    return false;
  }
  show_notice(QString());
  lesson_ = LessonChoice{};
  compare_->setEnabled(false);
  set_compare(false);
  leak_->set_heading(QStringLiteral("Trace  ·  %1").arg(QFileInfo(path).fileName()));
  source_->set_program(0, QFileInfo(path).fileName(), QString());
  source_->set_program(1, QString(), QString());
  set_active(0);
  add_recent(QFileInfo(path).absoluteFilePath());
  return true;
}

QStringList MainWindow::extra_args() const { return QProcess::splitCommand(args_->text()); }

void MainWindow::set_program_args(const QString& args) { args_->setText(args); }

void MainWindow::start_pane(int which, const RunParams& params) {
  RunSession& s = pane(which).session();
  if (!s.start(params) && s.compile_errors().isEmpty()) show_notice(s.error());
}

void MainWindow::run_again() {
  show_notice(QString());
  playback_.clear();
  for (int w : {0, 1}) {
    if (w == 1 && !compare()) continue;
    RunParams params = pane(w).session().params();
    if (params.program.isEmpty()) continue;
    if (pane(w).session().loaded_from_trace()) {
      open_trace(params.program);
      continue;
    }
    if (params.program.endsWith(QStringLiteral(".go"))) params.source = source_->text_of(w);
    params.args = variant_args_[w] + extra_args();
    start_pane(w, params);
  }
}

void MainWindow::stop() {
  playback_.pause();
  leak_->session().stop();
  fix_->session().stop();
}

void MainWindow::wait_for_runs() {
  for (RunPane* p : {leak_, fix_}) p->session().wait();
  QCoreApplication::processEvents();
  for (RunPane* p : {leak_, fix_}) p->timeline().catch_up();
  sync_ranges();
}

void MainWindow::run_pair_blocking(const QString& name) {
  open_pair(name);
  wait_for_runs();
}

void MainWindow::run_programs_blocking(const QString& program, const QString& fix) {
  lesson_ = LessonChoice{};
  variant_args_[0].clear();
  variant_args_[1].clear();
  open_variants(program, fix, QString(), QString());
  leak_->set_heading(QFileInfo(program).fileName());
  if (!fix.isEmpty()) fix_->set_heading(QFileInfo(fix).fileName());
  wait_for_runs();
}

void MainWindow::on_run_started(int which) {
  RunSession& s = pane(which).session();
  console_shown_[which] = 0;
  inspector_->console().reset(which, QFileInfo(s.params().program).fileName());
  if (which == active_) playback_.set_model(s.model());
  on_run_updated(which);
}

void MainWindow::on_run_updated(int which) {
  SlowProbe probe("window.on_run_updated");
  RunSession& s = pane(which).session();
  if (overlay_->isChecked() && compare()) refresh_overlay();  // the other chart shows this run too
  apply_axis();
  sync_ranges();
  if (const auto* m = s.model(); m && which == active_) {
    bar_->scrubber().blockSignals(true);
    bar_->scrubber().setRange(0, std::max(0, static_cast<int>(m->events().size()) - 1));
    bar_->scrubber().blockSignals(false);
    bar_->set_run_length(events_axis_ ? static_cast<Nanos>(m->events().size()) : m->end_time());
  }
  // Only the new output goes to the console.
  size_t n = s.output_size();
  if (n > console_shown_[which]) {
    inspector_->console().append(which, s.output_from(console_shown_[which]));
    console_shown_[which] = n;
  }
  if (which == active_) playback_.set_model(s.model());  // the cursor follows a growing run
  else apply_cursor();
  update_status();
}

void MainWindow::on_run_finished(int which) {
  RunSession& s = pane(which).session();
  const QString errors = s.compile_errors();
  const QString file = QFileInfo(s.params().program).fileName();
  if (!errors.isEmpty()) {
    source_->set_program(which, file, s.source());
    source_->set_errors(which, errors);
    source_->show_which(which);
    inspector_->setCurrentWidget(source_);
    inspector_->console().set_compile_errors(which, errors);
    show_notice(QStringLiteral("%1 does not compile — the errors are marked in the Source tab.").arg(file));
    on_run_updated(which);  // no updated() came: the views learn of the failed run here
  } else {
    source_->set_errors(which, QString());
    const RunResult& r = s.result();
    const auto* m = s.model();
    QString summary = QStringLiteral("%1 after %2 · exit code %3")
                          .arg(qs(end_reason_name(m ? m->end_reason() : r.reason)))
                          .arg(QString::fromStdString(analysis::format_duration(m ? m->end_time() : r.end_time)))
                          .arg(m ? m->exit_code() : r.exit_code);
    size_t n = s.output_size();
    if (n > console_shown_[which]) inspector_->console().append(which, s.output_from(console_shown_[which]));
    console_shown_[which] = n;
    inspector_->console().set_ending(which, summary, QString::fromStdString(r.error));
  }
  // The last runs ended: their final markers now, not at the live throttle's next turn.
  if (!leak_->session().running() && !fix_->session().running()) {
    marks_timer_.stop();
    update_source_marks();
  }
}

// ---- views ------------------------------------------------------------------------------------

void MainWindow::set_active(int which) {
  if (which == 1 && !compare()) which = 0;
  const bool changed = which != active_;
  active_ = which;
  leak_->set_active(compare() && which == 0);
  fix_->set_active(compare() && which == 1);
  if (!changed) return;
  const bool on = playback_.active();
  const Nanos t = playback_.time();
  playback_.set_model(pane(which).session().model());
  if (on) playback_.set_time(t);  // the same moment in the other run
  bar_->set_task(0);
  if (const auto* m = pane(which).session().model()) {
    bar_->scrubber().blockSignals(true);
    bar_->scrubber().setRange(0, std::max(0, static_cast<int>(m->events().size()) - 1));
    bar_->scrubber().blockSignals(false);
  }
  source_->show_which(which);
  inspector_->console().show_page(which);
  apply_cursor();
}

void MainWindow::select_tasks(const std::vector<TaskId>& ids) {
  if (ids.empty()) return;
  pane(active_).timeline().set_selection(ids);
  bar_->set_task(ids.front());
  show_task_line(active_, ids.front());
}

void MainWindow::show_task_line(int which, TaskId id) {
  const auto* m = pane(which).session().model();
  if (!m || !id || id > m->task_count()) return;
  const auto& t = m->task(id);
  // Where it is at the cursor (or at the end), else where it was created.
  int line = 0;
  const analysis::Interval* iv = playback_.active() ? t.at_seq(playback_.seq()) : (t.intervals.empty() ? nullptr : &t.intervals.back());
  if (iv) line = task_line(*m, t, *iv);
  if (!line && t.created_at) line = static_cast<int>(m->symbols().site_at(t.created_at).line);
  if (line && source_->has_program(which)) source_->go_to_line(which, line);
}

void MainWindow::set_compare(bool on) {
  compare_->setChecked(on);
  fix_->setVisible(on);
  overlay_->setEnabled(on);
  set_overlay(overlay_->isChecked());
  if (!on && active_ == 1) set_active(0);
  leak_->set_active(on && active_ == 0);
  fix_->set_active(on && active_ == 1);
  apply_axis();
  if (use_settings_) QSettings().setValue("view/compare", on);
}

void MainWindow::set_overlay(bool on) {
  overlay_->setChecked(on);
  refresh_overlay();
  sync_ranges();
  if (use_settings_) QSettings().setValue("view/overlay", on);
}

void MainWindow::refresh_overlay() {
  const bool shown = overlay_->isChecked() && compare();
  auto name = [this](int w) {
    QString f = QFileInfo(pane(w).session().params().program).completeBaseName();
    return f.isEmpty() ? (w ? QStringLiteral("fix") : QStringLiteral("leak")) : f;
  };
  leak_->chart().set_overlay(shown ? fix_->session().model() : nullptr, name(0), name(1));
  fix_->chart().set_overlay(shown ? leak_->session().model() : nullptr, name(1), name(0));
}

void MainWindow::set_dark(bool dark) {
  dark_->setChecked(dark);
  theme_ = dark ? Theme::dark_theme() : Theme::light();
  // The whole application follows: lists, editors, tables, tooltips, menus.
  QApplication::setPalette(theme_.widget_palette());
  leak_->set_theme(theme_);
  fix_->set_theme(theme_);
  inspector_->set_theme(theme_);
  source_->set_theme(theme_);
  legend_->set_theme(theme_);
  if (use_settings_) QSettings().setValue("view/dark", dark);
}

void MainWindow::set_axis_mode(AxisMode mode) {
  axis_mode_ = mode;
  if (use_settings_) QSettings().setValue("view/axis", static_cast<int>(mode));
  if (axis_actions_) {
    for (QAction* a : axis_actions_->actions()) a->setChecked(a->data().toInt() == static_cast<int>(mode));
  }
  apply_axis();
  sync_ranges();
  apply_cursor();
}

void MainWindow::apply_axis() {
  bool events = axis_mode_ == AxisMode::Events;
  if (axis_mode_ == AxisMode::Auto) {
    // Event order when a shown run's clock never moved (its whole story happened at 0 s and would
    // have no width in run time); both columns share the axis, so both follow.
    for (RunPane* p : {leak_, fix_}) {
      if (p == fix_ && !compare()) continue;
      if (const auto* m = p->session().model(); m && m->events().size() > 1 && m->end_time() == 0) events = true;
    }
  }
  events_axis_ = events;
  for (RunPane* p : {leak_, fix_}) {
    p->timeline().set_events_axis(events);
    p->chart().set_events_axis(events);
  }
  bar_->set_by_events(events);
}

Nanos MainWindow::axis_position(int which, Nanos time, bool active_cursor) const {
  // Where a cursor at run time `time` (at the playback's event, for the active column) sits.
  const auto* m = pane(which).session().model();
  if (!events_axis_ || !m) return time;
  if (active_cursor) return playback_.index() + 1;  // just after the event at the cursor
  return static_cast<Nanos>(m->event_index_at_time(time + 1));
}

void MainWindow::sync_ranges() {
  // One time axis and one goroutine scale for both columns, so the climb and the flat line compare.
  Nanos end = events_axis_ ? 10 : 1'000'000;
  double ymax = 1;
  bool live = false;
  for (RunPane* p : {leak_, fix_}) {
    if (p == fix_ && !compare()) continue;
    if (const auto* m = p->session().model()) {
      end = std::max(end, events_axis_ ? static_cast<Nanos>(m->events().size()) : m->end_time());
      ymax = std::max(ymax, p->chart().data_y_max());
      live = live || p->session().running();
    }
  }
  // While a run streams in, the axis grows in steps: relaying out the chart's axes on every
  // refresh was a good part of a refresh's cost, and a steady scale is easier to read.
  const Nanos t1 = axis_end(end, live);
  syncing_ = true;
  for (RunPane* p : {leak_, fix_}) {
    p->timeline().set_time_range(0, t1);
    p->chart().set_time_range(0, t1);
    p->chart().set_y_max(ymax);
  }
  syncing_ = false;
}

void MainWindow::set_cursor_index(int index) { index < 0 ? playback_.clear() : playback_.set_index(index); }

void MainWindow::apply_cursor() {
  bar_->sync();
  const bool on = playback_.active();
  const Nanos t = playback_.time();
  for (int w : {0, 1}) {
    RunPane& p = pane(w);
    const auto* m = p.session().model();
    if (!on || !m || m->events().empty()) {
      p.timeline().set_cursor(UINT64_MAX, INT64_MAX);
      p.chart().set_cursor(-1);
      continue;
    }
    uint64_t seq = playback_.seq();
    if (w != active_) {  // the other column follows by time
      size_t idx = m->event_index_at_time(t + 1);
      seq = idx ? m->events()[idx - 1].seq : 0;
    }
    const Nanos at = axis_position(w, t, w == active_);
    p.timeline().set_cursor(seq, at);
    p.chart().set_cursor(at);
  }
  inspector_->show_run(pane(active_).session().model(), on ? playback_.seq() : kEndOfRun);
  bar_->set_cursor_text(cursor_description());
  update_source_marks();
}

QString MainWindow::cursor_description() const {
  const Event* e = playback_.event();
  if (!e) return QStringLiteral("whole run");
  const auto* m = pane(active_).session().model();
  const Symbols& syms = m->symbols();
  QString what = qs(event_kind_name(e->kind));
  if (e->kind == EventKind::TaskBlocked) what += QStringLiteral(" (%1)").arg(qs(wait_reason_name(e->reason)));
  QString where = e->site ? QStringLiteral(" at %1").arg(QString::fromStdString(syms.site_string(e->site))) : QString();
  QString who = e->task ? QStringLiteral(" · G%1 ").arg(e->task) : QStringLiteral(" · ");
  return QStringLiteral("event %1/%2 · %3%4%5%6")
      .arg(playback_.index() + 1)
      .arg(m->events().size())
      .arg(QString::fromStdString(analysis::format_duration(playback_.time())), who, what, where);
}

void MainWindow::update_source_marks() {
  // Only when someone looks: finding 100,000 goroutines' lines on every refresh is not free.
  if (inspector_->currentWidget() != source_) {
    marks_stale_ = true;
    return;
  }
  // While a run streams in (and no cursor is set), twice a second is enough for the markers, and
  // they are found on a turn of the event loop of their own, not on top of a refresh.
  const bool live = (leak_->session().running() || fix_->session().running()) && !playback_.active();
  if (live && sender() != &marks_timer_) {
    const int due = marks_clock_.isValid() ? std::max(0, 500 - static_cast<int>(marks_clock_.elapsed())) : 0;
    if (!marks_timer_.isActive()) marks_timer_.start(due);
    return;
  }
  marks_clock_.start();
  marks_stale_ = false;
  SlowProbe probe("source marks");
  const bool on = playback_.active();
  const Nanos t = playback_.time();
  for (int w : {0, 1}) {
    const analysis::RunModel* m = pane(w).session().model();
    if (!m) continue;
    uint64_t seq = kEndOfRun;
    if (on && w == active_) {
      seq = playback_.seq();
    } else if (on && !m->events().empty()) {
      size_t idx = m->event_index_at_time(t + 1);
      seq = idx ? m->events()[idx - 1].seq : 0;
    }
    source_->set_marks(w, line_marks(*m, seq));
  }
}

void MainWindow::update_status() {
  QStringList parts;
  for (RunPane* p : {leak_, fix_}) {
    if (p == fix_ && !compare()) continue;
    if (!p->summary().isEmpty()) parts << p->summary();
  }
  statusBar()->showMessage(parts.join(QStringLiteral("   |   ")));
}

void MainWindow::show_notice(const QString& text) {
  notice_ = text;
  notice_label_->setText(text);
  notice_label_->setVisible(!text.isEmpty());
  if (!text.isEmpty()) statusBar()->showMessage(text, 10000);
}

// ---- files ------------------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
  for (const QUrl& u : e->mimeData()->urls()) {
    QString f = u.toLocalFile();
    if (u.isLocalFile() && (f.endsWith(QStringLiteral(".go")) || is_trace(f))) {
      e->acceptProposedAction();
      return;
    }
  }
}

void MainWindow::dropEvent(QDropEvent* e) {
  for (const QUrl& u : e->mimeData()->urls()) {
    QString f = u.toLocalFile();
    if (u.isLocalFile() && (f.endsWith(QStringLiteral(".go")) || is_trace(f))) {
      open_file(f);
      e->acceptProposedAction();
      return;
    }
  }
}

void MainWindow::add_recent(const QString& path) {
  if (!use_settings_) return;
  QSettings s;
  QStringList list = s.value("file/recent").toStringList();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > 10) list.removeLast();
  s.setValue("file/recent", list);
  refresh_recent_menu();
}

void MainWindow::refresh_recent_menu() {
  if (!recent_menu_) return;
  recent_menu_->clear();
  QStringList list = use_settings_ ? QSettings().value("file/recent").toStringList() : QStringList();
  for (const QString& p : list) {
    QAction* a = recent_menu_->addAction(QFileInfo(p).fileName() + QStringLiteral("  —  ") + QFileInfo(p).absolutePath());
    connect(a, &QAction::triggered, this, [this, p] { open_file(p); });
  }
  recent_menu_->setEnabled(!list.isEmpty());
}

void MainWindow::save_settings() {
  if (!use_settings_) return;
  QSettings s;
  s.setValue("window/geometry", saveGeometry());
  s.setValue("window/state", saveState());
  s.setValue("window/columns", split_->saveState());
  s.setValue("view/language", catalog_->language());
  s.setValue("view/speed", bar_->speed_choice());
}

void MainWindow::closeEvent(QCloseEvent* e) {
  save_settings();
  QMainWindow::closeEvent(e);
}

// ---- export -----------------------------------------------------------------------------------

int MainWindow::pair_height(int width) const {
  bool both = compare() && fix_->session().model();
  int col = both ? width / 2 : width;
  return std::max(leak_->height_for(col), both ? fix_->height_for(col) : 0) + 34;
}

void MainWindow::paint_pair(QPainter& p, int width) const {
  bool both = compare() && fix_->session().model();
  int col = both ? width / 2 : width;
  int h = pair_height(width);
  p.fillRect(QRectF(0, 0, width, h), theme_.background);
  p.save();
  leak_->paint(p, col);
  p.restore();
  if (both) {
    p.save();
    p.translate(col, 0);
    fix_->paint(p, col);
    p.restore();
    p.setPen(QPen(theme_.grid, 1));
    p.drawLine(col, 8, col, h - 40);
  }
  p.setRenderHint(QPainter::TextAntialiasing, true);
  Legend::paint_legend(p, 10, h - 30, theme_);
}

QImage MainWindow::render_pair(int width) const {
  QImage img(width, pair_height(width), QImage::Format_ARGB32_Premultiplied);
  img.fill(theme_.background);
  QPainter p(&img);
  paint_pair(p, width);
  return img;
}

bool MainWindow::export_to(ExportWhat what, const QString& path, QString* error, double scale) {
  if (QFileInfo::exists(path) && !(prompter_.confirm_replace && prompter_.confirm_replace(this, path))) {
    if (error) *error = QStringLiteral("%1 exists and was not replaced").arg(path);
    return false;
  }
  RunPane& p = pane(active_);
  if (what != ExportWhat::Pair && !p.session().model()) {
    if (error) *error = QStringLiteral("there is no run to export");
    return false;
  }
  const int w = what == ExportWhat::Pair ? kPairExportWidth : kExportWidth;
  switch (what) {
    case ExportWhat::TimelineWholeRun:
      return export_drawing(path, w, static_cast<int>(p.timeline().full_height()),
                            [&](QPainter& pt) { p.timeline().render_whole_run(pt, w); }, error, scale);
    case ExportWhat::TimelineVisible:
      return export_drawing(path, w, static_cast<int>(p.timeline().visible_height()),
                            [&](QPainter& pt) { p.timeline().render_visible(pt, w); }, error, scale);
    case ExportWhat::Chart:
      return export_drawing(path, w, kChartExportHeight,
                            [&](QPainter& pt) { p.paint_chart_only(pt, w, kChartExportHeight); }, error, scale);
    case ExportWhat::Pair:
      return export_drawing(path, w, pair_height(w), [&](QPainter& pt) { paint_pair(pt, w); }, error, scale);
  }
  return false;
}

void MainWindow::export_dialog(ExportWhat what) {
  static const char* names[] = {"timeline", "timeline-visible", "chart", "pair"};
  QString base = lesson_.id.isEmpty() ? QFileInfo(pane(active_).session().params().program).completeBaseName() : lesson_.id;
  QString suggested = QStringLiteral("goroscope-%1-%2.png").arg(base, QString::fromUtf8(names[static_cast<int>(what)]));
  QString path = prompter_.save_path(this, QStringLiteral("Export"), suggested,
                                     QStringLiteral("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".png");
  QString error;
  const double scale = export_2x_ && export_2x_->isChecked() ? 2.0 : 1.0;
  if (export_to(what, path, &error, scale)) {
    statusBar()->showMessage(QStringLiteral("exported %1").arg(path), 8000);
  } else if (!error.contains(QStringLiteral("was not replaced"))) {
    show_notice(QStringLiteral("Export failed: %1").arg(error));
  }
}

bool MainWindow::export_drawing(const QString& path, int width, int height,
                                const std::function<void(QPainter&)>& draw, QString* error, double scale) {
  QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QStringLiteral("svg") && suffix != QStringLiteral("pdf") && suffix != QStringLiteral("png")) {
    if (error) *error = QStringLiteral("%1: unknown image type (use .png, .svg or .pdf)").arg(path);
    return false;
  }
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly)) {
    if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    return false;
  }
  if (suffix == QStringLiteral("svg")) {
    QSvgGenerator svg;
    svg.setOutputDevice(&f);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(QStringLiteral("goroscope"));
    QPainter p(&svg);
    draw(p);
  } else if (suffix == QStringLiteral("pdf")) {
    QPdfWriter pdf(&f);
    pdf.setPageSize(QPageSize(QSizeF(width * 0.75, height * 0.75), QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(96);
    pdf.setTitle(QStringLiteral("goroscope"));
    QPainter p(&pdf);
    draw(p);
  } else {
    // Drawn at `scale` device pixels per unit: the same picture, sharp on a high-DPI screen.
    QImage img(QSize(width, height) * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.setDotsPerMeterX(static_cast<int>(3780 * scale));
    img.setDotsPerMeterY(static_cast<int>(3780 * scale));
    img.fill(Qt::white);
    {
      QPainter p(&img);
      draw(p);
    }
    if (!img.save(&f, "PNG")) {
      if (error) *error = QStringLiteral("cannot encode %1").arg(path);
      f.cancelWriting();
      return false;
    }
  }
  if (!f.commit()) {
    if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    return false;
  }
  return true;
}

bool MainWindow::save_image(const QImage& image, const QString& path, QString* error) {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly)) {
    if (error) *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    return false;
  }
  QString fmt = QFileInfo(path).suffix().toUpper();
  if (!image.save(&f, fmt.isEmpty() ? "PNG" : fmt.toLatin1().constData()) || !f.commit()) {
    if (error) *error = QStringLiteral("cannot write %1").arg(path);
    return false;
  }
  return true;
}

}  // namespace goro::gui
