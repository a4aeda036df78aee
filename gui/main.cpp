// goroscope: the desktop app.
//   goroscope [FILE.go | FILE.gtrace] [--pair NAME] [--args "-n=100"] [--dark]
//   goroscope --export-default DIR      render the lesson pair to DIR/*.png and exit (no display needed)
//   goroscope --screenshot FILE.png     open the lesson, save the window as PNG and exit
//             [--tab source|profile|why|console] [--at leak|end|N] [--fix VARIANT] [--lang zh-Hans]
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontInfo>
#include <QSettings>
#include <QStyleFactory>
#include <cstdio>
#include <cstdlib>

#include "widgets/main_window.h"

namespace {
// The offscreen platform reports harmless limitations on every window; keep the console for what
// matters.
void quiet_offscreen(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
  if (msg.contains(QStringLiteral("propagateSizeHints")) || msg.contains(QStringLiteral("XDG_RUNTIME_DIR"))) return;
  std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, ctx, msg)));
}

// stage sets the window up as a teacher would before a screenshot: the cursor somewhere, a leaked
// goroutine selected, a tab shown.
void stage(goro::gui::MainWindow& w, const QString& at, const QString& tab) {
  using goro::analysis::Fate;
  const auto* m = w.leak_pane().session().model();
  if (!m) return;
  if (at == QStringLiteral("leak")) {
    w.playback().next_leak();
  } else if (at != QStringLiteral("end") && !at.isEmpty()) {
    w.playback().set_index(at.toInt());
  }
  for (const auto& t : m->tasks()) {
    if (t.id && t.fate == Fate::PermanentlyBlocked) {
      w.select_tasks({t.id});
      w.inspector().select_task(t.id);
      break;
    }
  }
  auto& in = w.inspector();
  if (tab == QStringLiteral("source")) in.setCurrentWidget(&w.source());
  else if (tab == QStringLiteral("profile")) in.setCurrentWidget(&in.profile_table());
  else if (tab == QStringLiteral("console")) in.setCurrentWidget(&in.console());
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
  // Fusion draws every widget from the palette, so the light and dark themes apply everywhere.
  QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
  QCommandLineParser cli;
  cli.setApplicationDescription(QStringLiteral("See every goroutine: leaks and their fixes, side by side."));
  cli.addHelpOption();
  QCommandLineOption pair({"p", "pair"},
                          QStringLiteral("Lesson to open: a catalog entry (send-no-receiver, 03-receive-no-sender, ...) "
                                         "or a built-in demo pair (receive, send)."),
                          QStringLiteral("name"), QStringLiteral("send-no-receiver"));
  QCommandLineOption fix(QStringLiteral("fix"), QStringLiteral("The fix to compare with (a variant name: fix-ctx, ...)."),
                         QStringLiteral("variant"));
  QCommandLineOption args(QStringLiteral("args"), QStringLiteral("Program arguments (the lesson's parameters), e.g. \"-n=100\"."),
                          QStringLiteral("args"));
  QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark theme."));
  QCommandLineOption overlay(QStringLiteral("overlay"), QStringLiteral("Draw both runs' counts on each chart."));
  QCommandLineOption export_dir(QStringLiteral("export-default"),
                                QStringLiteral("Render the lesson pair to PNG files in DIR and exit."),
                                QStringLiteral("DIR"));
  QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                QStringLiteral("Open the lesson pair, select a leaked goroutine, save the window as PNG and exit."),
                                QStringLiteral("FILE"));
  QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("Screenshot: the side panel's tab (source, profile, why, console)."),
                         QStringLiteral("tab"), QStringLiteral("why"));
  QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Screenshot: the cursor (leak: the first leak; end; an event number)."),
                        QStringLiteral("where"), QStringLiteral("end"));
  QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("The lessons' language (en, zh-Hans, zh-Hant)."),
                          QStringLiteral("language"));
  cli.addOptions({pair, fix, args, dark, overlay, export_dir, screenshot, tab, at, lang});
  cli.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A Go program or a trace to open (optional)."));
  cli.process(app);

  if (QFontInfo(QApplication::font()).family().isEmpty()) {
    std::fprintf(stderr, "goroscope: warning: no fonts found; install fonts-dejavu-core\n");
  }
  const bool exporting_now = cli.isSet(export_dir) || cli.isSet(screenshot);
  goro::gui::MainWindow window(!exporting_now);
  if (cli.isSet(dark)) window.set_dark(true);
  if (cli.isSet(overlay)) window.set_overlay(true);
  if (cli.isSet(lang)) window.catalog().set_language(cli.value(lang));
  auto open_lesson = [&] {
    if (!window.open_pair(cli.value(pair))) return false;
    if (cli.isSet(fix)) window.catalog().set_fix(cli.value(fix));
    if (cli.isSet(args)) {
      window.set_program_args(cli.value(args));
      window.run_again();
    }
    return true;
  };
  if (cli.isSet(screenshot)) {
    window.resize(1680, 960);
    window.show();
    if (!cli.positionalArguments().isEmpty()) {
      window.open_file(cli.positionalArguments().front());
    } else if (!open_lesson()) {
      std::fprintf(stderr, "goroscope: %s\n", qPrintable(window.notice()));
      return 1;
    }
    window.wait_for_runs();
    QApplication::processEvents();
    stage(window, cli.value(at), cli.value(tab));
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
    window.resize(1800, 1000);
    window.show();  // offscreen: realises layouts so charts lay out as on screen
    if (!open_lesson()) {
      std::fprintf(stderr, "goroscope: %s\n", qPrintable(window.notice()));
      return 1;
    }
    window.wait_for_runs();
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
  } else if (cli.isSet(pair)) {
    open_lesson();
  } else {
    // The last lesson opened, else the default one.
    QString last = QSettings().value("view/pair").toString();
    if (last.isEmpty() || !window.open_pair(last, QSettings().value("view/fix").toString())) open_lesson();
  }
  return QApplication::exec();
}
