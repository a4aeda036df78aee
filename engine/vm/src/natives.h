// Natives: the C++ half of the standard library, looked up by qualified name ("time.Sleep",
// "sync.(*WaitGroup).Wait", "builtin.println").
#pragma once

#include <string>

#include "goro/vm/bytecode.h"

namespace goro::vm {

// find_native registers the native called `name` in p and returns its index, or -1.
int find_native(const std::string& name, Program& p);

}  // namespace goro::vm
