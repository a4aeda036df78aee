#include "goro/context.h"

#include <algorithm>
#include <climits>

#include "goro/runtime.h"

namespace goro {

namespace {
struct Empty {};
}  // namespace

std::string_view context_err_text(ContextErr e) {
  switch (e) {
    case ContextErr::None: return "<nil>";
    case ContextErr::Canceled: return "context canceled";
    case ContextErr::DeadlineExceeded: return "context deadline exceeded";
  }
  return "?";
}

Context::Context(Runtime& rt, Ref<Context> parent, bool cancelable, SiteId site)
    : Object(rt, ObjectKind::Context, 0, 0, site), parent_(std::move(parent)),
      cancelable_(cancelable) {
  timer_.ctx = this;
  if (parent_) deadline_ = parent_->deadline_;
}

Context::~Context() {
  if (parent_) parent_->forget(this);
}

Ref<Context> Context::background(Runtime& rt) {
  return Ref<Context>(new Context(rt, nullptr, false, 0));
}

Ref<Context> Context::with_cancel(const Ref<Context>& parent, SiteId site) {
  Ref<Context> c(new Context(parent->runtime(), parent, true, site));
  parent->adopt(c.get());
  return c;
}

Ref<Context> Context::with_deadline(const Ref<Context>& parent, Nanos deadline, SiteId site) {
  if (parent->deadline_ && *parent->deadline_ <= deadline) {
    return with_cancel(parent, site);  // the parent's sooner deadline governs
  }
  Ref<Context> c(new Context(parent->runtime(), parent, true, site));
  c->deadline_ = deadline;
  parent->adopt(c.get());
  Runtime& rt = parent->runtime();
  if (c->err() == ContextErr::None) {
    if (deadline <= rt.now()) {
      c->cancel_with(ContextErr::DeadlineExceeded, true);
    } else {
      rt.arm(&c->timer_, deadline);
    }
  }
  return c;
}

Ref<Context> Context::with_timeout(const Ref<Context>& parent, Nanos d, SiteId site) {
  Nanos now = parent->runtime().now();
  Nanos deadline = d > INT64_MAX - now ? INT64_MAX : now + std::max<Nanos>(d, 0);
  return with_deadline(parent, deadline, site);
}

Channel* Context::done() {
  if (!cancelable_) return parent_ ? parent_->done() : nullptr;
  std::lock_guard lock(mu_);
  if (!done_) {
    done_ = Channel::make(runtime(), elem_ops<Empty>(), 0, runtime().symbols().intern("ctx.Done"));
    if (err_ != ContextErr::None) done_->close();
  }
  return done_.get();
}

ContextErr Context::err() const {
  if (!cancelable_) return parent_ ? parent_->err() : ContextErr::None;
  std::lock_guard lock(mu_);
  return err_;
}

std::optional<Nanos> Context::deadline() const { return deadline_; }

void Context::adopt(Context* child) {
  // Find the nearest cancelable ancestor: it is the one whose cancel must reach the child.
  Context* p = this;
  while (p && !p->cancelable_) p = p->parent_.get();
  if (!p) return;  // Background: never canceled, nothing to register with
  ContextErr perr;
  {
    std::lock_guard lock(p->mu_);
    perr = p->err_;
    if (perr == ContextErr::None) p->children_.push_back(child);
  }
  if (perr != ContextErr::None) child->cancel_with(perr, false);
}

void Context::forget(Context* child) {
  Context* p = this;
  while (p && !p->cancelable_) p = p->parent_.get();
  if (!p) return;
  std::lock_guard lock(p->mu_);
  auto& c = p->children_;
  c.erase(std::remove(c.begin(), c.end(), child), c.end());
}

void Context::cancel_with(ContextErr err, bool remove_from_parent) {
  std::vector<Ref<Context>> children;
  {
    std::lock_guard lock(mu_);
    if (err_ != ContextErr::None) return;
    err_ = err;
    if (done_) done_->close();
    // Hold each child (unless it is already being destroyed) so it outlives its cancel; cancel
    // them after unlocking, since a child's destructor takes this lock in forget().
    for (Context* c : children_) {
      if (c->try_retain()) children.push_back(Ref<Context>::adopt(c));
    }
    children_.clear();
  }
  for (auto& c : children) c->cancel_with(err, false);
  children.clear();
  Ref<Context> self_guard = try_retain() ? Ref<Context>::adopt(this) : Ref<Context>();
  runtime().disarm(&timer_);
  if (remove_from_parent && parent_) parent_->forget(this);
}

void Context::DeadlineTimer::fire(Nanos) { ctx->cancel_with(ContextErr::DeadlineExceeded, true); }

void Context::for_each_held(const HeldFn& fn) const {
  std::lock_guard lock(mu_);
  // A cancelable context reaches its children (its cancel wakes them) and its done channel.
  for (Context* c : children_) fn(c);
  if (done_) fn(done_.get());
}

}  // namespace goro
