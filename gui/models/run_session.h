// RunSession: one run of a program, as the GUI sees it. The engine runs on its own threads; the
// GUI thread polls the recorder on a timer and appends each ordered batch to the RunModel, so views
// only ever read the model on the GUI thread. stop() ends the run from the GUI within the runtime's
// stop latency.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <atomic>
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
  QString program;        // a .go file, or a built-in native demo's name
  QString source;         // if set, run this text instead of the file's (the edited source)
  QStringList args;       // os.Args[1:] for .go programs
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
  // compile_errors: Go's `file:line:col: message` lines when the program did not compile.
  QString compile_errors() const { return compile_errors_; }
  // output: what the program printed so far (stdout and stderr, in order).
  QString output() const;
  // source: the program text that ran (empty for native demos).
  QString source() const { return source_; }

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
  vm::GoRun* go_run_ = nullptr;  // the same, for .go programs
  std::atomic<bool> engine_done_{false};
  RunResult result_;
  QTimer timer_;
  bool running_ = false;
  QString error_;
  QString compile_errors_;
  QString source_;
  mutable std::mutex out_mu_;
  std::string output_;
};

}  // namespace goro::gui
