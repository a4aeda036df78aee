// ConsoleView: what the programs printed, one page per column (left, right), appended as it
// streams in (never re-set as a whole, so a chatty program costs only its new text). From Go's
// "panic:" or "fatal error:" (the deadlock message) on, the text is red; so are compile errors.
#pragma once

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QWidget>

#include "views/palette.h"

namespace goro::gui {

class ConsoleView : public QWidget {
  Q_OBJECT
 public:
  explicit ConsoleView(QWidget* parent = nullptr);
  // reset clears page `which` for a new run named `title`.
  void reset(int which, const QString& title);
  // append adds program output; lines from a panic or fatal error on are red.
  void append(int which, const QString& text);
  // set_ending: how the run ended ("main returned after 70ms · exit code 0") and Go's error text
  // for a panic or fatal error (red).
  void set_ending(int which, const QString& summary, const QString& error_text);
  void set_compile_errors(int which, const QString& errors);
  void show_page(int which);
  int page() const { return pages_->currentIndex(); }
  // text / red_text: a page's whole text, and the part shown in red (tests).
  QString text(int which) const;
  QString red_text(int which) const;
  void set_theme(const Theme& theme);

 private:
  struct Page {
    QPlainTextEdit* edit = nullptr;
    bool in_error = false;  // a panic or fatal error has begun: the rest is red
    QString pending_line;   // the unfinished last line (a panic may start in it)
  };
  void write(Page& page, const QString& text, bool red);
  QComboBox* which_;
  QStackedWidget* pages_;
  Page page_[2];
  Theme theme_ = Theme::light();
};

}  // namespace goro::gui
