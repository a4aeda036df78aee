#include "widgets/main_window.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenuBar>
#include <QMimeData>
#include <QUrl>

#include "goro/analysis/export.h"
#include "goro/demos.h"

namespace goro::gui {

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

MainWindow::MainWindow(bool use_settings, QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(QStringLiteral("goroscope"));
  auto* central = new QWidget(this);
  auto* v = new QVBoxLayout(central);
  v->setContentsMargins(6, 6, 6, 6);
  // Errors are shown here, never in a modal box: nothing waits for a click (tests included).
  notice_label_ = new QLabel(central);
  notice_label_->setWordWrap(true);
  notice_label_->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e1; color: #8a1f17; padding: 6px; border-radius: 3px; }"));
  notice_label_->setVisible(false);
  v->addWidget(notice_label_);
  auto* split = new QSplitter(Qt::Horizontal, central);
  leak_ = new RunPane(split);
  fix_ = new RunPane(split);
  split->addWidget(leak_);
  split->addWidget(fix_);
  inspector_ = new Inspector(split);
  inspector_->setMinimumWidth(360);
  split->addWidget(inspector_);
  split->setStretchFactor(0, 4);
  split->setStretchFactor(1, 4);
  split->setStretchFactor(2, 2);
  v->addWidget(split, 1);

  // Playback: a scrubber over the leak run's events, with step buttons.
  auto* bar = new QHBoxLayout();
  auto* back = new QPushButton(QStringLiteral("◀ step"), central);
  auto* fwd = new QPushButton(QStringLiteral("step ▶"), central);
  auto* leak_btn = new QPushButton(QStringLiteral("next leak ▶▶"), central);
  auto* all_btn = new QPushButton(QStringLiteral("show all"), central);
  scrubber_ = new QSlider(Qt::Horizontal, central);
  scrubber_->setRange(0, 0);
  cursor_label_ = new QLabel(QStringLiteral("whole run"), central);
  cursor_label_->setMinimumWidth(260);
  bar->addWidget(back);
  bar->addWidget(fwd);
  bar->addWidget(leak_btn);
  bar->addWidget(scrubber_, 1);
  bar->addWidget(cursor_label_);
  bar->addWidget(all_btn);
  v->addLayout(bar);
  legend_ = new Legend(central);
  v->addWidget(legend_);
  setCentralWidget(central);

  connect(back, &QPushButton::clicked, this, [this] { step(-1); });
  connect(fwd, &QPushButton::clicked, this, [this] { step(1); });
  connect(leak_btn, &QPushButton::clicked, this, &MainWindow::jump_next_leak);
  connect(all_btn, &QPushButton::clicked, this, [this] { set_cursor_index(-1); });
  connect(scrubber_, &QSlider::valueChanged, this, [this](int v) { set_cursor_index(v); });
  connect(leak_, &RunPane::model_changed, this, &MainWindow::on_models_changed);
  connect(fix_, &RunPane::model_changed, this, &MainWindow::on_models_changed);
  for (RunPane* pane : {leak_, fix_}) {
    connect(&pane->timeline(), &TimelineView::range_changed, this, [this](Nanos t0, Nanos t1) {
      if (syncing_) return;
      syncing_ = true;  // one shared time axis
      for (RunPane* p : {leak_, fix_}) {
        p->timeline().set_time_range(t0, t1);
        p->chart().set_time_range(t0, t1);
      }
      syncing_ = false;
    });
  }
  connect(inspector_, &Inspector::jump_to_event, this, [this](int i) { set_cursor_index(i); });
  connect(&leak_->timeline(), &TimelineView::task_selected, inspector_, &Inspector::select_task);
  // The catalog: what a teacher opens first.
  catalog_ = new CatalogPanel(this);
  auto* dock = new QDockWidget(QStringLiteral("Lessons"), this);
  dock->setObjectName(QStringLiteral("lessons"));
  dock->setWidget(catalog_);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  resizeDocks({dock}, {330}, Qt::Horizontal);
  QString err;
  if (!catalog_->load(find_scenarios_dir(), &err)) statusBar()->showMessage(err);
  connect(catalog_, &CatalogPanel::open_variants, this,
          [this](const QString& id, const QString& leak, const QString& fix, const QString& lt, const QString& ft) {
            open_variants(leak, fix, lt, ft);
            if (use_settings_) QSettings().setValue("view/pair", id);
          });
  source_ = new SourceView(this);
  inspector_->insertTab(0, source_, QStringLiteral("Source"));
  inspector_->setCurrentIndex(0);
  connect(source_, &SourceView::run_again, this, [this](int which, const QString& text) {
    RunPane* pane = which ? fix_ : leak_;
    RunParams params = pane->session().params();
    if (!params.program.endsWith(QStringLiteral(".go"))) return;
    params.source = text;
    cursor_index_ = -1;
    if (!pane->session().start(params)) on_run_finished(which);
  });
  connect(&leak_->session(), &RunSession::finished, this, [this] { on_run_finished(0); });
  connect(&fix_->session(), &RunSession::finished, this, [this] { on_run_finished(1); });
  connect(&leak_->timeline(), &TimelineView::task_selected, this, [this](TaskId id) {
    const auto* m = leak_->session().model();
    if (!m || !id || id > m->task_count()) return;
    const auto& t = m->tasks()[id - 1];
    const Site& site = m->symbols().site_at(t.intervals.empty() || !t.intervals.back().site ? t.created_at : t.intervals.back().site);
    if (site.line && source_->showing() == 0) source_->editor().go_to_line(static_cast<int>(site.line));
  });
  setAcceptDrops(true);
  build_toolbar();
  build_menus();
  resize(1500, 900);

  use_settings_ = use_settings;
  QSettings s;
  if (use_settings) {
    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
    catalog_->set_language(s.value("view/language", QStringLiteral("en")).toString());
  }
  set_dark(use_settings && s.value("view/dark", false).toBool());
  set_compare(!use_settings || s.value("view/compare", true).toBool());
}

MainWindow::~MainWindow() = default;

void MainWindow::build_toolbar() {
  auto* tb = addToolBar(QStringLiteral("Run"));
  tb->setMovable(false);
  pairs_ = new QComboBox(tb);
  for (const auto& p : demos::pairs()) {
    pairs_->addItem(QString::fromUtf8(p.title.data(), static_cast<int>(p.title.size())),
                    QString::fromUtf8(p.name.data(), static_cast<int>(p.name.size())));
  }
  pairs_->setVisible(false);  // native demo pairs stay reachable by name (--pair receive); lessons come from the catalog
  auto* run = new QPushButton(QStringLiteral("Run again"), tb);
  tb->addWidget(run);
  auto* stop = new QPushButton(QStringLiteral("Stop"), tb);
  tb->addWidget(stop);
  compare_ = new QCheckBox(QStringLiteral("Compare with the fix"), tb);
  tb->addWidget(compare_);
  dark_ = new QCheckBox(QStringLiteral("Dark"), tb);
  tb->addWidget(dark_);
  auto* exp = new QPushButton(QStringLiteral("Export…"), tb);
  tb->addWidget(exp);
  connect(run, &QPushButton::clicked, this, [this] {
    cursor_index_ = -1;
    for (RunPane* p : {leak_, fix_}) {
      if (p == fix_ && !compare_->isChecked()) continue;
      RunParams params = p->session().params();
      if (!params.program.isEmpty() && !p->session().start(params)) on_run_finished(p == fix_ ? 1 : 0);
    }
  });
  connect(stop, &QPushButton::clicked, this, [this] {
    leak_->session().stop();
    fix_->session().stop();
  });
  connect(compare_, &QCheckBox::toggled, this, &MainWindow::set_compare);
  connect(dark_, &QCheckBox::toggled, this, &MainWindow::set_dark);
  connect(exp, &QPushButton::clicked, this, &MainWindow::export_dialog);
}

bool MainWindow::open_pair(const QString& name) {
  if (catalog_->select(name)) return true;  // a catalog entry: its signal starts the runs
  for (const auto& p : demos::pairs()) {
    if (QString::fromUtf8(p.name.data(), static_cast<int>(p.name.size())) != name) continue;
    int idx = pairs_->findData(name);
    if (idx >= 0) pairs_->setCurrentIndex(idx);
    open_variants(QString::fromUtf8(p.leak.data(), static_cast<int>(p.leak.size())),
                  QString::fromUtf8(p.fix.data(), static_cast<int>(p.fix.size())), QString(), QString());
    if (use_settings_) QSettings().setValue("view/pair", name);
    return true;
  }
  statusBar()->showMessage(QStringLiteral("no lesson named %1").arg(name));
  return false;
}

void MainWindow::open_variants(const QString& leak, const QString& fix, const QString& leak_title, const QString& fix_title) {
  auto heading = [](const QString& role, const QString& title, const QString& program) {
    QString file = program.endsWith(QStringLiteral(".go")) ? QFileInfo(program).fileName() : program;
    return title.isEmpty() ? QStringLiteral("%1 — %2").arg(role, file) : QStringLiteral("%1  ·  %2").arg(title, file);
  };
  cursor_index_ = -1;
  leak_->set_heading(heading(QStringLiteral("Leak"), leak_title, leak));
  if (!leak_->session().start({leak})) on_run_finished(0);
  set_compare(!fix.isEmpty());
  if (!fix.isEmpty()) {
    fix_->set_heading(heading(QStringLiteral("Fix"), fix_title, fix));
    if (!fix_->session().start({fix})) on_run_finished(1);
  }
  source_->set_program(0, leak.endsWith(QStringLiteral(".go")) ? QFileInfo(leak).fileName() : QString(), leak_->session().source());
  source_->set_program(1, fix.endsWith(QStringLiteral(".go")) ? QFileInfo(fix).fileName() : QString(), fix.isEmpty() ? QString() : fix_->session().source());
  for (int w : {0, 1}) {
    RunPane* pane = w ? fix_ : leak_;
    if (!pane->session().compile_errors().isEmpty()) source_->set_errors(w, pane->session().compile_errors());
  }
  statusBar()->showMessage(QStringLiteral("running…"));
}

bool MainWindow::open_file(const QString& path) {
  QFileInfo fi(path);
  if (!fi.isReadable() || fi.isDir()) {
    show_notice(QStringLiteral("Cannot open %1: it is not a readable file.").arg(path));
    return false;
  }
  open_variants(fi.absoluteFilePath(), QString(), QString(), QString());
  leak_->set_heading(fi.fileName());
  add_recent(fi.absoluteFilePath());
  return true;
}

void MainWindow::on_run_finished(int which) {
  RunPane* pane = which ? fix_ : leak_;
  const QString errors = pane->session().compile_errors();
  if (!errors.isEmpty()) {
    source_->set_errors(which, errors);
    if (which == 0) source_->set_program(0, QFileInfo(pane->session().params().program).fileName(), pane->session().source());
    source_->set_errors(which, errors);
    statusBar()->showMessage(QStringLiteral("%1 does not compile (see Source)").arg(QFileInfo(pane->session().params().program).fileName()));
  } else {
    source_->set_errors(which, QString());
  }
  on_models_changed();
}

void MainWindow::show_notice(const QString& text) {
  notice_ = text;
  notice_label_->setText(text);
  notice_label_->setVisible(!text.isEmpty());
  if (!text.isEmpty()) statusBar()->showMessage(text, 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
  for (const QUrl& u : e->mimeData()->urls())
    if (u.isLocalFile() && u.toLocalFile().endsWith(QStringLiteral(".go"))) {
      e->acceptProposedAction();
      return;
    }
}

void MainWindow::dropEvent(QDropEvent* e) {
  for (const QUrl& u : e->mimeData()->urls())
    if (u.isLocalFile() && u.toLocalFile().endsWith(QStringLiteral(".go"))) {
      open_file(u.toLocalFile());
      return;
    }
}

void MainWindow::build_menus() {
  QMenu* file = menuBar()->addMenu(QStringLiteral("&File"));
  QAction* open = file->addAction(QStringLiteral("&Open Go file…"));
  open->setShortcut(QKeySequence::Open);
  connect(open, &QAction::triggered, this, [this] {
    QString dir = use_settings_ ? QSettings().value("file/last_dir").toString() : QString();
    QString path = QFileDialog::getOpenFileName(this, QStringLiteral("Open a Go program"), dir, QStringLiteral("Go programs (*.go)"));
    if (path.isEmpty()) return;
    if (use_settings_) QSettings().setValue("file/last_dir", QFileInfo(path).absolutePath());
    open_file(path);
  });
  recent_menu_ = file->addMenu(QStringLiteral("Open &recent"));
  refresh_recent_menu();
  QAction* exp = file->addAction(QStringLiteral("&Export images…"));
  exp->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
  connect(exp, &QAction::triggered, this, &MainWindow::export_dialog);
  file->addSeparator();
  QAction* quit = file->addAction(QStringLiteral("&Quit"));
  quit->setShortcut(QKeySequence::Quit);
  connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::add_recent(const QString& path) {
  if (!use_settings_) return;
  QSettings s;
  QStringList list = s.value("file/recent").toStringList();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > 8) list.removeLast();
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

void MainWindow::update_source_marks() {
  for (int w : {0, 1}) {
    RunPane* pane = w ? fix_ : leak_;
    const analysis::RunModel* m = pane->session().model();
    if (!m) continue;
    uint64_t seq = kEndOfRun;
    const auto* lm = leak_->session().model();
    if (cursor_index_ >= 0 && lm && static_cast<size_t>(cursor_index_) < lm->events().size()) {
      const Event& e = lm->events()[cursor_index_];
      if (w == 0) {
        seq = e.seq;
      } else {  // the fix column follows by time
        size_t idx = m->event_index_at_time(e.vtime + 1);
        seq = idx > 0 ? m->events()[idx - 1].seq : 0;
      }
    }
    source_->set_marks(w, line_marks(*m, seq));
  }
}

void MainWindow::run_pair_blocking(const QString& name) {
  open_pair(name);
  for (RunPane* p : {leak_, fix_}) {
    if (!p->isVisible() && p == fix_) continue;
    RunParams params = p->session().params();
    p->session().run_blocking(params);
  }
  QCoreApplication::processEvents();
  sync_ranges();
}

void MainWindow::run_programs_blocking(const QString& program, const QString& fix) {
  leak_->set_heading(program);
  leak_->session().run_blocking({program});
  set_compare(!fix.isEmpty());
  if (!fix.isEmpty()) {
    fix_->set_heading(fix);
    fix_->session().run_blocking({fix});
  }
  QCoreApplication::processEvents();
  sync_ranges();
}

void MainWindow::set_compare(bool on) {
  compare_->setChecked(on);
  fix_->setVisible(on);
  if (use_settings_) QSettings().setValue("view/compare", on);
}

void MainWindow::set_dark(bool dark) {
  dark_->setChecked(dark);
  theme_ = dark ? Theme::dark_theme() : Theme::light();
  leak_->set_theme(theme_);
  fix_->set_theme(theme_);
  inspector_->set_theme(theme_);
  legend_->set_theme(theme_);
  QPalette pal = palette();
  pal.setColor(QPalette::Window, theme_.background);
  pal.setColor(QPalette::WindowText, theme_.text);
  setPalette(pal);
  if (use_settings_) QSettings().setValue("view/dark", dark);
}

void MainWindow::on_models_changed() {
  sync_ranges();
  const analysis::RunModel* m = leak_->session().model();
  scrubber_->blockSignals(true);
  scrubber_->setRange(0, m ? std::max(0, static_cast<int>(m->events().size()) - 1) : 0);
  scrubber_->blockSignals(false);
  QStringList parts;
  for (RunPane* p : {leak_, fix_}) {
    if (p->isVisible()) parts << p->summary();
  }
  statusBar()->showMessage(parts.join(QStringLiteral("   |   ")));
  inspector_->show_run(m, &leak_->session().result(), UINT64_MAX);
  inspector_->set_output(leak_->session().output(), leak_->session().compile_errors());
  update_source_marks();
}

void MainWindow::sync_ranges() {
  // One time axis and one goroutine scale for both columns, so the climb and the flat line compare.
  Nanos end = 1'000'000;
  double ymax = 1;
  for (RunPane* p : {leak_, fix_}) {
    if (const auto* m = p->session().model()) {
      end = std::max(end, m->end_time());
      ymax = std::max(ymax, p->chart().data_y_max());
    }
  }
  Nanos t1 = end + end / 40;
  syncing_ = true;
  for (RunPane* p : {leak_, fix_}) {
    p->timeline().set_time_range(0, t1);
    p->chart().set_time_range(0, t1);
    p->chart().set_y_max(ymax);
  }
  syncing_ = false;
}

void MainWindow::set_cursor_index(int index) {
  cursor_index_ = index;
  apply_cursor();
}

void MainWindow::step(int delta) {
  const analysis::RunModel* m = leak_->session().model();
  if (!m || m->events().empty()) return;
  int n = static_cast<int>(m->events().size());
  int i = cursor_index_ < 0 ? (delta > 0 ? -1 : n) : cursor_index_;
  set_cursor_index(std::clamp(i + delta, 0, n - 1));
}

void MainWindow::jump_next_leak() {
  const analysis::RunModel* m = leak_->session().model();
  if (!m) return;
  size_t next = m->next_leak(cursor_index_ < 0 ? 0 : static_cast<size_t>(cursor_index_));
  if (next < m->events().size()) set_cursor_index(static_cast<int>(next));
}

void MainWindow::apply_cursor() {
  const analysis::RunModel* lm = leak_->session().model();
  if (cursor_index_ < 0 || !lm || lm->events().empty()) {
    for (RunPane* p : {leak_, fix_}) {
      p->timeline().set_cursor(UINT64_MAX, INT64_MAX);
      p->chart().set_cursor(-1);
    }
    inspector_->show_run(lm, &leak_->session().result(), UINT64_MAX);
    cursor_label_->setText(QStringLiteral("whole run"));
    update_source_marks();
    return;
  }
  const Event& e = lm->events()[static_cast<size_t>(cursor_index_)];
  scrubber_->blockSignals(true);
  scrubber_->setValue(cursor_index_);
  scrubber_->blockSignals(false);
  leak_->timeline().set_cursor(e.seq, e.vtime);
  leak_->chart().set_cursor(e.vtime);
  inspector_->show_run(lm, &leak_->session().result(), e.seq);
  // The fix column follows by time: everything up to the same moment.
  if (const auto* fm = fix_->session().model()) {
    size_t idx = fm->event_index_at_time(e.vtime + 1);
    uint64_t seq = idx == 0 ? 0 : fm->events()[idx - 1].seq;
    fix_->timeline().set_cursor(seq, e.vtime);
    fix_->chart().set_cursor(e.vtime);
  }
  const Symbols& syms = lm->symbols();
  QString what = QString::fromUtf8(event_kind_name(e.kind).data());
  if (e.kind == EventKind::TaskBlocked) what += QStringLiteral(" (%1)").arg(QString::fromUtf8(wait_reason_name(e.reason).data()));
  QString site = e.site ? QStringLiteral(" at %1").arg(QString::fromStdString(syms.site_string(e.site))) : QString();
  cursor_label_->setText(QStringLiteral("event %1 · %2 · G%3 %4%5")
                             .arg(cursor_index_ + 1)
                             .arg(QString::fromStdString(analysis::format_duration(e.vtime)))
                             .arg(e.task)
                             .arg(what, site));
  update_source_marks();
}

void MainWindow::keyPressEvent(QKeyEvent* e) {
  int big = (e->modifiers() & Qt::ShiftModifier) ? 10 : 1;
  switch (e->key()) {
    case Qt::Key_Right: step(big); break;
    case Qt::Key_Left: step(-big); break;
    case Qt::Key_Home: set_cursor_index(0); break;
    case Qt::Key_End: set_cursor_index(-1); break;
    case Qt::Key_N: jump_next_leak(); break;
    default: QMainWindow::keyPressEvent(e);
  }
}

void MainWindow::closeEvent(QCloseEvent* e) {
  if (use_settings_) {
    QSettings s;
    s.setValue("window/geometry", saveGeometry());
    s.setValue("window/state", saveState());
    s.setValue("view/language", catalog_->language());
  }
  QMainWindow::closeEvent(e);
}

int MainWindow::pair_height(int width) const {
  bool both = fix_->isVisible() || !isVisible();
  int col = both ? width / 2 : width;
  return std::max(leak_->height_for(col), both ? fix_->height_for(col) : 0) + 34;
}

void MainWindow::paint_pair(QPainter& p, int width) const {
  bool both = fix_->isVisible() || !isVisible();
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

bool MainWindow::export_drawing(const QString& path, int width, int height,
                                const std::function<void(QPainter&)>& draw, QString* error) {
  QString suffix = QFileInfo(path).suffix().toLower();
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
    QPainter p(&pdf);
    draw(p);
  } else if (suffix == QStringLiteral("png") || suffix.isEmpty()) {
    QImage img(width, height, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    {
      QPainter p(&img);
      draw(p);
    }
    if (!img.save(&f, "PNG")) {
      if (error) *error = QStringLiteral("cannot encode %1").arg(path);
      return false;
    }
  } else {
    if (error) *error = QStringLiteral("%1: unknown image type (use .png, .svg or .pdf)").arg(path);
    f.cancelWriting();
    return false;
  }
  if (!f.commit()) {
    if (error) *error = QStringLiteral("cannot write %1").arg(path);
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

void MainWindow::export_dialog() {
  QString path = QFileDialog::getSaveFileName(
      this, QStringLiteral("Export the comparison"),
      QStringLiteral("goroscope-%1.png").arg(pairs_->currentData().toString()),
      QStringLiteral("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
  if (path.isEmpty()) return;  // the dialog already asked before replacing an existing file
  QString error;
  const int w = 1800;
  if (!export_drawing(path, w, pair_height(w), [&](QPainter& p) { paint_pair(p, w); }, &error)) {
    show_notice(QStringLiteral("Export failed: %1").arg(error));
  } else {
    statusBar()->showMessage(QStringLiteral("exported %1").arg(path));
  }
}

}  // namespace goro::gui
