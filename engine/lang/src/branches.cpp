// Branch and label checks, following gc's syntax.checkBranches: one walk over a body's blocks
// that knows the innermost break and continue targets, the enclosing labeled statements, and
// the gotos still looking for their label.
#include "goro/lang/branches.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace goro::lang {

namespace {

using namespace ast;

struct Block {
  Block* parent = nullptr;
  Pos start;
  const Stmt* lstmt = nullptr;  // the labeled statement this block belongs to
};

struct Label {
  Block* parent;
  const Stmt* lstmt;
  bool used = false;
};

struct Targets {
  const Stmt* breaks = nullptr;     // for, switch or select
  const Stmt* continues = nullptr;  // for
  int case_index = -1;              // in an expression switch's case
};

std::string pos_str(const std::string& file, Pos p) {
  return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

class Checker {
 public:
  Checker(Diagnostics& d) : diags_(d) {}

  void body(const ast::Block* b) {
    labels_.clear();
    blocks_.clear();
    std::vector<const Stmt*> fwd = block(nullptr, Targets{}, nullptr, b->lbrace, b->stmts);
    for (const Stmt* g : fwd) {
      auto it = labels_.find(g->label);
      if (it != labels_.end()) {
        it->second.used = true;
        err(g->label_pos, "goto " + g->label + " jumps into block starting at " + pos_str(diags_.file(), it->second.parent->start));
      } else {
        err(g->label_pos, "label " + g->label + " not defined");
      }
    }
    std::vector<const Label*> unused;
    for (auto& [name, l] : labels_)
      if (!l.used) unused.push_back(&l);
    std::sort(unused.begin(), unused.end(), [](const Label* a, const Label* b) { return a->lstmt->label_pos < b->lstmt->label_pos; });
    for (const Label* l : unused) err(l->lstmt->label_pos, "label " + l->lstmt->label + " defined and not used");
  }

 private:
  void err(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }

  Label* declare(Block* b, const Stmt* s) {
    auto it = labels_.find(s->label);
    if (it != labels_.end()) {
      err(s->label_pos, "label " + s->label + " already defined at " + pos_str(diags_.file(), it->second.lstmt->label_pos));
      return &it->second;
    }
    return &labels_.emplace(s->label, Label{b, s, false}).first->second;
  }

  // goto_target: the labeled statement if the label is in b or an enclosing block.
  const Stmt* goto_target(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent)
      if (it->second.parent == b) return it->second.lstmt;
    return nullptr;
  }

  // enclosing_target: the labeled statement enclosing b with this label; `invalid` if the label
  // exists but does not enclose b.
  const Stmt* enclosing_target(Block* b, const std::string& name, bool* invalid) {
    *invalid = false;
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent)
      if (it->second.lstmt == b->lstmt) return it->second.lstmt;
    *invalid = true;
    return nullptr;
  }

  static bool is_loop(const Stmt* s) { return s && (s->kind == StmtKind::For || s->kind == StmtKind::Range); }
  static bool is_breakable(const Stmt* s) {
    return s && (is_loop(s) || s->kind == StmtKind::Switch || s->kind == StmtKind::TypeSwitch || s->kind == StmtKind::Select);
  }

  std::vector<const Stmt*> block(Block* parent, Targets ctxt, const Stmt* lstmt, Pos start, const std::vector<Stmt*>& body) {
    blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block* b = blocks_.back().get();
    Pos var_pos;
    std::string var_name;
    std::vector<const Stmt*> fwd, bad;
    auto record_var = [&](Pos p, const std::string& name) {
      var_pos = p;
      var_name = name;
      bad = fwd;
    };
    auto jumps_over_var = [&](const Stmt* g) {
      return var_pos.valid() && std::find(bad.begin(), bad.end(), g) != bad.end();
    };
    auto inner = [&](Targets t, Pos s, const std::vector<Stmt*>& list) {
      std::vector<const Stmt*> more = block(b, t, lstmt, s, list);
      fwd.insert(fwd.end(), more.begin(), more.end());
    };
    std::vector<Stmt*> list = body;
    while (!list.empty() && list.back()->kind == StmtKind::Empty) list.pop_back();
    for (size_t index = 0; index < list.size(); ++index) {
      const Stmt* s = list[index];
      lstmt = nullptr;
      while (s && s->kind == StmtKind::Labeled) {
        if (s->label != "_") {
          Label* l = declare(b, s);
          std::vector<const Stmt*> rest;
          for (const Stmt* g : fwd) {
            if (g->label == s->label) {
              l->used = true;
              if (jumps_over_var(g))
                err(g->label_pos, "goto " + s->label + " jumps over declaration of " + var_name + " at " + pos_str(diags_.file(), var_pos));
            } else {
              rest.push_back(g);
            }
          }
          fwd = rest;
          lstmt = s;
        }
        s = s->stmt;
      }
      if (!s) continue;
      switch (s->kind) {
        case StmtKind::Decl:
          if (s->decl->tok == Tok::Var && !s->decl->values.empty() && !s->decl->values[0]->names.empty())
            record_var(s->decl->pos, s->decl->values[0]->names[0]->name);
          break;
        case StmtKind::Assign:
          if (s->op == Tok::Define && !s->lhs.empty()) {
            std::string names;
            for (size_t i = 0; i < s->lhs.size(); ++i) names += (i ? ", " : "") + s->lhs[i]->name;
            record_var(s->pos, names);
          }
          break;
        case StmtKind::Branch: branch(s, b, ctxt, index, list.size(), &fwd); break;
        case StmtKind::BlockStmt: inner(Targets{ctxt.breaks, ctxt.continues, -1}, s->pos, s->body->stmts); break;
        case StmtKind::If: {
          Targets t{ctxt.breaks, ctxt.continues, -1};
          inner(t, s->body->lbrace, s->body->stmts);
          if (s->else_) inner(t, s->else_->pos, {s->else_});
          break;
        }
        case StmtKind::For: case StmtKind::Range: inner(Targets{s, s, -1}, s->body->lbrace, s->body->stmts); break;
        case StmtKind::Switch: case StmtKind::TypeSwitch: {
          Targets t{s, ctxt.continues, -1};
          for (size_t i = 0; i < s->clauses.size(); ++i) {
            t.case_index = static_cast<int>(i);
            inner(t, s->clauses[i]->pos, s->clauses[i]->body);
          }
          break;
        }
        case StmtKind::Select: {
          Targets t{s, ctxt.continues, -1};
          for (CaseClause* c : s->clauses) inner(t, c->pos, c->body);
          break;
        }
        default: break;
      }
    }
    return fwd;
  }

  void branch(const Stmt* s, Block* b, const Targets& ctxt, size_t index, size_t count, std::vector<const Stmt*>* fwd) {
    if (s->label.empty()) {
      switch (s->op) {
        case Tok::Break:
          if (!ctxt.breaks) err(s->pos, "break is not in a loop, switch, or select");
          break;
        case Tok::Continue:
          if (!ctxt.continues) err(s->pos, "continue is not in a loop");
          break;
        case Tok::Fallthrough: {
          const char* msg = "fallthrough statement out of place";
          const Stmt* t = ctxt.breaks;
          if (t && (t->kind == StmtKind::Switch || t->kind == StmtKind::TypeSwitch)) {
            if (t->kind == StmtKind::TypeSwitch) msg = "cannot fallthrough in type switch";
            else if (ctxt.case_index < 0 || index + 1 < count) msg = "fallthrough statement out of place";
            else if (static_cast<size_t>(ctxt.case_index) + 1 == t->clauses.size()) msg = "cannot fallthrough final case in switch";
            else return;  // fallthrough ok
          }
          err(s->pos, msg);
          break;
        }
        default: break;
      }
      return;
    }
    bool invalid;
    switch (s->op) {
      case Tok::Break: {
        const Stmt* t = enclosing_target(b, s->label, &invalid);
        if (t) {
          if (!is_breakable(t->stmt)) err(s->label_pos, "invalid break label " + s->label);
        } else if (invalid) {
          err(s->label_pos, "invalid break label " + s->label);
        } else {
          err(s->label_pos, "break label not defined: " + s->label);
        }
        break;
      }
      case Tok::Continue: {
        const Stmt* t = enclosing_target(b, s->label, &invalid);
        if (t) {
          if (!is_loop(t->stmt)) err(s->label_pos, "invalid continue label " + s->label);
        } else if (invalid) {
          err(s->label_pos, "invalid continue label " + s->label);
        } else {
          err(s->label_pos, "continue label not defined: " + s->label);
        }
        break;
      }
      case Tok::Goto:
        if (!goto_target(b, s->label)) fwd->push_back(s);
        break;
      default: break;
    }
  }

  Diagnostics& diags_;
  std::map<std::string, Label> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;
};

// Function literals inside a body, innermost first in source order (gc checks each literal's
// body when it has parsed it, before the enclosing body).
void visit_stmt(const Stmt* s, const std::function<void(const Expr*)>& lit);
void visit_expr(const Expr* e, const std::function<void(const Expr*)>& lit) {
  if (!e) return;
  if (e->kind == ExprKind::FuncLit) {
    lit(e);
    return;
  }
  visit_expr(e->x, lit);
  visit_expr(e->y, lit);
  visit_expr(e->type, lit);
  for (const Expr* x : e->list) visit_expr(x, lit);
}
void visit_stmt(const Stmt* s, const std::function<void(const Expr*)>& lit) {
  if (!s) return;
  for (const Expr* e : s->lhs) visit_expr(e, lit);
  for (const Expr* e : s->rhs) visit_expr(e, lit);
  visit_expr(s->x, lit);
  visit_expr(s->key, lit);
  visit_expr(s->value, lit);
  visit_stmt(s->init, lit);
  visit_expr(s->cond, lit);
  visit_stmt(s->post, lit);
  if (s->body)
    for (const Stmt* b : s->body->stmts) visit_stmt(b, lit);
  visit_stmt(s->else_, lit);
  visit_stmt(s->stmt, lit);
  for (const CaseClause* c : s->clauses) {
    for (const Expr* e : c->list) visit_expr(e, lit);
    visit_stmt(c->comm, lit);
    for (const Stmt* b : c->body) visit_stmt(b, lit);
  }
  if (s->decl)
    for (const ValueSpec* v : s->decl->values)
      for (const Expr* e : v->values) visit_expr(e, lit);
}

}  // namespace

void check_branches(const ast::File& file, Diagnostics& diags) {
  std::vector<Pos> parse_errors;
  for (const Diagnostic& d : diags.all()) parse_errors.push_back(d.pos);
  auto clean = [&](const ast::Block* b) {
    for (Pos p : parse_errors)
      if (!(p < b->lbrace) && !(b->rbrace < p)) return false;
    return true;
  };
  Checker c(diags);
  std::function<void(const ast::Block*)> check_body = [&](const ast::Block* b) {
    if (!b) return;
    std::function<void(const Expr*)> lit = [&](const Expr* fl) { check_body(fl->body); };
    for (const Stmt* s : b->stmts) visit_stmt(s, lit);
    if (clean(b)) c.body(b);
  };
  for (const Decl& d : file.decls) {
    if (d.func) check_body(d.func->body);
    if (d.gen)
      for (const ValueSpec* v : d.gen->values) {
        std::function<void(const Expr*)> lit = [&](const Expr* fl) { check_body(fl->body); };
        for (const Expr* e : v->values) visit_expr(e, lit);
      }
  }
}

}  // namespace goro::lang
