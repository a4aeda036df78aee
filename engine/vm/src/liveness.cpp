// Liveness of registers, per instruction: the leak verdicts ask which objects a parked goroutine
// can still use, and a register that is dead at the goroutine's pc must not keep a channel alive
// (Go's garbage collector would not). Classic backward dataflow over the bytecode's control flow.
#include "liveness.h"

#include <algorithm>

namespace goro::vm {

namespace {

struct UseDef {
  std::vector<int> use, def;
  std::vector<uint32_t> succ;
  bool falls = true;  // continues at pc + 1
};

void range(std::vector<int>& v, int from, int n) {
  for (int i = 0; i < n; ++i) v.push_back(from + i);
}

UseDef use_def(const Program& p, const Function& f, uint32_t pc) {
  const Instr& I = f.code[pc];
  UseDef u;
  auto rd = [&](int r) { if (r >= 0) u.use.push_back(r); };
  auto wr = [&](int r) { if (r >= 0) u.def.push_back(r); };
  switch (I.op) {
    case Op::Nop: case Op::Safepoint: break;
    case Op::Const: case Op::Int: case Op::Zero: case Op::LoadG: case Op::AddrG: case Op::New:
    case Op::MakeMap: case Op::FuncVal: case Op::Captured: case Op::Recover:
      wr(I.a);
      break;
    case Op::StoreG: rd(I.b); break;
    case Op::CopyInto: case Op::SetBox: case Op::Store: case Op::Send: case Op::MapDel:
      rd(I.a);
      rd(I.b);
      break;
    case Op::SetField: rd(I.a); rd(I.c); break;
    case Op::SetIndex: case Op::MapSet: rd(I.a); rd(I.b); rd(I.c); break;
    case Op::Close: case Op::Panic: case Op::NilCheck: rd(I.a); break;
    case Op::Jmp: u.falls = false; u.succ.push_back(static_cast<uint32_t>(I.a)); break;
    case Op::JT: case Op::JF: rd(I.a); u.succ.push_back(static_cast<uint32_t>(I.b)); break;
    case Op::Ret: {
      u.falls = false;
      range(u.use, static_cast<int>(f.nparams), static_cast<int>(f.nresults));
      for (auto& [ri, box] : f.result_boxes) rd(box);
      break;
    }
    case Op::Call: {
      const Function* c = p.funcs[I.b].get();
      int n = static_cast<int>(c->nparams);
      range(u.use, I.a, n);
      range(u.def, I.a, static_cast<int>(std::max(c->nresults, 1u)));
      break;
    }
    case Op::CallN: range(u.use, I.a, static_cast<int>(I.x)); range(u.def, I.a, 4); break;
    case Op::CallV: case Op::CallI:
      // the callee's arity is not in the instruction: every register from a up may be an argument
      range(u.use, I.a, static_cast<int>(f.nregs) - I.a);
      if (I.op == Op::CallV) rd(I.b);
      wr(I.a);
      break;
    case Op::Go: case Op::Defer:
      range(u.use, I.a, static_cast<int>(I.x) + (I.c == 1 ? 0 : 0));
      if (I.c == 1) rd(I.b);
      if (I.c == 1 || I.c == 2) range(u.use, I.a, static_cast<int>(f.nregs) - I.a);
      break;
    case Op::Field: case Op::AddrField: case Op::Unbox: case Op::Box: case Op::Mov: case Op::Clone:
    case Op::Neg: case Op::Compl: case Op::Not: case Op::Wrap: case Op::FNeg: case Op::F32:
    case Op::IToF: case Op::UToF: case Op::FToI: case Op::FToU: case Op::RuneToStr: case Op::StrToBytes:
    case Op::BytesToStr: case Op::StrToRunes: case Op::RunesToStr: case Op::Load: case Op::Len: case Op::Cap:
    case Op::MapIter: case Op::Iface: case Op::Bind: case Op::BindI:
      rd(I.b);
      wr(I.a);
      break;
    case Op::Index: case Op::AddrIndex: case Op::Copy: case Op::AppendSl:
      rd(I.b);
      rd(I.c);
      wr(I.a);
      break;
    case Op::Slice: rd(I.b); range(u.use, I.c, 3); wr(I.a); break;
    case Op::MakeSlice: range(u.use, I.c, 2); wr(I.a); break;
    case Op::MakeChan: rd(I.c); wr(I.a); break;
    case Op::Append: rd(I.b); range(u.use, I.c, static_cast<int>(I.x & kAppendCount)); wr(I.a); break;
    case Op::Closure: range(u.use, I.c, static_cast<int>(I.x)); wr(I.a); break;
    case Op::MapGet: rd(I.b); rd(I.c); wr(I.a); if (I.x) wr(I.a + 1); break;
    case Op::Assert: rd(I.b); wr(I.a); if (I.x & 1) wr(I.a + 1); break;
    case Op::Recv: rd(I.b); wr(I.a); if (I.x) wr(I.a + 1); break;
    case Op::MapNext:
      rd(I.a);
      wr(I.b);
      wr(I.b + 1);
      u.succ.push_back(static_cast<uint32_t>(I.c));
      break;
    case Op::StrNext:
      rd(I.a);
      rd(I.b);
      wr(I.b + 1);
      wr(I.b + 2);
      u.succ.push_back(static_cast<uint32_t>(I.c));
      break;
    case Op::Select: {
      const SelectTable& t = f.selects[I.b];
      for (const auto& c : t.cases) {
        rd(c.chan);
        if (c.send) rd(c.value);
      }
      wr(I.a);
      // received values land in their registers; they are defined only on their path, so they
      // stay conservatively live (not killed) here
      break;
    }
    default:  // binary operators: a = b op c
      rd(I.b);
      rd(I.c);
      wr(I.a);
      break;
  }
  // a register both read and written (a = a + b) is read first
  u.def.erase(std::remove_if(u.def.begin(), u.def.end(), [&](int d) {
                return std::find(u.use.begin(), u.use.end(), d) != u.use.end();
              }), u.def.end());
  return u;
}

}  // namespace

std::vector<std::vector<bool>> compute_liveness(const Program& p, const Function& f) {
  size_t n = f.code.size();
  size_t nr = std::max<size_t>(f.nregs, f.nparams + f.nresults);
  std::vector<UseDef> ud(n);
  for (uint32_t pc = 0; pc < n; ++pc) ud[pc] = use_def(p, f, pc);
  std::vector<std::vector<bool>> live_in(n, std::vector<bool>(nr, false));
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t k = n; k-- > 0;) {
      std::vector<bool> out(nr, false);
      auto merge = [&](size_t s) {
        if (s >= n) return;
        for (size_t r = 0; r < nr; ++r)
          if (live_in[s][r]) out[r] = true;
      };
      if (ud[k].falls) merge(k + 1);
      for (uint32_t s : ud[k].succ) merge(s);
      for (int d : ud[k].def)
        if (d >= 0 && static_cast<size_t>(d) < nr) out[d] = false;
      for (int u : ud[k].use)
        if (u >= 0 && static_cast<size_t>(u) < nr) out[u] = true;
      if (out != live_in[k]) {
        live_in[k] = std::move(out);
        changed = true;
      }
    }
  }
  return live_in;
}

}  // namespace goro::vm
