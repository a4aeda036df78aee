#include "goro/symbols.h"

#include <functional>

namespace goro {

Symbols::Symbols() {
  names_.emplace_back();  // NameId 0 is the empty string
  name_ids_.emplace(names_.back(), 0);
  sites_.push_back(Site{});  // SiteId 0 is the unknown site
  stacks_.emplace_back();    // StackId 0 is the empty stack
  stack_ids_.emplace(stacks_.back(), 0);
}

NameId Symbols::intern(std::string_view s) {
  if (s.empty()) return 0;
  std::lock_guard lock(mu_);
  if (auto it = name_ids_.find(s); it != name_ids_.end()) return it->second;
  names_.emplace_back(s);
  auto id = static_cast<NameId>(names_.size() - 1);
  name_ids_.emplace(names_.back(), id);
  return id;
}

SiteId Symbols::site(std::string_view file, uint32_t line, uint32_t col, std::string_view function) {
  SiteKey key{intern(file), line, col, intern(function)};
  std::lock_guard lock(mu_);
  if (auto it = site_ids_.find(key); it != site_ids_.end()) return it->second;
  sites_.push_back(Site{key.file, line, col, key.function});
  auto id = static_cast<SiteId>(sites_.size() - 1);
  site_ids_.emplace(key, id);
  return id;
}

StackId Symbols::stack(std::span<const SiteId> frames) {
  if (frames.empty()) return 0;
  std::vector<SiteId> key(frames.begin(), frames.end());
  std::lock_guard lock(mu_);
  if (auto it = stack_ids_.find(key); it != stack_ids_.end()) return it->second;
  stacks_.push_back(key);
  auto id = static_cast<StackId>(stacks_.size() - 1);
  stack_ids_.emplace(std::move(key), id);
  return id;
}

std::vector<SiteId> Symbols::stack_at(StackId id) const {
  std::lock_guard lock(mu_);
  return id < stacks_.size() ? stacks_[id] : std::vector<SiteId>{};
}

size_t Symbols::stack_count() const {
  std::lock_guard lock(mu_);
  return stacks_.size();
}

size_t Symbols::StackHash::operator()(const std::vector<SiteId>& v) const noexcept {
  uint64_t h = v.size();
  for (SiteId s : v) h = (h ^ s) * 0x9E3779B97F4A7C15ull;
  return static_cast<size_t>(h ^ (h >> 29));
}

std::string_view Symbols::name(NameId id) const {
  std::lock_guard lock(mu_);
  return id < names_.size() ? std::string_view(names_[id]) : std::string_view();
}

Site Symbols::site_at(SiteId id) const {
  std::lock_guard lock(mu_);
  return id < sites_.size() ? sites_[id] : Site{};
}

std::string Symbols::site_string(SiteId id) const {
  Site s = site_at(id);
  if (s.file == 0) return "?";
  std::string out(name(s.file));
  out += ':';
  out += std::to_string(s.line);
  return out;
}

size_t Symbols::name_count() const {
  std::lock_guard lock(mu_);
  return names_.size();
}

size_t Symbols::site_count() const {
  std::lock_guard lock(mu_);
  return sites_.size();
}

size_t Symbols::SiteKeyHash::operator()(const SiteKey& k) const noexcept {
  uint64_t h = k.file;
  h = h * 0x9E3779B97F4A7C15ull + k.line;
  h = h * 0x9E3779B97F4A7C15ull + k.col;
  h = h * 0x9E3779B97F4A7C15ull + k.function;
  return static_cast<size_t>(h ^ (h >> 29));
}

}  // namespace goro
