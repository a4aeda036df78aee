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

class CatalogPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CatalogPanel(QWidget* parent = nullptr);
  // load reads DIR/catalog.json; false with the reason in *error (the panel then says so).
  bool load(const QString& dir, QString* error);
  const catalog::Catalog* catalog() const { return catalog_ ? &*catalog_ : nullptr; }
  // select shows entry `id` ("receive-no-sender") and emits open_variants; false if unknown.
  bool select(const QString& id);
  QString current_id() const;
  QString language() const;
  void set_language(const QString& lang);

 Q_SIGNALS:
  // open_variants: run `leak_file` next to `fix_file` (absolute paths; fix may be empty).
  void open_variants(const QString& entry_id, const QString& leak_file, const QString& fix_file, const QString& leak_title,
                     const QString& fix_title);

 private:
  void rebuild();
  void show_entry(int index);
  void emit_open();
  std::optional<catalog::Catalog> catalog_;
  QLineEdit* search_;
  QTreeWidget* tree_;
  QComboBox* fixes_;
  QComboBox* lang_;
  QTextBrowser* lesson_;
  int current_ = -1;
};

}  // namespace goro::gui
