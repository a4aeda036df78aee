// The standard packages goroscope provides are Go source files in engine/vm/prelude, one per
// package (its import path), embedded at build time. Declarations without a body are natives
// (natives.cpp, lib_*.cpp). Only what teaching programs use is there; the rest is refused by name.
#include <string_view>

#include "goro/vm/compiler.h"
#include "prelude_table.h"

namespace goro::vm {

const char* prelude_source(std::string_view path) {
  for (size_t i = 0; i < kPreludeCount; ++i)
    if (path == kPreludeSources[i].path) return kPreludeSources[i].source;
  return nullptr;
}

}  // namespace goro::vm
