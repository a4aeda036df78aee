#include "goro/task.h"

#include "goro/channel.h"
#include "goro/runtime.h"

namespace goro {

void WaitQueue::push_back(Waiter* w) {
  w->next = nullptr;
  w->prev = tail_;
  if (tail_) {
    tail_->next = w;
  } else {
    head_ = w;
  }
  tail_ = w;
  w->queued = true;
}

Waiter* WaitQueue::pop_front() {
  Waiter* w = head_;
  if (w) remove(w);
  return w;
}

void WaitQueue::remove(Waiter* w) {
  if (w->prev) {
    w->prev->next = w->next;
  } else {
    head_ = w->next;
  }
  if (w->next) {
    w->next->prev = w->prev;
  } else {
    tail_ = w->prev;
  }
  w->prev = w->next = nullptr;
  w->queued = false;
}

void Task::append_stack(std::string& out) const {
  Runtime* rt = Runtime::current();
  std::string_view fn = rt ? rt->symbols().name(function_) : std::string_view();
  out += fn.empty() ? std::string_view("goroutine") : fn;
  out += "(...)\n";
  if (rt && created_at_) {
    out += "\tcreated at ";
    out += rt->symbols().site_string(created_at_);
    out += '\n';
  }
}

void Task::for_each_waited(const HeldFn& fn) const {
  if (in_select_) {
    for (const Waiter& w : select_waiters_) {
      if (w.chan) fn(w.chan);
    }
    return;
  }
  if (wait_object_) fn(wait_object_);
}

}  // namespace goro
