// fmt: Go's formatted printing (Print, Println, Printf and Errorf's %w), shared by the fmt
// package's natives. The printer follows the structure of Go's fmt so that every verb, flag,
// width, precision, error case (`%!d(string=x)`, `%!d(MISSING)`, `%!(EXTRA ...)`) and method
// call (Error, String, GoString, and panics inside them) comes out as Go prints it.
#pragma once

#include <string>
#include <string_view>

#include "goro/vm/interp.h"

namespace goro::vm {

// sprint: fmt.Sprint (spaces between operands when neither is a string) or, with ln, fmt.Sprintln.
std::string sprint(Interp& in, const Value* args, size_t n, bool ln);

// sprintf: fmt.Sprintf over interface values args[0..n). With wrapped non-null the format may
// use %w once (fmt.Errorf): *wrapped receives the error it names, or stays nil.
std::string sprintf(Interp& in, std::string_view format, const Value* args, size_t n, Value* wrapped = nullptr);

// go_address: a Go-looking heap address (0xc000......) standing for an object: Go's differ from
// run to run, so only their look matters.
uint64_t go_address(const Value& v);

// duration_string: time.Duration's String ("1.5s", "80ms", "1h30m0s", "3µs").
std::string duration_string(int64_t d);

}  // namespace goro::vm
