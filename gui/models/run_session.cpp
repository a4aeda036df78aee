#include "models/run_session.h"

#include "goro/demos.h"

namespace goro::gui {

RunSession::RunSession(QObject* parent) : QObject(parent) {
  timer_.setInterval(30);
  connect(&timer_, &QTimer::timeout, this, &RunSession::poll);
}

RunSession::~RunSession() {
  stop();
  join();
}

bool RunSession::start(const RunParams& params) {
  stop();
  join();
  const demos::Demo* demo = demos::find(params.program.toStdString());
  if (!demo) {
    error_ = QStringLiteral("no program named \"%1\"").arg(params.program);
    return false;
  }
  params_ = params;
  symbols_ = std::make_unique<Symbols>();
  recorder_ = std::make_unique<trace::Recorder>(params.workers);
  leaks_ = std::make_unique<analysis::LeakDetector>();
  model_ = std::make_unique<analysis::RunModel>(*symbols_);
  engine_done_ = false;
  running_ = true;
  error_.clear();
  engine_ = std::thread([this, make = demo->make_main] {
    RuntimeOptions opts{.workers = params_.workers, .seed = params_.seed, .sink = recorder_.get(),
                        .observer = leaks_.get()};
    Runtime rt(opts, *symbols_);
    {
      std::lock_guard lock(rt_mu_);
      rt_ = &rt;
    }
    RunResult r = rt.run(native_main(make()), 0, symbols_->intern("main.main"));
    {
      std::lock_guard lock(rt_mu_);
      rt_ = nullptr;
      result_ = r;
    }
    engine_done_ = true;
  });
  timer_.start();
  return true;
}

bool RunSession::run_blocking(const RunParams& params) {
  if (!start(params)) return false;
  join();
  poll();
  return true;
}

void RunSession::stop() {
  std::lock_guard lock(rt_mu_);
  if (rt_) rt_->stop();
}

void RunSession::join() {
  if (engine_.joinable()) engine_.join();
}

void RunSession::poll() {
  if (!recorder_ || !model_) return;
  std::vector<Event> batch;
  recorder_->poll(batch);
  if (!batch.empty()) {
    model_->append(batch);
    Q_EMIT updated();
  }
  if (engine_done_ && running_) {
    batch.clear();
    recorder_->poll(batch);  // whatever arrived after the last poll
    if (!batch.empty()) model_->append(batch);
    join();
    model_->finish();
    running_ = false;
    timer_.stop();
    Q_EMIT updated();
    Q_EMIT finished();
  }
}

}  // namespace goro::gui
