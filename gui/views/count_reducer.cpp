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

size_t CountReducer::kept() const {
  size_t n = has_pending_ ? 1 : 0;
  for (const Bucket& b : buckets_) n += b.size();
  return n;
}

void CountReducer::keep_extremes(Bucket& b) {
  if (b.size() <= 2) return;
  // Which samples play a part: the first, the last, each series' (first) lowest and highest.
  std::array<bool, 32> keep{};  // buckets hold at most about 20
  std::vector<bool> keep_big;
  const bool small = b.size() <= keep.size();
  if (!small) keep_big.assign(b.size(), false);
  auto mark = [&](size_t i) { small ? void(keep[i] = true) : void(keep_big[i] = true); };
  mark(0);
  mark(b.size() - 1);
  for (int s = 0; s < kSeries; ++s) {
    size_t lo = 0, hi = 0;
    for (size_t i = 1; i < b.size(); ++i) {
      if (b[i].v[s] < b[lo].v[s]) lo = i;
      if (b[i].v[s] > b[hi].v[s]) hi = i;
    }
    mark(lo);
    mark(hi);
  }
  size_t out = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    if (small ? keep[i] : keep_big[i]) b[out++] = b[i];
  }
  b.resize(out);
}

void CountReducer::merge_pairs() {
  std::vector<Bucket> merged((buckets_.size() + 1) / 2);
  for (size_t i = 0; i < buckets_.size(); ++i) {
    Bucket& m = merged[i / 2];
    m.insert(m.end(), buckets_[i].begin(), buckets_[i].end());  // the earlier half comes first
  }
  for (Bucket& m : merged) keep_extremes(m);
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
  Bucket& b = buckets_[i];
  b.push_back(s);
  // At most 1 + 2 * kSeries samples matter; trim when a few more have gathered.
  if (b.size() > 2 * kSeries + 4) keep_extremes(b);
}

void CountReducer::update(const std::deque<analysis::CountSample>& samples, bool events, uint64_t first_seq) {
  if (samples.size() < scanned_) reset();  // a different run
  // Only the last sample seen may have changed (in place); everything before it is final.
  const size_t from = scanned_ > 0 ? scanned_ - 1 : 0;
  for (size_t i = from; i < samples.size(); ++i) {
    const analysis::CountSample& c = samples[i];
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
  // Buckets are trimmed lazily: trim a copy of each.
  std::vector<Sample> v;
  v.reserve(buckets_.size() * (2 * kSeries + 1) + 1);
  for (const Bucket& b : buckets_) {
    Bucket trimmed = b;
    keep_extremes(trimmed);
    v.insert(v.end(), trimmed.begin(), trimmed.end());
  }
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
