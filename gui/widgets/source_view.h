// SourceView: the program with line numbers and Go syntax highlighting, editable (Run again runs
// the edited text). Compile errors are marked at their lines; during playback each line where
// goroutines currently are shows how many, and lines with permanently blocked ones are red.
#pragma once

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <map>

#include "models/line_marks.h"
#include "views/palette.h"

namespace goro::gui {

class GoHighlighter : public QSyntaxHighlighter {
 public:
  explicit GoHighlighter(QTextDocument* doc);
  void set_dark(bool dark);

 protected:
  void highlightBlock(const QString& text) override;

 private:
  QTextCharFormat keyword_, type_, string_, comment_, number_, builtin_;
};

class SourceEditor : public QPlainTextEdit {
  Q_OBJECT
 public:
  explicit SourceEditor(QWidget* parent = nullptr);
  void set_marks(std::map<int, LineMark> marks);
  void set_theme(const Theme& t);
  int gutter_width() const;
  int badge_width() const;
  void paint_gutter(QPaintEvent* e);
  void go_to_line(int line);
  const std::map<int, LineMark>& marks() const { return marks_; }

 protected:
  void resizeEvent(QResizeEvent* e) override;
  void paintEvent(QPaintEvent* e) override;

 private:
  void update_highlights();
  QWidget* gutter_;
  std::map<int, LineMark> marks_;
  Theme theme_ = Theme::light();
  GoHighlighter* highlighter_;
};

class SourceView : public QWidget {
  Q_OBJECT
 public:
  explicit SourceView(QWidget* parent = nullptr);
  // set_program shows `text` for `which` (0: left column, 1: right column), named `name`.
  void set_program(int which, const QString& name, const QString& text);
  // set_errors marks Go's `file:line:col: message` lines of `which`'s program.
  void set_errors(int which, const QString& errors);
  void set_marks(int which, std::map<int, LineMark> marks);
  int showing() const { return which_->currentIndex(); }
  // show_which shows column `which`'s program (keeping edits made to the one shown before).
  void show_which(int which);
  QString text() const { return editor_->toPlainText(); }
  // text_of: `which`'s program as edited (what Run again runs).
  QString text_of(int which) const;
  bool has_program(int which) const { return !texts_[which].isEmpty() || !names_[which].isEmpty(); }
  QString errors(int which) const { return errors_[which]; }
  SourceEditor& editor() { return *editor_; }
  void set_theme(const Theme& t) { editor_->set_theme(t); }
  // go_to_line shows `line` of `which`'s program.
  void go_to_line(int which, int line);

 Q_SIGNALS:
  void run_again(int which, const QString& text);

 private:
  QComboBox* which_;
  QPushButton* run_;
  QLabel* status_;
  SourceEditor* editor_;
  QString names_[2], texts_[2], errors_[2];
  int shown_ = -1;  // the column whose text the editor holds
  std::map<int, LineMark> marks_[2];
};

}  // namespace goro::gui
