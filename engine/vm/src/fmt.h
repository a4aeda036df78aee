// fmt: Go's formatting of values (%v and friends), shared by fmt, print, panics and errors.
#pragma once

#include <string>

#include "goro/vm/interp.h"

namespace goro::vm {

// format_value appends v (of static type t; interfaces print their dynamic value) as verb does.
struct FmtSpec {
  char verb = 'v';
  bool plus = false, minus = false, sharp = false, space = false, zero = false;
  int width = -1, prec = -1;
};
void format_value(Interp& in, std::string& out, const Value& v, const Type* t, const FmtSpec& spec, int depth = 0);
std::string sprintf(Interp& in, std::string_view format, const Value* args, size_t n);
std::string sprint(Interp& in, const Value* args, size_t n, bool spaces_always, bool newline);
std::string quote(std::string_view s);
std::string format_float(double f, char fmt, int prec, int bits = 64);
std::string duration_string(int64_t d);

}  // namespace goro::vm
