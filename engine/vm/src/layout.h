// layout: Go's sizes, alignments and field offsets on amd64, for what Go shows of memory: the
// addr= of a nil pointer dereference is the offset of the field read through the nil pointer.
#pragma once

#include <cstdint>

#include "goro/vm/types.h"

namespace goro::vm {

int64_t go_sizeof(const Type* t);
int64_t go_alignof(const Type* t);
// go_field_offset: the byte offset of field i of struct type t.
int64_t go_field_offset(const Type* t, size_t i);

}  // namespace goro::vm
