// A recursive-descent JSON reader with line numbers in its errors.
#include "goro/catalog/json.h"

#include <cstdlib>

namespace goro::json {

namespace {

const Value kNull;

struct Reader {
  explicit Reader(const std::string& text) : t(text) {}
  const std::string& t;
  size_t i = 0;
  std::string error;

  int line() const {
    int n = 1;
    for (size_t k = 0; k < i && k < t.size(); ++k) n += t[k] == '\n';
    return n;
  }
  bool fail(const std::string& what) {
    if (error.empty()) error = "line " + std::to_string(line()) + ": " + what;
    return false;
  }
  void ws() {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
  }
  bool lit(const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (t.compare(i, n, word) != 0) return false;
    i += n;
    return true;
  }
  static void utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool string(std::string& out) {
    if (i >= t.size() || t[i] != '"') return fail("expected a string");
    ++i;
    while (i < t.size() && t[i] != '"') {
      char c = t[i++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i >= t.size()) break;
      char e = t[i++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          if (i + 4 > t.size()) return fail("bad \\u escape");
          unsigned cp = static_cast<unsigned>(std::strtoul(t.substr(i, 4).c_str(), nullptr, 16));
          i += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && t.compare(i, 2, "\\u") == 0) {
            unsigned lo = static_cast<unsigned>(std::strtoul(t.substr(i + 2, 4).c_str(), nullptr, 16));
            i += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          utf8(out, cp);
          break;
        }
        default: out += e;
      }
    }
    if (i >= t.size()) return fail("unterminated string");
    ++i;
    return true;
  }
  bool value(Value& v, int depth) {
    if (depth > 64) return fail("nested too deeply");
    ws();
    if (i >= t.size()) return fail("unexpected end of file");
    char c = t[i];
    if (c == '{') {
      v.kind = Value::Object;
      ++i;
      ws();
      if (i < t.size() && t[i] == '}') return ++i, true;
      for (;;) {
        ws();
        std::string key;
        if (!string(key)) return false;
        ws();
        if (i >= t.size() || t[i] != ':') return fail("expected ':'");
        ++i;
        Value m;
        if (!value(m, depth + 1)) return false;
        v.members.emplace_back(std::move(key), std::move(m));
        ws();
        if (i < t.size() && t[i] == ',') {
          ++i;
          continue;
        }
        if (i < t.size() && t[i] == '}') return ++i, true;
        return fail("expected ',' or '}'");
      }
    }
    if (c == '[') {
      v.kind = Value::Array;
      ++i;
      ws();
      if (i < t.size() && t[i] == ']') return ++i, true;
      for (;;) {
        Value item;
        if (!value(item, depth + 1)) return false;
        v.items.push_back(std::move(item));
        ws();
        if (i < t.size() && t[i] == ',') {
          ++i;
          continue;
        }
        if (i < t.size() && t[i] == ']') return ++i, true;
        return fail("expected ',' or ']'");
      }
    }
    if (c == '"') {
      v.kind = Value::String;
      return string(v.s);
    }
    if (lit("true")) return v.kind = Value::Bool, v.b = true, true;
    if (lit("false")) return v.kind = Value::Bool, v.b = false, true;
    if (lit("null")) return v.kind = Value::Null, true;
    if (c == '-' || (c >= '0' && c <= '9')) {
      char* end = nullptr;
      v.kind = Value::Number;
      v.num = std::strtod(t.c_str() + i, &end);
      i = static_cast<size_t>(end - t.c_str());
      return true;
    }
    return fail(std::string("unexpected character '") + c + "'");
  }
};

}  // namespace

const Value& Value::operator[](size_t i) const { return kind == Array && i < items.size() ? items[i] : kNull; }
const Value& Value::operator[](const std::string& key) const {
  for (const auto& [k, v] : members)
    if (k == key) return v;
  return kNull;
}
bool Value::has(const std::string& key) const {
  for (const auto& m : members)
    if (m.first == key) return true;
  return false;
}

bool parse(const std::string& text, Value& out, std::string& error) {
  Reader r{text};
  out = Value();
  if (!r.value(out, 0)) {
    error = r.error;
    return false;
  }
  r.ws();
  if (r.i != text.size()) {
    r.fail("text after the JSON value");
    error = r.error;
    return false;
  }
  return true;
}

}  // namespace goro::json
