#include "models/wait_stack.h"

namespace goro::gui {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
}  // namespace

std::vector<SiteId> wait_stack(const analysis::RunModel& model, const analysis::Interval& iv) {
  if (iv.state != analysis::TaskState::Blocked) return {};
  const auto& events = model.events();
  if (events.empty() || iv.begin_seq < events.front().seq) return {};
  const size_t at = static_cast<size_t>(iv.begin_seq - events.front().seq);
  if (at >= events.size()) return {};
  const Event& e = events[at];
  if (e.kind != EventKind::TaskBlocked || e.seq != iv.begin_seq) return {};
  return model.symbols().stack_at(e.arg);
}

QString goroutine_dump(const analysis::RunModel& model, const analysis::TaskInfo& t, const analysis::Interval& iv) {
  const Symbols& syms = model.symbols();
  QString out = QStringLiteral("goroutine %1 [%2]:\n").arg(t.id).arg(
      iv.state == analysis::TaskState::Blocked ? qs(wait_reason_name(iv.reason)) : qs(analysis::task_state_name(iv.state)));
  std::vector<SiteId> frames = wait_stack(model, iv);
  if (frames.empty() && iv.site) frames.push_back(iv.site);
  for (SiteId f : frames) {
    out += QStringLiteral("%1()\n    %2\n").arg(qs(syms.name(syms.site_at(f).function)), QString::fromStdString(syms.site_string(f)));
  }
  if (frames.empty()) out += QStringLiteral("%1()\n").arg(qs(syms.name(t.function)));
  if (t.parent && t.created_at) {
    // As Go: the function holding the go statement (a closure's name, not its goroutine's).
    out += QStringLiteral("created by %1\n    %2\n").arg(qs(syms.name(syms.site_at(t.created_at).function)),
                                                      QString::fromStdString(syms.site_string(t.created_at)));
  }
  return out;
}

}  // namespace goro::gui
