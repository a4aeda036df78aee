// Register liveness per instruction (see liveness.cpp).
#pragma once

#include <vector>

#include "goro/vm/bytecode.h"

namespace goro::vm {

// compute_liveness: live_in[pc][r] says register r may still be read at or after pc.
std::vector<std::vector<bool>> compute_liveness(const Program& p, const Function& f);

}  // namespace goro::vm
