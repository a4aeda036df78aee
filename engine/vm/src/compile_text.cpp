// How the checker writes types, expressions and operands in its messages, as Go 1.19's compiler
// does: types as types2's typestring.go (types of the package being compiled unqualified,
// "struct{x int}", "interface{}"), expressions as the syntax printer's short form (syntax.String:
// "T{…}" for a literal with elements), operands as operand.go ("x (variable of type int)",
// "1 << 40 (untyped int constant 1099511627776)").
#include "compiler_class.h"
#include "goro/lang/printer.h"
#include "strconv.h"

namespace goro::vm {

using ast::ExprKind;

namespace {

void write_sig(const Compiler& c, std::string& s, const Type* f);

void write_type(const Compiler& c, std::string& s, const Type* t) {
  if (!t) {
    s += "<nil>";
    return;
  }
  if (t->named()) {
    s += c.qualified_name(t);
    return;
  }
  if (t->alias) {
    s += t->alias;
    return;
  }
  switch (t->kind) {
    case Kind::Pointer: s += '*'; write_type(c, s, t->elem); return;
    case Kind::Slice: s += "[]"; write_type(c, s, t->elem); return;
    case Kind::Array:
      s += "[" + std::to_string(t->len) + "]";
      write_type(c, s, t->elem);
      return;
    case Kind::Map:
      s += "map[";
      write_type(c, s, t->key);
      s += ']';
      write_type(c, s, t->elem);
      return;
    case Kind::Chan: {
      bool parens = t->dir == Dir::Both && t->elem->kind == Kind::Chan && !t->elem->named() && t->elem->dir == Dir::Recv;
      s += t->dir == Dir::Send ? "chan<- " : t->dir == Dir::Recv ? "<-chan " : "chan ";
      if (parens) s += '(';
      write_type(c, s, t->elem);
      if (parens) s += ')';
      return;
    }
    case Kind::Func:
      s += "func";
      write_sig(c, s, t);
      return;
    case Kind::Tuple:
      s += '(';
      for (size_t i = 0; i < t->results.size(); ++i) {
        if (i) s += ", ";
        if (i < t->result_names.size() && !t->result_names[i].empty()) s += t->result_names[i] + " ";
        write_type(c, s, t->results[i]);
      }
      s += ')';
      return;
    case Kind::Struct:
      s += "struct{";
      for (size_t i = 0; i < t->fields.size(); ++i) {
        if (i) s += "; ";
        if (!t->fields[i].embedded) s += t->fields[i].name + " ";
        write_type(c, s, t->fields[i].type);
        if (!t->fields[i].tag.empty()) s += " " + strconv::quote(t->fields[i].tag);
      }
      s += '}';
      return;
    case Kind::Interface: {
      // as written: its own methods, then the embedded interfaces
      s += "interface{";
      const std::vector<Method>& own = t->embeds.empty() ? t->methods : t->own_methods;
      for (size_t i = 0; i < own.size(); ++i) {
        if (i) s += "; ";
        s += own[i].name;
        write_sig(c, s, own[i].sig);
      }
      for (size_t i = 0; i < t->embeds.size(); ++i) {
        if (i || !own.empty()) s += "; ";
        write_type(c, s, t->embeds[i]);
      }
      s += '}';
      return;
    }
    default: s += type_string(t); return;  // basic types: "int", "untyped float", ...
  }
}

void write_sig(const Compiler& c, std::string& s, const Type* f) {
  // types2's signature: parameters with their names as declared
  s += '(';
  for (size_t i = 0; i < f->params.size(); ++i) {
    if (i) s += ", ";
    if (i < f->param_names.size() && !f->param_names[i].empty()) s += f->param_names[i] + " ";
    if (f->variadic && i + 1 == f->params.size()) {
      s += "...";
      write_type(c, s, f->params[i]->elem);
    } else {
      write_type(c, s, f->params[i]);
    }
  }
  s += ')';
  bool named = false;
  for (auto& n : f->result_names) named |= !n.empty();
  if (f->results.size() == 1 && !named) {
    s += ' ';
    write_type(c, s, f->results[0]);
  } else if (!f->results.empty()) {
    s += " (";
    for (size_t i = 0; i < f->results.size(); ++i) {
      if (i) s += ", ";
      if (i < f->result_names.size() && !f->result_names[i].empty()) s += f->result_names[i] + " ";
      write_type(c, s, f->results[i]);
    }
    s += ')';
  }
}

}  // namespace

std::string Compiler::qualified_name(const Type* t) const {
  // Types of the package being compiled are written without their package, like types2's
  // qualifier; others keep it ("time.Duration").
  const std::string& n = t->name;
  if (pkg_ && n.size() > pkg_->name.size() && n.compare(0, pkg_->name.size(), pkg_->name) == 0 && n[pkg_->name.size()] == '.')
    return n.substr(pkg_->name.size() + 1);
  return n;
}

std::string Compiler::tstr(const Type* t) const {
  std::string s;
  write_type(*this, s, t);
  return s;
}

std::string Compiler::sig_str(const Type* f) const {
  std::string s;
  write_sig(*this, s, f);
  return s;
}

std::string Compiler::types_summary(const std::vector<const Type*>& ts, bool variadic) const {
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); ++i) {
    if (i) s += ", ";
    const Type* t = ts[i];
    if (!t || t->kind == Kind::Invalid) s += "<T>";
    else if (t->is_untyped()) s += t->is_numeric() ? "number" : type_string(t).substr(8);  // "untyped string" -> "string"
    else if (variadic && i + 1 == ts.size() && t->kind == Kind::Slice) s += "..." + tstr(t->elem);
    else s += tstr(t);
  }
  return s + ")";
}

std::string Compiler::expr_string(ast::Expr* e) { return lang::expr_string(e); }

lang::Pos start_pos(ast::Expr* e) {
  // syntax.StartPos: the leftmost position of an expression (selectors, indexes, calls,
  // assertions and binary operations start with their operand; slices at their '[').
  while (e) {
    switch (e->kind) {
      case ExprKind::Call: case ExprKind::Index: case ExprKind::Selector: case ExprKind::TypeAssert:
      case ExprKind::Binary:
        if (!e->x) return e->pos;
        e = e->x;
        continue;
      case ExprKind::CompositeLit:
        if (!e->type) return e->pos;
        e = e->type;
        continue;
      default: return e->pos;
    }
  }
  return lang::Pos{};
}

lang::Pos node_pos(ast::Expr* e) {
  // syntax's Pos of a node where it differs from ours: a selector sits at its dot
  if (e && e->kind == ExprKind::Selector && e->pos.col > 1) return {e->pos.line, e->pos.col - 1};
  return e ? e->pos : lang::Pos{};
}

std::string Compiler::describe(const Operand& o) {
  // operand.go's operandString.
  if (o.mode == Operand::Const && o.type && o.type->kind == Kind::UntypedNil) return "nil";
  std::string expr = expr_string(o.expr);
  if (expr.empty()) {
    if (o.mode == Operand::TypeExpr) expr = tstr(o.type);
    else if (o.mode == Operand::Const) expr = o.c.str();
  }
  std::string s;
  if (!expr.empty()) s = expr + " (";
  bool has_type = false;
  switch (o.mode) {
    case Operand::Invalid: case Operand::NoValue: case Operand::Builtin: case Operand::TypeExpr: case Operand::PkgName: break;
    default:
      if (o.type) {
        if (o.type->is_untyped()) s += type_string(o.type) + " ";
        else has_type = true;
      }
  }
  switch (o.mode) {
    case Operand::Invalid: s += "invalid operand"; break;
    case Operand::NoValue: s += "no value"; break;
    case Operand::Builtin: s += "built-in"; break;
    case Operand::TypeExpr: s += "type"; break;
    case Operand::PkgName: s += "package"; break;
    case Operand::Const: s += "constant"; break;
    default: s += o.variable ? "variable" : o.mapindex ? "map index expression" : o.commaok ? "comma, ok expression" : "value";
  }
  if (o.mode == Operand::Const) {
    std::string v = o.c.str();
    if (v != expr) s += " " + v;
  }
  if (has_type) s += " of type " + (o.type->kind == Kind::Invalid ? std::string("invalid type") : tstr(o.type));
  if (!expr.empty()) s += ")";
  return s;
}

namespace {
bool interface_ptr(const Type* t) { return t->u()->kind == Kind::Pointer && t->u()->elem->u()->kind == Kind::Interface; }
}  // namespace

std::string Compiler::missing_method_reason(const Type* v, const Type* t, const MissingMethod& mm) {
  // types2's missingMethodReason with the compiler's wording ("Area method").
  std::string mname = mm.m->name + " method";
  if (mm.alt) {
    std::string have = mm.alt->name + sig_str(mm.alt->sig), want = mm.m->name + sig_str(mm.m->sig);
    if (mm.m->name != mm.alt->name) return "(missing " + mname + ")\n\t\thave " + have + "\n\t\twant " + want;
    if (identical(mm.m->sig, mm.alt->sig)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + have + "\n\t\twant " + want;
  }
  if (interface_ptr(v)) return "(type " + tstr(v) + " is pointer to interface, not interface)";
  if (interface_ptr(t)) return "(type " + tstr(t) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

bool Compiler::implements(const Type* v, const Type* t, std::string* reason) {
  if (v->kind == Kind::Invalid || t->kind == Kind::Invalid) return true;
  if (t->u()->kind != Kind::Interface) {
    if (reason) {
      std::string cause = interface_ptr(t) ? "type " + tstr(t) + " is pointer to interface, not interface" : tstr(t) + " is not an interface";
      *reason = tstr(v) + " does not implement " + tstr(t) + " (" + cause + ")";
    }
    return false;
  }
  if (t->u()->methods.empty()) return true;
  MissingMethod mm;
  if (find_missing(v, t, true, &mm)) {
    if (reason) *reason = tstr(v) + " does not implement " + tstr(t) + " " + missing_method_reason(v, t, mm);
    return false;
  }
  return true;
}

}  // namespace goro::vm
