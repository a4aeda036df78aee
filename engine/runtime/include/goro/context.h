// goro/context.h — context.Context's cancellation tree: Background, WithCancel, WithDeadline,
// WithTimeout, Done, Err. (WithValue is a layer above: it adds no cancellation.)
//
//   auto bg = goro::Context::background(rt);
//   auto ctx = goro::Context::with_timeout(bg, 100'000'000);  // 100 ms of run clock
//   ctx->done();    // the channel closed on cancel (nullptr for Background: never closes)
//   ctx->cancel();  // the CancelFunc; cancels every descendant too
//   ctx->err();     // ContextErr::Canceled
//
// A parent keeps its cancelable children registered (and reachable, for leak verdicts) until they
// are canceled; a child holds its parent alive.
#pragma once

#include <mutex>
#include <optional>
#include <vector>

#include "goro/channel.h"
#include "goro/timer_node.h"

namespace goro {

enum class ContextErr : uint8_t { None, Canceled, DeadlineExceeded };
std::string_view context_err_text(ContextErr e);  // "context canceled", "context deadline exceeded"

class Context final : public Object {
 public:
  static Ref<Context> background(Runtime& rt);
  static Ref<Context> with_cancel(const Ref<Context>& parent, SiteId site = 0);
  // with_deadline: `deadline` is run-clock time. If the parent's deadline is sooner, it is used.
  static Ref<Context> with_deadline(const Ref<Context>& parent, Nanos deadline, SiteId site = 0);
  static Ref<Context> with_timeout(const Ref<Context>& parent, Nanos d, SiteId site = 0);

  // done returns the channel that is closed on cancellation; nullptr if this context can never be
  // canceled (Background and its non-cancelable descendants).
  Channel* done();
  ContextErr err() const;
  std::optional<Nanos> deadline() const;
  bool cancelable() const { return cancelable_; }
  // cancel is the CancelFunc: Canceled, for this context and every descendant. Idempotent.
  void cancel() { cancel_with(ContextErr::Canceled, true); }

  void for_each_held(const HeldFn& fn) const override;

 private:
  struct DeadlineTimer final : TimerNode {
    Context* ctx = nullptr;
    Ref<Context> keep;  // holds the context while armed
    void fire(Nanos now) override;
    void on_armed() override { keep = Ref<Context>(ctx); }
    void on_disarmed() override { keep.reset(); }
    void for_each_held(const HeldFn& fn) const override { fn(ctx); }
  };

  Context(Runtime& rt, Ref<Context> parent, bool cancelable, SiteId site);
  ~Context() override;
  void cancel_with(ContextErr err, bool remove_from_parent);
  void adopt(Context* child);   // register a cancelable child
  void forget(Context* child);

  Ref<Context> parent_;
  bool cancelable_;
  std::optional<Nanos> deadline_;
  mutable std::mutex mu_;
  ContextErr err_ = ContextErr::None;
  Ref<Channel> done_;
  std::vector<Context*> children_;  // raw: a child unregisters itself when canceled or destroyed
  DeadlineTimer timer_;
};

}  // namespace goro
