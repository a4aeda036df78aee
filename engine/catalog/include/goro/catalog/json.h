// goro/catalog/json.h — a small JSON reader (UTF-8), enough for the scenario catalog.
//
//   goro::json::Value v;  std::string err;
//   if (!goro::json::parse(text, v, err)) ...;   // err: "line 3: expected ':'"
//   v["entries"][0]["title"]["en"].str();
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace goro::json {

class Value {
 public:
  enum Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Null;
  bool b = false;
  double num = 0;
  std::string s;
  std::vector<Value> items;
  std::vector<std::pair<std::string, Value>> members;  // in document order

  bool is_null() const { return kind == Null; }
  const std::string& str() const { return s; }
  int64_t integer(int64_t fallback = 0) const { return kind == Number ? static_cast<int64_t>(num) : fallback; }
  size_t size() const { return kind == Array ? items.size() : members.size(); }
  const Value& operator[](size_t i) const;
  const Value& operator[](const std::string& key) const;  // Null when absent
  bool has(const std::string& key) const;
};

bool parse(const std::string& text, Value& out, std::string& error);

}  // namespace goro::json
