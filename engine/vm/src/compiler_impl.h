// The compiler's internals: scopes, operands, constants and per-function state.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "goro/lang/ast.h"
#include "bignum.h"
#include "goro/vm/bytecode.h"

namespace goro::vm {

using namespace goro::lang;

// ConstVal: an exact compile-time constant, as go/constant's values: integers of any size,
// floats as exact rationals, strings and booleans. The kind is the value's representation; the
// constant's Go type (untyped int or float, a typed int8, ...) is the operand's.
struct ConstVal {
  enum K : uint8_t { None, Bool, Int, Float, String } k = None;
  bool b = false;
  BigInt i;      // Int
  Rat f;         // Float
  std::string s;
  static ConstVal of_int(BigInt v) { ConstVal c; c.k = Int; c.i = std::move(v); return c; }
  static ConstVal of_int(int64_t v) { return of_int(BigInt::of(v)); }
  static ConstVal of_float(Rat v) { ConstVal c; c.k = Float; c.f = std::move(v); return c; }
  static ConstVal of_bool(bool v) { ConstVal c; c.k = Bool; c.b = v; return c; }
  static ConstVal of_string(std::string v) { ConstVal c; c.k = String; c.s = std::move(v); return c; }
  bool numeric() const { return k == Int || k == Float; }
  int sign() const { return k == Int ? i.sign() : k == Float ? f.sign() : 0; }
  // to_int: the integer value (an integral float too), or None (go/constant's ToInt).
  ConstVal to_int() const;
  ConstVal to_float() const;  // an Int as an exact Float
  // int64: the value if it is an integer that fits an int64.
  bool int64(int64_t* out) const;
  double f64() const;     // the nearest float64 (±Inf beyond)
  std::string str() const;  // as go/constant's String (messages): "1e+20", "0.1", "\"a\""
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
  lang::Pos pos;                      // where it is declared
  bool used = false;                  // Local, Pkg: referenced ("declared but not used" otherwise)
  bool report_unused = false;         // Local variables (not parameters); imports
  std::string import_path, import_as;  // Pkg entities of the file's imports
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
  bool mapindex = false;       // m[k] ("map index expression of type")
  bool commaok = false;        // <-ch or x.(T) used for one value ("comma, ok expression of type")
  bool is_nil = false;         // the value nil (untyped, or typed by its context)
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
  std::vector<std::string> result_names;  // named results
  std::vector<Entity*> result_ents;
  lang::Pos cur;
};

}  // namespace goro::vm
