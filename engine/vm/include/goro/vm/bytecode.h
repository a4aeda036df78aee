// goro/vm/bytecode.h — the compiled program: register bytecode, functions, and their tables.
//
// Register machine: each call has a frame of Values (parameters, then results, then locals and
// temporaries). An instruction names up to three registers/operands (a, b, c) and a small extra
// operand x. Every instruction records its source position, so events, panics and goroutine
// dumps point at Go lines.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "goro/lang/diagnostics.h"
#include "goro/vm/types.h"
#include "goro/vm/value.h"

namespace goro::vm {

// X-macro: name and what it does (r = registers, K = constants, T = types).
#define GORO_OPS(X)                                                                        \
  X(Nop)       /* */                                                                       \
  X(Mov)       /* r[a] = r[b] */                                                           \
  X(Const)     /* r[a] = K[b] */                                                           \
  X(Int)       /* r[a] = int b */                                                          \
  X(Zero)      /* r[a] = zero value of T[b] */                                             \
  X(Clone)     /* r[a] = deep copy of the struct/array r[b] */                             \
  X(CopyInto)  /* *obj(r[a]) = deep copy of obj(r[b]) (assignment to a struct/array) */    \
  X(LoadG)     /* r[a] = globals[b] */                                                     \
  X(StoreG)    /* globals[a] = r[b] */                                                     \
  X(AddrG)     /* r[a] = &globals[b] */                                                    \
  X(Box)       /* r[a] = new box holding r[b] */                                           \
  X(Unbox)     /* r[a] = box(r[b]) */                                                      \
  X(SetBox)    /* box(r[a]) = r[b] */                                                      \
  X(Add) X(Sub) X(Mul) X(Div) X(DivU) X(Rem) X(RemU) X(And) X(Or) X(Xor) X(AndNot)         \
  X(Shl) X(Shr) X(ShrU) /* r[a] = r[b] op r[c] (64-bit; Wrap follows for sized kinds) */   \
  X(Neg) X(Compl) X(Not) /* r[a] = op r[b] */                                              \
  X(Wrap)      /* r[a] = r[b] truncated to Kind x */                                       \
  X(FAdd) X(FSub) X(FMul) X(FDiv) X(FNeg) X(F32)                                           \
  X(Concat)                                                                                \
  X(EqI) X(NeI) X(LtI) X(LeI) X(LtU) X(LeU) X(EqF) X(NeF) X(LtF) X(LeF)                    \
  X(EqS) X(NeS) X(LtS) X(LeS)                                                              \
  X(EqV) X(NeV) /* generic ==, != of T[x] */                                               \
  X(IToF) X(UToF) X(FToI) X(FToU) /* conversions; x = destination Kind */                  \
  X(RuneToStr) X(StrToBytes) X(BytesToStr) X(StrToRunes) X(RunesToStr)                     \
  X(Jmp)       /* pc = a */                                                                \
  X(JT) X(JF)  /* if (r[a]) pc = b */                                                      \
  X(Call)      /* call F[b] with arguments at r[a...]; results land at r[a...] */          \
  X(CallV)     /* call the func value r[b] */                                              \
  X(CallI)     /* call method name N[b] on the interface r[a] (receiver), args after it */ \
  X(CallN)     /* call native b with x arguments at r[a...] */                             \
  X(Go)        /* go: like Call/CallV/CallI/CallN by c (0..3), x arguments */             \
  X(Defer)     /* defer: same operands as Go */                                            \
  X(Ret)                                                                                   \
  X(Panic)     /* panic(r[a]) (an interface value) */                                      \
  X(Recover)   /* r[a] = recover() */                                                      \
  X(Field)     /* r[a] = obj(r[b]).slots[c] */                                             \
  X(SetField)  /* obj(r[a]).slots[b] = r[c] */                                             \
  X(AddrField) /* r[a] = &obj(r[b]).slots[c] */                                            \
  X(New)       /* r[a] = new(T[b]) */                                                      \
  X(Load)      /* r[a] = *r[b] */                                                          \
  X(Store)     /* *r[a] = r[b] */                                                          \
  X(NilCheck)  /* panic if r[a] is a nil pointer */                                        \
  X(Index)     /* r[a] = r[b][r[c]]; x: 0 slice, 1 array, 2 string */                     \
  X(SetIndex)  /* r[a][r[b]] = r[c]; x: 0 slice, 1 array */                                \
  X(AddrIndex) /* r[a] = &r[b][r[c]]; x: 0 slice, 1 array */                              \
  X(Slice)     /* r[a] = r[b][r[c]:r[c+1]:r[c+2]]; x bits: 1 lo, 2 hi, 4 max; 8 string, 16 array */ \
  X(MakeSlice) /* r[a] = make(T[b], r[c], r[c+1]) (x=1: cap given) */                      \
  X(Append)    /* r[a] = append(r[b], r[c...c+x)) of T[..]; elements already converted */  \
  X(AppendSl)  /* r[a] = append(r[b], r[c]...); x=1: r[c] is a string */                   \
  X(Copy)      /* r[a] = copy(r[b], r[c]); x=1: r[c] is a string */                        \
  X(Len) X(Cap) /* r[a] = len/cap(r[b]); x: 0 slice, 1 string, 2 map, 3 chan */            \
  X(MakeMap)   /* r[a] = make(T[b]) */                                                     \
  X(MapGet)    /* r[a] = r[b][r[c]]; x=1: r[a+1] = ok */                                   \
  X(MapSet)    /* r[a][r[b]] = r[c] */                                                     \
  X(MapDel)    /* delete(r[a], r[b]) */                                                    \
  X(MapIter)   /* r[a] = an iterator over r[b] */                                          \
  X(MapNext)   /* r[b], r[b+1] = next key, value of iterator r[a]; at the end pc = c */    \
  X(StrNext)   /* string r[a], byte index r[b]: r[b+1] = index, r[b+2] = rune; at the end pc = c */ \
  X(MakeChan)  /* r[a] = make(T[b], r[c]) (c < 0: unbuffered) */                           \
  X(Send)      /* r[a] <- r[b] */                                                          \
  X(Recv)      /* r[a] = <-r[b]; x=1: r[a+1] = ok */                                       \
  X(Close)     /* close(r[a]) */                                                           \
  X(Select)    /* select with table S[b]; r[a] = the case index taken */                   \
  X(Iface)     /* r[a] = interface holding r[b] of dynamic type T[c] */                    \
  X(Assert)    /* r[a] = r[b].(T[c]); x=1: comma-ok into r[a+1] */                         \
  X(Closure)   /* r[a] = closure of F[b] capturing r[c...c+x) */                           \
  X(Captured)  /* r[a] = the running closure's captured[b] */                               \
  X(Bind)      /* r[a] = method value: F[c] bound to receiver r[b] */                      \
  X(BindI)     /* r[a] = method value: method N[c] of the interface r[b] */                \
  X(FuncVal)   /* r[a] = F[b] as a func value */                                           \
  X(Safepoint) /* loop back-edge: time slice, stop requests, GC */

enum class Op : uint16_t {
#define GORO_OP_ENUM(name) name,
  GORO_OPS(GORO_OP_ENUM)
#undef GORO_OP_ENUM
};

const char* op_name(Op op);

struct Function;
// disassemble: one line per instruction (GOROSCOPE_DUMP=1 prints a program's main package).
std::string disassemble(const Function& f);

// Append's x: the number of elements (bits 0-15), the element's Go size plus one (bits 16-29,
// 0: unknown, grow exactly as for a fresh variadic slice), and kAppendValues when the elements
// are structs or arrays (copied, not shared, when the backing array grows). AppendSl's x: bit 0
// a string source, bit 1 values, bits 2-15 the element size plus one.
constexpr uint32_t kAppendValues = 1u << 30;
constexpr uint32_t kAppendCount = 0xFFFF;
inline uint32_t append_size_field(int64_t elem_size) {
  return static_cast<uint32_t>((elem_size > 16382 ? 16382 : elem_size) + 1);
}

struct Instr {
  Op op = Op::Nop;
  uint32_t x = 0;
  int32_t a = 0, b = 0, c = 0;
};

struct SelectCase {
  bool send = false;
  int chan = 0;     // register of the channel
  int value = 0;    // send: register of the value; receive: register for the value (ok at value+1)
  bool has_ok = false;
};
struct SelectTable {
  std::vector<SelectCase> cases;
  bool has_default = false;
};

// Pos + function, per instruction.
struct SourcePos {
  uint32_t line = 0, col = 0;
};

struct Function {
  std::string name;      // "main.worker", "main.(*T).Run", "main.main.func1"
  const Type* sig = nullptr;
  uint32_t nparams = 0;  // including a method's receiver
  uint32_t nresults = 0;
  uint32_t nregs = 0;
  bool has_recv = false;
  int native = -1;       // a prelude declaration without a body, implemented in C++
  std::vector<Instr> code;
  std::vector<SourcePos> pos;
  std::vector<Value> consts;
  std::vector<SelectTable> selects;
  SourcePos decl;        // where the function is declared
  std::string file;
  std::vector<std::pair<int, int>> result_boxes;  // (result index, register of its box)
  bool endless = false;  // has a loop with no way out (never-finishing when alive at exit)
};

// NativeFn: a library function in C++. It reads its arguments at args[0..n) and writes its
// results from args[0] on (as the frame convention puts them).
class Interp;
enum class NativeStatus : uint8_t { Done, Parked, Panicked, Exit, Yield };
using NativeFn = NativeStatus (*)(Interp& in, Value* args, int nargs);

struct Native {
  std::string name;
  NativeFn fn = nullptr;
  // replayable: may call back into Go and can run again from its start with the same arguments
  // (no effect before its last callback), so a callback of it may block (CallbackReplay).
  bool replayable = false;
};

struct Program {
  TypeTable types;
  std::vector<std::unique_ptr<Function>> funcs;
  std::vector<std::string> method_names;     // N[]: interface method names
  size_t nglobals = 0;
  std::vector<const Type*> global_types;
  int init = -1;                             // runs package initialisation, then main.main
  std::vector<Native> natives;
  std::string filename;
  std::vector<Obj*> pinned;                  // constants' objects
  ~Program();
};

}  // namespace goro::vm
