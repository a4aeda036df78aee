// Writes small valid traces to seed the fuzzer's corpus: a main task that spawns workers which
// block on a channel and are judged leaked.
#include <fstream>
#include <string>
#include <vector>

#include "goro/trace/trace_file.h"

int main(int argc, char** argv) {
  if (argc < 2) return 1;
  for (int n : {0, 1, 3}) {
    goro::Symbols syms;
    goro::SiteId go_site = syms.site("main.go", 9, 3, "main.main");
    goro::SiteId recv_site = syms.site("main.go", 5, 2, "main.worker");
    std::vector<goro::Event> ev;
    auto add = [&](goro::EventKind k, goro::TaskId task, goro::Nanos t) -> goro::Event& {
      goro::Event e;
      e.seq = ev.size();
      e.kind = k;
      e.task = task;
      e.vtime = t;
      ev.push_back(e);
      return ev.back();
    };
    add(goro::EventKind::RunStarted, 0, 0).arg = 1;
    add(goro::EventKind::TaskCreated, 1, 0).name = syms.intern("main.main");
    add(goro::EventKind::TaskRunning, 1, 0);
    auto& ch = add(goro::EventKind::ObjectCreated, 1, 0);
    ch.object = 1;
    for (int i = 0; i < n; ++i) {
      auto& c = add(goro::EventKind::TaskCreated, 2 + i, 0);
      c.arg = 1;
      c.site = go_site;
      c.name = syms.intern("main.worker");
    }
    add(goro::EventKind::TaskBlocked, 1, 0).reason = goro::WaitReason::Sleep;
    for (int i = 0; i < n; ++i) {
      add(goro::EventKind::TaskRunning, 2 + i, 0);
      auto& b = add(goro::EventKind::TaskBlocked, 2 + i, 0);
      b.reason = goro::WaitReason::ChanRecv;
      b.object = 1;
      b.site = recv_site;
      add(goro::EventKind::TaskLeaked, 2 + i, 0).object = 1;
    }
    add(goro::EventKind::TaskWoken, 1, 1000000);
    add(goro::EventKind::TaskRunning, 1, 1000000);
    add(goro::EventKind::TaskExited, 1, 1000000);
    add(goro::EventKind::RunEnded, 0, 1000000);
    std::ofstream(std::string(argv[1]) + "/seed" + std::to_string(n), std::ios::binary)
        << goro::trace::encode_trace(syms, ev);
  }
  return 0;
}
