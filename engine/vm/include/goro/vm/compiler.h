// goro/vm/compiler.h — Go source to a checked, compiled Program.
//
// Type checking and code generation are one pass over the syntax tree (after the resolver's pass):
// every expression is checked and compiled together, constants fold on the way, and errors use the
// words of Go 1.19's compiler ("cannot use x (variable of type int) as string value in assignment").
//
//   goro::lang::Diagnostics diags("main.go");
//   std::unique_ptr<goro::vm::Program> p = goro::vm::compile(source, diags);
//   if (!p) std::fputs(diags.format().c_str(), stderr);
#pragma once

#include <memory>
#include <string_view>

#include "goro/lang/diagnostics.h"
#include "goro/vm/bytecode.h"

namespace goro::vm {

std::unique_ptr<Program> compile(std::string_view source, lang::Diagnostics& diags);

// prelude_source: the Go source of a standard package goroscope provides ("time", "sync", ...),
// or nullptr if the package is not supported.
const char* prelude_source(std::string_view path);

}  // namespace goro::vm
