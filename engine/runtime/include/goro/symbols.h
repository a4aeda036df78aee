// goro/symbols.h — interned strings and source sites, shared by the runtime, the trace and views.
//
// Events carry small ids instead of strings. A Symbols table is owned by a run (and saved with
// its trace); ids are stable and never reused, so readers may cache them.
//
//   goro::Symbols syms;
//   goro::SiteId s = syms.site("main.go", 14, 5, "main.worker");
//   const goro::Site& site = syms.site_at(s);   // site.line == 14
//   goro::StackId k = syms.stack({s, caller_site});  // a call stack, innermost first
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "goro/event.h"

namespace goro {

struct Site {
  NameId file = 0;
  uint32_t line = 0;
  uint32_t col = 0;
  NameId function = 0;  // the function the site is in, e.g. "main.worker"
};

// Symbols is thread-safe: interning takes a lock (it happens at compile or first-use time,
// not per event); lookups of ids already handed out take the same lock briefly.
class Symbols {
 public:
  Symbols();

  // intern returns the id of s, adding it if new. intern("") is 0.
  NameId intern(std::string_view s);
  // site returns the id of (file, line, col, function), adding it if new.
  SiteId site(std::string_view file, uint32_t line, uint32_t col, std::string_view function);

  // stack returns the id of a call stack (its frames' sites, innermost first), adding it if new.
  // The empty stack is 0.
  StackId stack(std::span<const SiteId> frames);

  // name returns the string of an id; the view stays valid for the table's lifetime.
  std::string_view name(NameId id) const;
  Site site_at(SiteId id) const;
  // site_string formats a site as Go does in a stack: "main.go:14".
  std::string site_string(SiteId id) const;

  // stack_at returns a stack's frames (empty for 0 or an unknown id).
  std::vector<SiteId> stack_at(StackId id) const;

  size_t name_count() const;
  size_t site_count() const;
  size_t stack_count() const;

 private:
  struct SiteKey {
    NameId file;
    uint32_t line, col;
    NameId function;
    bool operator==(const SiteKey&) const = default;
  };
  struct SiteKeyHash {
    size_t operator()(const SiteKey& k) const noexcept;
  };

  mutable std::mutex mu_;
  std::deque<std::string> names_;  // deque: stable addresses for the string_views handed out
  std::unordered_map<std::string_view, NameId> name_ids_;
  std::vector<Site> sites_;
  std::unordered_map<SiteKey, SiteId, SiteKeyHash> site_ids_;
  struct StackHash {
    size_t operator()(const std::vector<SiteId>& v) const noexcept;
  };
  std::vector<std::vector<SiteId>> stacks_;
  std::unordered_map<std::vector<SiteId>, StackId, StackHash> stack_ids_;
};

}  // namespace goro
