#include "models/run_session.h"

#include <QFile>
#include <QFileInfo>
#include <chrono>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "goro/demos.h"
#include "goro/trace/trace_file.h"
#include "goro/vm/run.h"

namespace goro::gui {

namespace {
constexpr size_t kMaxOutput = 8u << 20;  // what the console keeps of a chatty program

// yield_to_the_window lowers the calling thread's priority: when the engine and the window compete
// for the cores, the window wins (a run takes a little longer; the window never stutters).
void yield_to_the_window() {
#ifdef __linux__
  setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 8);
#endif
}
}  // namespace

RunSession::RunSession(QObject* parent) : QObject(parent) {
  timer_.setInterval(15);
  timer_.setObjectName(QStringLiteral("session poll"));  // named where the benchmark explains a stall
  connect(&timer_, &QTimer::timeout, this, &RunSession::poll);
}

RunSession::~RunSession() {
  stop();
  join();
  stop_feeder();
  Q_EMIT model_about_to_change();
}

void RunSession::stop_feeder() {
  feeder_quit_ = true;
  if (feeder_.joinable()) feeder_.join();
  feeder_quit_ = false;
  std::lock_guard lock(feed_mu_);
  feed_.clear();
  feed_events_ = 0;
}

void RunSession::feed() {
  yield_to_the_window();
  while (!feeder_quit_) {
    // Read "the engine is done" before polling: then an empty poll means nothing is left.
    const bool done = engine_done_;
    std::vector<Event> batch;
    if (recorder_->poll(batch) > 0) {
      const size_t n = batch.size();
      std::lock_guard lock(feed_mu_);
      feed_.push_back(std::move(batch));
      feed_events_ += n;
      continue;
    }
    if (done) {
      feeder_done_ = true;
      QMetaObject::invokeMethod(this, [this] { poll(); }, Qt::QueuedConnection);  // finish now
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

void RunSession::reset_state() {
  stop();
  join();
  stop_feeder();
  Q_EMIT model_about_to_change();
  timer_.stop();
  error_.clear();
  compile_errors_.clear();
  pending_.clear();
  pending_pos_ = 0;
  result_ = RunResult{};
  from_trace_ = false;
  stop_requested_ = false;
  engine_done_ = false;
  feeder_done_ = false;
  running_ = false;
  std::lock_guard lock(out_mu_);
  output_.clear();
}

bool RunSession::start(const RunParams& params) {
  reset_state();
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
      Q_EMIT started();
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
  running_ = true;
  shown_events_ = 0;
  since_refresh_.start();
  Q_EMIT started();
  if (program) {
    std::vector<std::string> args;
    for (const QString& a : params.args) args.push_back(a.toStdString());
    engine_ = std::thread([this, program, args] {
      yield_to_the_window();
      vm::RunConfig cfg;
      cfg.workers = params_.workers;
      cfg.seed = params_.seed;
      cfg.args = args;
      cfg.sink = recorder_.get();
      cfg.observer = leaks_.get();
      cfg.max_time = 3600LL * 1000000000LL;  // an hour of virtual time bounds a runaway program
      cfg.out = cfg.err = [this](std::string_view s) {
        std::lock_guard lock(out_mu_);
        if (output_.size() < kMaxOutput) output_ += s;
      };
      vm::GoRun run(*program, *symbols_, cfg);
      {
        std::lock_guard lock(rt_mu_);
        go_run_ = &run;
        if (stop_requested_) run.stop();  // Stop was pressed before the run existed
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
      engine_finished();
    });
  } else {
    engine_ = std::thread([this, make = demo->make_main] {
      yield_to_the_window();
      RuntimeOptions opts{.workers = params_.workers, .seed = params_.seed, .sink = recorder_.get(),
                          .observer = leaks_.get()};
      Runtime rt(opts, *symbols_);
      {
        std::lock_guard lock(rt_mu_);
        rt_ = &rt;
        if (stop_requested_) rt.stop();
      }
      RunResult r = rt.run(native_main(make()), 0, symbols_->intern("main.main"));
      {
        std::lock_guard lock(rt_mu_);
        rt_ = nullptr;
        result_ = r;
      }
      engine_finished();
    });
  }
  feeder_ = std::thread([this] { feed(); });
  timer_.start();
  return true;
}

void RunSession::engine_finished() {
  engine_done_ = true;
  // Wake the GUI thread now rather than at the next tick: Stop feels immediate.
  QMetaObject::invokeMethod(this, [this] { poll(); }, Qt::QueuedConnection);
}

bool RunSession::load_trace(const QString& path) {
  // Checked before anything is replaced: a refused file leaves the run on screen as it was.
  trace::TraceData data;
  std::string err = trace::load_trace(path.toStdString(), data);
  if (err.empty() && (data.events.empty() || data.events.back().kind != EventKind::RunEnded)) {
    err = QStringLiteral("%1: the trace has no end of run (was the run cut short?)").arg(path).toStdString();
  }
  if (!err.empty()) {
    error_ = QString::fromStdString(err);
    return false;
  }
  reset_state();
  params_ = RunParams{path};
  source_.clear();
  from_trace_ = true;
  recorder_.reset();
  symbols_ = std::move(data.symbols);
  model_ = std::make_unique<analysis::RunModel>(*symbols_);
  pending_ = std::move(data.events);
  pending_pos_ = 0;
  const Event& end = pending_.back();
  result_.reason = static_cast<EndReason>(end.reason);
  result_.exit_code = static_cast<int>(end.arg);
  result_.end_time = end.vtime;
  engine_done_ = true;
  feeder_done_ = true;  // every event is in pending_ already
  running_ = true;
  shown_events_ = 0;
  since_refresh_.start();
  Q_EMIT started();
  timer_.start();  // the model is built in slices, like a live run
  return true;
}

QString RunSession::save_trace(const QString& path) const {
  if (!model_ || !symbols_) return QStringLiteral("there is no run to save");
  if (running_) return QStringLiteral("the run is still going; save it when it has ended");
  const std::vector<Event> all(model_->events().begin(), model_->events().end());  // one array for the writer
  return QString::fromStdString(trace::save_trace(path.toStdString(), *symbols_, all));
}

QString RunSession::output() const {
  std::lock_guard lock(out_mu_);
  return QString::fromUtf8(output_.data(), static_cast<int>(output_.size()));
}

size_t RunSession::output_size() const {
  std::lock_guard lock(out_mu_);
  return output_.size();
}

QString RunSession::output_from(size_t n) const {
  std::lock_guard lock(out_mu_);
  if (n >= output_.size()) return {};
  return QString::fromUtf8(output_.data() + n, static_cast<int>(output_.size() - n));
}

bool RunSession::run_blocking(const RunParams& params) {
  if (!start(params)) return !compile_errors_.isEmpty();  // a compile error is a finished "run" too
  wait();
  return true;
}

void RunSession::wait() {
  if (!running_) return;
  join();
  if (feeder_.joinable()) feeder_.join();  // it ends once it has taken the last event
  drain(false);
  poll();
}

void RunSession::stop() {
  stop_requested_ = true;
  std::lock_guard lock(rt_mu_);
  if (rt_) rt_->stop();
  if (go_run_) go_run_->stop();
}

void RunSession::join() {
  if (engine_.joinable()) engine_.join();
}

bool RunSession::drain(bool time_boxed) {
  QElapsedTimer clock;
  clock.start();
  for (;;) {
    if (pending_pos_ == pending_.size()) {
      pending_.clear();
      pending_pos_ = 0;
      std::lock_guard lock(feed_mu_);
      if (feed_.empty()) return true;  // all caught up, for now
      pending_ = std::move(feed_.front());
      feed_.pop_front();
      feed_events_ -= pending_.size();
    }
    // Slices small enough that one never takes long; the budget is checked between them.
    const size_t slice = std::min<size_t>(pending_.size() - pending_pos_, 1024);
    model_->append(std::span<const Event>(pending_.data() + pending_pos_, slice));
    pending_pos_ += slice;
    if (time_boxed && clock.elapsed() >= kAppendBudgetMs) return false;
  }
}

void RunSession::poll() {
  if (!model_ || !running_) return;
  // A turn either refreshes the views or appends events, never both: each stays short.
  if (model_->events().size() != shown_events_ && since_refresh_.elapsed() >= kRefreshIntervalMs) {
    since_refresh_.restart();
    shown_events_ = model_->events().size();
    timer_.setInterval(0);  // and straight back to the events
    Q_EMIT updated();
    return;
  }
  // The run is over once the feeder has taken its last event; read the flag before draining so
  // nothing it queued before setting it is left behind.
  const bool done = feeder_done_;
  const bool caught_up = drain(true);
  if (done && caught_up) {
    // The engine thread is left to tear its run down (freeing 100,000 goroutines takes a while);
    // it is joined before the next run or when the session goes.
    if (feeder_.joinable()) feeder_.join();
    model_->finish();
    running_ = false;
    timer_.stop();
    shown_events_ = model_->events().size();
    Q_EMIT updated();
    Q_EMIT finished();
    return;
  }
  // A backlog: come back as soon as the event loop has had its turn.
  timer_.setInterval(caught_up ? 15 : 0);
}

}  // namespace goro::gui
