// goroscope-cli demo: run a native demo program and summarise what became of every goroutine.
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "commands.h"
#include "goro/demos.h"

namespace goro::cli {

namespace {

// LastState remembers, per task, its last lifecycle event (enough for a summary at exit).
class LastState : public EventSink {
 public:
  void on_event(const Event& e) override {
    std::lock_guard lock(mu_);
    if (e.task == 0) return;
    if (e.kind == EventKind::TaskCreated) ++created_;
    auto& s = last_[e.task];
    if (e.kind == EventKind::TaskCreated || e.kind == EventKind::TaskBlocked ||
        e.kind == EventKind::TaskExited || e.kind == EventKind::TaskWoken ||
        e.kind == EventKind::TaskRunning || e.kind == EventKind::TaskPanicked) {
      if (e.kind == EventKind::TaskCreated) s.created_at = e.site;
      s.kind = e.kind;
      s.reason = e.reason;
      s.site = e.site;
    }
  }
  struct State {
    EventKind kind = EventKind::TaskCreated;
    WaitReason reason = WaitReason::None;
    SiteId site = 0, created_at = 0;
  };
  std::map<TaskId, State> last_;
  size_t created_ = 0;

 private:
  std::mutex mu_;
};

}  // namespace

int cmd_demos() {
  for (const auto& d : demos::all()) {
    std::printf("%-14s %s\n", std::string(d.name).c_str(), std::string(d.summary).c_str());
  }
  return 0;
}

int cmd_demo(int argc, char** argv) {
  std::string name = "receive-leak";
  RuntimeOptions opts;
  for (int i = 0; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--workers") && i + 1 < argc) {
      opts.workers = static_cast<unsigned>(std::atoi(argv[++i]));
    } else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) {
      opts.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (argv[i][0] == '-') {
      std::fprintf(stderr, "goroscope-cli demo: unknown option %s\n", argv[i]);
      return 1;
    } else {
      name = argv[i];
    }
  }
  const demos::Demo* demo = demos::find(name);
  if (!demo) {
    std::fprintf(stderr, "goroscope-cli demo: no demo named \"%s\" (see: goroscope-cli demos)\n",
                 name.c_str());
    return 1;
  }

  Symbols symbols;
  LastState sink;
  opts.sink = &sink;
  RunResult result;
  {
    Runtime rt(opts, symbols);
    result = rt.run(native_main(demo->make_main()), 0, symbols.intern("main.main"));
  }

  std::printf("demo %s: %s\n", std::string(demo->name).c_str(), std::string(demo->summary).c_str());
  std::printf("run ended: %s after %.3f s of virtual time, exit code %d\n",
              std::string(end_reason_name(result.reason)).c_str(), result.end_time / 1e9,
              result.exit_code);
  // Group tasks still alive at the end by where they wait.
  std::map<std::string, int> waiting;
  int finished = 0;
  for (const auto& [id, s] : sink.last_) {
    if (s.kind == EventKind::TaskExited) {
      ++finished;
      continue;
    }
    std::string where = s.kind == EventKind::TaskBlocked
                            ? std::string(wait_reason_name(s.reason)) + " at " + symbols.site_string(s.site)
                            : std::string("running");
    ++waiting[where];
  }
  std::printf("goroutines: %zu created, %d finished, %zu still alive at exit\n", sink.created_,
              finished, sink.last_.size() - finished);
  for (const auto& [where, n] : waiting) std::printf("  %5d  %s\n", n, where.c_str());
  if (!result.error.empty()) std::fprintf(stderr, "%s\n", result.error.c_str());
  return result.exit_code;
}

}  // namespace goro::cli
