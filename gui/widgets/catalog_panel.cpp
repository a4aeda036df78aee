#include "widgets/catalog_panel.h"

#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace goro::gui {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

QString category_title(const std::string& c, const std::string& lang) {
  // The lessons' categories in the lessons' languages (the rest of the window stays English).
  struct Names {
    const char* en;
    const char* hans;
    const char* hant;
  };
  static const std::map<std::string, Names> names = {
      {"channels", {"Channels", "通道", "通道"}},
      {"select", {"Select", "select", "select"}},
      {"sync", {"Locks and wait groups", "锁与 WaitGroup", "鎖與 WaitGroup"}},
      {"context", {"Context", "Context", "Context"}},
      {"timers", {"Timers and tickers", "定时器与 Ticker", "計時器與 Ticker"}},
      {"patterns", {"Patterns", "模式", "模式"}},
      {"deadlock", {"Deadlock", "死锁", "死鎖"}}};
  auto it = names.find(c);
  if (it == names.end()) return qs(c);
  return QString::fromUtf8(lang == "zh-Hans" ? it->second.hans : lang == "zh-Hant" ? it->second.hant : it->second.en);
}
}  // namespace

CatalogPanel::CatalogPanel(QWidget* parent) : QWidget(parent) {
  auto* v = new QVBoxLayout(this);
  v->setContentsMargins(0, 0, 0, 0);
  auto* top = new QHBoxLayout();
  search_ = new QLineEdit(this);
  search_->setPlaceholderText(QStringLiteral("Search lessons…"));
  search_->setClearButtonEnabled(true);
  lang_ = new QComboBox(this);
  lang_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  lang_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh-Hans"));
  lang_->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh-Hant"));
  top->addWidget(search_, 1);
  top->addWidget(lang_);
  v->addLayout(top);
  auto* split = new QSplitter(Qt::Vertical, this);
  tree_ = new QTreeWidget(split);
  tree_->setHeaderHidden(true);
  tree_->setRootIsDecorated(true);
  auto* lower = new QWidget(split);
  auto* lv = new QVBoxLayout(lower);
  lv->setContentsMargins(0, 4, 0, 0);
  auto* pick = new QGridLayout();
  pick->addWidget(new QLabel(QStringLiteral("Run:"), lower), 0, 0);
  lefts_ = new QComboBox(lower);
  pick->addWidget(lefts_, 0, 1);
  pick->addWidget(new QLabel(QStringLiteral("Compare with:"), lower), 1, 0);
  fixes_ = new QComboBox(lower);
  pick->addWidget(fixes_, 1, 1);
  pick->setColumnStretch(1, 1);
  for (QComboBox* c : {lefts_, fixes_}) c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  lv->addLayout(pick);
  lesson_ = new QTextBrowser(lower);
  lesson_->setOpenExternalLinks(false);
  lv->addWidget(lesson_, 1);
  split->addWidget(tree_);
  split->addWidget(lower);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);
  v->addWidget(split, 1);

  connect(search_, &QLineEdit::textChanged, this, &CatalogPanel::rebuild);
  connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    bool ok = false;
    int idx = item->data(0, Qt::UserRole).toInt(&ok);
    if (ok && item->parent()) {
      show_entry(idx);
      emit_open();
    }
  });
  connect(tree_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
    bool ok = false;
    int idx = item->data(0, Qt::UserRole).toInt(&ok);
    if (ok && item->parent() && idx != current_) {
      show_entry(idx);
      emit_open();
    }
  });
  connect(fixes_, &QComboBox::activated, this, [this] { emit_open(); });
  connect(lefts_, &QComboBox::activated, this, [this] {
    fill_fixes();
    emit_open();
  });
  connect(lang_, &QComboBox::currentIndexChanged, this, [this] {
    rebuild();
    if (current_ >= 0) show_entry(current_);
  });
}

bool CatalogPanel::load(const QString& dir, QString* error) {
  std::string err;
  catalog_ = catalog::load(dir.toStdString(), &err);
  if (!catalog_) {
    if (error) *error = qs(err);
    lesson_->setPlainText(QStringLiteral("The scenario catalog could not be loaded:\n%1").arg(qs(err)));
    return false;
  }
  rebuild();
  return true;
}

QString CatalogPanel::language() const { return lang_->currentData().toString(); }
void CatalogPanel::set_language(const QString& lang) {
  int i = lang_->findData(lang);
  if (i >= 0) lang_->setCurrentIndex(i);
}

void CatalogPanel::rebuild() {
  tree_->clear();
  if (!catalog_) return;
  const std::string lang = language().toStdString();
  const QString needle = search_->text().trimmed();
  std::map<std::string, QTreeWidgetItem*> groups;
  std::vector<std::string> order;
  for (size_t i = 0; i < catalog_->entries.size(); ++i) {
    const auto& e = catalog_->entries[i];
    QString title = qs(catalog_->text(e.title, lang));
    QString summary = qs(catalog_->text(e.summary, lang));
    if (!needle.isEmpty() && !title.contains(needle, Qt::CaseInsensitive) && !summary.contains(needle, Qt::CaseInsensitive) &&
        !qs(e.id).contains(needle, Qt::CaseInsensitive) && !qs(catalog_->text(e.title, "en")).contains(needle, Qt::CaseInsensitive))
      continue;
    auto& g = groups[e.category];
    if (!g) {
      g = new QTreeWidgetItem(tree_, {category_title(e.category, lang)});
      g->setFlags(Qt::ItemIsEnabled);
      QFont f = g->font(0);
      f.setBold(true);
      g->setFont(0, f);
    }
    auto* item = new QTreeWidgetItem(g, {QStringLiteral("%1. %2").arg(i + 1).arg(title)});
    item->setToolTip(0, summary);
    item->setData(0, Qt::UserRole, static_cast<int>(i));
    if (static_cast<int>(i) == current_) tree_->setCurrentItem(item);
  }
  tree_->expandAll();
}

void CatalogPanel::show_entry(int index) {
  if (!catalog_ || index < 0 || index >= static_cast<int>(catalog_->entries.size())) return;
  // The same entry shown again (a new language): keep the variants chosen.
  const int keep_left = index == current_ ? lefts_->currentData().toInt() : -1;
  const int keep_fix = index == current_ && fixes_->currentIndex() >= 0 ? fixes_->currentData().toInt() : -1;
  current_ = index;
  const auto& e = catalog_->entries[index];
  const std::string lang = language().toStdString();
  // Left: the leak variants; a fix-only lesson puts its fixes there too.
  lefts_->clear();
  bool has_leak = false;
  for (const auto& v : e.variants) has_leak = has_leak || v.role == "leak";
  for (size_t j = 0; j < e.variants.size(); ++j) {
    if (has_leak && e.variants[j].role != "leak") continue;
    lefts_->addItem(qs(catalog_->text(e.variants[j].title, lang)), static_cast<int>(j));
  }
  lefts_->setEnabled(lefts_->count() > 1);
  if (keep_left >= 0 && lefts_->findData(keep_left) >= 0) lefts_->setCurrentIndex(lefts_->findData(keep_left));
  fixes_->clear();
  fill_fixes();
  if (keep_fix >= 0 && fixes_->findData(keep_fix) >= 0) fixes_->setCurrentIndex(fixes_->findData(keep_fix));
  auto it = e.lesson.find(lang);
  if (it == e.lesson.end()) it = e.lesson.find("en");
  QString md;
  if (it != e.lesson.end()) {
    QFile f(qs(catalog_->path_of(e, it->second)));
    if (f.open(QIODevice::ReadOnly)) md = QString::fromUtf8(f.readAll());
  }
  // The entry's title is already in the list: drop the lesson's own, and keep headings modest.
  if (md.startsWith(QStringLiteral("# "))) md = md.mid(md.indexOf('\n') + 1);
  md.replace(QStringLiteral("\n## "), QStringLiteral("\n#### "));
  if (md.startsWith(QStringLiteral("## "))) md.prepend(QStringLiteral("##"));
  lesson_->setMarkdown(md.isEmpty() ? qs(catalog_->text(e.summary, lang)) : md);
}

bool CatalogPanel::select(const QString& id, const QString& fix) {
  if (!catalog_) return false;
  for (size_t i = 0; i < catalog_->entries.size(); ++i) {
    const auto& e = catalog_->entries[i];
    if (qs(e.id) != id && qs(e.dir) != id) continue;
    show_entry(static_cast<int>(i));
    for (int j = 0; j < fixes_->count() && !fix.isEmpty(); ++j) {
      if (qs(e.variants[fixes_->itemData(j).toInt()].name) == fix) fixes_->setCurrentIndex(j);
    }
    rebuild();
    emit_open();
    return true;
  }
  return false;
}

QString CatalogPanel::current_id() const {
  if (!catalog_ || current_ < 0) return {};
  return qs(catalog_->entries[current_].id);
}

void CatalogPanel::fill_fixes() {
  if (!catalog_ || current_ < 0) return;
  const auto& e = catalog_->entries[current_];
  const std::string lang = language().toStdString();
  const int left = lefts_->currentData().toInt();
  const int keep = fixes_->currentIndex() >= 0 ? fixes_->currentData().toInt() : -1;
  fixes_->clear();
  for (size_t j = 0; j < e.variants.size(); ++j) {
    if (e.variants[j].role != "fix" || static_cast<int>(j) == left) continue;
    fixes_->addItem(qs(catalog_->text(e.variants[j].title, lang)), static_cast<int>(j));
  }
  int i = fixes_->findData(keep);
  if (i >= 0) fixes_->setCurrentIndex(i);
  fixes_->setEnabled(fixes_->count() > 1);
}

bool CatalogPanel::set_fix(const QString& variant_name) {
  if (!catalog_ || current_ < 0) return false;
  const auto& e = catalog_->entries[current_];
  for (int i = 0; i < fixes_->count(); ++i) {
    if (qs(e.variants[fixes_->itemData(i).toInt()].name) == variant_name) {
      fixes_->setCurrentIndex(i);
      emit_open();
      return true;
    }
  }
  return false;
}

QString CatalogPanel::lesson_text() const { return lesson_->toPlainText(); }

LessonChoice CatalogPanel::choice() const {
  LessonChoice c;
  if (!catalog_ || current_ < 0 || lefts_->currentIndex() < 0) return c;
  const auto& e = catalog_->entries[current_];
  const std::string lang = language().toStdString();
  auto args = [](const catalog::Variant& v) {
    QStringList l;
    for (const auto& a : v.args) l << qs(a);
    return l;
  };
  const auto& left = e.variants[lefts_->currentData().toInt()];
  c.id = qs(e.id);
  c.left_file = qs(catalog_->path_of(e, left.file));
  c.left_title = qs(catalog_->text(left.title, lang));
  c.left_args = args(left);
  if (fixes_->currentIndex() >= 0) {
    const auto& right = e.variants[fixes_->currentData().toInt()];
    c.right_file = qs(catalog_->path_of(e, right.file));
    c.right_title = qs(catalog_->text(right.title, lang));
    c.right_args = args(right);
    c.right_variant = qs(right.name);
  }
  QStringList hint, help;
  for (const auto& p : e.params) {
    hint << QStringLiteral("-%1=%2").arg(qs(p.name), qs(p.def));
    help << QStringLiteral("-%1: %2 (default %3)").arg(qs(p.name), qs(p.help), qs(p.def));
  }
  c.params_hint = hint.join(' ');
  c.params_help = help.join('\n');
  return c;
}

void CatalogPanel::emit_open() {
  LessonChoice c = choice();
  if (!c.id.isEmpty()) Q_EMIT lesson_chosen(c);
}

}  // namespace goro::gui
