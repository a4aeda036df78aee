// Packages and declarations: the universe, imports (the prelude's Go sources), named types,
// constants (resolved on first use, so order does not matter), functions and methods, globals,
// and the init function that runs package initialisation and then main.main.
#include <algorithm>

#include "compiler_class.h"
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
      {"string", Kind::String}, {"byte", Kind::Uint8}, {"rune", Kind::Int32}, {"__handle", Kind::Handle}};
  for (auto& [n, k] : basics) type(n, types_.basic(k));
  type("error", types_.error_type());
  type("any", types_.any_type());
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
                            "print", "println", "recover", "complex", "real", "imag", "min", "max", "clear"};
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
  if (!diags_.empty()) return false;
  diags_.set_per_line(false);
  lang::resolve(*file, diags_);
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
  init_order_.push_back(mp);

  // Globals, in dependency order of packages and source order within each.
  fs_ = &init_fs;
  for (auto& [pkg, decl] : global_decls_) {
    pkg_ = pkg;
    file_ = pkg == mp ? diags_.file() : "<prelude>";
    var_decl(decl, true);
    fs_->next_reg = 0;
  }
  // Function bodies.
  for (size_t i = 0; i < bodies_.size(); ++i) {
    auto [pkg, fd] = bodies_[i];
    pkg_ = pkg;
    compile_function(fd.first, fd.second);
  }
  fs_ = &init_fs;
  for (Package* pkg : init_order_)
    for (int f : pkg->init_funcs) {
      int base = reg();
      emit(Op::Call, base, f);
    }
  Entity* main_fn = nullptr;
  auto it = mp->scope.names.find("main");
  if (it != mp->scope.names.end() && it->second->k == Entity::Func) main_fn = it->second;
  if (!main_fn) {
    error({0, 0}, "function main is undeclared in the main package");
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
    static const char* known[] = {"reflect", "unsafe", "net/http", "net", "os/exec", "io", "bufio", "log",
                                  "encoding/json", "sync/atomic", "C", "syscall", "io/ioutil", "bytes",
                                  "regexp", "path/filepath", "testing", "runtime/debug", "unicode/utf8"};
    bool std_pkg = std::find_if(std::begin(known), std::end(known), [&](const char* k) { return path == k; }) != std::end(known);
    if (std_pkg || path.find('.') == std::string::npos)
      error(pos, "goroscope does not support package \"" + path + "\" yet");
    else
      error(pos, "package " + path + " is not in std");
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
  auto declare = [&](const std::string& name, Entity* e) {
    if (name == "_") return;
    pkg->scope.names[name] = e;
  };
  // Imports first: their packages are collected before this one.
  for (const ast::Decl& decl : f.decls) {
    if (!decl.gen || decl.gen->tok != Tok::Import) continue;
    for (ast::ImportSpec* s : decl.gen->imports) {
      Package* imp = load_package(s->path, s->pos);
      pkg_ = pkg;
      if (!imp) continue;
      Entity* e = new_entity(Entity::Pkg, s->name.empty() ? imp->name : s->name);
      e->pkg = imp;
      declare(e->name, e);
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
      declare(ts->name->name, e);
    }
  }
  // Constants (lazily) and package variables.
  for (const ast::Decl& decl : f.decls) {
    if (!decl.gen) continue;
    if (decl.gen->tok == Tok::Const) {
      ast::ValueSpec* last = nullptr;
      for (ast::ValueSpec* vs : decl.gen->values) {
        if (!vs->implicit) last = vs;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          Entity* e = new_entity(Entity::Const, vs->names[i]->name);
          pending_consts_[e] = {last, static_cast<int>(i), vs->iota, pkg};
          declare(e->name, e);
        }
      }
    } else if (decl.gen->tok == Tok::Var) {
      for (ast::ValueSpec* vs : decl.gen->values)
        for (ast::Expr* n : vs->names) {
          Entity* e = new_entity(Entity::Global, n->name);
          e->index = static_cast<int>(p_.nglobals++);
          p_.global_types.push_back(nullptr);
          declare(n->name, e);
        }
      global_decls_.push_back({pkg, decl.gen});
    }
  }
  for (auto& [t, ts] : named) ensure_type(t);
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
      if (!base || base->kind == Kind::Invalid) continue;
      if (!base->named() || base->kind == Kind::Interface || base->kind == Kind::Pointer) {
        error(rt->pos, "invalid receiver type " + type_string(base));
        continue;
      }
      const Type* recv_t = ptr ? types_.pointer(base) : base;
      std::string fname = pkg->name + "." + (ptr ? "(*" + base->name.substr(base->name.find('.') + 1) + ")"
                                                 : base->name.substr(base->name.find('.') + 1)) + "." + name;
      int index = new_function(fname);
      Function* fn = p_.funcs[index].get();
      fn->sig = func_type(fd->type, nullptr, nullptr, nullptr);
      fn->has_recv = true;
      (void)recv_t;
      Type* mt = const_cast<Type*>(base);
      bool dup = false;
      for (auto& m : mt->methods) dup |= m.name == name;
      for (auto& fl : mt->u()->fields) dup |= fl.name == name;
      if (dup) {
        error(fd->name->pos, "field and method with the same name " + name);
        continue;
      }
      Method m;
      m.name = name;
      m.sig = fn->sig;
      m.func = index;
      m.ptr_recv = ptr;
      auto pos = std::lower_bound(mt->methods.begin(), mt->methods.end(), m,
                                  [](const Method& a, const Method& b) { return a.name < b.name; });
      mt->methods.insert(pos, m);
      if (!fd->body) fn->native = find_native(fname, p_);
      else bodies_.push_back({pkg, {fd, index}});
      continue;
    }
    if (name == "init") {
      int index = new_function(pkg->name + ".init");
      p_.funcs[index]->sig = types_.func({}, {}, false);
      pkg->init_funcs.push_back(index);
      bodies_.push_back({pkg, {fd, index}});
      continue;
    }
    int index = new_function(pkg->name + "." + name);
    Function* fn = p_.funcs[index].get();
    fn->sig = func_type(fd->type, nullptr, nullptr, nullptr);
    if (name == "main" && pkg->name == "main" && (!fn->sig->params.empty() || !fn->sig->results.empty()))
      error(fd->name->pos, "func main must have no arguments and no return values");
    Entity* e = new_entity(Entity::Func, name);
    e->type = fn->sig;
    e->index = index;
    declare(name, e);
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
  pkg_ = saved;
  if (u && u->named()) ensure_type(u);
  if (u) types_.set_underlying(const_cast<Type*>(t), u);
  if (u && u->kind == Kind::Invalid) const_cast<Type*>(t)->kind = Kind::Invalid;
  pending_types_.erase(t);
}

Entity* Compiler::lookup(const std::string& name) {
  if (fs_) {
    for (FuncState* f = fs_; f; f = f->parent) {
      for (Scope* s = f->scope; s; s = s->parent) {
        auto it = s->names.find(name);
        if (it != s->names.end()) return it->second;
        if (s == &pkg_->scope || s == &universe_) break;
      }
    }
  }
  for (Scope* s = &pkg_->scope; s; s = s->parent) {
    auto it = s->names.find(name);
    if (it != s->names.end()) return it->second;
  }
  return nullptr;
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
        error(e->pos, e->name + " is not a type");
        return invalid;
      }
      return ent->type;
    }
    case ExprKind::Selector: {
      if (e->x->kind == ExprKind::Ident) {
        Entity* ent = lookup(e->x->name);
        if (ent && ent->k == Entity::Pkg) {
          auto it = ent->pkg->scope.names.find(e->name);
          if (it == ent->pkg->scope.names.end() || it->second->k != Entity::TypeName) {
            if (it == ent->pkg->scope.names.end()) error(e->pos, "undefined: " + e->x->name + "." + e->name);
            else error(e->pos, e->x->name + "." + e->name + " is not a type");
            return invalid;
          }
          return it->second->type;
        }
      }
      error(e->pos, expr_string(e) + " is not a type");
      return invalid;
    }
    case ExprKind::Star: return types_.pointer(resolve_type(e->x));
    case ExprKind::ArrayType: {
      const Type* elem = resolve_type(e->y);
      if (!e->x) return types_.slice(elem);
      Operand n = expr(e->x);
      if (n.mode != Operand::Const || n.c.k != ConstVal::Int || n.c.i < 0) {
        error(e->x->pos, "array length " + expr_string(e->x) + " (" + describe(n) + ") must be constant");
        return invalid;
      }
      return types_.array(elem, static_cast<int64_t>(n.c.i));
    }
    case ExprKind::MapType: {
      const Type* k = resolve_type(e->x);
      const Type* v = resolve_type(e->y);
      if (!k->comparable() && k->kind != Kind::Invalid) error(e->x->pos, "invalid map key type " + type_string(k));
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
          fields.push_back(fl);
        } else {
          for (ast::Expr* n : f->names) fields.push_back({n->name, ft, false});
        }
      }
      for (size_t i = 0; i < fields.size(); ++i)
        for (size_t j = 0; j < i; ++j)
          if (fields[i].name == fields[j].name && fields[i].name != "_") error(e->pos, fields[i].name + " redeclared");
      return types_.structure(std::move(fields));
    }
    case ExprKind::InterfaceType: {
      std::vector<Method> methods;
      for (ast::Field* f : e->fields) {
        if (f->names.empty()) {
          const Type* emb = resolve_type(f->type);
          ensure_type(emb);
          if (emb->kind != Kind::Interface) {
            if (emb->kind != Kind::Invalid) error(f->type->pos, "goroscope does not support type constraints yet");
            continue;
          }
          for (const Method& m : emb->u()->methods) {
            bool dup = false;
            for (auto& x : methods) dup |= x.name == m.name;
            if (!dup) methods.push_back(m);
          }
        } else {
          Method m;
          m.name = f->names[0]->name;
          m.sig = func_type(f->type, nullptr, nullptr, nullptr);
          methods.push_back(m);
        }
      }
      return types_.interface(std::move(methods));
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
      if (names) names->push_back(f->names.empty() ? "" : f->names[i]->name);
      if (poss) poss->push_back(f->names.empty() ? f->pos : f->names[i]->pos);
    }
  }
  for (ast::Field* f : ft->results) {
    const Type* t = resolve_type(f->type);
    size_t n = f->names.empty() ? 1 : f->names.size();
    for (size_t i = 0; i < n; ++i) results.push_back(t);
  }
  (void)recv;
  return types_.func(std::move(params), std::move(results), variadic);
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
    error(copy.src ? copy.src->pos : lang::Pos{}, "missing init expr for const declaration");
    e->type = types_.basic(Kind::Invalid);
  } else {
    if (copy.src->type) t = resolve_type(copy.src->type);
    Operand o = expr(copy.src->values[copy.index]);
    if (o.mode != Operand::Const) {
      if (o.ok()) error(copy.src->values[copy.index]->pos, describe(o) + " is not constant");
      e->type = types_.basic(Kind::Invalid);
    } else {
      if (t) convert_const(o, t, true, "constant declaration");
      e->type = o.type;
      e->cval = o.c;
    }
  }
  iota_ = saved_iota;
  pkg_ = saved_pkg;
  fs_ = saved_fs;
  pending_consts_.erase(e);
}

}  // namespace goro::vm
