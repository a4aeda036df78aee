// Package initialisation as Go specifies it: each package variable's initialiser is compiled
// when first needed (so a variable may be used before the line that declares it), the
// references between variables and functions are recorded as a dependency graph, and the
// initialisers run in types2's order: fewest outstanding dependencies first, then source order;
// a variable that depends on itself is an "initialization loop".
#include <algorithm>

#include "compiler_class.h"

namespace goro::vm {

int Compiler::add_node(Package* pkg, const std::string& name, lang::Pos pos) {
  DepNode n;
  n.pkg = pkg;
  n.name = name;
  n.pos = pos;
  n.order = static_cast<int>(nodes_.size());
  nodes_.push_back(n);
  return n.order;
}

void Compiler::add_global_inits(Package* pkg, ast::ValueSpec* vs, const std::vector<Entity*>& vars) {
  // One initialiser per variable when each has its own value; one for the spec otherwise
  // (a call giving several values, or no values at all).
  size_t n = vs->names.size(), m = vs->values.size();
  std::vector<int> var_nodes;
  for (size_t i = 0; i < n; ++i) {
    int node = add_node(pkg, vs->names[i]->name, vs->names[i]->pos);
    nodes_[node].is_var = true;
    if (vars[i]) var_node_[vars[i]] = node;
    var_nodes.push_back(node);
  }
  auto add = [&](int only, std::vector<int> nodes) {
    GlobalInit g;
    g.pkg = pkg;
    g.spec = vs;
    g.only = only;
    g.nodes = nodes;
    for (int nd : nodes) nodes_[nd].init = static_cast<int>(global_inits_.size());
    for (size_t i = 0; i < n; ++i)
      if (vars[i] && (only < 0 || static_cast<size_t>(only) == i)) global_of_[vars[i]] = static_cast<int>(global_inits_.size());
    global_inits_.push_back(g);
  };
  if (n == m && n > 1) {
    for (size_t i = 0; i < n; ++i) add(static_cast<int>(i), {var_nodes[i]});
  } else {
    add(-1, var_nodes);
  }
}

void Compiler::add_dep(int node) {
  if (cur_deps_ && node >= 0) cur_deps_->insert(node);
}

const Type* Compiler::global_type(Entity* ent) {
  // Using a package variable makes the current declaration depend on it, and settles its type.
  auto vn = var_node_.find(ent);
  if (vn != var_node_.end()) add_dep(vn->second);
  const Type* t = p_.global_types[ent->index];
  if (t) return t;
  auto it = global_of_.find(ent);
  if (it != global_of_.end()) compile_global(it->second);
  return p_.global_types[ent->index];  // still unknown: it refers to itself (reported as a loop)
}

void Compiler::compile_global(int gi) {
  if (global_inits_[gi].state != 0) return;
  global_inits_[gi].state = 1;
  GlobalInit g = global_inits_[gi];
  Package* saved_pkg = pkg_;
  FuncState* saved_fs = fs_;
  std::string saved_file = file_;
  int saved_iota = iota_;
  std::set<int>* saved_deps = cur_deps_;
  pkg_ = g.pkg;
  file_ = g.pkg->name == "main" ? diags_.file() : "<prelude>";
  iota_ = -1;
  std::set<int> deps;
  cur_deps_ = &deps;
  int f = new_function(g.pkg->name + ".init");
  FuncState fs;
  fs.fn = p_.funcs[f].get();
  fs.fn->sig = types_.func({}, {}, false);
  fs.fn->file = g.pkg->name == "main" ? diags_.file() : "<prelude>/" + g.pkg->path + ".go";
  fs.fn->decl = {g.spec->pos.line, g.spec->pos.col};
  fs.scope = &universe_;
  fs_ = &fs;
  fs.cur = g.spec->pos;
  size_t top = delayed_.size();
  var_spec(g.spec, true, g.only);
  // its function literals' bodies are checked among the function bodies, in source order
  for (size_t i = top; i < delayed_.size(); ++i) global_delayed_.push_back({g.spec->pos, std::move(delayed_[i])});
  delayed_.resize(top);
  emit(Op::Ret);
  fs_ = saved_fs;
  pkg_ = saved_pkg;
  file_ = saved_file;
  iota_ = saved_iota;
  cur_deps_ = saved_deps;
  // variables that share an initialiser share its dependencies
  for (int nd : g.nodes) nodes_[nd].deps.insert(deps.begin(), deps.end());
  global_inits_[gi].func = f;
  global_inits_[gi].state = 2;
}

std::vector<int> Compiler::init_order(Package* pkg) {
  // types2's initOrder on this package's variables and functions.
  std::vector<int> ids;
  for (const DepNode& n : nodes_)
    if (n.pkg == pkg) ids.push_back(n.order);
  std::map<int, std::set<int>> succ, pred;
  for (int id : ids) {
    for (int d : nodes_[id].deps) {
      if (nodes_[d].pkg != pkg) continue;
      succ[id].insert(d);
      pred[d].insert(id);
    }
  }
  // Functions drop out: whoever depends on one depends on what it depends on.
  std::vector<int> funcs;
  for (int id : ids)
    if (!nodes_[id].is_var) funcs.push_back(id);
  std::stable_sort(funcs.begin(), funcs.end(), [&](int a, int b) { return pred[a].size() * succ[a].size() < pred[b].size() * succ[b].size(); });
  for (int n : funcs) {
    for (int p : std::set<int>(pred[n])) {
      if (p == n) continue;
      for (int s : succ[n]) {
        if (s == n) continue;
        succ[p].insert(s);
        pred[s].insert(p);
      }
      succ[p].erase(n);
    }
    for (int s : succ[n]) pred[s].erase(n);
  }
  std::vector<int> vars;
  std::map<int, int> ndeps;
  for (int id : ids)
    if (nodes_[id].is_var) {
      vars.push_back(id);
      ndeps[id] = static_cast<int>(succ[id].size());
    }
  std::vector<int> out;
  std::set<int> emitted;
  while (!vars.empty()) {
    auto best = std::min_element(vars.begin(), vars.end(), [&](int a, int b) {
      return ndeps[a] < ndeps[b] || (ndeps[a] == ndeps[b] && a < b);
    });
    int n = *best;
    vars.erase(best);
    if (ndeps[n] > 0 && pkg->name == "main") {
      std::vector<int> cycle;
      std::set<int> seen;
      if (find_path(n, n, seen, &cycle)) report_cycle(cycle);
    }
    for (int p : pred[n]) --ndeps[p];
    int gi = nodes_[n].init;
    if (gi >= 0 && emitted.insert(gi).second) out.push_back(gi);
  }
  return out;
}

bool Compiler::find_path(int from, int to, std::set<int>& seen, std::vector<int>* path) {
  if (!seen.insert(from).second) return false;
  for (int d : nodes_[from].deps) {
    if (d == to) {
      path->push_back(d);
      return true;
    }
    if (find_path(d, to, seen, path)) {
      path->push_back(d);
      return true;
    }
  }
  return false;
}

void Compiler::report_cycle(const std::vector<int>& cycle) {
  auto at = [&](int n) {
    const lang::Pos& p = nodes_[n].pos;
    return file_ + ":" + std::to_string(p.line) + ":" + std::to_string(p.col) + ": ";
  };
  int obj = cycle[0];
  std::string msg = "initialization loop for " + nodes_[obj].name;
  lang::Pos pos = nodes_[obj].pos;
  for (size_t i = cycle.size(); i-- > 0;) {
    msg += "\n\t" + at(obj) + nodes_[obj].name + " refers to";
    obj = cycle[i];
  }
  msg += "\n\t" + at(obj) + nodes_[obj].name;
  error(pos, msg);
}

}  // namespace goro::vm
