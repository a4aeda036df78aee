// goroscope-cli export PROGRAM [--compare FIX] [--timeline F] [--chart F] [--pair F] [--dark] [--force]
// Renders the same pictures as the app (shared painting code), with no display: PNG, SVG or PDF by
// the file's suffix.
#include <sys/stat.h>

#include <QApplication>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "commands.h"
#include "widgets/main_window.h"

namespace goro::cli {

namespace {
bool exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}
void quiet(QtMsgType, const QMessageLogContext&, const QString&) {}
}  // namespace

int cmd_export(int argc, char** argv) {
  std::string program, fix, timeline, chart, pair;
  bool force = false, dark = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string& into) {
      if (i + 1 < argc) into = argv[++i];
    };
    if (a == "--compare") value(fix);
    else if (a == "--timeline") value(timeline);
    else if (a == "--chart") value(chart);
    else if (a == "--pair") value(pair);
    else if (a == "--force") force = true;
    else if (a == "--dark") dark = true;
    else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "goroscope-cli export: unknown option %s\n", a.c_str());
      return 1;
    } else program = a;
  }
  if (program.empty() || (timeline.empty() && chart.empty() && pair.empty())) {
    std::fprintf(stderr,
                 "usage: goroscope-cli export PROGRAM [--compare FIX] [--timeline F] [--chart F] "
                 "[--pair F] [--dark] [--force]\n       (.png, .svg or .pdf)\n");
    return 1;
  }
  for (const std::string* p : {&timeline, &chart, &pair}) {
    if (!p->empty() && exists(*p) && !force) {
      std::fprintf(stderr, "goroscope-cli export: %s exists; add --force to overwrite it\n", p->c_str());
      return 1;
    }
  }
  if (!std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  qInstallMessageHandler(quiet);
  int qargc = 1;
  char name[] = "goroscope-cli";
  char* qargv[] = {name, nullptr};
  QApplication app(qargc, qargv);
  gui::MainWindow window(false);
  if (dark) window.set_dark(true);
  window.resize(1800, 1000);
  window.show();
  window.run_programs_blocking(QString::fromStdString(program), QString::fromStdString(fix));
  const auto* model = window.leak_pane().session().model();
  if (!model) {
    std::fprintf(stderr, "goroscope-cli export: %s\n", qPrintable(window.leak_pane().session().error()));
    return 1;
  }
  QString error;
  const int w = 1600;
  bool ok = true;
  if (ok && !timeline.empty()) {
    auto& pane = window.leak_pane();
    int h = static_cast<int>(pane.timeline().full_height());
    ok = gui::MainWindow::export_drawing(QString::fromStdString(timeline), w, h,
                                         [&](QPainter& p) { pane.paint_timeline_only(p, w); }, &error);
  }
  if (ok && !chart.empty()) {
    auto& pane = window.leak_pane();
    ok = gui::MainWindow::export_drawing(QString::fromStdString(chart), w, 320,
                                         [&](QPainter& p) { pane.paint_chart_only(p, w, 320); }, &error);
  }
  if (ok && !pair.empty()) {
    int pw = 1800;
    ok = gui::MainWindow::export_drawing(QString::fromStdString(pair), pw, window.pair_height(pw),
                                         [&](QPainter& p) { window.paint_pair(p, pw); }, &error);
  }
  if (!ok) {
    std::fprintf(stderr, "goroscope-cli export: %s\n", qPrintable(error));
    return 1;
  }
  for (const std::string* p : {&timeline, &chart, &pair}) {
    if (!p->empty()) std::printf("wrote %s\n", p->c_str());
  }
  return 0;
}

}  // namespace goro::cli
