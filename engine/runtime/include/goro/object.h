// goro/object.h — the base of everything tasks wait on: channels, mutexes, wait groups, timers,
// contexts. Objects are reference counted (Ref<T>), carry an id that events name, and can say
// which other objects they keep reachable (the leak verdicts walk that graph).
//
//   goro::Ref<goro::Channel> ch = goro::Channel::make(rt, goro::elem_ops<int>(), 0);
//   ch->id();   // appears in ObjectCreated / TaskBlocked events
#pragma once

#include <atomic>
#include <functional>
#include <utility>

#include "goro/event.h"

namespace goro {

class Runtime;
class Object;

// HeldFn receives each object that something keeps reachable.
using HeldFn = std::function<void(Object*)>;

class Object {
 public:
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  ObjectId id() const { return id_; }
  ObjectKind kind() const { return kind_; }
  Runtime& runtime() const { return *rt_; }

  void retain() const noexcept { refs_.fetch_add(1, std::memory_order_relaxed); }
  // try_retain takes a reference unless the object is already being destroyed.
  bool try_retain() const noexcept {
    uint32_t n = refs_.load(std::memory_order_relaxed);
    while (n != 0) {
      if (refs_.compare_exchange_weak(n, n + 1, std::memory_order_acq_rel)) return true;
    }
    return false;
  }
  void release() const noexcept {
    if (refs_.fetch_sub(1, std::memory_order_acq_rel) == 1) delete this;
  }

  // live_objects counts objects not yet destroyed, process-wide (tests assert runs free everything).
  static int64_t live_objects() { return live_.load(std::memory_order_relaxed); }

  // for_each_held calls fn for every object this one keeps reachable (e.g. channels buffered in a
  // channel, a context's children). Called only while the world is stopped.
  virtual void for_each_held(const HeldFn& fn) const {}

 protected:
  // The constructor emits ObjectCreated on behalf of the current task.
  Object(Runtime& rt, ObjectKind kind, uint32_t capacity = 0, NameId name = 0, SiteId site = 0);
  virtual ~Object() { live_.fetch_sub(1, std::memory_order_relaxed); }

 private:
  static inline std::atomic<int64_t> live_{0};
  Runtime* rt_;
  mutable std::atomic<uint32_t> refs_{0};
  ObjectId id_;
  ObjectKind kind_;
};

// Ref is an owning handle to an Object (intrusive reference count).
template <class T>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  explicit Ref(T* p) : p_(p) { if (p_) p_->retain(); }
  Ref(const Ref& o) : p_(o.p_) { if (p_) p_->retain(); }
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) { if (p_) p_->retain(); }
  ~Ref() { if (p_) p_->release(); }
  Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }

  // adopt wraps a pointer whose reference the caller already took (e.g. with try_retain).
  static Ref adopt(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  bool operator==(const Ref& o) const { return p_ == o.p_; }
  void reset() { Ref().swap(*this); }
  void swap(Ref& o) noexcept { std::swap(p_, o.p_); }

 private:
  T* p_ = nullptr;
};

}  // namespace goro
