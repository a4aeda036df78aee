// RunSession: one run of a program, as the GUI sees it. The engine runs on its own threads; the
// GUI thread polls the recorder on a timer and appends each ordered batch to the RunModel, so views
// only ever read the model on the GUI thread. stop() ends the run from the GUI within the runtime's
// stop latency.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "goro/analysis/leak_detector.h"
#include "goro/analysis/run_model.h"
#include "goro/runtime.h"
#include "goro/trace/recorder.h"

namespace goro::gui {

struct RunParams {
  QString program;        // a built-in demo name for now
  unsigned workers = 1;
  uint64_t seed = 1;
};

class RunSession : public QObject {
  Q_OBJECT
 public:
  explicit RunSession(QObject* parent = nullptr);
  ~RunSession() override;

  // start begins a run; false (and error()) if the program is unknown.
  bool start(const RunParams& params);
  // run_blocking runs to the end on the calling thread's behalf (exports, tests).
  bool run_blocking(const RunParams& params);
  void stop();

  bool running() const { return running_; }
  const analysis::RunModel* model() const { return model_.get(); }
  const RunResult& result() const { return result_; }
  const RunParams& params() const { return params_; }
  QString error() const { return error_; }

 Q_SIGNALS:
  void updated();    // new events reached the model
  void finished();   // the run ended and the model is final

 private:
  void poll();
  void join();

  RunParams params_;
  std::unique_ptr<Symbols> symbols_;
  std::unique_ptr<trace::Recorder> recorder_;
  std::unique_ptr<analysis::LeakDetector> leaks_;
  std::unique_ptr<analysis::RunModel> model_;
  std::thread engine_;
  std::mutex rt_mu_;
  Runtime* rt_ = nullptr;  // valid while the engine thread runs (guarded by rt_mu_)
  std::atomic<bool> engine_done_{false};
  RunResult result_;
  QTimer timer_;
  bool running_ = false;
  QString error_;
};

}  // namespace goro::gui
