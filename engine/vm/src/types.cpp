// Types: interning, spelling, and Go's field and method lookup through embedded fields.
#include "goro/vm/types.h"

#include "strconv.h"

#include <algorithm>
#include <cctype>

namespace goro::vm {

namespace {

const char* basic_name(Kind k) {
  switch (k) {
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Int8: return "int8";
    case Kind::Int16: return "int16";
    case Kind::Int32: return "int32";
    case Kind::Int64: return "int64";
    case Kind::Uint: return "uint";
    case Kind::Uint8: return "uint8";
    case Kind::Uint16: return "uint16";
    case Kind::Uint32: return "uint32";
    case Kind::Uint64: return "uint64";
    case Kind::Uintptr: return "uintptr";
    case Kind::Float32: return "float32";
    case Kind::Float64: return "float64";
    case Kind::String: return "string";
    case Kind::UntypedBool: return "untyped bool";
    case Kind::UntypedInt: return "untyped int";
    case Kind::UntypedRune: return "untyped rune";
    case Kind::UntypedFloat: return "untyped float";
    case Kind::UntypedString: return "untyped string";
    case Kind::UntypedNil: return "untyped nil";
    case Kind::Handle: return "handle";
    default: return "invalid type";
  }
}

void append_sig(std::string& s, const Type* f) {
  s += '(';
  for (size_t i = 0; i < f->params.size(); ++i) {
    if (i) s += ", ";
    if (f->variadic && i + 1 == f->params.size()) {
      s += "...";
      s += type_string(f->params[i]->elem);
    } else {
      s += type_string(f->params[i]);
    }
  }
  s += ')';
  if (f->results.size() == 1) {
    s += ' ';
    s += type_string(f->results[0]);
  } else if (f->results.size() > 1) {
    s += " (";
    for (size_t i = 0; i < f->results.size(); ++i) {
      if (i) s += ", ";
      s += type_string(f->results[i]);
    }
    s += ')';
  }
}

std::string spell(const Type* t) {
  if (t->named()) return t->name;
  std::string s;
  switch (t->kind) {
    case Kind::Pointer: return "*" + type_string(t->elem);
    case Kind::Slice: return "[]" + type_string(t->elem);
    case Kind::Array: return "[" + std::to_string(t->len) + "]" + type_string(t->elem);
    case Kind::Map: return "map[" + type_string(t->key) + "]" + type_string(t->elem);
    case Kind::Chan: {
      const std::string& e = type_string(t->elem);
      bool paren = t->dir == Dir::Both && t->elem->kind == Kind::Chan && !t->elem->named() && t->elem->dir == Dir::Recv;
      std::string inner = paren ? "(" + e + ")" : e;
      if (t->dir == Dir::Send) return "chan<- " + inner;
      if (t->dir == Dir::Recv) return "<-chan " + inner;
      return "chan " + inner;
    }
    case Kind::Func:
      s = "func";
      append_sig(s, t);
      return s;
    case Kind::Tuple:
      s = "(";
      for (size_t i = 0; i < t->results.size(); ++i) {
        if (i) s += ", ";
        s += type_string(t->results[i]);
      }
      return s + ")";
    case Kind::Struct:
      if (t->fields.empty()) return "struct {}";
      s = "struct { ";
      for (size_t i = 0; i < t->fields.size(); ++i) {
        if (i) s += "; ";
        if (!t->fields[i].embedded) {
          s += t->fields[i].name;
          s += ' ';
        }
        s += type_string(t->fields[i].type);
        if (!t->fields[i].tag.empty()) s += " " + strconv::quote(t->fields[i].tag);
      }
      return s + " }";
    case Kind::Interface:
      if (t->methods.empty()) return "interface {}";
      s = "interface { ";
      for (size_t i = 0; i < t->methods.size(); ++i) {
        if (i) s += "; ";
        s += t->methods[i].name;
        append_sig(s, t->methods[i].sig);
      }
      return s + " }";
    default: return basic_name(t->kind);
  }
}

// key: the interning key; named types are keyed by their unique id.
std::string key_of(const Type* t) {
  if (t->named()) return "#" + std::to_string(t->id);
  if (t->alias) return t->alias;
  if (t->kind < Kind::Array || t->kind == Kind::Handle) return basic_name(t->kind);
  std::string s;
  switch (t->kind) {
    case Kind::Pointer: return "*" + key_of(t->elem);
    case Kind::Slice: return "[]" + key_of(t->elem);
    case Kind::Array: return "[" + std::to_string(t->len) + "]" + key_of(t->elem);
    case Kind::Map: return "map[" + key_of(t->key) + "]" + key_of(t->elem);
    case Kind::Chan: return "chan" + std::to_string(static_cast<int>(t->dir)) + " " + key_of(t->elem);
    case Kind::Func:
    case Kind::Tuple:
      s = t->kind == Kind::Func ? "func(" : "tuple(";
      for (auto* p : t->params) s += key_of(p) + ",";
      s += t->variadic ? "...)(" : ")(";
      for (auto* r : t->results) s += key_of(r) + ",";
      s += ")";
      // parameter and result names: spelling only (one canonical type without them)
      if (!t->param_names.empty() || !t->result_names.empty()) {
        s += "[";
        for (auto& n : t->param_names) s += n + ",";
        s += "|";
        for (auto& n : t->result_names) s += n + ",";
        s += "]";
      }
      return s;
    case Kind::Struct:
      s = "struct{";
      for (auto& f : t->fields) {
        s += (f.embedded ? "!" : "") + f.name + " " + key_of(f.type);
        if (!f.tag.empty()) s += " " + strconv::quote(f.tag);
        s += ";";
      }
      return s + "}";
    case Kind::Interface:
      s = "iface{";
      for (auto& m : t->methods) s += m.name + key_of(m.sig) + ";";
      if (!t->embeds.empty()) {  // the spelling of a twin
        s += "|";
        for (auto& m : t->own_methods) s += m.name + key_of(m.sig) + ";";
        for (auto* e : t->embeds) s += key_of(e) + ";";
      }
      return s + "}";
    default: return "?";
  }
}

}  // namespace

bool Type::ref_only() const {
  switch (kind) {
    case Kind::String: case Kind::Slice: case Kind::Map: case Kind::Chan: case Kind::Func:
    case Kind::Struct: case Kind::Array: case Kind::Handle:
      return true;
    case Kind::Pointer: return elem->value_boxed();
    default: return false;
  }
}

int Type::int_bits() const {
  switch (kind) {
    case Kind::Int8: case Kind::Uint8: return 8;
    case Kind::Int16: case Kind::Uint16: return 16;
    case Kind::Int32: case Kind::Uint32: return 32;
    default: return 64;
  }
}

bool Type::comparable() const {
  switch (kind) {
    case Kind::Slice: case Kind::Map: case Kind::Func: return false;
    case Kind::Array: return u()->elem->comparable();
    case Kind::Struct:
      for (auto& f : u()->fields)
        if (!f.type->comparable()) return false;
      return true;
    default: return true;
  }
}

const std::string& type_string(const Type* t) {
  if (t->str.empty()) t->str = spell(t);
  return t->str;
}

TypeTable::TypeTable() {
  for (int k = static_cast<int>(Kind::Invalid); k <= static_cast<int>(Kind::Handle); ++k) {
    if (k >= static_cast<int>(Kind::Array) && k != static_cast<int>(Kind::Handle)) continue;
    Type* t = make();
    t->kind = static_cast<Kind>(k);
    basics_[k] = t;
    interned_[basic_name(t->kind)] = t;
  }
  for (auto [name, k] : {std::pair<const char*, Kind>{"byte", Kind::Uint8}, {"rune", Kind::Int32}}) {
    Type* t = make();
    t->kind = k;
    t->alias = name;
    t->canon = basics_[static_cast<int>(k)];
    interned_[name] = t;
    (k == Kind::Uint8 ? byte_ : rune_) = t;
  }
  any_ = interface({});
  {
    // "any" as the source says it, for messages
    Type* t = make();
    t->kind = Kind::Interface;
    t->alias = "any";
    t->canon = any_;
    interned_["any"] = t;
    any_alias_ = t;
  }
  empty_struct_ = structure({});
  Type* err = named("error");
  Method m;
  m.name = "Error";
  m.sig = func({}, {basic(Kind::String)}, false);
  set_underlying(err, interface({m}));
  error_ = err;
}

Type* TypeTable::make() {
  store_.emplace_back();
  Type* t = &store_.back();
  t->underlying = t;
  t->id = static_cast<uint32_t>(all_.size());
  all_.push_back(t);
  return t;
}

const Type* TypeTable::intern(Type proto) {
  proto.underlying = nullptr;
  std::string key = key_of(&proto);
  auto it = interned_.find(key);
  if (it != interned_.end()) return it->second;
  Type* t = make();
  uint32_t id = t->id;
  *t = std::move(proto);
  t->id = id;
  t->underlying = t;
  t->canon = t;
  interned_.emplace(std::move(key), t);
  t->canon = canonical(t);
  return t;
}

const Type* TypeTable::canonical(const Type* t) {
  // The same type built from canonical parts (t itself when its parts are canonical).
  auto c = [](const Type* x) { return x ? x->canon : x; };
  bool canon = c(t->elem) == t->elem && c(t->key) == t->key;
  for (auto* p : t->params) canon = canon && c(p) == p;
  for (auto* r : t->results) canon = canon && c(r) == r;
  for (auto& f : t->fields) canon = canon && c(f.type) == f.type;
  for (auto& m : t->methods) canon = canon && c(m.sig) == m.sig;
  canon = canon && t->param_names.empty() && t->result_names.empty() && t->embeds.empty();
  if (canon) return t;
  switch (t->kind) {
    case Kind::Pointer: return pointer(c(t->elem));
    case Kind::Slice: return slice(c(t->elem));
    case Kind::Array: return array(c(t->elem), t->len);
    case Kind::Map: return map(c(t->key), c(t->elem));
    case Kind::Chan: return chan(c(t->elem), t->dir);
    case Kind::Func: {
      std::vector<const Type*> ps, rs;
      for (auto* p : t->params) ps.push_back(c(p));
      for (auto* r : t->results) rs.push_back(c(r));
      return func(ps, rs, t->variadic);
    }
    case Kind::Tuple: {
      std::vector<const Type*> rs;
      for (auto* r : t->results) rs.push_back(c(r));
      return tuple(rs, {});
    }
    case Kind::Struct: {
      std::vector<Field> fs = t->fields;
      for (auto& f : fs) f.type = c(f.type);
      return structure(fs);
    }
    case Kind::Interface: {
      std::vector<Method> ms = t->methods;
      for (auto& m : ms) m.sig = c(m.sig);
      return interface(ms);
    }
    default: return t;
  }
}

const Type* TypeTable::pointer(const Type* elem) {
  if (elem->pointer_to) return elem->pointer_to;
  Type p;
  p.kind = Kind::Pointer;
  p.elem = elem;
  return elem->pointer_to = intern(std::move(p));
}
const Type* TypeTable::slice(const Type* elem) {
  if (elem->slice_of) return elem->slice_of;
  Type p;
  p.kind = Kind::Slice;
  p.elem = elem;
  return elem->slice_of = intern(std::move(p));
}
const Type* TypeTable::array(const Type* elem, int64_t len) {
  Type p;
  p.kind = Kind::Array;
  p.elem = elem;
  p.len = len;
  return intern(std::move(p));
}
const Type* TypeTable::map(const Type* key, const Type* elem) {
  Type p;
  p.kind = Kind::Map;
  p.key = key;
  p.elem = elem;
  return intern(std::move(p));
}
const Type* TypeTable::chan(const Type* elem, Dir dir) {
  Type p;
  p.kind = Kind::Chan;
  p.elem = elem;
  p.dir = dir;
  return intern(std::move(p));
}
namespace {
bool any_name(const std::vector<std::string>& names) {
  for (auto& n : names)
    if (!n.empty()) return true;
  return false;
}
}  // namespace

const Type* TypeTable::func(std::vector<const Type*> params, std::vector<const Type*> results, bool variadic,
                            std::vector<std::string> param_names, std::vector<std::string> result_names) {
  Type p;
  p.kind = Kind::Func;
  p.params = std::move(params);
  p.results = std::move(results);
  p.variadic = variadic;
  if (any_name(param_names) || any_name(result_names)) {
    param_names.resize(p.params.size());
    result_names.resize(p.results.size());
    p.param_names = std::move(param_names);
    p.result_names = std::move(result_names);
  }
  return intern(std::move(p));
}
const Type* TypeTable::tuple(std::vector<const Type*> results, std::vector<std::string> names) {
  Type p;
  p.kind = Kind::Tuple;
  p.results = std::move(results);
  if (any_name(names)) {
    names.resize(p.results.size());
    p.result_names = std::move(names);
  }
  return intern(std::move(p));
}
const Type* TypeTable::structure(std::vector<Field> fields) {
  Type p;
  p.kind = Kind::Struct;
  p.fields = std::move(fields);
  return intern(std::move(p));
}
namespace {
void sort_methods(std::vector<Method>& ms) {
  std::sort(ms.begin(), ms.end(), [](const Method& a, const Method& b) { return a.name < b.name; });
}
}  // namespace

const Type* TypeTable::interface(std::vector<Method> methods) {
  sort_methods(methods);
  Type p;
  p.kind = Kind::Interface;
  p.methods = std::move(methods);
  return intern(std::move(p));
}
const Type* TypeTable::interface_embedding(std::vector<Method> all, std::vector<Method> own, std::vector<const Type*> embeds) {
  if (embeds.empty()) return interface(std::move(all));
  sort_methods(all);
  sort_methods(own);
  Type p;
  p.kind = Kind::Interface;
  p.methods = std::move(all);
  p.own_methods = std::move(own);
  p.embeds = std::move(embeds);
  return intern(std::move(p));
}

const Type* TypeTable::without_tags(const Type* t) {
  if (t->named() || t->kind < Kind::Array || t->kind == Kind::Handle) return t;
  switch (t->kind) {
    case Kind::Pointer: return pointer(without_tags(t->elem));
    case Kind::Slice: return slice(without_tags(t->elem));
    case Kind::Array: return array(without_tags(t->elem), t->len);
    case Kind::Map: return map(without_tags(t->key), without_tags(t->elem));
    case Kind::Chan: return chan(without_tags(t->elem), t->dir);
    case Kind::Func: {
      std::vector<const Type*> ps, rs;
      for (auto* x : t->params) ps.push_back(without_tags(x));
      for (auto* x : t->results) rs.push_back(without_tags(x));
      return func(ps, rs, t->variadic);
    }
    case Kind::Struct: {
      std::vector<Field> fs = t->fields;
      for (auto& f : fs) {
        f.type = without_tags(f.type);
        f.tag.clear();
      }
      return structure(fs);
    }
    default: return t;  // interfaces' method signatures hold no tags that matter here
  }
}
Type* TypeTable::named(std::string name) {
  Type* t = make();
  t->name = std::move(name);
  return t;
}
void TypeTable::set_underlying(Type* n, const Type* u) {
  n->underlying = u->underlying;
  n->kind = u->kind;
  n->elem = u->elem;
  n->key = u->key;
  n->len = u->len;
  n->dir = u->dir;
  n->fields = u->fields;
  n->params = u->params;
  n->results = u->results;
  n->variadic = u->variadic;
  if (u->kind == Kind::Interface) n->methods = u->methods;
}

const Type* default_type(const TypeTable& types, const Type* t) {
  switch (t->kind) {
    case Kind::UntypedBool: return types.basic(Kind::Bool);
    case Kind::UntypedInt: return types.basic(Kind::Int);
    case Kind::UntypedRune: return types.rune_type();
    case Kind::UntypedFloat: return types.basic(Kind::Float64);
    case Kind::UntypedString: return types.basic(Kind::String);
    default: return t;
  }
}

namespace {

struct Candidate {
  const Type* type;
  std::vector<int> path;
  bool via_ptr;
};

}  // namespace

namespace {
bool same_name(const std::string& a, const std::string& b, bool fold) {
  if (!fold) return a == b;
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}
}  // namespace

Selection lookup(const Type* t, const std::string& name, bool fold_case) {
  Selection sel;
  bool start_ptr = false;
  if (t->kind == Kind::Pointer && !t->named()) {
    t = t->elem;
    start_ptr = true;
  }
  std::vector<Candidate> level{{t, {}, start_ptr}};
  std::vector<const Type*> seen;
  while (!level.empty()) {
    int found = 0;
    std::vector<Candidate> next;
    for (const Candidate& c : level) {
      const Type* ct = c.type;
      if (ct->named()) {
        if (std::find(seen.begin(), seen.end(), ct) != seen.end()) continue;
        seen.push_back(ct);
      }
      if (ct->kind != Kind::Interface) {
        for (const Method& m : ct->methods) {
          if (!same_name(m.name, name, fold_case)) continue;
          if (found++ == 0) {
            sel.kind = Selection::MethodSel;
            sel.path = c.path;
            sel.path_has_pointer = c.via_ptr;
            sel.type = m.sig;
            sel.recv_base = ct;
            sel.method = &m;
          }
        }
      }
      const Type* u = ct->u();
      if (u->kind == Kind::Interface) {
        for (const Method& m : u->methods) {
          if (!same_name(m.name, name, fold_case)) continue;
          if (found++ == 0) {
            sel.kind = Selection::MethodSel;
            sel.path = c.path;
            sel.path_has_pointer = c.via_ptr;
            sel.type = m.sig;
            sel.recv_base = ct;
            sel.method = &m;
          }
        }
      } else if (u->kind == Kind::Struct) {
        for (size_t i = 0; i < u->fields.size(); ++i) {
          const Field& f = u->fields[i];
          if (same_name(f.name, name, fold_case)) {
            if (found++ == 0) {
              sel.kind = Selection::FieldSel;
              sel.path = c.path;
              sel.path.push_back(static_cast<int>(i));
              sel.path_has_pointer = c.via_ptr;
              sel.type = f.type;
            }
          }
          if (f.embedded) {
            Candidate n{f.type, c.path, c.via_ptr};
            n.path.push_back(static_cast<int>(i));
            if (f.type->kind == Kind::Pointer && !f.type->named()) {
              n.type = f.type->elem;
              n.via_ptr = true;
            }
            next.push_back(std::move(n));
          }
        }
      }
    }
    if (found == 1) return sel;
    if (found > 1) {
      Selection amb;
      amb.kind = Selection::Ambiguous;
      return amb;
    }
    level = std::move(next);
  }
  return sel;
}

const Method* find_method(const Type* t, const std::string& name, std::vector<int>* path, bool* via_ptr) {
  Selection s = lookup(t, name);
  if (s.kind != Selection::MethodSel) return nullptr;
  if (path) *path = s.path;
  if (via_ptr) *via_ptr = s.path_has_pointer;
  return s.method;
}

std::string missing_method(const Type* t, const Type* iface, bool* wrong_ptr) {
  if (wrong_ptr) *wrong_ptr = false;
  bool is_ptr = t->kind == Kind::Pointer && !t->named();
  for (const Method& m : iface->u()->methods) {
    Selection s = lookup(t, m.name);
    if (s.kind != Selection::MethodSel || !identical(s.type, m.sig)) return m.name;
    if (t->u()->kind != Kind::Interface && s.method->ptr_recv && !is_ptr && !s.path_has_pointer) {
      if (wrong_ptr) *wrong_ptr = true;
      return m.name;
    }
  }
  return "";
}

bool find_missing(const Type* t, const Type* iface, bool static_, MissingMethod* out) {
  *out = MissingMethod{};
  if (t->u()->kind == Kind::Interface) {
    for (const Method& m : iface->u()->methods) {
      const Method* f = nullptr;
      for (const Method& x : t->u()->methods)
        if (x.name == m.name) f = &x;
      if (!f) {
        if (!static_) continue;
        out->m = &m;
        return true;
      }
      if (!identical(f->sig, m.sig)) {
        out->m = &m;
        out->alt = f;
        return true;
      }
    }
    return false;
  }
  bool is_ptr = t->kind == Kind::Pointer && !t->named();
  for (const Method& m : iface->u()->methods) {
    Selection s = lookup(t, m.name);
    // a method with a pointer receiver is not in the method set of a value
    bool found = s.kind == Selection::MethodSel && !(s.method->ptr_recv && !is_ptr && !s.path_has_pointer);
    if (s.kind == Selection::None) s = lookup(t, m.name, true);
    if (s.kind != Selection::MethodSel) {
      out->m = &m;
      return true;
    }
    if (!found || !identical(s.method->sig, m.sig)) {
      out->m = &m;
      out->alt = s.method;
      return true;
    }
  }
  return false;
}

}  // namespace goro::vm
