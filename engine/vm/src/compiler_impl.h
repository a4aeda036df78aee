// The compiler's internals: scopes, operands, constants and per-function state.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "goro/lang/ast.h"
#include "goro/vm/bytecode.h"

namespace goro::vm {

using namespace goro::lang;

// ConstVal: an exact compile-time constant (integers to 127 bits).
struct ConstVal {
  enum K : uint8_t { None, Bool, Int, Float, String } k = None;
  bool b = false;
  __int128 i = 0;
  double f = 0;
  std::string s;
  static ConstVal of_int(__int128 v) { ConstVal c; c.k = Int; c.i = v; return c; }
  static ConstVal of_float(double v) { ConstVal c; c.k = Float; c.f = v == 0 ? 0.0 : v; return c; }  // no -0 in Go's constants
  static ConstVal of_bool(bool v) { ConstVal c; c.k = Bool; c.b = v; return c; }
  static ConstVal of_string(std::string v) { ConstVal c; c.k = String; c.s = std::move(v); return c; }
  double as_float() const { return k == Float ? f : static_cast<double>(i); }
  std::string str() const;  // as Go prints it in messages
};

struct Package;

struct Entity {
  enum K : uint8_t { Const, TypeName, Global, Func, Pkg, Builtin, Local, Nil } k;
  std::string name;
  const Type* type = nullptr;
  ConstVal cval;
  int index = -1;          // Global: slot; Func: function index; Local: register; Builtin: id
  bool boxed = false;      // Local: the register holds a box
  int capture = -1;        // Local seen from a closure: index into the closure's captures
  Package* pkg = nullptr;  // Pkg
  struct FuncState* owner = nullptr;  // Local: the function that declared it
};

struct Scope {
  Scope* parent = nullptr;
  std::unordered_map<std::string, Entity*> names;
};

struct Package {
  std::string path, name;
  Scope scope;
  std::unique_ptr<ast::File> file;
  std::vector<int> init_funcs;
  bool compiled = false;
};

struct Operand {
  enum Mode : uint8_t { Invalid, NoValue, Const, Value, Multi, TypeExpr, Builtin, PkgName } mode = Invalid;
  const Type* type = nullptr;
  int reg = -1;
  ConstVal c;
  bool fresh = false;          // a struct/array value nobody else references (no copy needed)
  bool variable = false;       // names a variable (for messages: "variable of type")
  int builtin = -1;
  Package* pkg = nullptr;
  ast::Expr* expr = nullptr;
  bool ok() const { return mode != Invalid; }
};

// LValue: where an assignment stores.
struct LValue {
  enum K : uint8_t { Blank, Reg, BoxReg, Global, Field, Index, IndexArr, MapEntry, Deref } k = Blank;
  const Type* type = nullptr;
  int a = -1, b = -1;  // registers (object/container/map/pointer, index/key) or slot
  int field = -1;
  int offset = 0;  // Field: Go's byte offset of the field
};

struct LoopLabels {
  std::string label;
  std::vector<size_t> breaks, continues;
  bool is_loop = true;  // switch/select only take break
  size_t continue_target = 0;
};

struct FuncState {
  FuncState* parent = nullptr;
  Function* fn = nullptr;
  Scope* scope = nullptr;
  std::vector<std::unique_ptr<Scope>> scopes;
  int next_reg = 0;
  int keep = 0;                            // registers below this hold live locals
  int closures = 0;                        // closures made so far (names: main.f.func1, ...)
  FuncState* top = nullptr;                // the enclosing top-level function
  std::vector<Entity*> captures;           // entities of enclosing functions captured, in order
  std::vector<LoopLabels> loops;
  std::set<std::string> escaping;          // names referenced by closures or with & taken
  std::vector<const Type*> results;
  std::vector<int> result_regs;
  bool named_results = false;
  lang::Pos cur;
};

}  // namespace goro::vm
