// Go's fmt verbs, flags, widths and precisions; %v of every kind, with Error and String methods
// honoured as fmt does (also for exported nested values).
#include "fmt.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "goro/lang/scanner.h"

namespace goro::vm {

std::string quote(std::string_view s) {
  std::string q = "\"";
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '"': q += "\\\""; break;
        case '\\': q += "\\\\"; break;
        case '\n': q += "\\n"; break;
        case '\t': q += "\\t"; break;
        case '\r': q += "\\r"; break;
        case '\a': q += "\\a"; break;
        case '\b': q += "\\b"; break;
        case '\f': q += "\\f"; break;
        case '\v': q += "\\v"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            q += buf;
          } else {
            q += static_cast<char>(c);
          }
      }
      continue;
    }
    size_t j = i;
    char32_t r = lang::decode_utf8(s, j);
    if (r == 0xFFFD && j == i + 1) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      q += buf;
    } else {
      q.append(s.substr(i, j - i));
    }
    i = j;
  }
  return q + "\"";
}

namespace {

// shortest: the fewest significant digits that read back as f.
int shortest_digits(double f, int bits) {
  for (int p = 1; p <= 17; ++p) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*e", p - 1, f);
    double back = std::strtod(buf, nullptr);
    if (bits == 32 ? static_cast<float>(back) == static_cast<float>(f) : back == f) return p;
  }
  return 17;
}

std::string exp_fix(std::string s) {
  // C prints e+06 already with two digits; Go does the same. Keep as is.
  return s;
}

}  // namespace

std::string format_float(double f, char fmt, int prec, int bits) {
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  char buf[512];
  if (fmt == 'f' || fmt == 'F') {
    if (prec < 0) {
      // shortest decimal without exponent
      int d = shortest_digits(f, bits);
      std::snprintf(buf, sizeof buf, "%.*e", d - 1, f);
      double r = std::strtod(buf, nullptr);
      for (int p = 0; p < 40; ++p) {
        std::snprintf(buf, sizeof buf, "%.*f", p, r);
        if (std::strtod(buf, nullptr) == r) break;
      }
      return buf;
    }
    std::snprintf(buf, sizeof buf, "%.*f", prec, f);
    return buf;
  }
  if (fmt == 'e' || fmt == 'E') {
    if (prec < 0) prec = shortest_digits(f, bits) - 1;
    std::snprintf(buf, sizeof buf, fmt == 'e' ? "%.*e" : "%.*E", prec, f);
    return exp_fix(buf);
  }
  // 'g'
  int digits = prec < 0 ? shortest_digits(f, bits) : (prec == 0 ? 1 : prec);
  std::snprintf(buf, sizeof buf, "%.*e", digits - 1, f);
  // exponent
  const char* e = std::strchr(buf, 'e');
  int exp = e ? std::atoi(e + 1) : 0;
  int eprec = prec < 0 ? 6 : digits;
  if (prec < 0) {
    // Go's %v: shortest digits; exponent form when exp < -4 || exp >= 6 (strconv's rule for shortest)
    if (exp < -4 || exp >= eprec) {
      std::string m(static_cast<const char*>(buf), e);
      if (m.find('.') != std::string::npos) {
        while (m.back() == '0') m.pop_back();
        if (m.back() == '.') m.pop_back();
      }
      char eb[16];
      std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
      return m + eb;
    }
    int frac = std::max(0, digits - 1 - exp);
    std::snprintf(buf, sizeof buf, "%.*f", frac, f);
    return buf;
  }
  if (exp < -4 || exp >= eprec) {
    std::string m(static_cast<const char*>(buf), e);
    if (m.find('.') != std::string::npos) {
      while (m.back() == '0') m.pop_back();
      if (m.back() == '.') m.pop_back();
    }
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    return m + eb;
  }
  int frac = std::max(0, digits - 1 - exp);
  std::snprintf(buf, sizeof buf, "%.*f", frac, f);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

std::string duration_string(int64_t d) {
  if (d == 0) return "0s";
  uint64_t u = d < 0 ? static_cast<uint64_t>(-(d + 1)) + 1 : static_cast<uint64_t>(d);
  bool neg = d < 0;
  auto frac = [](uint64_t v, int prec, std::string& tail) {
    // v has prec decimal digits of fraction; print them without trailing zeros
    std::string digits;
    bool print = false;
    for (int i = 0; i < prec; ++i) {
      int digit = static_cast<int>(v % 10);
      print = print || digit != 0;
      if (print) digits.insert(digits.begin(), static_cast<char>('0' + digit));
      v /= 10;
    }
    if (print) tail = "." + digits;
    return v;
  };
  std::string out;
  if (u < 1000000000ull) {
    // sub-second: ns, µs or ms
    int prec;
    std::string unit;
    if (u < 1000) return (neg ? "-" : "") + std::to_string(u) + "ns";
    if (u < 1000000) prec = 3, unit = "\xC2\xB5s";
    else prec = 6, unit = "ms";
    std::string tail;
    uint64_t whole = frac(u, prec, tail);
    return (neg ? "-" : "") + std::to_string(whole) + tail + unit;
  }
  std::string tail;
  uint64_t secs = frac(u, 9, tail);
  std::string s = std::to_string(secs % 60) + tail + "s";
  uint64_t mins = secs / 60;
  if (mins > 0) {
    s = std::to_string(mins % 60) + "m" + s;
    uint64_t hours = mins / 60;
    if (hours > 0) s = std::to_string(hours) + "h" + s;
  }
  return (neg ? "-" : "") + s;
}

namespace {

void pad(std::string& out, const std::string& s, const FmtSpec& sp, bool numeric = false) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  if (sp.width <= n) {
    out += s;
    return;
  }
  int fill = sp.width - n;
  if (sp.minus) {
    out += s;
    out.append(fill, ' ');
  } else if (sp.zero && numeric) {
    size_t sign = (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) ? 1 : 0;
    out += s.substr(0, sign);
    out.append(fill, '0');
    out += s.substr(sign);
  } else if (sp.zero && !numeric) {
    out.append(fill, '0');
    out += s;
  } else {
    out.append(fill, ' ');
    out += s;
  }
}

bool has_method(const Type* t, const char* name, const Type* ret) {
  Selection s = lookup(t, name);
  if (s.kind != Selection::MethodSel) return false;
  if (!s.type->params.empty() || s.type->results.size() != 1 || s.type->results[0]->u()->kind != ret->u()->kind) return false;
  bool is_ptr = t->kind == Kind::Pointer && !t->named();
  if (s.method && s.method->ptr_recv && !is_ptr && !s.path_has_pointer && t->u()->kind != Kind::Interface) return false;
  return true;
}

std::string int_string(const Value& v, const Type* u, int base, bool upper) {
  bool neg = !u->is_unsigned() && v.i < 0;
  uint64_t x = u->is_unsigned() ? v.u : (neg ? 0 - v.u : v.u);
  if (u->is_unsigned() && u->int_bits() < 64) x &= (1ull << u->int_bits()) - 1;
  std::string s;
  const char* digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  if (x == 0) s = "0";
  while (x) {
    s.insert(s.begin(), digs[x % base]);
    x /= base;
  }
  return (neg ? "-" : "") + s;
}

}  // namespace

void format_value(Interp& in, std::string& out, const Value& v0, const Type* t, const FmtSpec& sp, int depth) {
  Value v = v0;
  if (t->kind == Kind::Interface) {
    if (!v.t) {
      if (sp.verb == 'T' || sp.verb == 'v' || sp.verb == 's') pad(out, "<nil>", sp);
      else pad(out, std::string("%!") + sp.verb + "(<nil>)", sp);
      return;
    }
    t = v.t;
    v = iface_payload(v0);
  }
  if (sp.verb == 'T') {
    pad(out, type_string(t), sp);
    return;
  }
  const Type* u = t->u();
  // Error and String methods (not for %T, %p; %x/%X/%q/%s/%v use them)
  bool methods_ok = sp.verb == 'v' || sp.verb == 's' || sp.verb == 'q' || sp.verb == 'x' || sp.verb == 'X';
  if (methods_ok && !sp.sharp && t->named() | (t->kind == Kind::Pointer)) {
    bool is_err = has_method(t, "Error", in.program().types.basic(Kind::String));
    bool is_str = !is_err && has_method(t, "String", in.program().types.basic(Kind::String));
    if ((is_err || is_str) && !(u->kind == Kind::Pointer && !v.o && false)) {
      Value iface = in.make_iface(v, t);
      std::vector<Value> res;
      std::string err;
      if (u->kind == Kind::Pointer && !v.o) {
        // nil receiver: Go calls the method anyway; a nil deref inside prints <nil>
        if (!in.call_method(iface, is_err ? "Error" : "String", &res, &err)) {
          pad(out, "<nil>", sp);
          return;
        }
      } else if (!in.call_method(iface, is_err ? "Error" : "String", &res, &err)) {
        out += "%!" + std::string(1, sp.verb) + "(PANIC=" + (is_err ? "Error" : "String") + " method: " + err + ")";
        return;
      }
      FmtSpec s2 = sp;
      format_value(in, out, res.empty() ? Value() : res[0], in.program().types.basic(Kind::String), s2, depth);
      return;
    }
  }
  auto bad = [&](const std::string& shown) {
    out += "%!";
    out += sp.verb;
    out += "(" + type_string(t) + "=" + shown + ")";
  };
  switch (u->kind) {
    case Kind::Bool:
      if (sp.verb == 'v' || sp.verb == 't') pad(out, v.i ? "true" : "false", sp);
      else bad(v.i ? "true" : "false");
      return;
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr: {
      std::string s;
      switch (sp.verb) {
        case 'v': case 'd': s = int_string(v, u, 10, false); break;
        case 'x': s = int_string(v, u, 16, false); if (sp.sharp) s.insert(s[0] == '-' ? 1 : 0, "0x"); break;
        case 'X': s = int_string(v, u, 16, true); if (sp.sharp) s.insert(s[0] == '-' ? 1 : 0, "0X"); break;
        case 'o': s = int_string(v, u, 8, false); if (sp.sharp) s.insert(s[0] == '-' ? 1 : 0, "0"); break;
        case 'O': s = "0o" + int_string(v, u, 8, false); break;
        case 'b': s = int_string(v, u, 2, false); break;
        case 'c': lang::append_utf8(s, (v.i < 0 || v.i > 0x10FFFF) ? 0xFFFD : static_cast<char32_t>(v.i)); pad(out, s, sp); return;
        case 'q': {
          std::string r;
          lang::append_utf8(r, static_cast<char32_t>(v.i));
          std::string q = "'" + (r == "'" ? std::string("\\'") : r == "\\" ? std::string("\\\\") : r == "\n" ? std::string("\\n") : r) + "'";
          pad(out, q, sp);
          return;
        }
        case 'U': {
          char buf[32];
          std::snprintf(buf, sizeof buf, "U+%04llX", static_cast<unsigned long long>(v.u));
          pad(out, buf, sp);
          return;
        }
        case 'e': case 'f': case 'g': case 's': case 't': default:
          bad(int_string(v, u, 10, false));
          return;
      }
      if (sp.prec >= 0) {
        size_t sign = s[0] == '-' ? 1 : 0;
        while (static_cast<int>(s.size() - sign) < sp.prec) s.insert(sign, "0");
      }
      if (sp.plus && sp.verb != 'v' && s[0] != '-') s = "+" + s;
      else if (sp.space && s[0] != '-') s = " " + s;
      FmtSpec s2 = sp;
      if (sp.prec >= 0) s2.zero = false;
      pad(out, s, s2, true);
      return;
    }
    case Kind::Float32: case Kind::Float64: {
      int bits = u->kind == Kind::Float32 ? 32 : 64;
      std::string s;
      switch (sp.verb) {
        case 'v': case 'g': case 'G': s = format_float(v.f, 'g', sp.prec, bits); break;
        case 'f': case 'F': s = format_float(v.f, 'f', sp.prec < 0 ? 6 : sp.prec, bits); break;
        case 'e': case 'E': s = format_float(v.f, sp.verb, sp.prec < 0 ? 6 : sp.prec, bits); break;
        default: bad(format_float(v.f, 'g', -1, bits)); return;
      }
      if (sp.plus && sp.verb != 'v' && s[0] != '-' && s[0] != '+') s = "+" + s;
      else if (sp.space && s[0] != '-') s = " " + s;
      if (s == "+Inf" && !sp.plus) s = "+Inf";
      pad(out, s, sp, true);
      return;
    }
    case Kind::String: {
      std::string_view s = str_of(v);
      switch (sp.verb) {
        case 'v': case 's': {
          std::string x(s);
          if (sp.prec >= 0) {
            size_t i = 0;
            int n = 0;
            while (i < x.size() && n < sp.prec) {
              lang::decode_utf8(x, i);
              ++n;
            }
            x.resize(i);
          }
          if (sp.sharp && sp.verb == 'v') x = quote(x);
          pad(out, x, sp);
          return;
        }
        case 'q': pad(out, sp.sharp && s.find('`') == std::string_view::npos ? "`" + std::string(s) + "`" : quote(s), sp); return;
        case 'x': case 'X': {
          std::string h;
          char buf[4];
          for (size_t i = 0; i < s.size(); ++i) {
            if (sp.space && i) h += ' ';
            std::snprintf(buf, sizeof buf, sp.verb == 'x' ? "%02x" : "%02X", static_cast<unsigned char>(s[i]));
            h += buf;
          }
          pad(out, h, sp);
          return;
        }
        default: bad(std::string(s)); return;
      }
    }
    case Kind::Pointer: {
      if (!v.o) {
        pad(out, sp.verb == 'v' || sp.verb == 's' ? "<nil>" : "%!" + std::string(1, sp.verb) + "(<nil>)", sp);
        return;
      }
      if (depth == 0 && u->elem->value_boxed() && (sp.verb == 'v' || sp.verb == 's')) {
        out += "&";
        format_value(in, out, v, u->elem, sp, depth + 1);
        return;
      }
      char buf[32];
      std::snprintf(buf, sizeof buf, "0xc%09llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(v.o) & 0xfffffffffull));
      pad(out, buf, sp);
      return;
    }
    case Kind::Struct: {
      auto* o = static_cast<SlotsObj*>(v.o);
      std::string s = "{";
      if (sp.sharp && sp.verb == 'v') s = type_string(t) + "{";
      for (size_t i = 0; i < u->fields.size(); ++i) {
        if (i) s += sp.sharp && sp.verb == 'v' ? ", " : " ";
        if (sp.plus || (sp.sharp && sp.verb == 'v')) s += u->fields[i].name + ":";
        const Type* ft = u->fields[i].type;
        bool exported = !u->fields[i].name.empty() && std::isupper(static_cast<unsigned char>(u->fields[i].name[0]));
        FmtSpec inner = sp;
        inner.width = -1;
        if (!exported && (ft->named() || ft->kind == Kind::Pointer || ft->kind == Kind::Interface)) {
          // unexported fields are printed without calling their methods
          Value fv = o ? o->slots[i] : Value();
          const Type* st = ft;
          if (ft->kind == Kind::Interface) {
            if (!fv.t) {
              s += "<nil>";
              continue;
            }
            st = fv.t;
            fv = iface_payload(fv);
          }
          FmtSpec raw = inner;
          raw.sharp = raw.sharp;  // keep
          std::string tmp;
          // print the underlying value
          const Type* bare = st->u();
          if (bare->kind == Kind::Pointer && !fv.o) tmp = "<nil>";
          else if (bare->kind == Kind::Pointer) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "0xc%09llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(fv.o) & 0xfffffffffull));
            tmp = buf;
          } else format_value(in, tmp, fv, bare, raw, depth + 1);
          s += tmp;
          continue;
        }
        format_value(in, s, o ? o->slots[i] : Value(), ft, inner, depth + 1);
      }
      s += "}";
      pad(out, s, sp);
      return;
    }
    case Kind::Array: case Kind::Slice: {
      std::vector<Value> items;
      if (u->kind == Kind::Array) {
        auto* o = static_cast<SlotsObj*>(v.o);
        if (o) items = o->slots;
      } else {
        auto* s = static_cast<SliceObj*>(v.o);
        if (s)
          for (int64_t i = 0; i < s->len; ++i) items.push_back(s->at(i));
      }
      if ((sp.verb == 's' || sp.verb == 'q' || sp.verb == 'x' || sp.verb == 'X') && u->elem->u()->kind == Kind::Uint8) {
        std::string bytes;
        for (auto& b : items) bytes += static_cast<char>(b.i);
        Value sv = in.make_string(bytes);
        format_value(in, out, sv, in.program().types.basic(Kind::String), sp, depth);
        return;
      }
      if (sp.sharp && sp.verb == 'v') {
        std::string s = type_string(t) + "{";
        if (u->kind == Kind::Slice && !v.o) {
          pad(out, type_string(t) + "(nil)", sp);
          return;
        }
        for (size_t i = 0; i < items.size(); ++i) {
          if (i) s += ", ";
          format_value(in, s, items[i], u->elem, sp, depth + 1);
        }
        pad(out, s + "}", sp);
        return;
      }
      std::string s = "[";
      FmtSpec inner = sp;
      for (size_t i = 0; i < items.size(); ++i) {
        if (i) s += " ";
        format_value(in, s, items[i], u->elem, inner, depth + 1);
      }
      out += s + "]";
      return;
    }
    case Kind::Map: {
      auto* m = static_cast<MapObj*>(v.o);
      std::vector<std::pair<Value, Value>> entries;
      if (m)
        for (auto& kv : m->m) entries.push_back(kv);
      const Type* kt = u->key;
      std::sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
        const Value& x = a.first;
        const Value& y = b.first;
        const Type* k = kt->u();
        if (k->kind == Kind::Interface) {
          const Type* xt = x.t;
          const Type* yt = y.t;
          if (xt != yt) return (xt ? xt->id : 0) < (yt ? yt->id : 0);
          if (!xt) return false;
          Value px = iface_payload(x), py = iface_payload(y);
          const Type* xu = xt->u();
          if (xu->is_string()) return str_of(px) < str_of(py);
          if (xu->is_float()) return px.f < py.f;
          if (xu->is_unsigned()) return px.u < py.u;
          return px.i < py.i;
        }
        if (k->is_string()) return str_of(x) < str_of(y);
        if (k->is_float()) return x.f < y.f;
        if (k->is_unsigned()) return x.u < y.u;
        if (k->kind == Kind::Struct || k->kind == Kind::Array) {
          std::string a1, b1;
          FmtSpec p;
          format_value(in, a1, x, kt, p, 1);
          format_value(in, b1, y, kt, p, 1);
          return a1 < b1;
        }
        return x.i < y.i;
      });
      std::string s = sp.sharp && sp.verb == 'v' ? type_string(t) + "{" : "map[";
      for (size_t i = 0; i < entries.size(); ++i) {
        if (i) s += sp.sharp && sp.verb == 'v' ? ", " : " ";
        format_value(in, s, entries[i].first, kt, sp, depth + 1);
        s += ":";
        format_value(in, s, entries[i].second, u->elem, sp, depth + 1);
      }
      out += s + (sp.sharp && sp.verb == 'v' ? "}" : "]");
      return;
    }
    case Kind::Chan: case Kind::Func: case Kind::Handle: {
      if (!v.o) {
        pad(out, u->kind == Kind::Func && depth == 0 ? "<nil>" : "<nil>", sp);
        return;
      }
      char buf[32];
      std::snprintf(buf, sizeof buf, "0xc%09llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(v.o) & 0xfffffffffull));
      pad(out, buf, sp);
      return;
    }
    case Kind::Interface:
      pad(out, "<nil>", sp);
      return;
    default:
      out += "?";
  }
}

std::string sprintf(Interp& in, std::string_view f, const Value* args, size_t n) {
  std::string out;
  size_t argi = 0;
  const Type* any = in.program().types.any_type();
  for (size_t i = 0; i < f.size();) {
    char c = f[i];
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    ++i;
    if (i >= f.size()) {
      out += "%!(NOVERB)";
      break;
    }
    FmtSpec sp;
    for (; i < f.size(); ++i) {
      char fl = f[i];
      if (fl == '+') sp.plus = true;
      else if (fl == '-') sp.minus = true;
      else if (fl == '#') sp.sharp = true;
      else if (fl == ' ') sp.space = true;
      else if (fl == '0') sp.zero = !sp.minus;
      else break;
    }
    auto read_num = [&](int& dst) {
      if (i < f.size() && f[i] == '*') {
        ++i;
        if (argi < n) {
          Value a = args[argi++];
          dst = a.t && a.t->u()->is_integer() ? static_cast<int>(iface_payload(a).i) : -1;
          if (dst < 0 && &dst == &sp.width) {
            sp.minus = true;
            dst = -dst;
          }
        }
        return;
      }
      int v = -1;
      while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) {
        v = (v < 0 ? 0 : v * 10) + (f[i] - '0');
        ++i;
      }
      if (v >= 0) dst = v;
    };
    read_num(sp.width);
    if (i < f.size() && f[i] == '.') {
      ++i;
      sp.prec = 0;
      read_num(sp.prec);
    }
    if (i >= f.size()) {
      out += "%!(NOVERB)";
      break;
    }
    size_t vi = i;
    char32_t verb = lang::decode_utf8(f, i);
    (void)vi;
    if (verb == '%') {
      out += '%';
      continue;
    }
    if (argi >= n) {
      out += "%!";
      lang::append_utf8(out, verb);
      out += "(MISSING)";
      continue;
    }
    sp.verb = verb < 128 ? static_cast<char>(verb) : '?';
    if (sp.verb == 'w') sp.verb = 'v';  // Errorf's %w prints as %v
    if (sp.verb == 'v' && sp.sharp) {
    }
    format_value(in, out, args[argi++], any, sp, 0);
  }
  if (argi < n) {
    out += "%!(EXTRA ";
    for (size_t k = argi; k < n; ++k) {
      if (k > argi) out += ", ";
      const Value& a = args[k];
      out += a.t ? type_string(a.t) : "<nil>";
      out += "=";
      FmtSpec sp;
      format_value(in, out, a, any, sp, 0);
    }
    out += ")";
  }
  return out;
}

std::string sprint(Interp& in, const Value* args, size_t n, bool spaces_always, bool newline) {
  std::string out;
  const Type* any = in.program().types.any_type();
  bool prev_string = false;
  for (size_t i = 0; i < n; ++i) {
    bool is_string = args[i].t && args[i].t->u()->kind == Kind::String;
    if (i > 0 && (spaces_always || (!is_string && !prev_string))) out += ' ';
    FmtSpec sp;
    format_value(in, out, args[i], any, sp, 0);
    prev_string = is_string;
  }
  if (newline) out += '\n';
  return out;
}

}  // namespace goro::vm
