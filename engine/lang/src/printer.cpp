// The syntax printer's short form, for messages.
#include "goro/lang/printer.h"

namespace goro::lang {

namespace {

using ast::ExprKind;

void print_expr(std::string& s, const ast::Expr* e);

void print_list(std::string& s, const std::vector<ast::Expr*>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) s += ", ";
    print_expr(s, list[i]);
  }
}

void print_fields(std::string& s, const std::vector<ast::Field*>& fields, const char* sep) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) s += sep;
    const ast::Field* f = fields[i];
    for (size_t k = 0; k < f->names.size(); ++k) s += (k ? ", " : "") + f->names[k]->name;
    if (!f->names.empty()) s += ' ';
    print_expr(s, f->type);
  }
}

void print_signature(std::string& s, const ast::Expr* ft) {
  s += '(';
  print_fields(s, ft->fields, ", ");
  s += ')';
  if (ft->results.empty()) return;
  s += ' ';
  if (ft->results.size() == 1 && ft->results[0]->names.empty()) {
    print_expr(s, ft->results[0]->type);
    return;
  }
  s += '(';
  print_fields(s, ft->results, ", ");
  s += ')';
}

void print_expr(std::string& s, const ast::Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case ExprKind::Bad: s += "<bad expr>"; return;
    case ExprKind::Ident: case ExprKind::BasicLit: s += e->name; return;
    case ExprKind::Paren: s += '('; print_expr(s, e->x); s += ')'; return;
    case ExprKind::Selector: print_expr(s, e->x); s += "." + e->name; return;
    case ExprKind::Index:
      print_expr(s, e->x);
      s += '[';
      print_list(s, e->list);
      s += ']';
      return;
    case ExprKind::Slice:
      print_expr(s, e->x);
      s += '[';
      if (!e->list.empty() && e->list[0]) print_expr(s, e->list[0]);
      s += ':';
      if (e->list.size() > 1 && e->list[1]) print_expr(s, e->list[1]);
      if (e->list.size() > 2 && e->list[2]) {
        s += ':';
        print_expr(s, e->list[2]);
      }
      s += ']';
      return;
    case ExprKind::TypeAssert:
      print_expr(s, e->x);
      s += ".(";
      if (e->y) print_expr(s, e->y);
      else s += "type";
      s += ')';
      return;
    case ExprKind::Call:
      print_expr(s, e->x);
      s += '(';
      print_list(s, e->list);
      if (e->ellipsis) s += "...";
      s += ')';
      return;
    case ExprKind::Star: s += '*'; print_expr(s, e->x); return;
    case ExprKind::Unary: s += spelling(e->op); print_expr(s, e->x); return;
    case ExprKind::Binary:
      print_expr(s, e->x);
      s += " ";
      s += spelling(e->op);
      s += " ";
      print_expr(s, e->y);
      return;
    case ExprKind::KeyValue: print_expr(s, e->x); s += ": "; print_expr(s, e->y); return;
    case ExprKind::CompositeLit:
      print_expr(s, e->type);
      s += e->list.empty() ? "{}" : "{…}";
      return;
    case ExprKind::FuncLit:
      print_expr(s, e->type);
      s += e->body && !e->body->stmts.empty() ? " {…}" : " {}";
      return;
    case ExprKind::FuncType: s += "func"; print_signature(s, e); return;
    case ExprKind::ArrayType:
      s += '[';
      if (e->ellipsis) s += "...";
      else print_expr(s, e->x);
      s += ']';
      print_expr(s, e->y);
      return;
    case ExprKind::StructType: s += "struct{"; print_fields(s, e->fields, "; "); s += '}'; return;
    case ExprKind::InterfaceType: {
      s += "interface{";
      for (size_t i = 0; i < e->fields.size(); ++i) {
        if (i) s += "; ";
        const ast::Field* f = e->fields[i];
        if (!f->names.empty()) {
          s += f->names[0]->name;
          print_signature(s, f->type);
        } else {
          print_expr(s, f->type);
        }
      }
      s += '}';
      return;
    }
    case ExprKind::MapType: s += "map["; print_expr(s, e->x); s += ']'; print_expr(s, e->y); return;
    case ExprKind::ChanType: {
      const ast::Expr* elem = e->y ? e->y : e->x;
      s += e->dir == ast::ChanDir::Recv ? "<-chan " : e->dir == ast::ChanDir::Send ? "chan<- " : "chan ";
      bool parens = e->dir == ast::ChanDir::Both && elem && elem->kind == ExprKind::ChanType && elem->dir == ast::ChanDir::Recv;
      if (parens) s += '(';
      print_expr(s, elem);
      if (parens) s += ')';
      return;
    }
    case ExprKind::Ellipsis: s += "..."; print_expr(s, e->x); return;
  }
}


}  // namespace

std::string expr_string(const ast::Expr* e) {
  std::string s;
  print_expr(s, e);
  return s;
}

std::string list_string(const std::vector<ast::Expr*>& list) {
  std::string s;
  print_list(s, list);
  return s;
}

std::string stmt_string(const ast::Stmt* st) {
  std::string s;
  if (!st) return s;
  switch (st->kind) {
    case ast::StmtKind::Expr: print_expr(s, st->x); break;
    case ast::StmtKind::Send:
      print_expr(s, st->x);
      s += " <- ";
      print_expr(s, st->value);
      break;
    case ast::StmtKind::IncDec:
      print_expr(s, st->x);
      s += spelling(st->op);
      break;
    case ast::StmtKind::Assign:
      print_list(s, st->lhs);
      s += " ";
      s += spelling(st->op);
      s += " ";
      print_list(s, st->rhs);
      break;
    default: break;
  }
  return s;
}

}  // namespace goro::lang
