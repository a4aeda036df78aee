// prelude_table: the prelude's Go sources (engine/vm/prelude/<import path>.go), embedded into
// the library at build time by embed_prelude.cmake.
#pragma once

#include <cstddef>

namespace goro::vm {

struct PreludeSource {
  const char* path;    // "fmt", "math/rand"
  const char* source;  // the package's Go source
};

extern const PreludeSource kPreludeSources[];
extern const size_t kPreludeCount;

}  // namespace goro::vm
