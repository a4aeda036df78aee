// The Compiler: checks and compiles packages (the program's and the prelude's) into one Program.
#pragma once

#include <functional>
#include <set>

#include "compiler_impl.h"
#include "goro/lang/diagnostics.h"

namespace goro::vm {

enum BuiltinId { BAppend, BCap, BClose, BCopy, BDelete, BLen, BMake, BNew, BPanic, BPrint, BPrintln, BRecover, BComplex, BReal, BImag, BMin, BMax, BClear };

class Compiler {
 public:
  Compiler(Program& prog, lang::Diagnostics& diags) : p_(prog), types_(prog.types), diags_(diags) {}
  bool compile_main(std::string_view source);
  friend Operand multi_rhs(Compiler&, ast::Expr*, size_t);

  // ---- packages and declarations (compile_decl.cpp)
  Package* load_package(const std::string& path, lang::Pos pos);
  void collect(Package* pkg, Diagnostics& d);
  void declare_universe();
  const Type* resolve_type(ast::Expr* e);
  void not_a_type(ast::Expr* e, Entity* ent);
  const Type* func_type(ast::Expr* ftype, const Type* recv, std::vector<std::string>* names, std::vector<lang::Pos>* poss);
  void resolve_const(Entity* e);
  void init_const(Entity* e, ast::Expr* value, ast::Expr* type_expr);
  void const_arity(ast::ValueSpec* vs, ast::ValueSpec* last, bool inherited);
  void init_const_value(Entity* e, ast::Expr* value, ast::Expr* type_expr);
  int64_t array_length(ast::Expr* e);  // -1 after an error
  void compile_function(ast::FuncDecl* fd, int index);
  void finish_init();
  int new_function(std::string name);
  std::string qualify(const std::string& name) const { return pkg_->name + "." + name; }

  // ---- expressions (compile_expr.cpp)
  Operand expr(ast::Expr* e, const Type* hint = nullptr);
  Operand ident(ast::Expr* e);
  Operand selector(ast::Expr* e);
  Selection select(ast::Expr* e, const Operand& x, bool addressable);
  // foreign_type: a named type declared in another package than the one being compiled.
  bool foreign_type(const Type* t) const;
  bool foreign_visible(const Type* t, const Selection& sel, const std::string& name);
  Operand method_expr(ast::Expr* e, Operand& x);
  int method_thunk(const Type* recv, const Selection& sel, const std::string& name, const Type* ft);
  std::map<std::string, int> thunks_;
  Operand index_expr(ast::Expr* e);
  Operand slice_expr(ast::Expr* e);
  Operand check_index(ast::Expr* index, int64_t max, int64_t* val);
  bool literal_indices(ast::Expr* lit, int64_t length, std::vector<std::pair<int64_t, ast::Expr*>>* items, int64_t* max);
  Operand call(ast::Expr* e, int want_results = 1);
  // call_kind_: what the last call() was, for expression statements (types2's exprKind).
  enum class CallKind : uint8_t { Statement, Expression, Conversion };
  CallKind call_kind_ = CallKind::Statement;
  static CallKind builtin_kind(int id);
  Operand call_impl(ast::Expr* e, int want_results, CallKind* kind_out);
  Operand call_builtin(ast::Expr* e, int id);
  Operand conversion(ast::Expr* e, const Type* t);
  bool convertible(const Operand& x, const Type* t, std::string* cause);
  Operand unary(ast::Expr* e, const Type* hint);
  Operand binary(ast::Expr* e, const Type* hint, bool assign = false);
  Operand shift_op(ast::Expr* e, Operand& x, Operand& y, const Type* hint);
  Operand comparison(ast::Expr* e, Operand& x, Operand& y, bool switch_case = false);
  bool can_mix(const Operand& x, const Operand& y);
  std::string kind_string(const Type* t);
  std::string incomparable_cause(const Type* t);
  Operand composite(ast::Expr* e, const Type* hint);
  Operand func_lit(ast::Expr* e);
  Operand type_assert(ast::Expr* e, bool comma_ok);
  Operand recv_expr(ast::Expr* e, bool comma_ok);
  Operand map_index(ast::Expr* e, bool comma_ok);
  Operand address_of(ast::Expr* x);
  // call plumbing: evaluate a call's arguments into regs base... and emit it.
  struct Callee {
    enum K { Static, Value, Iface } k = Static;
    int func = -1;   // Static
    int reg = -1;    // Value: the func value; Iface: method name index
    const Type* sig = nullptr;
    bool has_recv = false;
  };
  Operand emit_call(ast::Expr* e, Callee& c, ast::Expr* recv_expr, const std::function<void(int)>& put_recv,
                    Op op = Op::Call);
  bool method_receiver(ast::Expr* x, const Selection& sel, int dst);
  int builtin_native(const std::string& name);
  std::map<std::string, int> builtin_funcs_;
  void compile_body(ast::Expr* ftype, ast::Block* body, const Type* sig, ast::Field* recv, const Type* recv_type);

  // ---- values (compile_expr.cpp)
  int reg() { int r = fs_->next_reg++; if (static_cast<uint32_t>(fs_->next_reg) > fs_->fn->nregs) fs_->fn->nregs = fs_->next_reg; return r; }
  int regs(int n) { int r = fs_->next_reg; fs_->next_reg += n; if (static_cast<uint32_t>(fs_->next_reg) > fs_->fn->nregs) fs_->fn->nregs = fs_->next_reg; return r; }
  // read: the operand's value in a register, for reading only.
  int read(Operand& o, int dst = -1);
  // value_to: the operand converted (assignability checked) to t, ready to be stored; context is
  // "assignment", "argument to f", "return statement", ...
  int value_to(Operand& o, const Type* t, const std::string& context, int dst = -1);
  // assignment: types2's check of o as a value for a t (nullptr: the blank identifier); an
  // untyped o takes its type; false (o invalid) after reporting why not.
  bool assignment(Operand& o, const Type* t, const std::string& context);
  bool assignable(const Operand& o, const Type* t, std::string* reason);
  static bool has_name(const Type* t);
  // exclude: reports an operand that is no single value ("f() (no value) used as value", a type,
  // a builtin, a package, a multi-value call); true if o is a usable value.
  bool exclude(Operand& o);
  // implements: whether v implements the interface t; *reason says why not, as types2.
  bool implements(const Type* v, const Type* t, std::string* reason);
  std::string missing_method_reason(const Type* v, const Type* t, const MissingMethod& mm);

  // ---- constants (compile_const.cpp)
  enum class Conv : uint8_t { Ok, Truncated, Overflows, Invalid };
  // representable: whether c fits the basic type t; *rounded is c as t holds it.
  bool representable(const ConstVal& c, const Type* t, ConstVal* rounded);
  Conv representation(const Operand& x, const Type* t, ConstVal* v);
  // implicit_type: the type the untyped x takes where a target is expected, or nullptr (*code says why).
  const Type* implicit_type(const Operand& x, const Type* target, Conv* code, ConstVal* v);
  void invalid_conversion(Conv code, const Operand& x, const Type* t);
  bool convert_untyped(Operand& x, const Type* target);
  bool check_overflow(Operand& x, ast::Expr* op_expr);
  void const_to_reg(const ConstVal& c, const Type* t, int dst);
  void zero_to_reg(const Type* t, int dst);
  int type_index(const Type* t) { return static_cast<int>(t->canon->id); }  // the VM sees canonical types
  // ---- how messages write things (compile_text.cpp)
  std::string describe(const Operand& o);
  std::string expr_string(ast::Expr* e);
  std::string tstr(const Type* t) const;      // a type as types2 writes it in messages
  std::string sig_str(const Type* f) const;   // a signature without "func"
  std::string qualified_name(const Type* t) const;
  // types_summary: "(number, string, ...int)" as in "have (...)\n\twant (...)".
  std::string types_summary(const std::vector<const Type*>& ts, bool variadic) const;
  std::string call_name(ast::Expr* call);
  int konst(Value v);
  int str_const(const std::string& s);
  int method_name(const std::string& name);

  // ---- lvalues and statements (compile_stmt.cpp)
  LValue lvalue(ast::Expr* e);
  LValue not_assignable(ast::Expr* e, Operand& z);
  LValue snapshot(LValue lv);
  void store(const LValue& lv, int src_reg, bool fresh);
  void assign_stmt(ast::Stmt* s);
  bool rhs_values(const std::vector<ast::Expr*>& rhs, size_t nlhs, const std::vector<const Type*>& hints, std::vector<Operand>* out);
  void assign_error(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals);
  void define(ast::Stmt* s);
  void stmt(ast::Stmt* s);
  void stmt_here(ast::Stmt* s);
  // delayed_: the errors of function literal bodies, reported at the end of the statement
  // (or, for package-level initialisers, the declaration) that holds them, as types2 does.
  std::vector<std::vector<lang::Diagnostic>> delayed_;
  std::vector<std::pair<lang::Pos, std::vector<lang::Diagnostic>>> global_delayed_;
  void report_global_delayed(lang::Pos before);  // those of declarations before `before`
  void block(const std::vector<ast::Stmt*>& stmts);
  void if_stmt(ast::Stmt* s);
  void for_stmt(ast::Stmt* s, const std::string& label);
  void range_stmt(ast::Stmt* s, const std::string& label);
  void switch_stmt(ast::Stmt* s, const std::string& label);
  void type_switch(ast::Stmt* s, const std::string& label);
  void select_stmt(ast::Stmt* s, const std::string& label);
  void multiple_defaults(const std::vector<ast::CaseClause*>& clauses);
  void return_stmt(ast::Stmt* s);
  void go_defer(ast::Stmt* s);
  int builtin_thunk(int id, const Type* a, const Type* b);
  void branch(ast::Stmt* s);
  void var_decl(ast::GenDecl* g, bool global);
  void var_spec(ast::ValueSpec* vs, bool global, int only);

  // ---- package initialisation order (compile_init.cpp)
  struct DepNode {  // a package-level variable or function, as types2's dependency graph has them
    Package* pkg = nullptr;
    std::string name;
    lang::Pos pos;
    int order = 0;       // declaration order (and index)
    bool is_var = false;
    int init = -1;       // variables: their GlobalInit
    std::set<int> deps;  // the variables and functions its declaration refers to
  };
  struct GlobalInit {  // the code that initialises package variables
    Package* pkg = nullptr;
    ast::ValueSpec* spec = nullptr;
    int only = -1;         // one variable of the spec, or -1 for all
    std::vector<int> nodes;
    int func = -1;         // the compiled initialiser
    int state = 0;         // 0 to do, 1 compiling, 2 done
  };
  std::vector<DepNode> nodes_;
  std::vector<GlobalInit> global_inits_;
  std::unordered_map<Entity*, int> var_node_, global_of_;
  std::unordered_map<int, int> func_node_;  // function index -> node
  std::set<int>* cur_deps_ = nullptr;       // the declaration being compiled records here
  int add_node(Package* pkg, const std::string& name, lang::Pos pos);
  void add_global_inits(Package* pkg, ast::ValueSpec* vs, const std::vector<Entity*>& vars);
  void add_dep(int node);
  void add_func_dep(int func) { auto it = func_node_.find(func); if (it != func_node_.end()) add_dep(it->second); }
  const Type* global_type(Entity* ent);
  void compile_global(int gi);
  std::vector<int> init_order(Package* pkg);
  bool find_path(int from, int to, std::set<int>& seen, std::vector<int>* path);
  void report_cycle(const std::vector<int>& cycle);
  void local_type_decl(ast::GenDecl* g);
  Entity* declare_local(const std::string& name, lang::Pos pos, const Type* t, int src_reg, bool fresh);
  // declare_in_scope: reports "x redeclared in this block" when the scope has the name already.
  void declare_in_scope(Scope* sc, const std::string& name, Entity* e);
  void report_unused(FuncState* fs);
  bool terminates(ast::Stmt* s);
  bool terminates_list(const std::vector<ast::Stmt*>& l);

  // ---- emission
  size_t emit(Op op, int a = 0, int b = 0, int c = 0, int x = 0);
  size_t here() const { return fs_->fn->code.size(); }
  void patch(size_t at) { fs_->fn->code[at].a = static_cast<int32_t>(here()); }
  void patch_b(size_t at) { fs_->fn->code[at].b = static_cast<int32_t>(here()); }
  void push_scope();
  void pop_scope();
  Entity* lookup(const std::string& name);
  // package_member: what pkg.name (sel) denotes, or nullptr after reporting it as Go does
  // ("undefined: pkg.name", "name not exported by package pkg").
  Entity* package_member(Entity* pkg, ast::Expr* sel);
  void error(lang::Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); ++errors_; }
  Entity* new_entity(Entity::K k, std::string name) {
    ents_.push_back(std::make_unique<Entity>());
    Entity* e = ents_.back().get();
    e->k = k;
    e->name = std::move(name);
    return e;
  }

  Program& p_;
  TypeTable& types_;
  lang::Diagnostics& diags_;
  int errors_ = 0;
  Scope universe_;
  std::map<std::string, std::unique_ptr<Package>> packages_;
  std::vector<Package*> init_order_;
  std::vector<Entity*> imports_;  // the main file's imports, in source order
  bool import_failed_ = false;    // one of them names a package goroscope cannot load
  Package* pkg_ = nullptr;
  FuncState* fs_ = nullptr;
  std::vector<std::unique_ptr<Entity>> ents_;
  std::vector<std::unique_ptr<Diagnostics>> prelude_diags_;
  // lazily resolved package-level declarations
  struct PendingConst { ast::ValueSpec* src; int index; int iota; Package* pkg; bool busy = false; };
  std::unordered_map<Entity*, PendingConst> pending_consts_;
  struct PendingType { ast::TypeSpec* spec; Package* pkg; bool busy = false; };
  std::unordered_map<const Type*, PendingType> pending_types_;
  void ensure_type(const Type* t);
  bool valid_type(const Type* t, std::vector<const Type*>& path);
  lang::Pos field_pos(const Type* t, const std::string& name);
  std::map<std::pair<const Type*, std::string>, lang::Pos> method_pos_;
  std::unordered_map<const Type*, ast::TypeSpec*> type_decl_;  // the main package's named types
  std::unordered_map<const Type*, const Type*> decl_rhs_;       // named type -> the type it was declared as
  std::unordered_map<const Type*, int> type_state_;
  std::vector<std::pair<Package*, std::pair<ast::FuncDecl*, int>>> bodies_;
  std::unordered_map<const Type*, std::string> type_pkg_;  // named type -> package path
  int iota_ = -1;
  std::string file_;
};

lang::Pos start_pos(ast::Expr* e);  // where an expression starts (Go reports there)
lang::Pos node_pos(ast::Expr* e);   // a node's own position as gc's syntax tree has it
bool has_nil(const Type* t);        // nil is a value of t
ConstVal const_unary(Tok op, const ConstVal& y, int unsigned_bits);
ConstVal const_binary(const ConstVal& x, Tok op, const ConstVal& y, bool int_div);
ConstVal const_shift(const ConstVal& x, Tok op, unsigned s);
bool const_compare(const ConstVal& x, Tok op, const ConstVal& y);
std::string const_key(const ConstVal& c);  // equal constants, equal keys

// walk calls fn on every expression under e (including e) and every expression of nested statements.
void walk_expr(ast::Expr* e, const std::function<void(ast::Expr*)>& fn);
void walk_stmt(ast::Stmt* s, const std::function<void(ast::Expr*)>& fn);

}  // namespace goro::vm
