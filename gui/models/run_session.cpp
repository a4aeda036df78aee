#include "models/run_session.h"

#include <QFile>
#include <QFileInfo>

#include "goro/demos.h"
#include "goro/vm/run.h"

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
  error_.clear();
  compile_errors_.clear();
  {
    std::lock_guard lock(out_mu_);
    output_.clear();
  }
  const bool go_file = params.program.endsWith(QStringLiteral(".go"));
  const demos::Demo* demo = go_file ? nullptr : demos::find(params.program.toStdString());
  std::shared_ptr<vm::Program> program;
  if (go_file) {
    QString text = params.source;
    if (text.isEmpty()) {
      QFile f(params.program);
      if (!f.open(QIODevice::ReadOnly)) {
        error_ = QStringLiteral("cannot read %1: %2").arg(params.program, f.errorString());
        return false;
      }
      text = QString::fromUtf8(f.readAll());
    }
    source_ = text;
    std::string errors;
    std::string name = QFileInfo(params.program).fileName().toStdString();
    program = vm::compile_file(text.toStdString(), name, &errors);
    if (!program) {
      compile_errors_ = QString::fromStdString(errors);
      error_ = QStringLiteral("%1 does not compile").arg(QFileInfo(params.program).fileName());
      params_ = params;
      model_.reset();
      Q_EMIT updated();
      Q_EMIT finished();
      return false;
    }
  } else {
    source_.clear();
    if (!demo) {
      error_ = QStringLiteral("no program named \"%1\"").arg(params.program);
      return false;
    }
  }
  params_ = params;
  symbols_ = std::make_unique<Symbols>();
  recorder_ = std::make_unique<trace::Recorder>(params.workers);
  leaks_ = std::make_unique<analysis::LeakDetector>();
  model_ = std::make_unique<analysis::RunModel>(*symbols_);
  engine_done_ = false;
  running_ = true;
  if (program) {
    std::vector<std::string> args;
    for (const QString& a : params.args) args.push_back(a.toStdString());
    engine_ = std::thread([this, program, args] {
      vm::RunConfig cfg;
      cfg.workers = params_.workers;
      cfg.seed = params_.seed;
      cfg.args = args;
      cfg.sink = recorder_.get();
      cfg.observer = leaks_.get();
      cfg.max_time = 3600LL * 1000000000LL;  // an hour of virtual time bounds a runaway program
      cfg.out = cfg.err = [this](std::string_view s) {
        std::lock_guard lock(out_mu_);
        if (output_.size() < (8u << 20)) output_ += s;
      };
      vm::GoRun run(*program, *symbols_, cfg);
      {
        std::lock_guard lock(rt_mu_);
        go_run_ = &run;
      }
      vm::RunReport r = run.run();
      {
        std::lock_guard lock(rt_mu_);
        go_run_ = nullptr;
        result_.reason = r.reason;
        result_.exit_code = r.exit_code;
        result_.error = r.error;
        result_.end_time = r.end_time;
        result_.tasks_created = r.tasks_created;
      }
      engine_done_ = true;
    });
    timer_.start();
    return true;
  }
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

QString RunSession::output() const {
  std::lock_guard lock(out_mu_);
  return QString::fromUtf8(output_.data(), static_cast<int>(output_.size()));
}

bool RunSession::run_blocking(const RunParams& params) {
  if (!start(params)) return !compile_errors_.isEmpty();  // a compile error is a finished "run" too
  join();
  poll();
  return true;
}

void RunSession::stop() {
  std::lock_guard lock(rt_mu_);
  if (rt_) rt_->stop();
  if (go_run_) go_run_->stop();
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
