// Packages and declarations: the universe, imports (the prelude's Go sources), named types,
// constants (resolved on first use, so order does not matter), functions and methods, globals,
// and the init function that runs package initialisation and then main.main.
#include <algorithm>

#include "compiler_class.h"
#include "go_packages.h"
#include "goro/lang/branches.h"
#include "goro/lang/resolver.h"
#include "natives.h"
#include "goro/vm/compiler.h"

namespace goro::vm {

Program::~Program() {
  for (Obj* o : pinned) delete o;
}

std::unique_ptr<Program> compile(std::string_view source, lang::Diagnostics& diags) {
  auto prog = std::make_unique<Program>();
  prog->filename = diags.file();
  Compiler c(*prog, diags);
  if (!c.compile_main(source)) return nullptr;
  return prog;
}

void Compiler::declare_universe() {
  universe_.parent = nullptr;
  auto type = [&](const char* n, const Type* t) {
    Entity* e = new_entity(Entity::TypeName, n);
    e->type = t;
    universe_.names[n] = e;
  };
  const std::pair<const char*, Kind> basics[] = {
      {"bool", Kind::Bool}, {"int", Kind::Int}, {"int8", Kind::Int8}, {"int16", Kind::Int16},
      {"int32", Kind::Int32}, {"int64", Kind::Int64}, {"uint", Kind::Uint}, {"uint8", Kind::Uint8},
      {"uint16", Kind::Uint16}, {"uint32", Kind::Uint32}, {"uint64", Kind::Uint64},
      {"uintptr", Kind::Uintptr}, {"float32", Kind::Float32}, {"float64", Kind::Float64},
      {"string", Kind::String}, {"__handle", Kind::Handle}};
  for (auto& [n, k] : basics) type(n, types_.basic(k));
  type("byte", types_.byte_type());
  type("rune", types_.rune_type());
  type("error", types_.error_type());
  type("any", types_.any_alias());
  for (const char* n : {"true", "false"}) {
    Entity* e = new_entity(Entity::Const, n);
    e->type = types_.basic(Kind::UntypedBool);
    e->cval = ConstVal::of_bool(n[0] == 't');
    universe_.names[n] = e;
  }
  Entity* iota = new_entity(Entity::Const, "iota");
  iota->type = types_.basic(Kind::UntypedInt);
  universe_.names["iota"] = iota;
  Entity* nil = new_entity(Entity::Nil, "nil");
  nil->type = types_.basic(Kind::UntypedNil);
  universe_.names["nil"] = nil;
  const char* builtins[] = {"append", "cap", "close", "copy", "delete", "len", "make", "new", "panic",
                            "print", "println", "recover", "complex", "real", "imag"};  // Go 1.19: no min, max, clear
  for (int i = 0; i < static_cast<int>(std::size(builtins)); ++i) {
    Entity* e = new_entity(Entity::Builtin, builtins[i]);
    e->index = i;
    universe_.names[builtins[i]] = e;
  }
}

bool Compiler::compile_main(std::string_view source) {
  declare_universe();
  // Syntax errors stop here; name errors (the resolver's) and type errors are reported together,
  // as Go's type checker does.
  auto file = lang::parse(source, diags_);
  // gc type-checks a file whose only parse errors are not syntax errors ("expression in go must
  // be function call"); a feature goroscope refuses leaves nothing worth checking either.
  bool refused = false;
  for (const lang::Diagnostic& d : diags_.all()) refused |= d.message.rfind("goroscope does not support", 0) == 0;
  if (diags_.has_syntax_errors() || refused || diags_.fatal()) return false;
  // Labels and branches are the parser's business in gc; the rest is the type checker's.
  lang::check_branches(*file, diags_);
  if (!diags_.empty()) ++errors_;
  file_ = diags_.file();
  if (file->package != "main") {
    error(file->package_pos, "package " + file->package + " is not a main package");
    return false;
  }
  // The init function: package variables and init() of every package, then main.main.
  p_.init = new_function("runtime.main");
  FuncState init_fs;
  init_fs.fn = p_.funcs[p_.init].get();
  init_fs.scope = &universe_;

  auto main_pkg = std::make_unique<Package>();
  Package* mp = main_pkg.get();
  mp->path = mp->name = "main";
  mp->file = std::move(file);
  mp->scope.parent = &universe_;
  packages_["main"] = std::move(main_pkg);
  // package runtime is always there: run-time panics' values are its error types
  load_package("runtime", {});
  collect(mp, diags_);
  // As the go command, a program whose imports cannot be found is not type-checked: every use of
  // the missing package would only repeat the import's error as "undefined".
  if (import_failed_) return false;
  init_order_.push_back(mp);

  // The main package's constants and variables in source order, as types2 checks them (each
  // may have been needed earlier), the packages' remaining variables, then function bodies.
  {
    std::vector<std::pair<lang::Pos, std::function<void()>>> decls;
    for (auto& [ent, pc] : pending_consts_)
      if (pc.pkg == mp) {
        Entity* e = ent;
        decls.push_back({e->pos, [this, e] { resolve_const(e); }});
      }
    for (size_t i = 0; i < global_inits_.size(); ++i)
      if (global_inits_[i].pkg == mp) {
        int gi = static_cast<int>(i);
        decls.push_back({global_inits_[i].spec->pos, [this, gi] { compile_global(gi); }});
      }
    std::stable_sort(decls.begin(), decls.end(), [](auto& a, auto& b) { return a.first < b.first; });
    for (auto& [pos, run] : decls) run();
  }
  for (size_t i = 0; i < global_inits_.size(); ++i) compile_global(static_cast<int>(i));
  // Function bodies.
  for (size_t i = 0; i < bodies_.size(); ++i) {
    auto [pkg, fd] = bodies_[i];
    pkg_ = pkg;
    if (pkg == mp) report_global_delayed(fd.first->pos);
    compile_function(fd.first, fd.second);
  }
  report_global_delayed({UINT32_MAX, 0});
  pkg_ = mp;
  file_ = diags_.file();
  for (Entity* imp : imports_) {
    if (imp->used) continue;
    std::string msg = "imported and not used: \"" + imp->import_path + "\"";
    if (!imp->import_as.empty()) msg += " as " + imp->import_as;
    error(imp->pos, msg);
  }
  // Initialisation: package by package, its variables in dependency order, then its init()s.
  fs_ = &init_fs;
  for (Package* pkg : init_order_) {
    file_ = pkg == mp ? diags_.file() : "<prelude>";
    for (int gi : init_order(pkg)) {
      int base = reg();
      emit(Op::Call, base, global_inits_[gi].func);
    }
    for (int f : pkg->init_funcs) {
      int base = reg();
      emit(Op::Call, base, f);
    }
  }
  file_ = diags_.file();
  Entity* main_fn = nullptr;
  auto it = mp->scope.names.find("main");
  if (it != mp->scope.names.end() && it->second->k == Entity::Func) main_fn = it->second;
  if (!main_fn) {
    // The linker's complaint, which comes only when the package compiled.
    if (errors_ == 0 && diags_.empty()) {
      diags_.raw_error("runtime.main_main·f: function main is undeclared in the main package");
      ++errors_;
    }
    return false;
  }
  int base = reg();
  emit(Op::Call, base, main_fn->index);
  emit(Op::Ret);
  fs_ = nullptr;
  // Natives get a small body too, so that every way of calling a function (func values, go,
  // defer, callbacks from the library) can enter them as a frame.
  for (auto& f : p_.funcs) {
    if (f->native < 0 || !f->code.empty()) continue;
    uint32_t np = (f->has_recv ? 1 : 0) + static_cast<uint32_t>(f->sig->params.size());
    uint32_t nr = static_cast<uint32_t>(f->sig->results.size());
    if (f->name.rfind("builtin.", 0) == 0) np = 1, nr = 0;
    f->nparams = np;
    f->nresults = nr;
    uint32_t scratch = np + nr;
    f->nregs = scratch + std::max(np, nr) + 1;
    auto add = [&](Op op, int a, int b, int c = 0, int x = 0) {
      f->code.push_back(Instr{op, static_cast<uint32_t>(x), a, b, c});
      f->pos.push_back(f->decl);
    };
    for (uint32_t i = 0; i < np; ++i) add(Op::Mov, static_cast<int>(scratch + i), static_cast<int>(i));
    add(Op::CallN, static_cast<int>(scratch), f->native, 0, static_cast<int>(np));
    for (uint32_t i = 0; i < nr; ++i) add(Op::Mov, static_cast<int>(np + i), static_cast<int>(scratch + i));
    add(Op::Ret, 0, 0);
  }
  return errors_ == 0;
}

int Compiler::new_function(std::string name) {
  auto f = std::make_unique<Function>();
  f->name = std::move(name);
  f->file = file_;
  p_.funcs.push_back(std::move(f));
  return static_cast<int>(p_.funcs.size() - 1);
}

Package* Compiler::load_package(const std::string& path, lang::Pos pos) {
  auto it = packages_.find(path);
  if (it != packages_.end()) {
    if (!it->second->compiled && it->second->file) {
      // an import cycle among prelude packages would land here; they have none
    }
    return it->second.get();
  }
  const char* src = prelude_source(path);
  if (!src) {
    if (path == "C") error(pos, "goroscope does not support cgo yet");
    else if (go_std_package(path)) error(pos, "goroscope does not support package \"" + path + "\" yet");
    else error(pos, "package " + path + " is not in std");
    return nullptr;
  }
  auto pkg = std::make_unique<Package>();
  Package* p = pkg.get();
  p->path = path;
  size_t slash = path.rfind('/');
  p->name = slash == std::string::npos ? path : path.substr(slash + 1);
  p->scope.parent = &universe_;
  packages_[path] = std::move(pkg);
  prelude_diags_.push_back(std::make_unique<Diagnostics>("<prelude>/" + path + ".go"));
  Diagnostics& d = *prelude_diags_.back();
  p->file = lang::parse(src, d);
  if (!d.empty()) {
    error(pos, "goroscope: internal error in package " + path + ": " + d.format());
    return nullptr;
  }
  Package* saved = pkg_;
  std::string saved_file = file_;
  file_ = "<prelude>";
  collect(p, d);
  if (!d.empty()) error(pos, "goroscope: internal error in package " + path + ": " + d.format());
  pkg_ = saved;
  file_ = saved_file;
  init_order_.push_back(p);
  return p;
}

void Compiler::collect(Package* pkg, Diagnostics& d) {
  pkg_ = pkg;
  ast::File& f = *pkg->file;
  bool is_main = pkg->name == "main";
  auto declare = [&](const std::string& name, Entity* e, lang::Pos pos) {
    if (name == "_") return;
    e->pos = pos;
    if (is_main) declare_in_scope(&pkg->scope, name, e);
    else pkg->scope.names[name] = e;
  };
  // Imports first: their packages are collected before this one.
  for (const ast::Decl& decl : f.decls) {
    if (!decl.gen || decl.gen->tok != Tok::Import) continue;
    for (ast::ImportSpec* s : decl.gen->imports) {
      Package* imp = load_package(s->path, s->pos);
      pkg_ = pkg;
      if (!imp) {
        import_failed_ |= is_main;
        continue;
      }
      if (s->name == "_") continue;
      Entity* e = new_entity(Entity::Pkg, s->name.empty() ? imp->name : s->name);
      e->pkg = imp;
      e->import_path = s->path;
      e->import_as = s->name;
      e->report_unused = is_main;
      declare(e->name, e, s->pos);
      // a redeclared import is still an import of its own, unused (types2's check.imports)
      if (is_main && pkg->scope.names[e->name] != e) e->used = false;
      if (is_main) imports_.push_back(e);
    }
  }
  // Named types (underlying resolved on demand, so order does not matter).
  std::vector<std::pair<Type*, ast::TypeSpec*>> named;
  for (const ast::Decl& decl : f.decls) {
    if (!decl.gen || decl.gen->tok != Tok::Type) continue;
    for (ast::TypeSpec* ts : decl.gen->types) {
      Entity* e = new_entity(Entity::TypeName, ts->name->name);
      if (ts->alias) {
        e->type = resolve_type(ts->type);
      } else {
        std::string qual = pkg->name == "builtin" ? ts->name->name : pkg->name + "." + ts->name->name;
        Type* t = types_.named(qual);
        e->type = t;
        pending_types_[t] = {ts, pkg};
        named.push_back({t, ts});
      }
      declare(ts->name->name, e, ts->name->pos);
    }
  }
  // Constants (lazily) and package variables.
  for (const ast::Decl& decl : f.decls) {
    if (!decl.gen) continue;
    if (decl.gen->tok == Tok::Const) {
      ast::ValueSpec* last = nullptr;
      for (ast::ValueSpec* vs : decl.gen->values) {
        bool inherited = vs->implicit && last;
        if (!vs->implicit) last = vs;
        if (is_main) const_arity(vs, last, inherited);
        for (size_t i = 0; i < vs->names.size(); ++i) {
          Entity* e = new_entity(Entity::Const, vs->names[i]->name);
          pending_consts_[e] = {last, static_cast<int>(i), vs->iota, pkg};
          declare(e->name, e, vs->names[i]->pos);
        }
      }
    } else if (decl.gen->tok == Tok::Var) {
      for (ast::ValueSpec* vs : decl.gen->values) {
        std::vector<Entity*> vars;
        for (ast::Expr* n : vs->names) {
          if (n->name == "_") {
            vars.push_back(nullptr);
            continue;
          }
          Entity* e = new_entity(Entity::Global, n->name);
          e->index = static_cast<int>(p_.nglobals++);
          p_.global_types.push_back(nullptr);
          declare(n->name, e, n->pos);
          vars.push_back(e);
        }
        add_global_inits(pkg, vs, vars);
      }
    }
  }
  for (auto& [t, ts] : named) ensure_type(t);
  if (is_main) {
    // types2's validType: no type may contain itself (except through pointers, slices, maps, ...)
    for (auto& [t, ts] : named) type_decl_[t] = ts;
    for (auto& [t, ts] : named) {
      std::vector<const Type*> path;
      valid_type(t, path);
    }
  }
  // Functions and methods: signatures now, bodies after every package is collected.
  for (const ast::Decl& decl : f.decls) {
    ast::FuncDecl* fd = decl.func;
    if (!fd) continue;
    const std::string& name = fd->name->name;
    if (fd->recv) {
      ast::Expr* rt = fd->recv->type;
      bool ptr = false;
      if (rt->kind == ast::ExprKind::Star) {
        ptr = true;
        rt = rt->x;
      }
      if (rt->kind == ast::ExprKind::Index) {
        error(rt->pos, "goroscope does not support generics yet");
        continue;
      }
      const Type* base = resolve_type(rt);
      lang::Pos recv_pos = fd->recv->names.empty() ? fd->recv->type->pos : fd->recv->names[0]->pos;
      // types2's receiver rules: a type name of this package, not a pointer or interface
      bool valid = base && base->kind != Kind::Invalid;
      if (valid && is_main) {
        const Type* shown = ptr ? types_.pointer(base) : base;
        if (base->named() && !type_decl_.count(base) && base->name.rfind("main.", 0) != 0) {
          error(recv_pos, "cannot define new methods on non-local type " + tstr(base));
          valid = false;
        } else if (!base->named() && base->kind < Kind::Array) {
          error(recv_pos, "cannot define new methods on non-local type " + tstr(base));
          valid = false;
        } else if (!base->named()) {
          error(recv_pos, "invalid receiver type " + tstr(shown));
          valid = false;
        } else if (base->u()->kind == Kind::Pointer || base->u()->kind == Kind::Interface) {
          error(recv_pos, "invalid receiver type " + tstr(base) + " (pointer or interface type)");
          valid = false;
        }
      } else if (valid && (!base->named() || base->kind == Kind::Interface || base->kind == Kind::Pointer)) {
        valid = false;
      }
      std::string bname = valid ? base->name.substr(base->name.find('.') + 1) : "?";
      std::string fname = pkg->name + "." + (ptr ? "(*" + bname + ")" : bname) + "." + name;
      int index = new_function(fname);
      Function* fn = p_.funcs[index].get();
      fn->sig = func_type(fd->type, nullptr, nullptr, nullptr);
      fn->has_recv = true;
      func_node_[index] = add_node(pkg, name, fd->name->pos);
      if (valid) {
        Type* mt = const_cast<Type*>(base);
        const Method* other = nullptr;
        for (auto& m : mt->methods)
          if (m.name == name) other = &m;
        if (other && name != "_") {
          lang::Pos op = method_pos_[{base, name}];
          error(fd->name->pos, qualified_name(base) + "." + name + " redeclared in this block\n\t" + file_ + ":" +
                                   std::to_string(op.line) + ":" + std::to_string(op.col) + ": other declaration of " + name);
          valid = false;
        }
        if (valid) {
          for (auto& fl : mt->u()->fields) {
            if (fl.name != name || name == "_") continue;
            std::string msg = "field and method with the same name " + name;
            lang::Pos fp = field_pos(base, name);
            if (fp.valid()) msg += "\n\t" + file_ + ":" + std::to_string(fp.line) + ":" + std::to_string(fp.col) + ": other declaration of " + name;
            error(fd->name->pos, msg);
            valid = false;
            break;
          }
        }
        if (valid) {
          method_pos_[{base, name}] = fd->name->pos;
          Method m;
          m.name = name;
          m.sig = fn->sig;
          m.func = index;
          m.ptr_recv = ptr;
          m.recv_name = fd->recv->names.empty() ? "" : fd->recv->names[0]->name;
          auto at = std::lower_bound(mt->methods.begin(), mt->methods.end(), m,
                                     [](const Method& a, const Method& b) { return a.name < b.name; });
          mt->methods.insert(at, m);
        }
      }
      if (!fd->body) fn->native = find_native(fname, p_);
      else if (valid || is_main) bodies_.push_back({pkg, {fd, index}});
      continue;
    }
    if (name == "init") {
      int index = new_function(pkg->name + ".init." + std::to_string(pkg->init_funcs.size()));  // Go: main.init.0, ...
      p_.funcs[index]->sig = func_type(fd->type, nullptr, nullptr, nullptr);
      if (!p_.funcs[index]->sig->params.empty() || !p_.funcs[index]->sig->results.empty())
        error(fd->name->pos, "func init must have no arguments and no return values");
      pkg->init_funcs.push_back(index);
      bodies_.push_back({pkg, {fd, index}});
      continue;
    }
    int index = new_function(pkg->name + "." + name);
    Function* fn = p_.funcs[index].get();
    fn->sig = func_type(fd->type, nullptr, nullptr, nullptr);
    if (name == "main" && pkg->name == "main" && (!fn->sig->params.empty() || !fn->sig->results.empty()))
      error(fd->name->pos, "func main must have no arguments and no return values");
    func_node_[index] = add_node(pkg, name, fd->name->pos);
    Entity* e = new_entity(Entity::Func, name);
    e->type = fn->sig;
    e->index = index;
    declare(name, e, fd->name->pos);
    if (!fd->body) {
      fn->native = find_native(fn->name, p_);
      if (fn->native < 0) error(fd->name->pos, "missing function body");
    } else {
      bodies_.push_back({pkg, {fd, index}});
    }
  }
  (void)d;
}

void Compiler::ensure_type(const Type* t) {
  auto it = pending_types_.find(t);
  if (it == pending_types_.end()) return;
  if (it->second.busy) return;  // recursive through a pointer, slice, ...: the name is enough
  it->second.busy = true;
  Package* saved = pkg_;
  pkg_ = it->second.pkg;
  ast::TypeSpec* ts = it->second.spec;
  const Type* u = resolve_type(ts->type);
  decl_rhs_[t] = u;
  pkg_ = saved;
  if (u && u->named()) ensure_type(u);
  if (u) types_.set_underlying(const_cast<Type*>(t), u);
  if (u && u->kind == Kind::Invalid) const_cast<Type*>(t)->kind = Kind::Invalid;
  pending_types_.erase(t);
}

void Compiler::report_global_delayed(lang::Pos before) {
  size_t n = 0;
  while (n < global_delayed_.size() && global_delayed_[n].first < before) diags_.append(std::move(global_delayed_[n++].second));
  global_delayed_.erase(global_delayed_.begin(), global_delayed_.begin() + static_cast<std::ptrdiff_t>(n));
}

Entity* Compiler::package_member(Entity* pkg, ast::Expr* sel) {
  const std::string& name = sel->name;
  auto it = pkg->pkg->scope.names.find(name);
  Entity* found = it == pkg->pkg->scope.names.end() ? nullptr : it->second;
  if (std::isupper(static_cast<unsigned char>(name[0]))) {
    if (!found) error(sel->pos, "undefined: " + sel->x->name + "." + name);
    return found;
  }
  // goroscope's packages keep other unexported names than Go's: what Go's importer sees decides
  if (!go_unexported_name(pkg->pkg->path, name)) {
    error(sel->pos, "undefined: " + sel->x->name + "." + name);
    return nullptr;
  }
  error(sel->pos, name + " not exported by package " + pkg->pkg->name);
  return found;  // types2 goes on with the name (when goroscope has it too)
}

Entity* Compiler::lookup(const std::string& name) {
  Entity* e = nullptr;
  if (fs_) {
    for (FuncState* f = fs_; f && !e; f = f->parent) {
      for (Scope* s = f->scope; s; s = s->parent) {
        auto it = s->names.find(name);
        if (it != s->names.end()) {
          e = it->second;
          break;
        }
        if (s == &pkg_->scope || s == &universe_) break;
      }
    }
  }
  for (Scope* s = &pkg_->scope; s && !e; s = s->parent) {
    auto it = s->names.find(name);
    if (it != s->names.end()) e = it->second;
  }
  if (e && e->k == Entity::Pkg) e->used = true;  // every name that finds an import is a use
  return e;
}

const Type* Compiler::resolve_type(ast::Expr* e) {
  using ast::ExprKind;
  const Type* invalid = types_.basic(Kind::Invalid);
  if (!e) return invalid;
  switch (e->kind) {
    case ExprKind::Paren: return resolve_type(e->x);
    case ExprKind::Ident: {
      Entity* ent = lookup(e->name);
      if (!ent) {
        error(e->pos, "undefined: " + e->name);
        return invalid;
      }
      if (ent->k != Entity::TypeName) {
        not_a_type(e, ent);
        return invalid;
      }
      ensure_type(ent->type);
      return ent->type;
    }
    case ExprKind::Selector: {
      if (e->x->kind == ExprKind::Ident) {
        Entity* ent = lookup(e->x->name);
        if (ent && ent->k == Entity::Pkg) {
          Entity* member = package_member(ent, e);
          if (!member) return invalid;
          if (member->k != Entity::TypeName) {
            not_a_type(e, member);
            return invalid;
          }
          return member->type;
        }
        if (!ent) {  // a package used without its import is an undefined name, as types2 says
          error(e->x->pos, "undefined: " + e->x->name);
          return invalid;
        }
      }
      error(start_pos(e), expr_string(e) + " is not a type");
      return invalid;
    }
    case ExprKind::Star: return types_.pointer(resolve_type(e->x));
    case ExprKind::ArrayType: {
      const Type* elem = resolve_type(e->y);
      if (!e->x) return types_.slice(elem);
      int64_t n = array_length(e->x);
      if (n < 0) return invalid;
      return types_.array(elem, n);
    }
    case ExprKind::MapType: {
      const Type* k = resolve_type(e->x);
      const Type* v = resolve_type(e->y);
      if (!k->comparable() && k->kind != Kind::Invalid) error(e->x->pos, "invalid map key type " + tstr(k));
      return types_.map(k, v);
    }
    case ExprKind::ChanType: {
      Dir d = e->dir == ast::ChanDir::Send ? Dir::Send : e->dir == ast::ChanDir::Recv ? Dir::Recv : Dir::Both;
      return types_.chan(resolve_type(e->y ? e->y : e->x), d);
    }
    case ExprKind::FuncType: return func_type(e, nullptr, nullptr, nullptr);
    case ExprKind::StructType: {
      std::vector<Field> fields;
      for (ast::Field* f : e->fields) {
        const Type* ft = resolve_type(f->type);
        if (f->names.empty()) {
          Field fl;
          fl.type = ft;
          fl.embedded = true;
          const Type* base = ft->kind == Kind::Pointer && !ft->named() ? ft->elem : ft;
          const std::string& n = base->name;
          fl.name = n.substr(n.rfind('.') == std::string::npos ? 0 : n.rfind('.') + 1);
          fl.tag = f->tag;
          fields.push_back(fl);
        } else {
          for (ast::Expr* n : f->names) fields.push_back({n->name, ft, false, f->tag});
        }
      }
      for (size_t i = 0; i < fields.size(); ++i)
        for (size_t j = 0; j < i; ++j)
          if (fields[i].name == fields[j].name && fields[i].name != "_") error(e->pos, fields[i].name + " redeclared");
      return types_.structure(std::move(fields));
    }
    case ExprKind::InterfaceType: {
      // types2's computeInterfaceTypeSet: the explicit methods, then the embedded interfaces'
      // (an embedded method may repeat one with an identical signature)
      std::vector<Method> methods, own;
      std::vector<lang::Pos> where;  // of each method in methods: its name or its embedding
      std::vector<const Type*> embeds;
      auto add = [&](const Method& m, lang::Pos pos, bool explicit_) {
        for (size_t i = 0; i < methods.size(); ++i) {
          if (methods[i].name != m.name) continue;
          if (!explicit_ && identical(methods[i].sig, m.sig)) return;
          error(pos, "duplicate method " + m.name + "\n\t" + file_ + ":" + std::to_string(where[i].line) + ":" +
                         std::to_string(where[i].col) + ": other declaration of " + m.name);
          return;
        }
        methods.push_back(m);
        where.push_back(pos);
      };
      std::vector<lang::Pos> own_pos, embed_pos;
      for (ast::Field* f : e->fields) {  // resolved in source order
        if (f->names.empty()) {
          const Type* emb = resolve_type(f->type);
          ensure_type(emb);
          if (emb->kind != Kind::Interface) {
            if (emb->kind != Kind::Invalid) error(f->type->pos, "goroscope does not support type constraints yet");
            continue;
          }
          embeds.push_back(emb);
          embed_pos.push_back(start_pos(f->type));
        } else {
          Method m;
          m.name = f->names[0]->name;
          m.sig = func_type(f->type, nullptr, nullptr, nullptr);
          own.push_back(m);
          own_pos.push_back(f->names[0]->pos);
        }
      }
      for (size_t i = 0; i < own.size(); ++i) add(own[i], own_pos[i], true);
      for (size_t i = 0; i < embeds.size(); ++i)
        for (const Method& m : embeds[i]->u()->methods) add(m, embed_pos[i], false);
      return types_.interface_embedding(std::move(methods), std::move(own), std::move(embeds));
    }
    case ExprKind::Index:
      error(e->pos, "goroscope does not support generics yet");
      return invalid;
    default:
      error(e->pos, expr_string(e) + " is not a type");
      return invalid;
  }
}

const Type* Compiler::func_type(ast::Expr* ft, const Type* recv, std::vector<std::string>* names, std::vector<lang::Pos>* poss) {
  std::vector<const Type*> params, results;
  std::vector<std::string> pnames, rnames;
  bool variadic = false;
  for (ast::Field* f : ft->fields) {
    const Type* t;
    if (f->type->kind == ast::ExprKind::Ellipsis) {
      t = types_.slice(resolve_type(f->type->x));
      variadic = true;
    } else {
      t = resolve_type(f->type);
    }
    size_t n = f->names.empty() ? 1 : f->names.size();
    for (size_t i = 0; i < n; ++i) {
      params.push_back(t);
      pnames.push_back(f->names.empty() ? "" : f->names[i]->name);
      if (names) names->push_back(f->names.empty() ? "" : f->names[i]->name);
      if (poss) poss->push_back(f->names.empty() ? f->pos : f->names[i]->pos);
    }
  }
  for (ast::Field* f : ft->results) {
    const Type* t = resolve_type(f->type);
    size_t n = f->names.empty() ? 1 : f->names.size();
    for (size_t i = 0; i < n; ++i) {
      results.push_back(t);
      rnames.push_back(f->names.empty() ? "" : f->names[i]->name);
    }
  }
  (void)recv;
  return types_.func(std::move(params), std::move(results), variadic, std::move(pnames), std::move(rnames));
}

void Compiler::resolve_const(Entity* e) {
  auto it = pending_consts_.find(e);
  if (it == pending_consts_.end()) return;
  PendingConst& pc = it->second;
  if (pc.busy) {
    error(pc.src ? pc.src->pos : lang::Pos{}, "initialization cycle or invalid recursive reference");
    e->type = types_.basic(Kind::Invalid);
    pending_consts_.erase(it);
    return;
  }
  pc.busy = true;
  PendingConst copy = pc;
  Package* saved_pkg = pkg_;
  FuncState* saved_fs = fs_;
  int saved_iota = iota_;
  pkg_ = copy.pkg;
  // Package-level constants are evaluated outside any function.
  if (saved_fs && copy.pkg && std::any_of(copy.pkg->scope.names.begin(), copy.pkg->scope.names.end(), [&](auto& kv) { return kv.second == e; }))
    fs_ = nullptr;
  iota_ = copy.iota;
  const Type* t = nullptr;
  if (!copy.src || copy.index >= static_cast<int>(copy.src->values.size())) {
    e->type = types_.basic(Kind::Invalid);  // const_arity reported it
  } else {
    (void)t;
    init_const(e, copy.src->values[copy.index], copy.src->type);
  }
  iota_ = saved_iota;
  pkg_ = saved_pkg;
  fs_ = saved_fs;
  pending_consts_.erase(e);
}

int64_t Compiler::array_length(ast::Expr* e) {
  // types2's arrayLength.
  if (e->kind == ast::ExprKind::Ident) {
    Entity* ent = lookup(e->name);
    if (!ent) {
      error(e->pos, "undefined array length " + e->name + " or missing type constraint");
      return -1;
    }
    if (ent->k != Entity::Const) {
      error(e->pos, "invalid array length " + e->name);
      return -1;
    }
  }
  Operand x = expr(e);
  if (x.mode != Operand::Const) {
    if (x.ok()) error(start_pos(e), "array length " + describe(x) + " must be constant");
    return -1;
  }
  if (x.type->is_untyped() || x.type->is_integer()) {
    ConstVal v = x.c.to_int();
    if (v.k == ConstVal::Int) {
      int64_t n;
      if (representable(v, types_.basic(Kind::Int), nullptr)) {
        if (v.int64(&n) && n >= 0) return n;
        error(start_pos(e), "invalid array length " + describe(x));
        return -1;
      }
    }
  }
  error(start_pos(e), "array length " + describe(x) + " must be integer");
  return -1;
}

void Compiler::init_const(Entity* e, ast::Expr* value, ast::Expr* type_expr) {
  // types2's constDecl and initConst. A constant emits no code; what a non-constant value
  // emits on the way to its error is dropped (outside functions, into a scratch function).
  Function scratch_fn;
  FuncState scratch;
  scratch.fn = &scratch_fn;
  scratch.scope = &universe_;
  FuncState* saved_fs = fs_;
  size_t mark = fs_ ? fs_->fn->code.size() : 0;
  int mreg = fs_ ? fs_->next_reg : 0;
  if (!fs_) fs_ = &scratch;
  init_const_value(e, value, type_expr);
  if (fs_ == &scratch) {
    fs_ = saved_fs;
  } else {
    fs_->fn->code.resize(mark);
    fs_->fn->pos.resize(mark);
    fs_->next_reg = mreg;
  }
}

void Compiler::init_const_value(Entity* e, ast::Expr* value, ast::Expr* type_expr) {
  const Type* t = nullptr;
  if (type_expr) {
    t = resolve_type(type_expr);
    if (t->kind != Kind::Invalid && !(t->u()->kind >= Kind::Bool && t->u()->kind <= Kind::String)) {
      error(start_pos(type_expr), "invalid constant type " + tstr(t));
      e->type = types_.basic(Kind::Invalid);
      return;
    }
  }
  Operand o = expr(value);
  e->type = types_.basic(Kind::Invalid);
  if (!o.ok() || (t && t->kind == Kind::Invalid)) return;
  if (o.mode != Operand::Const || o.is_nil) {
    if (exclude(o)) error(start_pos(value), describe(o) + " is not constant");
    return;
  }
  if (!assignment(o, t ? t : o.type, "constant declaration")) return;
  e->type = o.type;
  e->cval = o.c;
}

void Compiler::not_a_type(ast::Expr* e, Entity* ent) {
  // types2's typInternal: the name denotes something else, described as an operand.
  if (ent->k == Entity::Pkg) {
    error(e->pos, "use of package " + ent->name + " not in selector");
    return;
  }
  Operand o;
  o.expr = e;
  o.type = ent->type;
  switch (ent->k) {
    case Entity::Const:
      resolve_const(ent);
      if (!ent->type || ent->type->kind == Kind::Invalid) return;
      o.mode = Operand::Const;
      o.type = ent->type;
      o.c = ent->cval;
      break;
    case Entity::Global:
      o.type = global_type(ent);
      if (!o.type) return;
      o.mode = Operand::Value;
      o.variable = true;
      break;
    case Entity::Local: o.mode = Operand::Value; o.variable = true; ent->used = true; break;
    case Entity::Func: o.mode = Operand::Value; break;
    case Entity::Builtin: o.mode = Operand::Builtin; break;
    case Entity::Nil: o.mode = Operand::Const; o.is_nil = true; break;
    default: o.mode = Operand::Value;
  }
  if (o.mode == Operand::Value && (!o.type || o.type->kind == Kind::Invalid)) return;
  error(start_pos(e), describe(o) + " is not a type");
}

bool Compiler::valid_type(const Type* t, std::vector<const Type*>& path) {
  if (!t) return true;
  if (t->named()) {
    auto decl = type_decl_.find(t);
    if (decl == type_decl_.end()) return true;  // not declared at this package's level
    int& state = type_state_[t];  // 0 unknown, 1 on the path, 2 valid, 3 invalid
    if (state == 0) {
      state = 1;
      path.push_back(t);
      bool ok = valid_type(decl_rhs_[t], path);
      path.pop_back();
      state = ok ? 2 : 3;
      if (!ok) {
        Type* m = const_cast<Type*>(t);
        m->kind = Kind::Invalid;
        m->underlying = types_.basic(Kind::Invalid);
        m->fields.clear();
      }
      return ok;
    }
    if (state == 1) {
      // a cycle: report it from the type declared first
      size_t start = 0;
      while (path[start] != t) ++start;
      std::vector<const Type*> cycle(path.begin() + static_cast<long>(start), path.end());
      size_t i = 0;
      for (size_t k = 1; k < cycle.size(); ++k)
        if (type_decl_[cycle[k]]->name->pos < type_decl_[cycle[i]]->name->pos) i = k;
      auto at = [&](const Type* x) {
        lang::Pos p = type_decl_[x]->name->pos;
        return file_ + ":" + std::to_string(p.line) + ":" + std::to_string(p.col) + ": ";
      };
      const Type* obj = cycle[i];
      std::string msg = "invalid recursive type " + qualified_name(obj);
      lang::Pos pos = type_decl_[obj]->name->pos;
      for (size_t n = 0; n < cycle.size(); ++n) {
        msg += "\n\t" + at(obj) + qualified_name(obj) + " refers to";
        i = (i + 1) % cycle.size();
        obj = cycle[i];
      }
      msg += "\n\t" + at(obj) + qualified_name(obj);
      error(pos, msg);
      for (const Type* c : cycle) type_state_[c] = 3;
      return false;
    }
    return state == 2;
  }
  switch (t->kind) {
    case Kind::Array: return valid_type(t->elem, path);
    case Kind::Struct:
      for (const Field& f : t->fields)
        if (!valid_type(f.type, path)) return false;
      return true;
    default: return true;
  }
}

lang::Pos Compiler::field_pos(const Type* t, const std::string& name) {
  // where a field of a named struct type of the main package is declared
  auto it = type_decl_.find(t);
  if (it == type_decl_.end() || !it->second->type || it->second->type->kind != ast::ExprKind::StructType) return {};
  for (ast::Field* f : it->second->type->fields) {
    for (ast::Expr* n : f->names)
      if (n->name == name) return n->pos;
    if (f->names.empty() && f->type) {
      ast::Expr* tn = f->type->kind == ast::ExprKind::Star ? f->type->x : f->type;
      std::string emb = tn->kind == ast::ExprKind::Selector ? tn->name : tn->name;
      if (emb == name) return tn->pos;
    }
  }
  return {};
}

void Compiler::const_arity(ast::ValueSpec* vs, ast::ValueSpec* last, bool inherited) {
  // types2's arity for constants: as many values (own or inherited) as names
  size_t l = vs->names.size(), r = last ? last->values.size() : 0;
  if (l < r) {
    ast::Expr* n = last->values[l];
    if (inherited) {
      lang::Pos np = node_pos(n);
      error(vs->pos, "extra init expr at " + file_ + ":" + std::to_string(np.line) + ":" + std::to_string(np.col));
    } else {
      error(start_pos(n), "extra init expr " + expr_string(n));
    }
  } else if (l > r) {
    error(vs->names[r]->pos, "missing init expr for " + vs->names[r]->name);
  }
}

}  // namespace goro::vm
