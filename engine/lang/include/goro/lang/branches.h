// goro/lang/branches.h — labels and branch statements checked as gc's parser checks them
// (cmd/compile/internal/syntax/branches.go): break/continue outside a loop, undefined, unused
// and duplicate labels, invalid targets, misplaced fallthrough, gotos into blocks or over
// declarations. Each function body and function literal is checked on its own, literals first,
// and a body with a parse error in it is skipped (gc checks only clean bodies).
#pragma once

#include "goro/lang/ast.h"
#include "goro/lang/diagnostics.h"

namespace goro::lang {

void check_branches(const ast::File& file, Diagnostics& diags);

}  // namespace goro::lang
