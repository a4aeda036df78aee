#include "views/count_reducer.h"

#include <algorithm>

namespace goro::gui {

void CountReducer::reset() {
  width_ = 1;
  buckets_.clear();
  scanned_ = 0;
  has_pending_ = false;
  peak_ = {};
}

size_t CountReducer::kept() const { return samples().size(); }

void CountReducer::Bucket::add(const Sample& s) {
  if (!used) {
    used = true;
    first = last = s;
    low.fill(s);
    high.fill(s);
    return;
  }
  last = s;
  for (int k = 0; k < kSeries; ++k) {
    if (s.v[k] < low[k].v[k]) low[k] = s;
    if (s.v[k] > high[k].v[k]) high[k] = s;
  }
}

void CountReducer::Bucket::absorb(const Bucket& later) {
  if (!later.used) return;
  if (!used) {
    *this = later;
    return;
  }
  last = later.last;
  for (int k = 0; k < kSeries; ++k) {
    if (later.low[k].v[k] < low[k].v[k]) low[k] = later.low[k];  // ties: the earlier one
    if (later.high[k].v[k] > high[k].v[k]) high[k] = later.high[k];
  }
}

void CountReducer::Bucket::kept(std::vector<Sample>& out) const {
  if (!used) return;
  Sample all[2 + 2 * kSeries];
  int n = 0;
  all[n++] = first;
  for (int k = 0; k < kSeries; ++k) {
    all[n++] = low[k];
    all[n++] = high[k];
  }
  all[n++] = last;
  std::sort(all, all + n, [](const Sample& a, const Sample& b) { return a.t < b.t; });
  // Samples are unique per instant: one per time.
  for (int i = 0; i < n; ++i) {
    if (i == 0 || all[i].t != all[i - 1].t) out.push_back(all[i]);
  }
}

void CountReducer::merge_pairs() {
  std::vector<Bucket> merged((buckets_.size() + 1) / 2);
  for (size_t i = 0; i < buckets_.size(); ++i) merged[i / 2].absorb(buckets_[i]);  // the earlier half first
  buckets_.swap(merged);
  width_ *= 2;
}

void CountReducer::commit(const Sample& s) {
  size_t i = static_cast<size_t>(std::max<Nanos>(0, s.t) / width_);
  while (i >= max_buckets_) {
    merge_pairs();
    i = static_cast<size_t>(std::max<Nanos>(0, s.t) / width_);
  }
  if (i >= buckets_.size()) buckets_.resize(i + 1);
  buckets_[i].add(s);
}

void CountReducer::update(const std::deque<analysis::CountSample>& samples, bool events, uint64_t first_seq) {
  if (samples.size() < scanned_) reset();  // a different run
  // Only the last sample seen may have changed (in place); everything before it is final.
  const size_t from = scanned_ > 0 ? scanned_ - 1 : 0;
  auto it = samples.begin() + static_cast<std::ptrdiff_t>(from);
  for (size_t i = from; i < samples.size(); ++i, ++it) {
    const analysis::CountSample& c = *it;
    Sample s;
    s.t = events ? static_cast<Nanos>(c.seq - std::min(first_seq, c.seq)) : c.t;
    s.v = {c.alive, c.blocked, c.permanently_blocked};
    if (has_pending_ && s.t != pending_.t) commit(pending_);
    pending_ = s;
    has_pending_ = true;
    for (int k = 0; k < kSeries; ++k) peak_[k] = std::max(peak_[k], static_cast<double>(s.v[k]));
  }
  scanned_ = samples.size();
}

std::vector<CountReducer::Sample> CountReducer::samples() const {
  std::vector<Sample> v;
  v.reserve(buckets_.size() * (2 + 2 * kSeries) + 1);
  for (const Bucket& b : buckets_) b.kept(v);
  if (has_pending_) v.push_back(pending_);
  return v;
}

QList<QPointF> CountReducer::points(Series series, Nanos end, double scale) const {
  std::vector<Sample> v;
  for (const Sample& s : samples()) {
    if (!v.empty() && v.back().v[series] == s.v[series]) continue;  // no change in this series
    v.push_back(s);
  }
  QList<QPointF> pts;
  if (v.empty()) return pts;
  v.push_back({std::max(end, v.back().t), v.back().v});
  pts.reserve(static_cast<qsizetype>(v.size() * 2));
  double prev = v.front().v[series];
  pts.append(QPointF(static_cast<double>(v.front().t) / scale, prev));
  for (size_t i = 1; i < v.size(); ++i) {
    const double t = static_cast<double>(v[i].t) / scale;
    pts.append(QPointF(t, prev));  // hold the old value until the change
    pts.append(QPointF(t, v[i].v[series]));
    prev = v[i].v[series];
  }
  return pts;
}

}  // namespace goro::gui
