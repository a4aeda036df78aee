// goro/lang/printer.h — expressions and simple statements written as gc's syntax printer does
// in its short form (syntax.String): "T{…}" for a literal with elements, "func() {…}".
#pragma once

#include <string>

#include "goro/lang/ast.h"

namespace goro::lang {

std::string expr_string(const ast::Expr* e);
std::string list_string(const std::vector<ast::Expr*>& list);  // "a, b"
// stmt_string: a simple statement ("x := 1", "x++", "ch <- v") for the parser's messages.
std::string stmt_string(const ast::Stmt* s);

}  // namespace goro::lang
