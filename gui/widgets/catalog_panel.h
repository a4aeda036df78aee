// CatalogPanel: the lessons a teacher opens first. Entries grouped by category and searchable;
// selecting one shows its lesson (English, Simplified or Traditional Chinese) and asks the window
// to run its leak variant next to the chosen fix.
#pragma once

#include <QComboBox>
#include <QLineEdit>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QWidget>
#include <optional>

#include "goro/catalog/catalog.h"

namespace goro::gui {

// LessonChoice: what to run for a lesson: the left program (the leak) and the right one (the chosen
// fix, may be empty), their titles and catalog arguments, and the lesson's parameters.
struct LessonChoice {
  QString id;
  QString left_file, right_file;      // absolute paths
  QString left_title, right_title;
  QStringList left_args, right_args;  // the variants' own arguments from the catalog
  QString right_variant;              // the fix's variant name ("fix-ctx")
  QString params_hint;                // "-n=2000" (the defaults), "" if the lesson has none
  QString params_help;                // "-n: number of waiting goroutines (default 2000)"
};

class CatalogPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CatalogPanel(QWidget* parent = nullptr);
  // load reads DIR/catalog.json; false with the reason in *error (the panel then says so).
  bool load(const QString& dir, QString* error);
  const catalog::Catalog* catalog() const { return catalog_ ? &*catalog_ : nullptr; }
  // select shows entry `id` ("receive-no-sender"), with the fix named `fix` if it has one, and
  // emits lesson_chosen; false if unknown.
  bool select(const QString& id, const QString& fix = QString());
  QString current_id() const;
  // choice: what the current selection runs (empty id when nothing is selected).
  LessonChoice choice() const;
  // set_fix picks the fix to compare with by variant name ("fix-ctx"); false if there is none.
  bool set_fix(const QString& variant_name);
  int fix_count() const { return fixes_->count(); }
  QString lesson_text() const;
  QString language() const;
  void set_language(const QString& lang);

 Q_SIGNALS:
  // lesson_chosen: run this choice (an entry was selected, or its variant or fix changed).
  void lesson_chosen(const LessonChoice& choice);

 private:
  void rebuild();
  void show_entry(int index);
  void fill_fixes();
  void emit_open();
  std::optional<catalog::Catalog> catalog_;
  QLineEdit* search_;
  QTreeWidget* tree_;
  QComboBox* lefts_;   // the variant on the left: the leak (or one of several leaks, or a fix)
  QComboBox* fixes_;   // the fix it is compared with
  QComboBox* lang_;
  QTextBrowser* lesson_;
  int current_ = -1;
};

}  // namespace goro::gui
