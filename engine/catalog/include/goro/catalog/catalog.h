// goro/catalog/catalog.h — the scenario catalog (scenarios/catalog.json): entries, their lessons
// and variants, and what each variant must show; and running a variant to see what it does show.
//
//   std::string err;
//   auto cat = goro::catalog::load("scenarios", &err);      // nullopt + reason if broken
//   const auto& v = cat->entries[0].variants[0];
//   goro::catalog::Outcome o = goro::catalog::run_variant(*cat, cat->entries[0], v, {});
//   std::string why = goro::catalog::compare(v.expect, o);   // "" when it shows what it must
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "goro/runtime.h"

namespace goro::catalog {

using Text = std::map<std::string, std::string>;  // language ("en", "zh-Hans", "zh-Hant") -> text

struct Group {
  int count = 0;
  std::string op;  // "chan send", "chan receive", "select", "mutex", ...
  int line = 0;
};

struct Expect {
  int exit_code = 0;
  std::string stdout_file, stderr_file;
  int alive_at_exit = 0;
  std::vector<Group> permanently_blocked;
  int never_finishing = 0;
  int killed_at_exit = 0;
};

struct Variant {
  std::string name, file, role;  // role: "leak" or "fix"
  Text title;
  std::vector<std::string> args;
  Expect expect;
};

struct Param {
  std::string name, def, help;
};

struct Entry {
  std::string id, dir, category;
  Text title, summary, lesson;  // lesson: language -> file name in dir
  std::vector<Param> params;
  std::vector<Variant> variants;
};

struct Catalog {
  std::string root;  // the scenarios directory
  std::vector<Entry> entries;
  std::string path_of(const Entry& e, const std::string& file) const { return root + "/" + e.dir + "/" + file; }
  std::string text(const Text& t, const std::string& lang) const;  // falls back to English
};

// load reads root/catalog.json; on failure returns nullopt with the reason in *error.
std::optional<Catalog> load(const std::string& root, std::string* error);

struct Outcome {
  bool compiled = false;
  std::string compile_errors;
  int exit_code = 0;
  std::string stdout_text, stderr_text;
  int alive_at_exit = 0;
  std::vector<Group> permanently_blocked;  // merged by (op, line), sorted by line
  int never_finishing = 0;
  int killed_at_exit = 0;
};

// run_variant runs the variant's program with its args (plus extra) on the engine, with the leak
// verdicts on, and summarises its end state.
Outcome run_variant(const Catalog& c, const Entry& e, const Variant& v, const std::vector<std::string>& extra_args,
                    unsigned workers = 1);

// compare: "" if the outcome matches the expectation (stdout compared with the golden file), else
// what differs, one fact per line.
std::string compare(const Catalog& c, const Entry& e, const Variant& v, const Outcome& o);

}  // namespace goro::catalog
