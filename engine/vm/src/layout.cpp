// Go's amd64 layout (cmd/compile's types.CalcSize): fields in order at their alignment, a
// struct's size rounded up to its alignment, one byte of padding after a final zero-size field.
#include "layout.h"

#include <algorithm>

namespace goro::vm {

namespace {

int64_t round_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

}  // namespace

int64_t go_alignof(const Type* t) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 4;
    case Kind::Array: return go_alignof(u->elem);
    case Kind::Struct: {
      int64_t a = 1;
      for (const Field& f : u->fields) a = std::max(a, go_alignof(f.type));
      return a;
    }
    default: return 8;
  }
}

int64_t go_sizeof(const Type* t) {
  const Type* u = t->u();
  switch (u->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 4;
    case Kind::String: case Kind::Interface: return 16;
    case Kind::Slice: return 24;
    case Kind::Array: return go_sizeof(u->elem) * u->len;
    case Kind::Struct: {
      if (u->fields.empty()) return 0;
      int64_t off = 0;
      for (const Field& f : u->fields) off = round_up(off, go_alignof(f.type)) + go_sizeof(f.type);
      if (go_sizeof(u->fields.back().type) == 0) off++;
      return round_up(off, go_alignof(u));
    }
    default: return 8;  // ints, floats, pointers, maps, channels, funcs
  }
}

int64_t go_field_offset(const Type* t, size_t i) {
  const Type* u = t->u();
  int64_t off = 0;
  for (size_t k = 0; k < u->fields.size(); ++k) {
    off = round_up(off, go_alignof(u->fields[k].type));
    if (k == i) return off;
    off += go_sizeof(u->fields[k].type);
  }
  return off;
}

}  // namespace goro::vm
