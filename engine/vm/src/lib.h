// lib: what the library's native modules (lib_*.cpp, natives.cpp) share: their tables of
// natives and the helpers that read and build Go values.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "goro/vm/interp.h"

namespace goro::vm::lib {

using N = NativeStatus;

struct NativeEntry {
  const char* name;  // "strings.Index", "sync.(*Mutex).Lock"
  NativeFn fn;
};

// The tables of the modules; find_native searches them all.
std::span<const NativeEntry> strings_natives();
std::span<const NativeEntry> strconv_natives();
std::span<const NativeEntry> math_natives();
std::span<const NativeEntry> rand_natives();

inline std::string_view S(const Value& v) { return str_of(v); }
inline Value str(Interp& in, std::string s) { return in.make_string(std::move(s)); }
std::vector<Value> slice_items(const Value& slice);
// slice_of_values: a []T over items (nil when empty).
Value slice_of_values(Interp& in, const std::vector<Value>& items);
// strings_slice: a []string, empty but not nil when v is empty (as strings.Split returns).
Value strings_slice(Interp& in, const std::vector<std::string>& v);
// panic_string: panic(msg) with a string value, as the library's own panics do.
N panic_string(Interp& in, const std::string& msg);

}  // namespace goro::vm::lib
