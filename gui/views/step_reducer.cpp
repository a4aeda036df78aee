#include "views/step_reducer.h"

#include <algorithm>

namespace goro::gui {

void StepReducer::reset() {
  width_ = 1;
  buckets_.clear();
  used_.clear();
  scanned_ = 0;
  has_pending_ = false;
  peak_ = 0;
}

void StepReducer::merge_pairs() {
  std::vector<Bucket> merged((buckets_.size() + 1) / 2);
  std::vector<bool> used(merged.size(), false);
  for (size_t i = 0; i < buckets_.size(); ++i) {
    if (!used_[i]) continue;
    const Bucket& b = buckets_[i];
    size_t j = i / 2;
    if (!used[j]) {
      merged[j] = b;
      used[j] = true;
      continue;
    }
    Bucket& m = merged[j];  // m is the earlier half
    if (b.low.y < m.low.y) m.low = b.low;
    if (b.high.y > m.high.y) m.high = b.high;
    m.last = b.last;
  }
  buckets_.swap(merged);
  used_.swap(used);
  width_ *= 2;
}

void StepReducer::commit(Point p) {
  peak_ = std::max(peak_, p.y);
  size_t i = static_cast<size_t>(std::max<Nanos>(0, p.t) / width_);
  while (i >= max_buckets_) {
    merge_pairs();
    i = static_cast<size_t>(std::max<Nanos>(0, p.t) / width_);
  }
  if (i >= buckets_.size()) {
    buckets_.resize(i + 1);
    used_.resize(i + 1, false);
  }
  if (!used_[i]) {
    buckets_[i] = Bucket{p, p, p, p};
    used_[i] = true;
    return;
  }
  Bucket& b = buckets_[i];
  if (p.y < b.low.y) b.low = p;
  if (p.y > b.high.y) b.high = p;
  b.last = p;
}

void StepReducer::update(const std::deque<analysis::CountSample>& samples, uint32_t analysis::CountSample::*field,
                         bool events, uint64_t first_seq) {
  if (samples.size() < scanned_) reset();  // a different series
  // Only the last sample seen may have changed (in place); everything before it is final.
  size_t from = scanned_ > 0 ? scanned_ - 1 : 0;
  for (size_t i = from; i < samples.size(); ++i) {
    const Nanos at = events ? static_cast<Nanos>(samples[i].seq - std::min(first_seq, samples[i].seq)) : samples[i].t;
    Point p{at, static_cast<double>(samples[i].*field)};
    if (has_pending_ && p.t != pending_.t) commit(pending_);
    pending_ = p;
    has_pending_ = true;
    peak_ = std::max(peak_, p.y);
  }
  scanned_ = samples.size();
}

QList<QPointF> StepReducer::points(Nanos end, double scale) const {
  std::vector<Point> v;
  v.reserve(buckets_.size() * 4 + 2);
  for (size_t i = 0; i < buckets_.size(); ++i) {
    if (!used_[i]) continue;
    const Bucket& b = buckets_[i];
    Point mid1 = b.low.t <= b.high.t ? b.low : b.high;
    Point mid2 = b.low.t <= b.high.t ? b.high : b.low;
    for (const Point& p : {b.first, mid1, mid2, b.last}) {
      if (!v.empty() && v.back().t == p.t && v.back().y == p.y) continue;
      v.push_back(p);
    }
  }
  if (has_pending_) v.push_back(pending_);
  QList<QPointF> pts;
  if (v.empty()) return pts;
  v.push_back({std::max(end, v.back().t), v.back().y});
  pts.reserve(static_cast<qsizetype>(v.size() * 2));
  double prev = v.front().y;
  pts.append(QPointF(v.front().t / scale, prev));
  for (size_t i = 1; i < v.size(); ++i) {
    const double t = v[i].t / scale;
    pts.append(QPointF(t, prev));  // hold the old value until the change
    pts.append(QPointF(t, v[i].y));
    prev = v[i].y;
  }
  return pts;
}

}  // namespace goro::gui
