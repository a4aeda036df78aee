// StepReducer: one count series (alive, blocked, ...) of a growing run, reduced for the chart as the
// samples arrive. Counts are append-only, so each refresh reads only the new samples: they fall into
// at most `buckets` time buckets, each keeping its first, lowest, highest and last value; when the
// run outgrows the buckets, neighbours merge and the bucket width doubles. A refresh costs the new
// samples plus the bucket count, not the whole run, so a chart of a million-event run stays cheap.
// Samples at the same instant collapse to the last one (a moment's intermediate counts are noise).
//
//   StepReducer r;
//   r.update(model.counts(), &CountSample::alive);   // any number of times while the run grows
//   series->replace(r.points(model.end_time()));
#pragma once

#include <QList>
#include <QPointF>
#include <vector>

#include "goro/analysis/run_model.h"

namespace goro::gui {

class StepReducer {
 public:
  explicit StepReducer(size_t buckets = 300) : max_buckets_(buckets) {}
  void reset();
  // update reads the samples not seen yet (the last one seen may have changed in place). With
  // `events`, samples are placed by event position (their seq - first_seq) instead of run time.
  void update(const std::deque<analysis::CountSample>& samples, uint32_t analysis::CountSample::*field,
              bool events = false, uint64_t first_seq = 0);
  // points: the step function in (position / scale, value), extended to `end`; scale 1e6 gives
  // milliseconds of run time, 1 event positions.
  QList<QPointF> points(Nanos end, double scale = 1e6) const;
  double peak() const { return peak_; }

 private:
  struct Point {
    Nanos t;
    double y;
  };
  struct Bucket {
    Point first, low, high, last;
  };
  void commit(Point p);
  void merge_pairs();

  size_t max_buckets_;
  Nanos width_ = 1;  // in axis units; doubles as the run outgrows the buckets
  std::vector<Bucket> buckets_;  // bucket i covers [i * width_, (i + 1) * width_)
  std::vector<bool> used_;
  size_t scanned_ = 0;           // samples read so far
  bool has_pending_ = false;
  Point pending_{0, 0};          // the latest instant's value, not committed yet
  double peak_ = 0;
};

}  // namespace goro::gui
