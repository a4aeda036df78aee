// goro/lang/resolver.h — name resolution, the first pass of the type checker.
//
// Binds every name through Go's scopes and reports what Go 1.19 reports without needing types:
// "undefined: x", "x declared but not used", "imported and not used: \"os\"", "x redeclared in this
// block" (with its "other declaration" line), "no new variables on left side of :=", and unused or
// undefined labels.
//
//   goro::lang::Diagnostics diags("main.go");
//   auto file = goro::lang::check(source, diags);   // parse, then resolve if it parsed cleanly
#pragma once

#include <memory>
#include <string_view>

#include "goro/lang/ast.h"
#include "goro/lang/parser.h"

namespace goro::lang {

void resolve(const ast::File& file, Diagnostics& diags);
std::unique_ptr<ast::File> check(std::string_view source, Diagnostics& diags);

}  // namespace goro::lang
