// goro/vm/value.h — the VM's values and heap objects.
//
// A Value is two words: a scalar payload (ints, floats, bools, a pointer's slot index, an
// interface's dynamic type) and one reference to a garbage-collected object. The compiler knows
// every static type, so a Value carries no tag; the collector only ever follows `o`.
//
//   string          o = StrObj (nullptr for "")
//   struct, array   o = SlotsObj, owned by the variable (copied on assignment)
//   *T (T struct/array)  o = that SlotsObj;  other *T: o = the container, i = slot index
//   slice           o = SliceObj (an immutable header over a SlotsObj)
//   map, chan, func o = MapObj, ChanObj, ClosureObj
//   interface       t = dynamic type (nullptr: nil); o = the value's object, or a BoxObj holding
//                   the whole Value when the dynamic type needs the scalar word
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "goro/channel.h"
#include "goro/vm/types.h"

namespace goro::vm {

struct Obj;

struct Value {
  union {
    int64_t i;
    uint64_t u;
    double f;
    const Type* t;
  };
  Obj* o;
  Value() : i(0), o(nullptr) {}
  static Value of_int(int64_t v) { Value x; x.i = v; return x; }
  static Value of_float(double v) { Value x; x.f = v; return x; }
  static Value of_bool(bool v) { Value x; x.i = v ? 1 : 0; return x; }
  static Value of_obj(Obj* o) { Value x; x.o = o; return x; }
};
static_assert(sizeof(Value) == 16);

enum class ObjKind : uint8_t { String, Slots, Slice, Map, Chan, Closure, Handle, MapIter };

// Obj: the header of every heap object. The collector (gc.h) links live objects through gc_next
// and marks them; pinned objects (the program's string constants) belong to the Program, are not
// on the heap's list and are never written to, so runs may share a Program.
struct Obj {
  Obj* gc_next = nullptr;
  ObjKind kind;
  bool marked = false;
  bool pinned = false;
  uint8_t size_class = 0;    // the heap's free list the object's memory returns to
  uint32_t trace_epoch = 0;  // leak verdicts: the last reachability walk that visited this object
  explicit Obj(ObjKind k) : kind(k) {}
  virtual ~Obj() = default;
};

struct StrObj final : Obj {
  std::string s;
  explicit StrObj(std::string v) : Obj(ObjKind::String), s(std::move(v)) {}
};

// SlotsObj: a struct's fields, an array's elements, a slice's backing array, a box of one variable,
// the globals, or a boxed interface payload.
struct SlotsObj final : Obj {
  const Type* type;  // struct or array type; nullptr for boxes and backing arrays
  std::vector<Value> slots;
  SlotsObj(const Type* t, size_t n) : Obj(ObjKind::Slots), type(t), slots(n) {}
};

struct SliceObj final : Obj {
  SlotsObj* arr;
  int64_t off, len, cap;
  SliceObj(SlotsObj* a, int64_t o, int64_t l, int64_t c) : Obj(ObjKind::Slice), arr(a), off(o), len(l), cap(c) {}
  Value& at(int64_t i) { return arr->slots[static_cast<size_t>(off + i)]; }
};

struct KeyHash {
  const Type* t;
  size_t operator()(const Value& v) const;
};
struct KeyEq {
  const Type* t;
  bool operator()(const Value& a, const Value& b) const;
};

struct MapObj final : Obj {
  const Type* type;  // the map type
  std::unordered_map<Value, Value, KeyHash, KeyEq> m;
  bool writing = false;  // "concurrent map writes" detection across yields
  // "concurrent map writes": the goroutine that wrote last and when (Interp's sync clock)
  uint64_t last_writer = 0, last_write = 0;
  explicit MapObj(const Type* t) : Obj(ObjKind::Map), type(t), m(8, KeyHash{t->u()->key}, KeyEq{t->u()->key}) {}
};

struct MapIterObj final : Obj {
  MapObj* map;
  std::vector<Value> keys;
  size_t next = 0;
  explicit MapIterObj(MapObj* m) : Obj(ObjKind::MapIter), map(m) {}
};

struct ChanObj final : Obj {
  Ref<Channel> ch;
  const Type* elem;
  explicit ChanObj(Ref<Channel> c, const Type* e) : Obj(ObjKind::Chan), ch(std::move(c)), elem(e) {}
};

struct Function;
struct ClosureObj final : Obj {
  const Function* fn;
  std::vector<Value> captured;  // boxes of captured variables, or a bound method's receiver
  explicit ClosureObj(const Function* f) : Obj(ObjKind::Closure), fn(f) {}
};

// HandleObj: a runtime object (mutex, wait group, context, timer) held by the prelude's types.
struct HandleObj final : Obj {
  Ref<Object> obj;
  Value extra;  // e.g. AfterFunc's function
  // The sync value whose handle this is (identity only, never traced): a copy of that value finds
  // another owner and makes a runtime object of its own (natives.cpp's handle).
  const Obj* owner = nullptr;
  explicit HandleObj(Ref<Object> r) : Obj(ObjKind::Handle), obj(std::move(r)) {}
};

inline std::string_view str_of(const Value& v) {
  return v.o ? std::string_view(static_cast<StrObj*>(v.o)->s) : std::string_view();
}

// values_equal: Go's == for two values of type t (interfaces compare dynamic type and value).
bool values_equal(const Type* t, const Value& a, const Value& b);
size_t value_hash(const Type* t, const Value& v);
// iface_payload: the value stored in an interface (unboxed).
Value iface_payload(const Value& iface);

}  // namespace goro::vm
