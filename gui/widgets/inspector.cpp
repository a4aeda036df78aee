#include "widgets/inspector.h"

#include <QRegularExpression>

#include <QHeaderView>

#include "goro/analysis/export.h"

namespace goro::gui {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }
QString site(const Symbols& syms, SiteId id) { return id ? QString::fromStdString(syms.site_string(id)) : QStringLiteral("—"); }
QString dur(Nanos t) { return QString::fromStdString(analysis::format_duration(t)); }
QString task_name(const analysis::RunModel& m, TaskId id) {
  const auto& t = m.task(id);
  QString fn = qs(m.symbols().name(t.function));
  return QStringLiteral("G%1 %2").arg(id).arg(fn.isEmpty() ? QStringLiteral("goroutine") : fn);
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
  why_ = new QTextBrowser(this);
  why_->setOpenLinks(false);
  console_ = new QTextBrowser(this);
  addTab(profile_, QStringLiteral("Profile"));
  addTab(why_, QStringLiteral("Why is it red?"));
  addTab(console_, QStringLiteral("Console"));
  connect(why_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    if (url.scheme() == QStringLiteral("event")) Q_EMIT jump_to_event(url.path().toInt());
  });
  connect(profile_, &QTableWidget::cellClicked, this, [this](int row, int) {
    TaskId id = profile_->item(row, 0)->data(Qt::UserRole).toUInt();
    if (id) {
      select_task(id);
      Q_EMIT task_selected(id);
    }
  });
  why_->setHtml(QStringLiteral("<p>Click a goroutine's label on the timeline (or a row of the profile) "
                               "to see what it waits on and why it can or cannot wake up.</p>"));
}

void Inspector::set_theme(const Theme& theme) { theme_ = theme; }

void Inspector::show_run(const analysis::RunModel* model, const RunResult* result, uint64_t cursor_seq) {
  model_ = model;
  result_ = result;
  cursor_seq_ = cursor_seq;
  fill_profile();
  if (model_ && selected_ && selected_ <= model_->task_count()) why_->setHtml(why_text(*model_, selected_));
  // Console: how the run ended, as Go would say it.
  if (model_ && model_->finished() && result_) {
    QString text = QStringLiteral("<p><b>%1</b> after %2 · exit code %3</p>")
                       .arg(qs(end_reason_name(result_->reason)), dur(result_->end_time))
                       .arg(result_->exit_code);
    if (!result_->error.empty()) {
      text += QStringLiteral("<pre style='color:%1'>%2</pre>")
                  .arg(theme_.color(Paint::Permanent).name(), QString::fromStdString(result_->error).toHtmlEscaped());
    }
    ending_ = text;
  } else {
    ending_ = model_ ? QStringLiteral("<p>running…</p>") : QString();
  }
  refresh_console();
}

void Inspector::set_output(const QString& output, const QString& compile_errors) {
  if (output == output_ && compile_errors == compile_errors_) return;
  output_ = output;
  compile_errors_ = compile_errors;
  refresh_console();
}

void Inspector::refresh_console() {
  QString red = theme_.color(Paint::Permanent).name();
  QString html;
  if (!compile_errors_.isEmpty()) {
    html += QStringLiteral("<p><b>Does not compile</b></p><pre style='color:%1'>%2</pre>").arg(red, compile_errors_.toHtmlEscaped());
  } else {
    html += ending_;
    if (!output_.isEmpty()) {
      QString out = output_.toHtmlEscaped();
      // Go's panics and fatal errors stand out in red
      static const QRegularExpression fatal(QStringLiteral("^((panic|fatal error): .*)$"), QRegularExpression::MultilineOption);
      out.replace(fatal, QStringLiteral("<span style='color:%1'>\\1</span>").arg(red));
      html += QStringLiteral("<p><b>Output</b></p><pre>%1</pre>").arg(out);
    }
  }
  console_->setHtml(html);
}

void Inspector::fill_profile() {
  profile_->setRowCount(0);
  if (!model_) return;
  auto rows = model_->profile(cursor_seq_);
  profile_->setRowCount(static_cast<int>(rows.size()));
  const Symbols& syms = model_->symbols();
  for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
    const auto& r = rows[static_cast<size_t>(i)];
    QString state = qs(analysis::task_state_name(r.state));
    if (r.state == analysis::TaskState::Blocked) state = QStringLiteral("blocked: ") + qs(wait_reason_name(r.reason));
    if (r.permanent) state = QStringLiteral("PERMANENTLY ") + state;
    auto* count = new QTableWidgetItem(QString::number(r.tasks.size()));
    count->setData(Qt::UserRole, r.tasks.empty() ? 0u : r.tasks.front());
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    profile_->setItem(i, 0, count);
    auto* st = new QTableWidgetItem(state);
    if (r.permanent) st->setForeground(theme_.color(Paint::Permanent));
    profile_->setItem(i, 1, st);
    profile_->setItem(i, 2, new QTableWidgetItem(site(syms, r.blocked_at)));
    profile_->setItem(i, 3, new QTableWidgetItem(site(syms, r.created_at)));
  }
  profile_->resizeColumnsToContents();
}

void Inspector::select_task(TaskId id) {
  selected_ = id;
  if (model_ && id && id <= model_->task_count()) {
    why_->setHtml(why_text(*model_, id));
    setCurrentWidget(why_);
  }
}

QString Inspector::why_text(const analysis::RunModel& m, TaskId id) {
  const auto& t = m.task(id);
  const Symbols& syms = m.symbols();
  QString out = QStringLiteral("<h3>%1</h3><p>created at %2 (%3)</p>")
                    .arg(task_name(m, id).toHtmlEscaped(), site(syms, t.created_at), dur(t.created));
  const analysis::Interval* last = t.intervals.empty() ? nullptr : &t.intervals.back();
  switch (t.fate) {
    case analysis::Fate::Finished:
      return out + QStringLiteral("<p>It <b>finished</b> at %1.</p>").arg(dur(t.ended));
    case analysis::Fate::KilledAtExit:
      return out + QStringLiteral("<p>It was still alive when main returned; Go ends such goroutines "
                                  "at once, without running their defers (<b>killed at exit</b>).</p>");
    case analysis::Fate::NeverFinishing:
      return out + QStringLiteral("<p>It is <b>alive and never finishing</b>: it keeps waking on a timer "
                                  "inside a loop it has no way out of.</p>");
    case analysis::Fate::Panicked:
      return out + QStringLiteral("<p>Its panic ended the program.</p>");
    case analysis::Fate::Alive:
      return out + QStringLiteral("<p>It is alive; no verdict yet.</p>");
    case analysis::Fate::PermanentlyBlocked: break;
  }
  QString op = last ? qs(wait_reason_name(last->reason)) : QStringLiteral("?");
  out += QStringLiteral("<p style='color:#d63d3d'><b>Permanently blocked</b> on <b>%1</b> at %2, since %3.</p>")
             .arg(op.toHtmlEscaped(), site(syms, last ? last->site : 0), dur(t.permanent_since));
  if (t.proof.waits_on) {
    if (const auto* o = m.object(t.proof.waits_on)) {
      QString name = qs(syms.name(o->name));
      out += QStringLiteral("<p>It waits on %1 #%2%3 (capacity %4), made by G%5%6.</p>")
                 .arg(qs(object_kind_name(o->kind)))
                 .arg(o->id)
                 .arg(name.isEmpty() ? QString() : QStringLiteral(" <i>%1</i>").arg(name.toHtmlEscaped()))
                 .arg(o->capacity)
                 .arg(o->creator)
                 .arg(o->created_at ? QStringLiteral(" at ") + site(syms, o->created_at) : QString());
    }
  } else if (last && (last->reason == WaitReason::SelectNoCases || last->reason == WaitReason::NilChanRecv ||
                      last->reason == WaitReason::NilChanSend)) {
    out += QStringLiteral("<p>It waits on nothing that exists (a nil channel or <code>select {}</code>): "
                          "no goroutine can ever wake it.</p>");
  }
  if (!t.proof.holders.empty()) {
    QStringList names;
    for (TaskId h : t.proof.holders) names << task_name(m, h).toHtmlEscaped();
    out += QStringLiteral("<p>Goroutines that held it: %1.</p>").arg(names.join(QStringLiteral(", ")));
  }
  if (t.proof.last_waker) {
    const auto& w = m.task(t.proof.last_waker);
    out += QStringLiteral("<p>The last goroutine that could have woken it, <b>%1</b>, went away at %2. "
                          "After that, nothing that can still run holds what it waits on.</p>")
               .arg(task_name(m, t.proof.last_waker).toHtmlEscaped(), dur(w.ended));
  } else {
    out += QStringLiteral("<p>No goroutine that can still run holds what it waits on — nobody will "
                          "ever send, receive, close, unlock or cancel it.</p>");
  }
  // Link to the event where the wait became permanent.
  size_t idx = m.event_index_at_time(t.permanent_since);
  for (size_t i = idx; i < m.events().size(); ++i) {
    if (m.events()[i].seq >= t.permanent_since_seq) {
      idx = i;
      break;
    }
  }
  out += QStringLiteral("<p><a href='event:%1'>Move the cursor to that moment</a></p>").arg(idx);
  return out;
}

}  // namespace goro::gui
