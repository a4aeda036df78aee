// goro/lang/parser.h — Go source to a syntax tree, with the gc compiler's syntax errors
// ("syntax error: unexpected }, expecting expression") and refusals of what goroscope does not
// support yet, by name and at its position ("goroscope does not support generics yet").
//
//   goro::lang::Diagnostics diags("main.go");
//   std::unique_ptr<goro::lang::ast::File> file = goro::lang::parse(source, diags);
//   if (!diags.empty()) std::fputs(diags.format().c_str(), stderr);
#pragma once

#include <memory>
#include <string_view>

#include "goro/lang/ast.h"
#include "goro/lang/diagnostics.h"

namespace goro::lang {

std::unique_ptr<ast::File> parse(std::string_view source, Diagnostics& diags);

}  // namespace goro::lang
