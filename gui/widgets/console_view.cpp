#include "widgets/console_view.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace goro::gui {

namespace {
constexpr int kMaxBlocks = 20000;  // lines kept per page; older ones scroll away

bool starts_error(const QString& line) {
  return line.startsWith(QStringLiteral("panic: ")) || line.startsWith(QStringLiteral("fatal error: "));
}
}  // namespace

ConsoleView::ConsoleView(QWidget* parent) : QWidget(parent) {
  auto* v = new QVBoxLayout(this);
  v->setContentsMargins(0, 0, 0, 0);
  which_ = new QComboBox(this);
  which_->addItem(QStringLiteral("left"));
  which_->addItem(QStringLiteral("right"));
  v->addWidget(which_);
  pages_ = new QStackedWidget(this);
  for (Page& p : page_) {
    p.edit = new QPlainTextEdit(pages_);
    p.edit->setReadOnly(true);
    p.edit->setMaximumBlockCount(kMaxBlocks);
    p.edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSize(10);
    p.edit->setFont(mono);
    pages_->addWidget(p.edit);
  }
  v->addWidget(pages_, 1);
  connect(which_, &QComboBox::activated, this, [this](int i) { show_page(i); });
}

void ConsoleView::reset(int which, const QString& title) {
  Page& p = page_[which];
  p.edit->clear();
  p.in_error = false;
  p.pending_line.clear();
  which_->setItemText(which, title.isEmpty() ? (which ? QStringLiteral("right") : QStringLiteral("left")) : title);
}

void ConsoleView::write(Page& page, const QString& text, bool red) {
  QTextCursor c(page.edit->document());
  c.movePosition(QTextCursor::End);
  QTextCharFormat f;  // plain text takes the palette's colour, so it follows the theme
  if (red) {
    f.setForeground(theme_.color(Paint::Permanent));
    f.setFontWeight(QFont::DemiBold);
  }
  c.insertText(text, f);
}

void ConsoleView::append(int which, const QString& text) {
  Page& p = page_[which];
  const bool at_bottom = p.edit->verticalScrollBar()->value() == p.edit->verticalScrollBar()->maximum();
  // Decide colours by whole lines: a panic's first line may arrive in pieces.
  QString all = p.pending_line + text;
  int last_nl = static_cast<int>(all.lastIndexOf('\n'));
  QString complete = last_nl >= 0 ? all.left(last_nl + 1) : QString();
  QString rest = last_nl >= 0 ? all.mid(last_nl + 1) : all;
  // Text already written for the pending line is removed and written again with its colour.
  if (!p.pending_line.isEmpty()) {
    QTextCursor c(p.edit->document());
    c.movePosition(QTextCursor::End);
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, static_cast<int>(p.pending_line.size()));
    c.removeSelectedText();
  }
  int start = 0;
  while (start < complete.size()) {
    int nl = static_cast<int>(complete.indexOf('\n', start));
    QString line = complete.mid(start, nl - start + 1);
    if (!p.in_error && starts_error(line)) p.in_error = true;
    write(p, line, p.in_error);
    start = nl + 1;
  }
  if (!rest.isEmpty()) write(p, rest, p.in_error || starts_error(rest));
  p.pending_line = rest;
  if (at_bottom) p.edit->verticalScrollBar()->setValue(p.edit->verticalScrollBar()->maximum());
}

void ConsoleView::set_ending(int which, const QString& summary, const QString& error_text) {
  Page& p = page_[which];
  if (!p.pending_line.isEmpty()) write(p, QStringLiteral("\n"), false);
  p.pending_line.clear();
  if (!error_text.isEmpty()) {
    write(p, error_text.endsWith('\n') ? error_text : error_text + QStringLiteral("\n"), true);
  }
  QTextCursor c(p.edit->document());
  c.movePosition(QTextCursor::End);
  QTextCharFormat f;
  f.setForeground(theme_.muted_text);
  f.setFontItalic(true);
  c.insertText(QStringLiteral("— %1\n").arg(summary), f);
}

void ConsoleView::set_compile_errors(int which, const QString& errors) {
  Page& p = page_[which];
  p.edit->clear();
  p.pending_line.clear();
  write(p, QStringLiteral("does not compile:\n"), true);
  write(p, errors, true);
}

void ConsoleView::show_page(int which) {
  which_->setCurrentIndex(which);
  pages_->setCurrentIndex(which);
}

QString ConsoleView::text(int which) const { return page_[which].edit->toPlainText(); }

QString ConsoleView::red_text(int which) const {
  QString out;
  const QColor red = theme_.color(Paint::Permanent);
  for (QTextBlock b = page_[which].edit->document()->begin(); b.isValid(); b = b.next()) {
    for (auto it = b.begin(); !it.atEnd(); ++it) {
      QTextFragment frag = it.fragment();
      if (frag.charFormat().hasProperty(QTextFormat::ForegroundBrush) && frag.charFormat().foreground().color() == red)
        out += frag.text();
    }
    out += '\n';
  }
  return out.trimmed();
}

void ConsoleView::set_theme(const Theme& theme) {
  theme_ = theme;
  // Existing text keeps its colours; new text takes the theme's. The palette does the rest.
}

}  // namespace goro::gui
