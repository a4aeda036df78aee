// Value semantics shared by the interpreter and the library: equality, hashing, copying, zero values.
#include <cmath>
#include <functional>

#include "goro/vm/interp.h"

namespace goro::vm {

Value iface_payload(const Value& iface) {
  if (!iface.t) return Value();
  if (iface.t->ref_only()) return Value::of_obj(iface.o);
  return static_cast<SlotsObj*>(iface.o)->slots[0];
}

bool values_equal(const Type* t, const Value& a, const Value& b) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::String: case Kind::UntypedString: return str_of(a) == str_of(b);
    case Kind::Float32: case Kind::Float64: case Kind::UntypedFloat: return a.f == b.f;
    case Kind::Struct: {
      auto* x = static_cast<SlotsObj*>(a.o);
      auto* y = static_cast<SlotsObj*>(b.o);
      if (x == y) return true;
      if (!x || !y) return false;
      for (size_t i = 0; i < u->fields.size(); ++i)
        if (!values_equal(u->fields[i].type, x->slots[i], y->slots[i])) return false;
      return true;
    }
    case Kind::Array: {
      auto* x = static_cast<SlotsObj*>(a.o);
      auto* y = static_cast<SlotsObj*>(b.o);
      if (x == y) return true;
      for (int64_t i = 0; i < u->len; ++i)
        if (!values_equal(u->elem, x->slots[i], y->slots[i])) return false;
      return true;
    }
    case Kind::Interface: {
      if (a.t != b.t) return false;
      if (!a.t) return true;
      return values_equal(a.t, iface_payload(a), iface_payload(b));
    }
    case Kind::Pointer:
      if (u->elem->value_boxed()) return a.o == b.o;
      return a.o == b.o && a.i == b.i;
    case Kind::Chan: case Kind::Map: case Kind::Func: case Kind::Slice: case Kind::Handle: return a.o == b.o;
    default: return a.i == b.i;
  }
}

size_t value_hash(const Type* t, const Value& v) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::String: return std::hash<std::string_view>()(str_of(v));
    case Kind::Float32: case Kind::Float64: return std::hash<double>()(v.f == 0 ? 0.0 : v.f);
    case Kind::Struct: case Kind::Array: {
      auto* x = static_cast<SlotsObj*>(v.o);
      size_t h = 1469598103934665603ull;
      size_t n = u->kind == Kind::Struct ? u->fields.size() : static_cast<size_t>(u->len);
      for (size_t i = 0; i < n; ++i) {
        const Type* ft = u->kind == Kind::Struct ? u->fields[i].type : u->elem;
        h = (h ^ value_hash(ft, x->slots[i])) * 1099511628211ull;
      }
      return h;
    }
    case Kind::Interface:
      if (!v.t) return 0;
      return value_hash(v.t, iface_payload(v)) ^ (v.t->id * 0x9e3779b97f4a7c15ull);
    case Kind::Pointer: case Kind::Chan: case Kind::Map: case Kind::Func: case Kind::Handle:
      return std::hash<void*>()(v.o) ^ static_cast<size_t>(v.i);
    default: return std::hash<int64_t>()(v.i);
  }
}

size_t KeyHash::operator()(const Value& v) const { return value_hash(t, v); }
bool KeyEq::operator()(const Value& a, const Value& b) const { return values_equal(t, a, b); }

Value Interp::make_string(std::string s) {
  if (s.empty()) return Value();
  return Value::of_obj(alloc<StrObj>(std::move(s)));
}

Value Interp::zero(const Type* t) {
  const Type* u = t->u();
  if (u->kind == Kind::Struct) {
    auto* o = alloc<SlotsObj>(t, u->fields.size());
    for (size_t i = 0; i < u->fields.size(); ++i)
      if (u->fields[i].type->value_boxed()) o->slots[i] = zero(u->fields[i].type);
    return Value::of_obj(o);
  }
  if (u->kind == Kind::Array) {
    auto* o = alloc<SlotsObj>(t, static_cast<size_t>(u->len));
    if (u->elem->value_boxed())
      for (auto& s : o->slots) s = zero(u->elem);
    return Value::of_obj(o);
  }
  return Value();
}

Value Interp::clone(const Value& v, const Type* t) {
  auto* src = static_cast<SlotsObj*>(v.o);
  if (!src) return v;
  auto* o = alloc<SlotsObj>(src->type ? src->type : t, src->slots.size());
  o->slots = src->slots;
  const Type* u = o->type ? o->type->u() : nullptr;
  if (u) {
    for (size_t i = 0; i < o->slots.size(); ++i) {
      const Type* ft = u->kind == Kind::Struct ? u->fields[i].type : u->elem;
      if (ft->value_boxed()) o->slots[i] = clone(o->slots[i], ft);
    }
  }
  return Value::of_obj(o);
}

void Interp::copy_into(Obj* dst_o, Obj* src_o) {
  auto* dst = static_cast<SlotsObj*>(dst_o);
  auto* src = static_cast<SlotsObj*>(src_o);
  if (dst == src || !dst || !src) return;
  const Type* u = dst->type ? dst->type->u() : nullptr;
  for (size_t i = 0; i < dst->slots.size() && i < src->slots.size(); ++i) {
    const Type* ft = u ? (u->kind == Kind::Struct ? u->fields[i].type : u->elem) : nullptr;
    if (ft && ft->value_boxed()) copy_into(dst->slots[i].o, src->slots[i].o);
    else dst->slots[i] = src->slots[i];
  }
}

Value Interp::make_iface(const Value& v, const Type* dyn) {
  Value r;
  r.t = dyn;
  if (dyn->ref_only()) {
    r.o = v.o;
  } else {
    auto* box = alloc<SlotsObj>(nullptr, 1);
    box->slots[0] = v;
    r.o = box;
  }
  return r;
}

}  // namespace goro::vm
