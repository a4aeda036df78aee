#include "goro/event.h"

namespace goro {

std::string_view wait_reason_name(WaitReason r) {
  switch (r) {
    case WaitReason::None: return "";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanRecv: return "chan receive";
    case WaitReason::NilChanSend: return "chan send (nil chan)";
    case WaitReason::NilChanRecv: return "chan receive (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Mutex: return "sync.Mutex.Lock";
    case WaitReason::RWMutexRLock: return "sync.RWMutex.RLock";
    case WaitReason::RWMutexLock: return "sync.RWMutex.Lock";
    case WaitReason::WaitGroup: return "sync.WaitGroup.Wait";
    case WaitReason::Once: return "sync.Once.Do";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::Cond: return "sync.Cond.Wait";
  }
  return "?";
}

std::string_view event_kind_name(EventKind k) {
  switch (k) {
    case EventKind::RunStarted: return "run started";
    case EventKind::TaskCreated: return "created";
    case EventKind::TaskRunnable: return "runnable";
    case EventKind::TaskRunning: return "running";
    case EventKind::TaskBlocked: return "blocked";
    case EventKind::TaskWoken: return "woken";
    case EventKind::TaskYielded: return "yielded";
    case EventKind::TaskExited: return "exited";
    case EventKind::TaskPanicked: return "panicked";
    case EventKind::TaskLeaked: return "permanently blocked";
    case EventKind::ObjectCreated: return "object created";
    case EventKind::ChanClosed: return "channel closed";
    case EventKind::TimerFired: return "timer fired";
    case EventKind::RunEnded: return "run ended";
    case EventKind::TaskNeverFinishing: return "never finishing";
    case EventKind::LeakHolder: return "leak proof: holder";
  }
  return "?";
}

std::string_view object_kind_name(ObjectKind k) {
  switch (k) {
    case ObjectKind::Channel: return "chan";
    case ObjectKind::Mutex: return "sync.Mutex";
    case ObjectKind::RWMutex: return "sync.RWMutex";
    case ObjectKind::WaitGroup: return "sync.WaitGroup";
    case ObjectKind::Once: return "sync.Once";
    case ObjectKind::Timer: return "time.Timer";
    case ObjectKind::Ticker: return "time.Ticker";
    case ObjectKind::Context: return "context";
    case ObjectKind::Cond: return "sync.Cond";
  }
  return "?";
}

std::string_view end_reason_name(EndReason r) {
  switch (r) {
    case EndReason::MainReturned: return "main returned";
    case EndReason::Exit: return "os.Exit";
    case EndReason::Panic: return "panic";
    case EndReason::Deadlock: return "deadlock";
    case EndReason::Fatal: return "fatal error";
    case EndReason::Stopped: return "stopped";
    case EndReason::Limit: return "limit reached";
  }
  return "?";
}

}  // namespace goro
