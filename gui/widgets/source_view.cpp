#include "widgets/source_view.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace goro::gui {

// ---------------------------------------------------------------------------------------------
// Highlighting: keywords, predeclared types and functions, strings, runes, numbers, comments.

GoHighlighter::GoHighlighter(QTextDocument* doc) : QSyntaxHighlighter(doc) { set_dark(false); }

void GoHighlighter::set_dark(bool dark) {
  keyword_.setForeground(dark ? QColor(0xc6, 0x92, 0xf0) : QColor(0x8a, 0x2b, 0xb8));
  keyword_.setFontWeight(QFont::DemiBold);
  type_.setForeground(dark ? QColor(0x6c, 0xc4, 0xd8) : QColor(0x1a, 0x6d, 0x8a));
  builtin_.setForeground(dark ? QColor(0x7f, 0xb3, 0xf5) : QColor(0x24, 0x5b, 0xb5));
  string_.setForeground(dark ? QColor(0xa8, 0xd4, 0x8a) : QColor(0x3d, 0x7a, 0x1f));
  number_.setForeground(dark ? QColor(0xf0, 0xb2, 0x70) : QColor(0xa8, 0x5a, 0x00));
  comment_.setForeground(dark ? QColor(0x8a, 0x92, 0x9a) : QColor(0x6e, 0x76, 0x7e));
  comment_.setFontItalic(true);
  rehighlight();
}

void GoHighlighter::highlightBlock(const QString& text) {
  static const QRegularExpression word(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*\\b"));
  static const QRegularExpression number(QStringLiteral("\\b[0-9][0-9_.xXa-fA-FoObBeE]*\\b"));
  static const QSet<QString> keywords = {"break", "case", "chan", "const", "continue", "default", "defer", "else",
                                         "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
                                         "map", "package", "range", "return", "select", "struct", "switch", "type", "var"};
  static const QSet<QString> types = {"bool", "byte", "error", "float32", "float64", "int", "int8", "int16", "int32",
                                      "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "any"};
  static const QSet<QString> builtins = {"append", "cap", "close", "copy", "delete", "len", "make", "new", "panic",
                                         "print", "println", "recover", "nil", "true", "false", "iota"};
  for (auto it = number.globalMatch(text); it.hasNext();) {
    auto m = it.next();
    setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), number_);
  }
  for (auto it = word.globalMatch(text); it.hasNext();) {
    auto m = it.next();
    const QString w = m.captured();
    const QTextCharFormat* f = keywords.contains(w) ? &keyword_ : types.contains(w) ? &type_ : builtins.contains(w) ? &builtin_ : nullptr;
    if (f) setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), *f);
  }
  // strings, runes and comments last: they win over what looked like words inside them
  int state = previousBlockState() == 1 ? 1 : 0;  // 1: inside a raw string or block comment
  int i = 0;
  const int n = static_cast<int>(text.size());
  int start = 0;
  QChar closer;
  if (state == 1) closer = QChar(0);
  while (i < n) {
    if (state == 1) {
      int end = closer == QChar('`') ? text.indexOf('`', i) : text.indexOf(QStringLiteral("*/"), i);
      if (closer == QChar(0)) end = text.indexOf(QStringLiteral("*/"), i) >= 0 ? text.indexOf(QStringLiteral("*/"), i) : text.indexOf('`', i);
      if (end < 0) {
        setFormat(start, n - start, closer == QChar('`') ? string_ : comment_);
        setCurrentBlockState(1);
        return;
      }
      int len = (text[end] == '`' ? 1 : 2);
      setFormat(start, end + len - start, text[end] == '`' ? string_ : comment_);
      i = end + len;
      state = 0;
      continue;
    }
    QChar c = text[i];
    if (c == '/' && i + 1 < n && text[i + 1] == '/') {
      setFormat(i, n - i, comment_);
      break;
    }
    if (c == '/' && i + 1 < n && text[i + 1] == '*') {
      state = 1;
      closer = QChar('*');
      start = i;
      i += 2;
      continue;
    }
    if (c == '`') {
      state = 1;
      closer = QChar('`');
      start = i;
      i += 1;
      continue;
    }
    if (c == '"' || c == '\'') {
      int j = i + 1;
      while (j < n && text[j] != c) j += (text[j] == '\\') ? 2 : 1;
      setFormat(i, std::min(j, n - 1) - i + 1, string_);
      i = j + 1;
      continue;
    }
    ++i;
  }
  setCurrentBlockState(0);
}

// ---------------------------------------------------------------------------------------------

namespace {
class Gutter : public QWidget {
 public:
  explicit Gutter(SourceEditor* e) : QWidget(e), editor_(e) {}
  QSize sizeHint() const override { return {editor_->gutter_width(), 0}; }

 protected:
  void paintEvent(QPaintEvent* e) override { editor_->paint_gutter(e); }

 private:
  SourceEditor* editor_;
};
}  // namespace

SourceEditor::SourceEditor(QWidget* parent) : QPlainTextEdit(parent) {
  QFont mono(QStringLiteral("DejaVu Sans Mono"));
  mono.setStyleHint(QFont::Monospace);
  mono.setPointSize(10);
  setFont(mono);
  setLineWrapMode(QPlainTextEdit::NoWrap);
  setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
  gutter_ = new Gutter(this);
  highlighter_ = new GoHighlighter(document());
  connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutter_width(), 0, 0, 0); });
  connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& r, int dy) {
    if (dy) gutter_->scroll(0, dy);
    else gutter_->update(0, r.y(), gutter_->width(), r.height());
  });
  setViewportMargins(gutter_width(), 0, 0, 0);
}

int SourceEditor::gutter_width() const {
  // A badge column wide enough for "1k+", then the line numbers.
  int digits = QString::number(std::max(1, blockCount())).size();
  const int nine = fontMetrics().horizontalAdvance(QLatin1Char('9'));
  return 4 + badge_width() + 6 + nine * digits + 8;
}

int SourceEditor::badge_width() const { return fontMetrics().horizontalAdvance(QStringLiteral("1k+")) + 8; }

void SourceEditor::resizeEvent(QResizeEvent* e) {
  QPlainTextEdit::resizeEvent(e);
  QRect cr = contentsRect();
  gutter_->setGeometry(QRect(cr.left(), cr.top(), gutter_width(), cr.height()));
}

void SourceEditor::paintEvent(QPaintEvent* e) {
  QPlainTextEdit::paintEvent(e);
  // Compile errors: the message at the end of its line, as an editor's inline diagnostic.
  QPainter p(viewport());
  QFont f = font();
  f.setItalic(true);
  p.setFont(f);
  p.setPen(theme_.color(Paint::Permanent));
  const QFontMetrics fm(f);
  for (const auto& [line, m] : marks_) {
    if (m.error.isEmpty()) continue;
    QTextBlock b = document()->findBlockByNumber(line - 1);
    if (!b.isValid() || !b.isVisible()) continue;
    QRectF r = blockBoundingGeometry(b).translated(contentOffset());
    if (r.bottom() < e->rect().top() || r.top() > e->rect().bottom()) continue;
    const double x = fontMetrics().horizontalAdvance(b.text()) + 24 - horizontalScrollBar()->value() +
                     document()->documentMargin();
    QString msg = m.error.section('\n', 0, 0);
    p.drawText(QPointF(x, r.top() + fm.ascent() + (r.height() - fm.height()) / 2), QStringLiteral("◀ ") + msg);
  }
}

void SourceEditor::set_theme(const Theme& t) {
  theme_ = t;
  QPalette pal = palette();
  pal.setColor(QPalette::Base, t.background);
  pal.setColor(QPalette::Text, t.text);
  setPalette(pal);
  highlighter_->set_dark(t.background.lightness() < 128);
  update_highlights();
  gutter_->update();
}

void SourceEditor::set_marks(std::map<int, LineMark> marks) {
  marks_ = std::move(marks);
  update_highlights();
  gutter_->update();
}

void SourceEditor::go_to_line(int line) {
  QTextBlock b = document()->findBlockByNumber(line - 1);
  if (!b.isValid()) return;
  QTextCursor c(b);
  setTextCursor(c);
  centerCursor();
}

void SourceEditor::update_highlights() {
  QList<QTextEdit::ExtraSelection> sels;
  for (const auto& [line, m] : marks_) {
    if (!m.red && m.error.isEmpty()) continue;
    QTextBlock b = document()->findBlockByNumber(line - 1);
    if (!b.isValid()) continue;
    QTextEdit::ExtraSelection s;
    QColor c = theme_.color(Paint::Permanent);
    c.setAlpha(m.error.isEmpty() ? 45 : 70);
    s.format.setBackground(c);
    s.format.setProperty(QTextFormat::FullWidthSelection, true);
    if (!m.error.isEmpty()) s.format.setToolTip(m.error);
    s.cursor = QTextCursor(b);
    sels.push_back(s);
  }
  setExtraSelections(sels);
}

void SourceEditor::paint_gutter(QPaintEvent* e) {
  QPainter p(gutter_);
  p.fillRect(e->rect(), theme_.background.darker(theme_.background.lightness() < 128 ? 80 : 104));
  QTextBlock b = firstVisibleBlock();
  int top = static_cast<int>(blockBoundingGeometry(b).translated(contentOffset()).top());
  const int h = fontMetrics().height();
  const int w = gutter_->width();
  while (b.isValid() && top <= e->rect().bottom()) {
    int line = b.blockNumber() + 1;
    auto it = marks_.find(line);
    p.setPen(theme_.muted_text);
    p.drawText(0, top, w - 6, h, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
    if (it != marks_.end()) {
      const LineMark& m = it->second;
      if (!m.error.isEmpty()) {
        p.setBrush(theme_.color(Paint::Permanent));
        p.setPen(Qt::NoPen);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.drawEllipse(QPointF(4 + badge_width() / 2.0, top + h / 2.0), 4.5, 4.5);
        p.setRenderHint(QPainter::Antialiasing, false);
      } else if (m.count > 0) {
        // a badge with how many goroutines are here at the cursor
        QColor c = m.red ? theme_.color(Paint::Permanent) : theme_.color(Paint::Running);
        QString label = m.count > 999 ? QStringLiteral("1k+") : QString::number(m.count);
        int bw = std::max(h, fontMetrics().horizontalAdvance(label) + 8);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(4, top + 1, bw, h - 2), 4, 4);
        p.setPen(Qt::white);
        p.drawText(QRectF(4, top, bw, h), Qt::AlignCenter, label);
        p.setRenderHint(QPainter::Antialiasing, false);
      }
    }
    b = b.next();
    top += static_cast<int>(blockBoundingRect(b).height());
  }
}

// ---------------------------------------------------------------------------------------------

SourceView::SourceView(QWidget* parent) : QWidget(parent) {
  auto* v = new QVBoxLayout(this);
  v->setContentsMargins(0, 0, 0, 0);
  auto* top = new QHBoxLayout();
  which_ = new QComboBox(this);
  which_->addItem(QStringLiteral("left"));
  which_->addItem(QStringLiteral("right"));
  run_ = new QPushButton(QStringLiteral("Run again"), this);
  run_->setToolTip(QStringLiteral("Run this program as edited (Ctrl+R runs both columns)"));
  top->addWidget(which_, 1);
  top->addWidget(run_);
  v->addLayout(top);
  editor_ = new SourceEditor(this);
  v->addWidget(editor_, 1);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  v->addWidget(status_);
  connect(which_, &QComboBox::activated, this, [this](int i) { show_which(i); });
  which_->setToolTip(QStringLiteral("Which column's program to show"));
  connect(run_, &QPushButton::clicked, this, [this] {
    int w = which_->currentIndex();
    Q_EMIT run_again(w, text_of(w));
  });
}

void SourceView::set_program(int which, const QString& name, const QString& text) {
  if (shown_ == which) shown_ = -1;  // the editor's text is replaced, not kept
  names_[which] = name;
  texts_[which] = text;
  errors_[which].clear();
  marks_[which].clear();
  which_->setItemText(which, name.isEmpty() ? (which ? QStringLiteral("right") : QStringLiteral("left")) : name);
  if (which_->currentIndex() == which) show_which(which);
}

void SourceView::set_errors(int which, const QString& errors) {
  errors_[which] = errors;
  // Go's lines: file:LINE:COL: message (continuation lines start with a tab)
  static const QRegularExpression re(QStringLiteral("^[^:\\n]*:(\\d+):(\\d+): (.*)$"), QRegularExpression::MultilineOption);
  std::map<int, LineMark> marks;
  for (auto it = re.globalMatch(errors); it.hasNext();) {
    auto m = it.next();
    int line = m.captured(1).toInt();
    QString& e = marks[line].error;
    e += (e.isEmpty() ? QString() : QStringLiteral("\n")) + m.captured(3);
  }
  marks_[which] = marks;
  if (which_->currentIndex() == which) show_which(which);
}

void SourceView::set_marks(int which, std::map<int, LineMark> marks) {
  if (!errors_[which].isEmpty()) return;  // errors stay until the program compiles
  marks_[which] = std::move(marks);
  if (which_->currentIndex() == which) editor_->set_marks(marks_[which]);
}

QString SourceView::text_of(int which) const {
  return which == shown_ ? editor_->toPlainText() : texts_[which];
}

void SourceView::go_to_line(int which, int line) {
  if (showing() != which) show_which(which);
  editor_->go_to_line(line);
}

void SourceView::show_which(int which) {
  if (shown_ >= 0 && shown_ != which) texts_[shown_] = editor_->toPlainText();  // keep its edits
  if (shown_ != which) {
    editor_->setPlainText(texts_[which]);
    shown_ = which;
  }
  which_->setCurrentIndex(which);
  editor_->set_marks(marks_[which]);
  if (!errors_[which].isEmpty()) {
    status_->setText(QStringLiteral("<span style='color:#c0392b'><b>Does not compile:</b><br>%1</span>")
                         .arg(errors_[which].toHtmlEscaped().replace('\n', QStringLiteral("<br>"))));
    int first = marks_[which].empty() ? 0 : marks_[which].begin()->first;
    if (first) editor_->go_to_line(first);
  } else {
    status_->setText(texts_[which].isEmpty() ? QStringLiteral("built-in demo: no Go source") : QString());
  }
  run_->setEnabled(!texts_[which].isEmpty() || !names_[which].isEmpty());
}

}  // namespace goro::gui
