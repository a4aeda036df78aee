#include <cstdio>

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

namespace goro::vm {

std::string disassemble(const Function& f) {
  std::string out = f.name + " (params " + std::to_string(f.nparams) + ", results " + std::to_string(f.nresults) +
                    ", registers " + std::to_string(f.nregs) + ")\n";
  for (size_t pc = 0; pc < f.code.size(); ++pc) {
    const Instr& I = f.code[pc];
    char buf[128];
    std::snprintf(buf, sizeof buf, "%5zu  %-10s a=%d b=%d c=%d x=%u  ; line %u\n", pc, op_name(I.op), I.a, I.b, I.c, I.x,
                  pc < f.pos.size() ? f.pos[pc].line : 0);
    out += buf;
  }
  return out;
}

}  // namespace goro::vm
