// CountReducer: a run's goroutine counts (alive, blocked, permanently blocked) reduced for the count
// chart as the samples arrive. Counts are append-only, so each update reads only the new samples:
// they fall into at most `buckets` time buckets, each keeping its first and last sample and, for
// every count, the (first) sample where it is lowest and where it is highest, updated in constant
// time per sample; when the run outgrows the buckets, neighbours merge and the bucket width
// doubles. An update costs the new samples, not the whole run. Samples at the same instant
// collapse to the last one (a moment's intermediate counts are noise).
//
// The three series are reduced together, at the same samples: as every sample has permanently
// blocked ≤ blocked ≤ alive, so has every point of the reduced series, and areas stacked on them
// never cross.
//
//   CountReducer r;
//   r.update(model.counts());                 // any number of times while the run grows
//   series->replace(r.points(CountReducer::Alive, model.end_time()));
#pragma once

#include <QList>
#include <QPointF>
#include <array>
#include <deque>
#include <vector>

#include "goro/analysis/run_model.h"

namespace goro::gui {

class CountReducer {
 public:
  enum Series { Alive, Blocked, Permanent };
  static constexpr int kSeries = 3;

  explicit CountReducer(size_t buckets = 300) : max_buckets_(buckets) {}
  void reset();
  // update reads the samples not seen yet (the last one seen may have changed in place). With
  // `events`, samples are placed by event position (their seq - first_seq) instead of run time.
  void update(const std::deque<analysis::CountSample>& samples, bool events = false, uint64_t first_seq = 0);
  struct Sample {
    Nanos t = 0;
    std::array<uint32_t, kSeries> v{};  // by Series
  };
  // samples: the kept samples in time order, the counts of each lasting until the next one.
  std::vector<Sample> samples() const;
  // points: one series' step function in (position / scale, value), extended to `end`; scale 1e6
  // gives milliseconds of run time, 1 event positions.
  QList<QPointF> points(Series s, Nanos end, double scale = 1e6) const;
  double peak(Series s = Alive) const { return peak_[s]; }
  // kept: the samples the reduction keeps (tests).
  size_t kept() const;

 private:
  // A bucket's kept samples: at most first, last, and a lowest and highest per series.
  struct Bucket {
    bool used = false;
    Sample first, last;
    std::array<Sample, kSeries> low, high;
    void add(const Sample& s);
    void absorb(const Bucket& later);  // merge the next bucket in time into this one
    void kept(std::vector<Sample>& out) const;  // in time order, each sample once
  };
  void commit(const Sample& s);
  void merge_pairs();

  size_t max_buckets_;
  Nanos width_ = 1;              // in axis units; doubles as the run outgrows the buckets
  std::vector<Bucket> buckets_;  // bucket i covers [i * width_, (i + 1) * width_)
  size_t scanned_ = 0;           // samples read so far
  bool has_pending_ = false;
  Sample pending_;               // the latest instant's counts, not committed yet
  std::array<double, kSeries> peak_{};
};

}  // namespace goro::gui
