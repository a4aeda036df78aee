// Loading the catalog and running its variants with the leak verdicts on.
#include "goro/catalog/catalog.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "goro/analysis/export.h"
#include "goro/analysis/leak_detector.h"
#include "goro/analysis/run_model.h"
#include "goro/catalog/json.h"
#include "goro/trace/recorder.h"
#include "goro/vm/run.h"

namespace goro::catalog {

namespace {

bool read(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::stringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return true;
}

Text text_of(const json::Value& v) {
  Text t;
  for (const auto& [k, s] : v.members) t[k] = s.str();
  return t;
}

}  // namespace

std::string Catalog::text(const Text& t, const std::string& lang) const {
  auto it = t.find(lang);
  if (it != t.end() && !it->second.empty()) return it->second;
  it = t.find("en");
  return it == t.end() ? std::string() : it->second;
}

std::optional<Catalog> load(const std::string& root, std::string* error) {
  std::string text, err;
  std::string path = root + "/catalog.json";
  if (!read(path, text)) {
    if (error) *error = "cannot read " + path;
    return std::nullopt;
  }
  json::Value doc;
  if (!json::parse(text, doc, err)) {
    if (error) *error = path + ": " + err;
    return std::nullopt;
  }
  if (doc["version"].integer() != 1 || doc["entries"].kind != json::Value::Array) {
    if (error) *error = path + ": not a version 1 catalog (needs \"version\": 1 and \"entries\")";
    return std::nullopt;
  }
  Catalog c;
  c.root = root;
  for (const json::Value& je : doc["entries"].items) {
    Entry e;
    e.id = je["id"].str();
    e.dir = je["dir"].str();
    e.category = je["category"].str();
    e.title = text_of(je["title"]);
    e.summary = text_of(je["summary"]);
    e.lesson = text_of(je["lesson"]);
    for (const json::Value& p : je["params"].items) e.params.push_back({p["name"].str(), p["default"].str(), p["help"].str()});
    for (const json::Value& jv : je["variants"].items) {
      Variant v;
      v.name = jv["name"].str();
      v.file = jv["file"].str();
      v.role = jv["role"].str();
      v.title = text_of(jv["title"]);
      for (const json::Value& a : jv["args"].items) v.args.push_back(a.str());
      const json::Value& x = jv["expect"];
      v.expect.exit_code = static_cast<int>(x["exit_code"].integer());
      v.expect.stdout_file = x["stdout"].str();
      v.expect.stderr_file = x["stderr"].str();
      v.expect.alive_at_exit = static_cast<int>(x["alive_at_exit"].integer());
      for (const json::Value& g : x["permanently_blocked"].items)
        v.expect.permanently_blocked.push_back({static_cast<int>(g["count"].integer()), g["op"].str(), static_cast<int>(g["line"].integer())});
      v.expect.never_finishing = static_cast<int>(x["never_finishing"].integer());
      v.expect.killed_at_exit = static_cast<int>(x["killed_at_exit"].integer());
      if (v.file.empty()) {
        if (error) *error = path + ": entry " + e.id + " has a variant without a file";
        return std::nullopt;
      }
      e.variants.push_back(std::move(v));
    }
    if (e.id.empty() || e.dir.empty()) {
      if (error) *error = path + ": an entry lacks its id or dir";
      return std::nullopt;
    }
    c.entries.push_back(std::move(e));
  }
  return c;
}

Outcome run_variant(const Catalog& c, const Entry& e, const Variant& v, const std::vector<std::string>& extra, unsigned workers) {
  Outcome o;
  std::string source;
  std::string path = c.path_of(e, v.file);
  if (!read(path, source)) {
    o.compile_errors = "cannot read " + path;
    return o;
  }
  auto prog = vm::compile_file(source, v.file, &o.compile_errors);
  if (!prog) return o;
  o.compiled = true;
  Symbols syms;
  trace::Recorder recorder(workers);
  analysis::LeakDetector leaks;
  vm::RunConfig cfg;
  cfg.workers = workers;
  cfg.args = v.args;
  cfg.args.insert(cfg.args.end(), extra.begin(), extra.end());
  cfg.sink = &recorder;
  cfg.observer = &leaks;
  cfg.max_time = 3600LL * 1000000000LL;
  cfg.out = [&](std::string_view s) { o.stdout_text += s; };
  cfg.err = [&](std::string_view s) { o.stderr_text += s; };
  vm::RunReport r;
  {
    vm::GoRun run(*prog, syms, cfg);
    r = run.run();
  }
  o.exit_code = r.exit_code;
  o.stderr_text += r.error;
  std::vector<Event> events;
  recorder.poll(events);
  analysis::RunModel model(syms);
  model.append(events);
  model.finish();
  for (const auto& t : model.tasks()) {
    if (!t.id || t.id == 1) continue;
    if (t.fate == analysis::Fate::PermanentlyBlocked) ++o.alive_at_exit;
    if (t.fate == analysis::Fate::NeverFinishing) ++o.never_finishing, ++o.alive_at_exit;
    if (t.fate == analysis::Fate::KilledAtExit) ++o.killed_at_exit, ++o.alive_at_exit;
  }
  for (const auto& g : model.leaks()) {
    std::string op(analysis::report_op_name(g.op));
    int line = static_cast<int>(syms.site_at(g.site).line);
    auto it = std::find_if(o.permanently_blocked.begin(), o.permanently_blocked.end(),
                           [&](const Group& x) { return x.op == op && x.line == line; });
    if (it == o.permanently_blocked.end()) o.permanently_blocked.push_back({static_cast<int>(g.tasks.size()), op, line});
    else it->count += static_cast<int>(g.tasks.size());
  }
  std::sort(o.permanently_blocked.begin(), o.permanently_blocked.end(),
            [](const Group& a, const Group& b) { return a.line != b.line ? a.line < b.line : a.op < b.op; });
  return o;
}

std::string compare(const Catalog& c, const Entry& e, const Variant& v, const Outcome& o) {
  std::string why;
  auto add = [&](const std::string& s) { why += s + "\n"; };
  if (!o.compiled) return "does not compile: " + o.compile_errors;
  const Expect& x = v.expect;
  if (o.exit_code != x.exit_code) add("exit code " + std::to_string(o.exit_code) + ", want " + std::to_string(x.exit_code));
  if (!x.stdout_file.empty()) {
    std::string want;
    if (!read(c.path_of(e, x.stdout_file), want)) add("missing golden " + x.stdout_file);
    else if (want != o.stdout_text) add("stdout differs from " + x.stdout_file);
  }
  if (o.alive_at_exit != x.alive_at_exit) add("alive at exit " + std::to_string(o.alive_at_exit) + ", want " + std::to_string(x.alive_at_exit));
  if (o.never_finishing != x.never_finishing) add("never finishing " + std::to_string(o.never_finishing) + ", want " + std::to_string(x.never_finishing));
  if (o.killed_at_exit != x.killed_at_exit) add("killed at exit " + std::to_string(o.killed_at_exit) + ", want " + std::to_string(x.killed_at_exit));
  std::vector<Group> want = x.permanently_blocked;
  std::sort(want.begin(), want.end(), [](const Group& a, const Group& b) { return a.line != b.line ? a.line < b.line : a.op < b.op; });
  auto show = [](const std::vector<Group>& gs) {
    std::string s;
    for (const auto& g : gs) s += (s.empty() ? "" : ", ") + std::to_string(g.count) + " x " + g.op + " at line " + std::to_string(g.line);
    return s.empty() ? std::string("none") : s;
  };
  bool same = want.size() == o.permanently_blocked.size();
  for (size_t i = 0; same && i < want.size(); ++i)
    same = want[i].count == o.permanently_blocked[i].count && want[i].op == o.permanently_blocked[i].op && want[i].line == o.permanently_blocked[i].line;
  if (!same) add("permanently blocked: " + show(o.permanently_blocked) + "; want " + show(want));
  return why;
}

}  // namespace goro::catalog
