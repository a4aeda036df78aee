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

namespace {

// The site a task is at within `iv`: where it waits, else where it last waited (it resumes
// there), else its go statement.
SiteId task_site(const analysis::TaskInfo& t, const analysis::Interval& iv) {
  if (iv.site) return iv.site;
  auto at = std::upper_bound(t.intervals.begin(), t.intervals.end(), iv.begin_seq,
                             [](uint64_t s, const analysis::Interval& p) { return s < p.begin_seq; }) - 1;
  auto it = std::find_if(std::make_reverse_iterator(at), t.intervals.rend(),
                         [](const analysis::Interval& p) { return p.site != 0; });
  return it != t.intervals.rend() ? it->site : t.created_at;
}

}  // namespace

int task_line(const analysis::RunModel& model, const analysis::TaskInfo& t, const analysis::Interval& iv) {
  const SiteId site = task_site(t, iv);
  return site ? static_cast<int>(model.symbols().site_at(site).line) : 0;
}

std::map<int, LineMark> line_marks(const analysis::RunModel& model, uint64_t seq) {
  // 100,000 goroutines share a handful of sites: count by site first (no lookups in the symbol
  // table, which takes a lock, per goroutine), then by line.
  struct BySite {
    int count = 0;
    bool red = false;
  };
  std::vector<BySite> by_site;
  for (const auto& t : model.tasks()) {
    if (!t.id || t.intervals.empty()) continue;
    const analysis::Interval* iv = nullptr;
    if (seq == kEndOfRun) {
      if (t.fate == analysis::Fate::Finished || t.fate == analysis::Fate::Panicked) continue;
      iv = &t.intervals.back();
    } else {
      iv = t.at_seq(seq);
    }
    if (!iv) continue;
    const SiteId site = task_site(t, *iv);
    if (!site) continue;
    if (site >= by_site.size()) by_site.resize(site + 1);
    BySite& b = by_site[site];
    ++b.count;
    if (t.fate == analysis::Fate::PermanentlyBlocked && (seq == kEndOfRun || t.permanent_at_seq(seq))) b.red = true;
  }
  std::map<int, LineMark> marks;
  for (SiteId site = 1; site < by_site.size(); ++site) {
    if (!by_site[site].count) continue;
    const int line = static_cast<int>(model.symbols().site_at(site).line);
    if (!line) continue;
    LineMark& m = marks[line];
    m.count += by_site[site].count;
    m.red = m.red || by_site[site].red;
  }
  return marks;
}

}  // namespace goro::gui
