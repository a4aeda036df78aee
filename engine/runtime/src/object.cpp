#include "goro/object.h"

#include "goro/runtime.h"

namespace goro {

Object::Object(Runtime& rt, ObjectKind kind, uint32_t capacity, NameId name, SiteId site)
    : rt_(&rt), id_(rt.next_object_id()), kind_(kind) {
  live_.fetch_add(1, std::memory_order_relaxed);
  if (rt.recording()) {
    Event e;
    e.kind = EventKind::ObjectCreated;
    Task* t = Runtime::current_task();
    e.task = t ? t->id() : 0;
    e.object = id_;
    e.reason = static_cast<WaitReason>(kind);
    e.arg = capacity;
    e.name = name;
    e.site = site;
    rt.emit(e);
  }
}

}  // namespace goro
