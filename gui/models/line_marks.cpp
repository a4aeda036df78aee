#include "models/line_marks.h"

#include <algorithm>

namespace goro::gui {

void for_each_alive(const analysis::RunModel& model, uint64_t seq,
                    const std::function<void(const analysis::TaskInfo&, const analysis::Interval&)>& fn) {
  for (const auto& t : model.tasks()) {
    if (!t.id || t.intervals.empty()) continue;
    const analysis::Interval* iv = nullptr;
    if (seq == kEndOfRun) {
      if (t.fate == analysis::Fate::Finished || t.fate == analysis::Fate::Panicked) continue;
      iv = &t.intervals.back();
    } else {
      iv = t.at_seq(seq);
    }
    if (iv) fn(t, *iv);
  }
}

int task_line(const analysis::RunModel& model, const analysis::TaskInfo& t, const analysis::Interval& iv) {
  SiteId site = iv.site;
  if (!site) {
    // Running or runnable: it resumes where it last waited; before its first wait, only the go
    // statement that created it is known.
    auto at = std::upper_bound(t.intervals.begin(), t.intervals.end(), iv.begin_seq,
                               [](uint64_t s, const analysis::Interval& p) { return s < p.begin_seq; }) - 1;
    auto it = std::find_if(std::make_reverse_iterator(at), t.intervals.rend(),
                           [](const analysis::Interval& p) { return p.site != 0; });
    site = it != t.intervals.rend() ? it->site : t.created_at;
  }
  return site ? static_cast<int>(model.symbols().site_at(site).line) : 0;
}

std::map<int, LineMark> line_marks(const analysis::RunModel& model, uint64_t seq) {
  std::map<int, LineMark> marks;
  for_each_alive(model, seq, [&](const analysis::TaskInfo& t, const analysis::Interval& iv) {
    int line = task_line(model, t, iv);
    if (!line) return;
    LineMark& m = marks[line];
    ++m.count;
    if (t.fate == analysis::Fate::PermanentlyBlocked && (seq == kEndOfRun || t.permanent_at_seq(seq))) m.red = true;
  });
  return marks;
}

}  // namespace goro::gui
