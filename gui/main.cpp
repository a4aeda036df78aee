// goroscope: the desktop app.
//   goroscope [--pair NAME] [--dark]
//   goroscope --export-default DIR   render the default lesson pair to DIR/*.png and exit (no display needed)
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontInfo>
#include <QSettings>
#include <cstdio>
#include <cstdlib>

#include "goro/demos.h"
#include "widgets/main_window.h"

namespace {
// The offscreen platform reports harmless limitations on every window; keep the console for what
// matters.
void quiet_offscreen(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
  if (msg.contains(QStringLiteral("propagateSizeHints")) || msg.contains(QStringLiteral("XDG_RUNTIME_DIR"))) return;
  std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, ctx, msg)));
}
}  // namespace

int main(int argc, char** argv) {
  // Exports need no display: choose the offscreen platform before Qt looks for one.
  bool exporting = false;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--export-default" || std::string_view(argv[i]) == "--screenshot") exporting = true;
  }
  if (exporting && !std::getenv("QT_QPA_PLATFORM")) setenv("QT_QPA_PLATFORM", "offscreen", 1);
  if (exporting) qInstallMessageHandler(quiet_offscreen);
  if (!exporting && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") && !std::getenv("QT_QPA_PLATFORM")) {
    std::fprintf(stderr, "goroscope: no display found (DISPLAY is not set). "
                         "Use --export-default DIR to render images instead.\n");
    return 1;
  }

  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("goroscope"));
  QApplication::setApplicationName(QStringLiteral("goroscope"));
  QCommandLineParser cli;
  cli.setApplicationDescription(QStringLiteral("See every goroutine: leaks and their fixes, side by side."));
  cli.addHelpOption();
  QCommandLineOption pair({"p", "pair"},
                          QStringLiteral("Lesson to open: a catalog entry (send-no-receiver, 03-receive-no-sender, ...) "
                                         "or a built-in demo pair (receive, send)."),
                          QStringLiteral("name"), QStringLiteral("send-no-receiver"));
  QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark theme."));
  QCommandLineOption export_dir(QStringLiteral("export-default"),
                                QStringLiteral("Render the lesson pair to PNG files in DIR and exit."),
                                QStringLiteral("DIR"));
  QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                QStringLiteral("Open the lesson pair, select a leaked goroutine, save the window as PNG and exit."),
                                QStringLiteral("FILE"));
  cli.addOptions({pair, dark, export_dir, screenshot});
  cli.addPositionalArgument(QStringLiteral("FILE.go"), QStringLiteral("A Go program to open (optional)."));
  cli.process(app);

  if (QFontInfo(QApplication::font()).family().isEmpty()) {
    std::fprintf(stderr, "goroscope: warning: no fonts found; install fonts-dejavu-core\n");
  }
  const bool exporting_now = cli.isSet(export_dir) || cli.isSet(screenshot);
  goro::gui::MainWindow window(!exporting_now);
  if (cli.isSet(dark)) window.set_dark(true);
  if (cli.isSet(screenshot)) {
    window.resize(1680, 960);
    window.show();
    window.run_pair_blocking(cli.value(pair));
    QApplication::processEvents();
    // Show the explanation of the first leaked goroutine, as a teacher would click it.
    if (const auto* m = window.leak_pane().session().model()) {
      for (const auto& t : m->tasks()) {
        if (t.id && t.fate == goro::analysis::Fate::PermanentlyBlocked) {
          window.inspector().select_task(t.id);
          break;
        }
      }
    }
    QApplication::processEvents();
    QString error;
    if (!goro::gui::MainWindow::save_image(window.grab().toImage(), cli.value(screenshot), &error)) {
      std::fprintf(stderr, "goroscope: %s\n", qPrintable(error));
      return 1;
    }
    std::printf("goroscope: wrote %s\n", qPrintable(cli.value(screenshot)));
    return 0;
  }
  if (cli.isSet(export_dir)) {
    QDir dir(cli.value(export_dir));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
      std::fprintf(stderr, "goroscope: cannot create %s\n", qPrintable(dir.path()));
      return 1;
    }
    window.set_compare(true);
    window.resize(1800, 1000);
    window.show();  // offscreen: realises layouts so charts lay out as on screen
    window.run_pair_blocking(cli.value(pair));
    QApplication::processEvents();
    QString error;
    struct Out {
      QString name;
      QImage image;
    } outs[] = {
        {QStringLiteral("compare.png"), window.render_pair(1800)},
        {QStringLiteral("leak.png"), window.leak_pane().render(1200)},
        {QStringLiteral("fix.png"), window.fix_pane().render(1200)},
    };
    for (auto& o : outs) {
      QString path = dir.filePath(o.name);
      if (!goro::gui::MainWindow::save_image(o.image, path, &error)) {
        std::fprintf(stderr, "goroscope: %s\n", qPrintable(error));
        return 1;
      }
      std::printf("goroscope: wrote %s\n", qPrintable(QDir::current().relativeFilePath(path)));
    }
    return 0;
  }
  window.show();
  if (!cli.positionalArguments().isEmpty()) {
    window.open_file(cli.positionalArguments().front());
  } else {
    // The lesson asked for, or the last one opened.
    QString last = QSettings().value("view/pair").toString();
    if (cli.isSet(pair) || last.isEmpty() || !window.open_pair(last)) window.open_pair(cli.value(pair));
  }
  return QApplication::exec();
}
