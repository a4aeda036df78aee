#include "goro/vm/bytecode.h"

namespace goro::vm {

const char* op_name(Op op) {
  switch (op) {
#define GORO_OP_NAME(name) case Op::name: return #name;
    GORO_OPS(GORO_OP_NAME)
#undef GORO_OP_NAME
  }
  return "?";
}

}  // namespace goro::vm
