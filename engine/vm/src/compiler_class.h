// The Compiler: checks and compiles packages (the program's and the prelude's) into one Program.
#pragma once

#include <functional>

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
  const Type* func_type(ast::Expr* ftype, const Type* recv, std::vector<std::string>* names, std::vector<lang::Pos>* poss);
  void resolve_const(Entity* e);
  void compile_function(ast::FuncDecl* fd, int index);
  void finish_init();
  int new_function(std::string name);
  std::string qualify(const std::string& name) const { return pkg_->name + "." + name; }

  // ---- expressions (compile_expr.cpp)
  Operand expr(ast::Expr* e, const Type* hint = nullptr);
  Operand ident(ast::Expr* e);
  Operand selector(ast::Expr* e);
  Operand index_expr(ast::Expr* e);
  Operand slice_expr(ast::Expr* e);
  Operand call(ast::Expr* e, int want_results = 1);
  Operand call_builtin(ast::Expr* e, int id);
  Operand conversion(ast::Expr* e, const Type* t);
  Operand unary(ast::Expr* e, const Type* hint);
  Operand binary(ast::Expr* e, const Type* hint);
  Operand comparison(ast::Expr* e, Operand& x, Operand& y);
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
  bool assignable(Operand& o, const Type* t, std::string* reason);
  bool convert_const(Operand& o, const Type* t, bool report, const std::string& context);
  bool representable(const ConstVal& c, const Type* t, ConstVal* out);
  void const_to_reg(const ConstVal& c, const Type* t, int dst);
  void zero_to_reg(const Type* t, int dst);
  int type_index(const Type* t) { return static_cast<int>(t->id); }
  std::string describe(const Operand& o);
  std::string expr_string(ast::Expr* e);
  std::string call_name(ast::Expr* call);
  int konst(Value v);
  int str_const(const std::string& s);
  int method_name(const std::string& name);

  // ---- lvalues and statements (compile_stmt.cpp)
  LValue lvalue(ast::Expr* e);
  LValue snapshot(LValue lv);
  void store(const LValue& lv, int src_reg, bool fresh);
  void assign_stmt(ast::Stmt* s);
  void define(ast::Stmt* s);
  void stmt(ast::Stmt* s);
  void block(const std::vector<ast::Stmt*>& stmts);
  void if_stmt(ast::Stmt* s);
  void for_stmt(ast::Stmt* s, const std::string& label);
  void range_stmt(ast::Stmt* s, const std::string& label);
  void switch_stmt(ast::Stmt* s, const std::string& label);
  void type_switch(ast::Stmt* s, const std::string& label);
  void select_stmt(ast::Stmt* s, const std::string& label);
  void return_stmt(ast::Stmt* s);
  void go_defer(ast::Stmt* s);
  void branch(ast::Stmt* s);
  void var_decl(ast::GenDecl* g, bool global);
  void local_type_decl(ast::GenDecl* g);
  Entity* declare_local(const std::string& name, lang::Pos pos, const Type* t, int src_reg, bool fresh);
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
  std::vector<std::pair<Package*, ast::GenDecl*>> global_decls_;
  std::vector<std::pair<Package*, std::pair<ast::FuncDecl*, int>>> bodies_;
  std::unordered_map<const Type*, std::string> type_pkg_;  // named type -> package path
  int iota_ = -1;
  std::string file_;
};

lang::Pos start_pos(ast::Expr* e);  // where an expression starts (Go reports there)

// walk calls fn on every expression under e (including e) and every expression of nested statements.
void walk_expr(ast::Expr* e, const std::function<void(ast::Expr*)>& fn);
void walk_stmt(ast::Stmt* s, const std::function<void(ast::Expr*)>& fn);

}  // namespace goro::vm
