// RunSession: one run of a program (or one loaded trace), as the GUI sees it.
//
// The engine runs on its own thread with a trace::Recorder and a LeakDetector. A feeder thread
// takes the recorder's batches as they are released (copying them costs it, not the window); on the
// GUI thread a timer appends them to the RunModel in slices of a few milliseconds, so a run of millions of events streams in while the window stays responsive; views
// only ever read the model on the GUI thread, and are told to refresh at most every
// kRefreshInterval. A loaded trace takes the same path (its events are queued at once).
// stop() ends a run from the GUI: the engine stops at its next safepoint and its thread wakes the
// GUI at once, so the run is over within the runtime's stop latency, not a polling period.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "goro/analysis/leak_detector.h"
#include "goro/analysis/run_model.h"
#include "goro/runtime.h"
#include "goro/trace/recorder.h"
#include "goro/vm/run.h"

namespace goro::gui {

struct RunParams {
  QString program;      // a .go file, or a built-in native demo's name
  QString source = {};  // if set, run this text instead of the file's (the edited source)
  QStringList args = {};  // os.Args[1:] for .go programs
  unsigned workers = 1;
  uint64_t seed = 1;
};

class RunSession : public QObject {
  Q_OBJECT
 public:
  // Views refresh at most this often while events stream in (the model itself grows faster).
  static constexpr int kRefreshIntervalMs = 100;
  // Work per event-loop turn spent appending events to the model.
  static constexpr int kAppendBudgetMs = 4;

  explicit RunSession(QObject* parent = nullptr);
  ~RunSession() override;

  // start begins a run; false (and error()) if the program is unknown, unreadable or does not
  // compile (then compile_errors() has Go's messages, and finished() is still emitted).
  bool start(const RunParams& params);
  // run_blocking runs to the end before returning (exports, tests); false if it could not start
  // for another reason than a compile error.
  bool run_blocking(const RunParams& params);
  // wait blocks until the current run (or trace load) has ended and its model is final.
  void wait();
  // load_trace shows a saved trace file; false with the reason in error() if it is refused.
  bool load_trace(const QString& path);
  // save_trace writes the run's events to a trace file (atomically); "" or the reason.
  QString save_trace(const QString& path) const;
  void stop();

  bool running() const { return running_; }
  bool loaded_from_trace() const { return from_trace_; }
  const analysis::RunModel* model() const { return model_.get(); }
  const RunResult& result() const { return result_; }
  const RunParams& params() const { return params_; }
  QString error() const { return error_; }
  // compile_errors: Go's `file:line:col: message` lines when the program did not compile.
  QString compile_errors() const { return compile_errors_; }
  // output: what the program printed so far (stdout and stderr, in order).
  QString output() const;
  // output_size: bytes printed so far; output_from(n): the text after the first n bytes.
  size_t output_size() const;
  QString output_from(size_t n) const;
  // source: the program text that ran (empty for native demos).
  QString source() const { return source_; }
  // pending_events: recorded but not yet in the model (streaming backlog).
  size_t pending_events() const { return pending_.size() - pending_pos_ + feed_events_; }

 Q_SIGNALS:
  void model_about_to_change();  // the model is about to be replaced or destroyed: let go of it
  void started();    // a new model exists (views should show it)
  void updated();    // new events reached the model (throttled)
  void finished();   // the run ended and the model is final

 private:
  void poll();
  // drain appends queued events to the model (within the time budget if time_boxed); true when
  // nothing recorded is left to append.
  bool drain(bool time_boxed);
  void join();
  void reset_state();
  void engine_finished();  // on the engine thread: wake the GUI thread
  void feed();             // the feeder thread's loop
  void stop_feeder();

  RunParams params_;
  std::unique_ptr<Symbols> symbols_;
  std::unique_ptr<trace::Recorder> recorder_;
  std::unique_ptr<analysis::LeakDetector> leaks_;
  std::unique_ptr<analysis::RunModel> model_;
  std::thread engine_;
  std::mutex rt_mu_;
  Runtime* rt_ = nullptr;        // valid while the engine thread runs (guarded by rt_mu_)
  vm::GoRun* go_run_ = nullptr;  // the same, for .go programs
  std::atomic<bool> stop_requested_{false};
  std::atomic<bool> engine_done_{false};
  RunResult result_;
  QTimer timer_;
  QElapsedTimer since_refresh_;
  size_t shown_events_ = 0;  // events in the model at the last updated()
  std::vector<Event> pending_;  // taken from the feed, not yet appended
  size_t pending_pos_ = 0;
  std::thread feeder_;
  std::mutex feed_mu_;
  std::deque<std::vector<Event>> feed_;  // batches polled by the feeder (guarded by feed_mu_)
  std::atomic<size_t> feed_events_{0};   // events in feed_
  std::atomic<bool> feeder_done_{false};  // every event of the run is in feed_ (or appended)
  std::atomic<bool> feeder_quit_{false};
  bool running_ = false;
  bool from_trace_ = false;
  QString error_;
  QString compile_errors_;
  QString source_;
  mutable std::mutex out_mu_;
  std::string output_;
};

}  // namespace goro::gui
