// libFuzzer target: any bytes given to the Go scanner and parser end in a tree or errors, never a
// crash or a hang, and every error is reported in gc's format.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "goro/lang/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  goro::lang::Diagnostics diags("fuzz.go");
  auto file = goro::lang::parse(src, diags);
  if (!file) __builtin_trap();
  std::string out = diags.format();
  if (!diags.empty() && out.rfind("fuzz.go:", 0) != 0) __builtin_trap();
  return 0;
}
