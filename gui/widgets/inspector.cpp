#include "widgets/inspector.h"

#include <QHeaderView>
#include <algorithm>

#include "goro/analysis/export.h"
#include "models/wait_stack.h"
#include "views/timeline_layout.h"

namespace goro::gui {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }
QString site(const Symbols& syms, SiteId id) { return id ? QString::fromStdString(syms.site_string(id)) : QStringLiteral("—"); }
QString dur(Nanos t) { return QString::fromStdString(analysis::format_duration(t)); }
QString task_name(const analysis::RunModel& m, TaskId id) {
  return QStringLiteral("G%1 %2").arg(id).arg(qs(m.symbols().name(m.task(id).function)));
}
QString task_link(const analysis::RunModel& m, TaskId id) {
  return QStringLiteral("<a href='task:%1'>%2</a>").arg(id).arg(task_name(m, id).toHtmlEscaped());
}
// index_of_seq: the position in events() of the event with sequence number `seq` (or the next).
size_t index_of_seq(const analysis::RunModel& m, uint64_t seq) {
  const auto& ev = m.events();
  auto it = std::lower_bound(ev.begin(), ev.end(), seq, [](const Event& e, uint64_t s) { return e.seq < s; });
  return static_cast<size_t>(it - ev.begin());
}
QString event_link(const analysis::RunModel& m, uint64_t seq, const QString& text) {
  size_t i = index_of_seq(m, seq);
  if (i >= m.events().size()) return text;
  return QStringLiteral("<a href='event:%1'>%2</a>").arg(i).arg(text);
}
}  // namespace

Inspector::Inspector(QWidget* parent) : QTabWidget(parent) {
  profile_ = new QTableWidget(this);
  profile_->setColumnCount(4);
  profile_->setHorizontalHeaderLabels({QStringLiteral("count"), QStringLiteral("state"),
                                       QStringLiteral("where"), QStringLiteral("created at")});
  profile_->horizontalHeader()->setStretchLastSection(true);
  profile_->verticalHeader()->setVisible(false);
  profile_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  profile_->setSelectionBehavior(QAbstractItemView::SelectRows);
  profile_->setSelectionMode(QAbstractItemView::SingleSelection);
  profile_->setToolTip(QStringLiteral("Goroutines alive at the cursor, grouped like Go's goroutine profile. "
                                      "Click a row to select them on the timeline."));
  why_ = new QTextBrowser(this);
  why_->setOpenLinks(false);
  console_ = new ConsoleView(this);
  addTab(profile_, QStringLiteral("Profile"));
  addTab(why_, QStringLiteral("Why is it red?"));
  addTab(console_, QStringLiteral("Console"));
  connect(why_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    if (url.scheme() == QStringLiteral("event")) Q_EMIT jump_to_event(url.path().toInt());
    if (url.scheme() == QStringLiteral("task")) {
      TaskId id = url.path().toUInt();
      select_task(id);
      Q_EMIT task_selected(id);
    }
  });
  connect(profile_, &QTableWidget::cellClicked, this, [this](int row, int) { click_profile_row(row); });
  connect(this, &QTabWidget::currentChanged, this, [this] { ensure_profile(); });
  why_->setHtml(QStringLiteral("<p>Click a goroutine on the timeline (or a row of the profile) "
                               "to see what it waits on and why it can or cannot wake up.</p>"));
}

void Inspector::ensure_profile() {
  if (profile_stale_ && currentWidget() == profile_) fill_profile();
}

void Inspector::set_theme(const Theme& theme) {
  theme_ = theme;
  console_->set_theme(theme);
  profile_stale_ = true;
  ensure_profile();
  if (model_ && selected_ && selected_ <= model_->task_count()) why_->setHtml(why_text(*model_, selected_, theme_));
}

void Inspector::show_run(const analysis::RunModel* model, uint64_t cursor_seq) {
  if (model != model_) selected_ = 0;
  model_ = model;
  cursor_seq_ = cursor_seq;
  profile_stale_ = true;
  ensure_profile();
  if (model_ && selected_ && selected_ <= model_->task_count()) why_->setHtml(why_text(*model_, selected_, theme_));
}

std::vector<TaskId> Inspector::profile_tasks(int row) {
  if (profile_stale_) fill_profile();
  if (row < 0 || row >= static_cast<int>(row_tasks_.size())) return {};
  return row_tasks_[static_cast<size_t>(row)];
}

void Inspector::click_profile_row(int row) {
  std::vector<TaskId> ids = profile_tasks(row);
  if (ids.empty()) return;
  profile_->selectRow(row);
  if (ids.size() == 1) select_task(ids.front());
  Q_EMIT tasks_selected(ids);
}

void Inspector::fill_profile() {
  profile_stale_ = false;
  const int keep = profile_->currentRow();
  profile_->setRowCount(0);
  row_tasks_.clear();
  if (!model_) return;
  auto rows = model_->profile(cursor_seq_);
  profile_->setRowCount(static_cast<int>(rows.size()));
  const Symbols& syms = model_->symbols();
  for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
    auto& r = rows[static_cast<size_t>(i)];
    QString state = qs(analysis::task_state_name(r.state));
    if (r.state == analysis::TaskState::Blocked) state = QStringLiteral("blocked: ") + qs(wait_reason_name(r.reason));
    if (r.permanent) state = QStringLiteral("PERMANENTLY ") + state;
    auto* count = new QTableWidgetItem(QString::number(r.tasks.size()));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    profile_->setItem(i, 0, count);
    auto* st = new QTableWidgetItem(state);
    if (r.permanent) {
      st->setForeground(theme_.color(Paint::Permanent));
      QFont f = st->font();
      f.setBold(true);
      st->setFont(f);
    }
    profile_->setItem(i, 1, st);
    profile_->setItem(i, 2, new QTableWidgetItem(site(syms, r.blocked_at)));
    profile_->setItem(i, 3, new QTableWidgetItem(site(syms, r.created_at)));
    row_tasks_.push_back(std::move(r.tasks));
  }
  profile_->resizeColumnsToContents();
  if (keep >= 0 && keep < profile_->rowCount()) profile_->selectRow(keep);
}

void Inspector::select_task(TaskId id) {
  selected_ = id;
  if (model_ && id && id <= model_->task_count()) {
    why_->setHtml(why_text(*model_, id, theme_));
    setCurrentWidget(why_);
  }
}

QString Inspector::why_text(const analysis::RunModel& m, TaskId id, const Theme& theme) {
  const auto& t = m.task(id);
  const Symbols& syms = m.symbols();
  const QString red = theme.color(Paint::Permanent).name();
  QString out = QStringLiteral("<h3>%1</h3>").arg(task_name(m, id).toHtmlEscaped());
  if (!t.created_at && !t.parent) {
    // No go statement made it: "Created at —" would puzzle a class.
    out += QStringLiteral("<p>The program's main goroutine: it runs <code>main.main</code>, and the program ends when it returns.</p>");
  } else {
    out += QStringLiteral("<p>Created %1 at %2").arg(event_link(m, t.created_seq, QStringLiteral("at ") + dur(t.created)),
                                                     site(syms, t.created_at));
    if (t.parent) out += QStringLiteral(" by %1").arg(task_link(m, t.parent));
    out += QStringLiteral(".</p>");
  }
  const analysis::Interval* last = t.intervals.empty() ? nullptr : &t.intervals.back();
  switch (t.fate) {
    case analysis::Fate::Finished:
      return out + QStringLiteral("<p>It <b>finished</b> %1: nothing to worry about.</p>")
                       .arg(event_link(m, t.ended_seq, QStringLiteral("at ") + dur(t.ended)));
    case analysis::Fate::KilledAtExit:
      return out + QStringLiteral("<p>It was still alive when main returned; Go ends such goroutines "
                                  "at once, without running their defers (<b>killed at exit</b>). "
                                  "Something could still have woken it, so it is not a proven leak.</p>");
    case analysis::Fate::NeverFinishing:
      return out + QStringLiteral("<p style='color:%1'>It is <b>alive and never finishing</b>: it keeps waking "
                                  "on a timer inside a loop it has no way out of. It is not blocked, but "
                                  "it will run until the program ends.</p>")
                       .arg(theme.amber_text.name());
    case analysis::Fate::Panicked:
      return out + QStringLiteral("<p>Its panic ended the program (see the Console).</p>");
    case analysis::Fate::Alive:
      return out + QStringLiteral("<p>It is alive; the run is still going, so there is no verdict yet.</p>");
    case analysis::Fate::PermanentlyBlocked: break;
  }
  QString op = last ? qs(wait_reason_name(last->reason)) : QStringLiteral("?");
  out += QStringLiteral("<p style='color:%1'><b>Permanently blocked</b> on <b>%2</b> at %3.</p>")
             .arg(red, op.toHtmlEscaped(), site(syms, last ? last->site : 0));
  if (last) {
    out += QStringLiteral("<p>It began to wait %1. Its stack, as Go's goroutine dump prints it:</p><pre>%2</pre>")
               .arg(event_link(m, last->begin_seq, QStringLiteral("at ") + dur(last->begin)),
                    goroutine_dump(m, t, *last).toHtmlEscaped());
  }
  if (t.proof.waits_on) {
    if (const auto* o = m.object(t.proof.waits_on)) {
      QString name = qs(syms.name(o->name));
      out += QStringLiteral("<p>It waits on %1 #%2%3%4, made by %5%6.</p>")
                 .arg(qs(object_kind_name(o->kind)))
                 .arg(o->id)
                 .arg(name.isEmpty() ? QString() : QStringLiteral(" <i>%1</i>").arg(name.toHtmlEscaped()))
                 .arg(o->kind == ObjectKind::Channel ? QStringLiteral(" (capacity %1)").arg(o->capacity) : QString())
                 .arg(o->creator ? task_link(m, o->creator) : QStringLiteral("the runtime"))
                 .arg(o->created_at ? QStringLiteral(" at ") + site(syms, o->created_at) : QString());
    }
  } else if (last && (last->reason == WaitReason::SelectNoCases || last->reason == WaitReason::NilChanRecv ||
                      last->reason == WaitReason::NilChanSend)) {
    out += QStringLiteral("<p>It waits on nothing that exists (a nil channel or <code>select {}</code>): "
                          "no goroutine can ever wake it.</p>");
  }
  if (!t.proof.holders.empty()) {
    QStringList names;
    for (TaskId h : t.proof.holders) names << task_link(m, h);
    out += QStringLiteral("<p>Goroutines that held it while it waited: %1.</p>").arg(names.join(QStringLiteral(", ")));
  }
  if (t.proof.last_waker) {
    const auto& w = m.task(t.proof.last_waker);
    out += QStringLiteral("<p>The last goroutine that could have woken it, %1, went away %2. "
                          "After that, nothing that can still run holds what it waits on.</p>")
               .arg(task_link(m, t.proof.last_waker),
                    event_link(m, w.ended_seq, QStringLiteral("at ") + dur(w.ended)));
  } else {
    out += QStringLiteral("<p>No goroutine that can still run holds what it waits on — nobody will "
                          "ever send, receive, close, unlock or cancel it.</p>");
  }
  out += QStringLiteral("<p>It became permanent %1.</p>")
             .arg(event_link(m, t.permanent_since_seq, QStringLiteral("at ") + dur(t.permanent_since)));
  return out;
}

}  // namespace goro::gui
