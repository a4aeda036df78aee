// Prompter: every question the window asks the user (a file to open, where to save, whether to
// replace a file). The window never opens a dialog itself; it asks its Prompter, which shows the
// real dialogs by default and is replaced by scripted answers in tests, so nothing ever blocks.
#pragma once

#include <QString>
#include <QWidget>
#include <functional>

namespace goro::gui {

struct Prompter {
  // open_path: a file to open ("" if cancelled). filter: "Go programs (*.go)".
  std::function<QString(QWidget* parent, const QString& title, const QString& dir, const QString& filter)> open_path;
  // save_path: where to save ("" if cancelled); the dialog itself never confirms a replacement.
  std::function<QString(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)> save_path;
  // confirm_replace: may `path`, which exists, be replaced?
  std::function<bool(QWidget* parent, const QString& path)> confirm_replace;

  // dialogs: the real file dialogs and a question box.
  static Prompter dialogs();
};

}  // namespace goro::gui
