// Go's fmt printer. Printer mirrors the parts of Go's fmt (print.go, format.go) that decide what
// is printed: printArg (nil, %T, %p, the basic types), handleMethods (Error, String, GoString,
// %w), printValue (every kind, depth-sensitive: only a pointer at the top prints as &{...}),
// badVerb, and the flags, widths and precisions of the fmt struct.
#include "fmt.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "strconv.h"
#include "unicode.h"

namespace goro::vm {

namespace {

const char kLdigits[] = "0123456789abcdefx";
const char kUdigits[] = "0123456789ABCDEFX";

// A value as reflect.Value sees it: its static type, the VM value (an interface value when t is
// an interface type), and whether methods may be called on it (not through unexported fields).
struct Val {
  const Type* t = nullptr;  // nullptr: invalid
  Value v;
  bool can_iface = true;
  bool valid() const { return t != nullptr; }
};

// An interface's content: its dynamic type (nullptr for nil) and the unboxed payload.
struct Arg {
  const Type* t = nullptr;
  Value v;
};

Arg arg_of(const Value& iface) { return Arg{iface.t, iface.t ? iface_payload(iface) : Value()}; }

struct Flags {
  bool wid_present = false, prec_present = false;
  bool minus = false, plus = false, sharp = false, space = false, zero = false;
  bool plus_v = false, sharp_v = false;
  int wid = 0, prec = 0;
};

bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

uint64_t fake_address(const Value& v) { return go_address(v); }

class Printer {
 public:
  explicit Printer(Interp& in) : in_(in), str_sig_(in.program().types.error_type()->u()->methods[0].sig) {}

  std::string buf;
  bool wrap_errs = false;
  bool have_wrapped = false;
  Value wrapped;

  void print_arg(const Arg& a, char32_t verb);
  void do_print(const Value* args, size_t n, bool ln);
  void do_printf(std::string_view format, const Value* a, size_t n);

 private:
  Interp& in_;
  const Type* str_sig_;  // func() string
  Flags f_;
  Arg arg_;
  bool has_arg_ = false;
  Val value_;
  bool erroring_ = false, panicking_ = false;
  bool reordered_ = false, good_arg_num_ = true;

  const Type* string_type() const { return in_.program().types.basic(Kind::String); }

  // ---- the fmt struct: padding and the basic conversions
  void write_padding(int n) {
    if (n <= 0) return;
    buf.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
  }
  void pad(std::string_view s) {
    if (!f_.wid_present || f_.wid == 0) {
      buf += s;
      return;
    }
    int width = f_.wid - static_cast<int>(unicode::rune_count(s));
    if (!f_.minus) {
      write_padding(width);
      buf += s;
    } else {
      buf += s;
      write_padding(width);
    }
  }
  void fmt_boolean(bool v) { pad(v ? "true" : "false"); }

  void fmt_unicode(uint64_t u) {
    int prec = 4;
    if (f_.prec_present && f_.prec > 4) prec = f_.prec;
    std::string tail;
    if (f_.sharp && u <= unicode::kMaxRune && unicode::is_print(static_cast<char32_t>(u))) {
      tail = " '";
      unicode::append_rune(tail, static_cast<int64_t>(u));
      tail += "'";
    }
    std::string hex;
    do {
      hex.insert(hex.begin(), kUdigits[u & 0xF]);
      u >>= 4;
    } while (u);
    while (static_cast<int>(hex.size()) < prec) hex.insert(hex.begin(), '0');
    bool old_zero = f_.zero;
    f_.zero = false;
    pad("U+" + hex + tail);
    f_.zero = old_zero;
  }

  void fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits) {
    bool negative = is_signed && static_cast<int64_t>(u) < 0;
    if (negative) u = 0 - u;
    int prec = 0;
    if (f_.prec_present) {
      prec = f_.prec;
      if (prec == 0 && u == 0) {
        bool old_zero = f_.zero;
        f_.zero = false;
        write_padding(f_.wid);
        f_.zero = old_zero;
        return;
      }
    } else if (f_.zero && f_.wid_present) {
      prec = f_.wid;
      if (negative || f_.plus || f_.space) prec--;
    }
    std::string s;
    do {
      s.insert(s.begin(), digits[u % static_cast<unsigned>(base)]);
      u /= static_cast<unsigned>(base);
    } while (u);
    while (static_cast<int>(s.size()) < prec) s.insert(s.begin(), '0');
    if (f_.sharp) {
      if (base == 2) s.insert(0, "0b");
      else if (base == 8 && s[0] != '0') s.insert(s.begin(), '0');
      else if (base == 16) s.insert(0, std::string("0") + digits[16]);
    }
    if (verb == 'O') s.insert(0, "0o");
    if (negative) s.insert(s.begin(), '-');
    else if (f_.plus) s.insert(s.begin(), '+');
    else if (f_.space) s.insert(s.begin(), ' ');
    bool old_zero = f_.zero;
    f_.zero = false;
    pad(s);
    f_.zero = old_zero;
  }

  std::string_view truncate_string(std::string_view s) const {
    if (f_.prec_present) {
      int n = f_.prec;
      for (size_t i = 0; i < s.size();) {
        if (--n < 0) return s.substr(0, i);
        size_t w;
        unicode::decode_rune(s, i, &w);
        i += w;
      }
    }
    return s;
  }
  void fmt_s(std::string_view s) { pad(truncate_string(s)); }

  void fmt_sbx(std::string_view s, const char* digits) {
    int length = static_cast<int>(s.size());
    if (f_.prec_present && f_.prec < length) length = f_.prec;
    int width = 2 * length;
    if (width > 0) {
      if (f_.space) {
        if (f_.sharp) width *= 2;
        width += length - 1;
      } else if (f_.sharp) {
        width += 2;
      }
    } else {
      if (f_.wid_present) write_padding(f_.wid);
      return;
    }
    if (f_.wid_present && f_.wid > width && !f_.minus) write_padding(f_.wid - width);
    if (f_.sharp) {
      buf += '0';
      buf += digits[16];
    }
    for (int i = 0; i < length; ++i) {
      if (f_.space && i > 0) {
        buf += ' ';
        if (f_.sharp) {
          buf += '0';
          buf += digits[16];
        }
      }
      unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
      buf += digits[c >> 4];
      buf += digits[c & 0xF];
    }
    if (f_.wid_present && f_.wid > width && f_.minus) write_padding(f_.wid - width);
  }

  void fmt_q(std::string_view s) {
    s = truncate_string(s);
    if (f_.sharp && strconv::can_backquote(s)) {
      pad("`" + std::string(s) + "`");
      return;
    }
    pad(strconv::quote(s, f_.plus));
  }

  void fmt_c(uint64_t c) {
    std::string s;
    unicode::append_rune(s, c > unicode::kMaxRune ? unicode::kRuneError : static_cast<int64_t>(c));
    pad(s);
  }
  void fmt_qc(uint64_t c) {
    int64_t r = c > unicode::kMaxRune ? unicode::kRuneError : static_cast<int64_t>(c);
    pad(strconv::quote_rune(r, f_.plus));
  }

  void fmt_float_num(double v, int size, char32_t verb, int prec) {
    if (f_.prec_present) prec = f_.prec;
    std::string num = strconv::format_float(v, static_cast<char>(verb), prec, size);
    if (num[0] != '-' && num[0] != '+') num.insert(num.begin(), '+');
    if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
      bool old_zero = f_.zero;
      f_.zero = false;
      if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
      pad(num);
      f_.zero = old_zero;
      return;
    }
    if (f_.sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = prec;
        if (digits == -1) digits = 6;
      }
      std::string tail;
      bool has_point = false, saw_nonzero = false;
      for (size_t i = 1; i < num.size(); ++i) {
        char c = num[i];
        if (c == '.') {
          has_point = true;
        } else if (c == 'p' || c == 'P') {
          tail = num.substr(i);
          num.resize(i);
          break;
        } else if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
          tail = num.substr(i);
          num.resize(i);
          break;
        } else {
          if (c != '0') saw_nonzero = true;
          if (saw_nonzero) digits--;
        }
      }
      if (!has_point) {
        if (num.size() == 2 && num[1] == '0') digits--;
        num += '.';
      }
      while (digits > 0) {
        num += '0';
        digits--;
      }
      num += tail;
    }
    if (f_.plus || num[0] != '+') {
      if (f_.zero && f_.wid_present && f_.wid > static_cast<int>(num.size())) {
        buf += num[0];
        write_padding(f_.wid - static_cast<int>(num.size()));
        buf += num.substr(1);
        return;
      }
      pad(num);
      return;
    }
    pad(std::string_view(num).substr(1));
  }

  // ---- pp: the verbs per kind
  void fmt0x64(uint64_t v, bool leading0x) {
    bool sharp = f_.sharp;
    f_.sharp = leading0x;
    fmt_integer(v, 16, false, 'v', kLdigits);
    f_.sharp = sharp;
  }

  void fmt_bool(bool v, char32_t verb) {
    if (verb == 't' || verb == 'v') fmt_boolean(v);
    else bad_verb(verb);
  }

  void fmt_int(uint64_t v, bool is_signed, char32_t verb) {
    switch (verb) {
      case 'v':
        if (f_.sharp_v && !is_signed) fmt0x64(v, true);
        else fmt_integer(v, 10, is_signed, verb, kLdigits);
        break;
      case 'd': fmt_integer(v, 10, is_signed, verb, kLdigits); break;
      case 'b': fmt_integer(v, 2, is_signed, verb, kLdigits); break;
      case 'o': case 'O': fmt_integer(v, 8, is_signed, verb, kLdigits); break;
      case 'x': fmt_integer(v, 16, is_signed, verb, kLdigits); break;
      case 'X': fmt_integer(v, 16, is_signed, verb, kUdigits); break;
      case 'c': fmt_c(v); break;
      case 'q': fmt_qc(v); break;
      case 'U': fmt_unicode(v); break;
      default: bad_verb(verb);
    }
  }

  void fmt_float(double v, int size, char32_t verb) {
    switch (verb) {
      case 'v': fmt_float_num(v, size, 'g', -1); break;
      case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float_num(v, size, verb, -1); break;
      case 'f': case 'e': case 'E': case 'F': fmt_float_num(v, size, verb, 6); break;
      default: bad_verb(verb);
    }
  }

  void fmt_string(std::string_view v, char32_t verb) {
    switch (verb) {
      case 'v':
        if (f_.sharp_v) fmt_q(v);
        else fmt_s(v);
        break;
      case 's': fmt_s(v); break;
      case 'x': fmt_sbx(v, kLdigits); break;
      case 'X': fmt_sbx(v, kUdigits); break;
      case 'q': fmt_q(v); break;
      default: bad_verb(verb);
    }
  }

  // fmt_bytes: a []byte (or byte array) for %s %q %x %X, and the unnamed []byte for every verb.
  void fmt_bytes(const Val& val, const std::vector<Value>& items, bool is_nil, char32_t verb, const std::string& type_str) {
    std::string bytes;
    for (const Value& b : items) bytes += static_cast<char>(b.i);
    switch (verb) {
      case 'v': case 'd':
        if (f_.sharp_v) {
          buf += type_str;
          if (is_nil) {
            buf += "(nil)";
            return;
          }
          buf += '{';
          for (size_t i = 0; i < items.size(); ++i) {
            if (i) buf += ", ";
            fmt0x64(static_cast<unsigned char>(bytes[i]), true);
          }
          buf += '}';
        } else {
          buf += '[';
          for (size_t i = 0; i < items.size(); ++i) {
            if (i) buf += ' ';
            fmt_integer(static_cast<unsigned char>(bytes[i]), 10, false, verb, kLdigits);
          }
          buf += ']';
        }
        return;
      case 's': fmt_s(bytes); return;
      case 'x': fmt_sbx(bytes, kLdigits); return;
      case 'X': fmt_sbx(bytes, kUdigits); return;
      case 'q': fmt_q(bytes); return;
      default: print_value(val, verb, 0);
    }
  }

  void fmt_pointer(const Val& val, char32_t verb) {
    const Type* u = val.t->u();
    uint64_t addr;
    switch (u->kind) {
      case Kind::Chan: case Kind::Func: case Kind::Map: case Kind::Pointer: case Kind::Slice: case Kind::Handle:
        addr = fake_address(val.v);
        if (u->kind == Kind::Pointer && u->elem->value_boxed()) addr = fake_address(Value::of_obj(val.v.o));
        break;
      default:
        bad_verb(verb);
        return;
    }
    switch (verb) {
      case 'v':
        if (f_.sharp_v) {
          buf += "(" + type_string(val.t) + ")(";
          if (addr == 0) buf += "nil";
          else fmt0x64(addr, true);
          buf += ')';
        } else if (addr == 0) {
          pad("<nil>");
        } else {
          fmt0x64(addr, !f_.sharp);
        }
        break;
      case 'p': fmt0x64(addr, !f_.sharp); break;
      case 'b': case 'o': case 'd': case 'x': case 'X': fmt_int(addr, false, verb); break;
      default: bad_verb(verb);
    }
  }

  void bad_verb(char32_t verb) {
    erroring_ = true;
    buf += "%!";
    unicode::append_rune(buf, verb);
    buf += '(';
    if (has_arg_ && arg_.t) {
      Arg a = arg_;
      buf += type_string(a.t);
      buf += '=';
      print_arg(a, 'v');
    } else if (value_.valid()) {
      Val v = value_;
      buf += type_string(v.t);
      buf += '=';
      print_value(v, 'v', 0);
    } else {
      buf += "<nil>";
    }
    buf += ')';
    erroring_ = false;
  }

  // ---- methods
  // implements: whether t's method set has name() string (Error, String, GoString).
  bool implements(const Type* t, const char* name) const {
    Selection s = lookup(t, name);
    if (s.kind != Selection::MethodSel || !identical(s.type, str_sig_)) return false;  // result names do not matter
    bool is_ptr = t->kind == Kind::Pointer && !t->named();
    if (s.method && s.method->ptr_recv && !is_ptr && !s.path_has_pointer && s.recv_base->u()->kind != Kind::Interface) return false;
    return true;
  }

  // call_string_method: calls a.name() and prints its result with verb; a panic inside prints
  // as Go's catchPanic does.
  void call_string_method(const Arg& a, const char* name, char32_t verb) {
    Value recv;
    const Function* fn = in_.find_method(a.t, name, &recv, a.v);
    std::vector<Value> res;
    std::string err;
    Value panic_val;
    bool ok = false;
    if (fn) {
      ok = in_.call(Value(), fn, {recv}, &res, &err);
      if (!ok) panic_val = in_.last_call_panic;
    } else {
      // a value method reached through a nil pointer: Go's call panics with a nil dereference
      err = "runtime error: invalid memory address or nil pointer dereference";
    }
    if (ok) {
      fmt_string(res.empty() ? std::string_view() : str_of(res[0]), verb);
      return;
    }
    if (a.t->u()->kind == Kind::Pointer && !a.v.o) {
      buf += "<nil>";
      return;
    }
    Flags old = f_;
    f_ = Flags();
    buf += "%!";
    unicode::append_rune(buf, verb);
    buf += "(PANIC=";
    buf += name;
    buf += " method: ";
    if (panic_val.t) {
      panicking_ = true;
      print_arg(arg_of(panic_val), 'v');
      panicking_ = false;
    } else {
      buf += err;
    }
    buf += ')';
    f_ = old;
  }

  bool handle_methods(char32_t verb) {
    if (erroring_ || !has_arg_ || !arg_.t) {
      if (verb == 'w' && !erroring_) {
        // %w of nil or a non-error: a bad verb, and nothing is wrapped
        have_wrapped = false;
        wrap_errs = false;
        bad_verb(verb);
        return true;
      }
      return false;
    }
    Arg a = arg_;
    bool is_error = implements(a.t, "Error");
    if (verb == 'w') {
      if (!is_error || !wrap_errs || have_wrapped) {
        have_wrapped = false;
        wrapped = Value();
        wrap_errs = false;
        bad_verb(verb);
        return true;
      }
      have_wrapped = true;
      wrapped = in_.make_iface(a.v, a.t);
      verb = 'v';
    }
    if (f_.sharp_v) {
      if (implements(a.t, "GoString")) {
        call_string_method(a, "GoString", 's');
        return true;
      }
      return false;
    }
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q':
        if (is_error) {
          call_string_method(a, "Error", verb);
          return true;
        }
        if (implements(a.t, "String")) {
          call_string_method(a, "String", verb);
          return true;
        }
        break;
      default: break;
    }
    return false;
  }

  // ---- printValue
  static bool exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

  // elem_of: what a pointer points at (pointers to structs and arrays are the object itself).
  Val elem_of(const Val& p) const {
    const Type* et = p.t->u()->elem;
    if (et->value_boxed()) return Val{et, Value::of_obj(p.v.o), p.can_iface};
    auto* o = static_cast<SlotsObj*>(p.v.o);
    return Val{et, o->slots[static_cast<size_t>(p.v.i)], p.can_iface};
  }

  std::vector<Value> items_of(const Val& v) const {
    std::vector<Value> items;
    const Type* u = v.t->u();
    if (u->kind == Kind::Array) {
      if (auto* o = static_cast<SlotsObj*>(v.v.o)) items = o->slots;
    } else if (auto* s = static_cast<SliceObj*>(v.v.o)) {
      for (int64_t i = 0; i < s->len; ++i) items.push_back(s->at(i));
    }
    return items;
  }

  static int64_t int_value(const Type* u, const Value& v) {
    switch (u->kind) {
      case Kind::Int8: return static_cast<int8_t>(v.i);
      case Kind::Int16: return static_cast<int16_t>(v.i);
      case Kind::Int32: return static_cast<int32_t>(v.i);
      default: return v.i;
    }
  }
  static uint64_t uint_value(const Type* u, const Value& v) {
    switch (u->kind) {
      case Kind::Uint8: return static_cast<uint8_t>(v.u);
      case Kind::Uint16: return static_cast<uint16_t>(v.u);
      case Kind::Uint32: return static_cast<uint32_t>(v.u);
      default: return v.u;
    }
  }

  // descriptor_order: fmtsort orders interface keys of different dynamic types by the address of
  // their type descriptors, and Go's linker lays those out by symbol size, then by name. The size is
  // the descriptor's on 64-bit: the common header, the kind's own fields, the uncommon part of a
  // named type (or one with methods) with 16 bytes per method, and the trailing fields/params.
  static std::pair<int64_t, std::string> descriptor_order(const Type* t) {
    const Type* u = t->u();
    int64_t size = 48;
    switch (u->kind) {
      case Kind::Array: size += 24; break;
      case Kind::Chan: size += 16; break;
      case Kind::Func: size += 8 + 8 * static_cast<int64_t>(u->params.size() + u->results.size()); break;
      case Kind::Interface: size += 32 + 8 * static_cast<int64_t>(u->methods.size()); break;
      case Kind::Map: size += 40; break;
      case Kind::Pointer: case Kind::Slice: size += 8; break;
      case Kind::Struct: size += 32 + 24 * static_cast<int64_t>(u->fields.size()); break;
      default: break;
    }
    int64_t methods = 0;
    if (t->kind != Kind::Interface) {
      const Type* named = t->kind == Kind::Pointer && t->elem ? t->elem : t;
      bool through_pointer = named != t;
      for (const Method& m : named->methods) methods += through_pointer || !m.ptr_recv;
      if (!named->named()) methods = 0;
    }
    bool predeclared = t->kind >= Kind::Bool && t->kind <= Kind::String;  // int, string: named too
    if (t->named() || predeclared || methods) size += 16 + 16 * methods;
    return {size, type_string(t)};
  }

  // compare: internal/fmtsort's order of map keys (-1, 0, 1).
  int compare(const Type* t, const Value& a, const Value& b) const {
    const Type* u = t->u();
    if (u->is_integer() && !u->is_unsigned()) {
      int64_t x = int_value(u, a), y = int_value(u, b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (u->is_unsigned()) {
      uint64_t x = uint_value(u, a), y = uint_value(u, b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    switch (u->kind) {
      case Kind::String: {
        int c = str_of(a).compare(str_of(b));
        return c < 0 ? -1 : c > 0 ? 1 : 0;
      }
      case Kind::Float32: case Kind::Float64:
        if (std::isnan(a.f)) return -1;
        if (std::isnan(b.f)) return 1;
        return a.f < b.f ? -1 : a.f > b.f ? 1 : 0;
      case Kind::Bool: return a.i == b.i ? 0 : a.i ? 1 : -1;
      case Kind::Pointer: case Kind::Chan: case Kind::Handle: {
        uint64_t x = fake_address(a), y = fake_address(b);
        return x < y ? -1 : x > y ? 1 : 0;
      }
      case Kind::Struct: {
        auto* x = static_cast<SlotsObj*>(a.o);
        auto* y = static_cast<SlotsObj*>(b.o);
        for (size_t i = 0; i < u->fields.size(); ++i)
          if (int c = compare(u->fields[i].type, x->slots[i], y->slots[i])) return c;
        return 0;
      }
      case Kind::Array: {
        auto* x = static_cast<SlotsObj*>(a.o);
        auto* y = static_cast<SlotsObj*>(b.o);
        for (int64_t i = 0; i < u->len; ++i)
          if (int c = compare(u->elem, x->slots[static_cast<size_t>(i)], y->slots[static_cast<size_t>(i)])) return c;
        return 0;
      }
      case Kind::Interface: {
        if (!a.t) return b.t ? -1 : 0;
        if (!b.t) return 1;
        if (a.t != b.t) return descriptor_order(a.t) < descriptor_order(b.t) ? -1 : 1;
        return compare(a.t, iface_payload(a), iface_payload(b));
      }
      default: return 0;
    }
  }

  // print_value: Go's printValue; depth > 0 inside composites (methods are tried there, and a
  // pointer prints as an address).
  void print_value(const Val& value, char32_t verb, int depth) {
    if (depth > 0 && value.valid() && value.can_iface) {
      arg_ = value.t->u()->kind == Kind::Interface ? arg_of(value.v) : Arg{value.t, value.v};
      has_arg_ = true;
      if (handle_methods(verb)) return;
    }
    has_arg_ = false;
    arg_ = Arg();
    value_ = value;
    if (!value.valid()) {
      if (depth == 0) {
        buf += "<invalid reflect.Value>";
      } else if (verb == 'v') {
        buf += "<nil>";
      } else {
        bad_verb(verb);
      }
      return;
    }
    const Type* u = value.t->u();
    const Value& v = value.v;
    switch (u->kind) {
      case Kind::Bool: fmt_bool(v.i != 0, verb); return;
      case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
        fmt_int(static_cast<uint64_t>(int_value(u, v)), true, verb);
        return;
      case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
        fmt_int(uint_value(u, v), false, verb);
        return;
      case Kind::Float32: fmt_float(v.f, 32, verb); return;
      case Kind::Float64: fmt_float(v.f, 64, verb); return;
      case Kind::String: fmt_string(str_of(v), verb); return;
      case Kind::Map: {
        auto* m = static_cast<MapObj*>(v.o);
        if (f_.sharp_v) {
          buf += type_string(value.t);
          if (!m) {
            buf += "(nil)";
            return;
          }
          buf += '{';
        } else {
          buf += "map[";
        }
        std::vector<std::pair<Value, Value>> entries;
        if (m)
          for (auto& kv : m->m) entries.push_back(kv);
        const Type* kt = u->key;
        std::stable_sort(entries.begin(), entries.end(), [&](const auto& x, const auto& y) { return compare(kt, x.first, y.first) < 0; });
        for (size_t i = 0; i < entries.size(); ++i) {
          if (i) buf += f_.sharp_v ? ", " : " ";
          print_value(Val{kt, entries[i].first, value.can_iface}, verb, depth + 1);
          buf += ':';
          print_value(Val{u->elem, entries[i].second, value.can_iface}, verb, depth + 1);
        }
        buf += f_.sharp_v ? '}' : ']';
        return;
      }
      case Kind::Struct: {
        if (f_.sharp_v) buf += type_string(value.t);
        buf += '{';
        auto* o = static_cast<SlotsObj*>(v.o);
        bool first = true;
        for (size_t i = 0; i < u->fields.size(); ++i) {
          const Field& fd = u->fields[i];
          if (fd.type->u()->kind == Kind::Handle) continue;  // the library's runtime handles are invisible
          if (!first) buf += f_.sharp_v ? ", " : " ";
          first = false;
          if (f_.plus_v || f_.sharp_v) {
            buf += field_name(fd);
            buf += ':';
          }
          Val fv{fd.type, o ? o->slots[i] : Value(), value.can_iface && exported(field_name(fd))};
          if (fd.type->u()->kind == Kind::Interface && fv.v.t) fv = Val{fv.v.t, iface_payload(fv.v), fv.can_iface};
          print_value(fv, verb, depth + 1);
        }
        buf += '}';
        return;
      }
      case Kind::Interface: {
        if (!v.t) {
          if (f_.sharp_v) {
            buf += type_string(value.t);
            buf += "(nil)";
          } else {
            buf += "<nil>";
          }
          return;
        }
        print_value(Val{v.t, iface_payload(v), value.can_iface}, verb, depth + 1);
        return;
      }
      case Kind::Array: case Kind::Slice: {
        std::vector<Value> items = items_of(value);
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && u->elem->u()->kind == Kind::Uint8) {
          fmt_bytes(value, items, u->kind == Kind::Slice && !v.o, verb, type_string(value.t));
          return;
        }
        if (f_.sharp_v) {
          buf += type_string(value.t);
          if (u->kind == Kind::Slice && !v.o) {
            buf += "(nil)";
            return;
          }
          buf += '{';
          for (size_t i = 0; i < items.size(); ++i) {
            if (i) buf += ", ";
            print_value(Val{u->elem, items[i], value.can_iface}, verb, depth + 1);
          }
          buf += '}';
        } else {
          buf += '[';
          for (size_t i = 0; i < items.size(); ++i) {
            if (i) buf += ' ';
            print_value(Val{u->elem, items[i], value.can_iface}, verb, depth + 1);
          }
          buf += ']';
        }
        return;
      }
      case Kind::Pointer:
        if (depth == 0 && v.o) {
          Kind ek = u->elem->u()->kind;
          if (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map) {
            buf += '&';
            print_value(elem_of(value), verb, depth + 1);
            return;
          }
        }
        fmt_pointer(value, verb);
        return;
      case Kind::Chan: case Kind::Func: case Kind::Handle:
        fmt_pointer(value, verb);
        return;
      default:
        buf += '?';
        buf += type_string(value.t);
        buf += '?';
    }
  }

 private:
  // field_name: an embedded field is named after its type (without package and *).
  static std::string field_name(const Field& fd) {
    if (!fd.embedded || !fd.name.empty()) return fd.name;
    const Type* t = fd.type;
    if (t->kind == Kind::Pointer && !t->named()) t = t->elem;
    size_t dot = t->name.rfind('.');
    return dot == std::string::npos ? t->name : t->name.substr(dot + 1);
  }

  // ---- doPrintf's helpers
  static bool parsenum(std::string_view s, size_t start, size_t end, int* num, size_t* newi) {
    *num = 0;
    bool isnum = false;
    if (start >= end) {
      *newi = end;
      return false;
    }
    size_t i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (too_large(*num)) {
        *num = 0;
        *newi = end;
        return false;
      }
      *num = *num * 10 + (s[i] - '0');
      isnum = true;
    }
    *newi = i;
    return isnum;
  }

  // arg_number: an explicit [n] index at format[i].
  size_t arg_number(size_t* arg_num, std::string_view format, size_t i, size_t num_args, bool* found) {
    *found = false;
    if (format.size() <= i || format[i] != '[') return i;
    reordered_ = true;
    std::string_view rest = format.substr(i);
    int index = 0;
    size_t wid = 1;
    bool ok = false;
    if (rest.size() >= 3) {
      for (size_t k = 1; k < rest.size(); ++k) {
        if (rest[k] == ']') {
          int width;
          size_t newi;
          bool isnum = parsenum(rest, 1, k, &width, &newi);
          if (!isnum || newi != k) {
            wid = k + 1;
            ok = false;
          } else {
            index = width - 1;
            wid = k + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && index >= 0 && static_cast<size_t>(index) < num_args) {
      *arg_num = static_cast<size_t>(index);
      *found = true;
      return i + wid;
    }
    good_arg_num_ = false;
    *found = ok;
    return i + wid;
  }

  bool int_from_arg(const Value* a, size_t n, size_t* arg_num, int* num) {
    bool is_int = false;
    *num = 0;
    if (*arg_num < n) {
      Arg x = arg_of(a[*arg_num]);
      if (x.t) {
        const Type* u = x.t->u();
        if (u->is_integer() && !u->is_unsigned()) {
          *num = static_cast<int>(std::clamp<int64_t>(int_value(u, x.v), -2000000, 2000000));
          is_int = true;
        } else if (u->is_unsigned()) {
          uint64_t v = uint_value(u, x.v);
          if (static_cast<int64_t>(v) >= 0) {
            *num = static_cast<int>(std::min<uint64_t>(v, 2000000));
            is_int = true;
          }
        }
      }
      ++*arg_num;
      if (too_large(*num)) {
        *num = 0;
        is_int = false;
      }
    }
    return is_int;
  }
};

void Printer::print_arg(const Arg& a, char32_t verb) {
  arg_ = a;
  has_arg_ = true;
  value_ = Val();
  if (!a.t) {
    if (verb == 'T' || verb == 'v') pad("<nil>");
    else bad_verb(verb);
    return;
  }
  if (verb == 'T') {
    fmt_s(type_string(a.t));
    return;
  }
  if (verb == 'p') {
    fmt_pointer(Val{a.t, a.v}, 'p');
    return;
  }
  if (!a.t->named()) {
    const Type* u = a.t;
    switch (u->kind) {
      case Kind::Bool: fmt_bool(a.v.i != 0, verb); return;
      case Kind::Float32: fmt_float(a.v.f, 32, verb); return;
      case Kind::Float64: fmt_float(a.v.f, 64, verb); return;
      case Kind::String: fmt_string(str_of(a.v), verb); return;
      case Kind::Slice:
        if (u->elem->kind == Kind::Uint8 && !u->elem->named()) {
          Val val{a.t, a.v};
          fmt_bytes(val, items_of(val), !a.v.o, verb, "[]byte");
          return;
        }
        break;
      default:
        if (u->is_integer()) {
          if (u->is_unsigned()) fmt_int(uint_value(u, a.v), false, verb);
          else fmt_int(static_cast<uint64_t>(int_value(u, a.v)), true, verb);
          return;
        }
    }
  }
  if (!handle_methods(verb)) print_value(Val{a.t, a.v, true}, verb, 0);
}

void Printer::do_print(const Value* args, size_t n, bool ln) {
  bool prev_string = false;
  for (size_t i = 0; i < n; ++i) {
    Arg a = arg_of(args[i]);
    bool is_string = a.t && a.t->u()->kind == Kind::String;
    if (i > 0 && (ln || (!is_string && !prev_string))) buf += ' ';
    print_arg(a, 'v');
    prev_string = is_string;
  }
  if (ln) buf += '\n';
}

void Printer::do_printf(std::string_view format, const Value* a, size_t n) {
  size_t end = format.size();
  size_t arg_num = 0;
  bool after_index = false;
  reordered_ = false;
  for (size_t i = 0; i < end;) {
    good_arg_num_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf += format.substr(lasti, i - lasti);
    if (i >= end) break;
    ++i;  // the %
    f_ = Flags();
    bool simple = false;
    for (; i < end; ++i) {
      char c = format[i];
      if (c == '#') f_.sharp = true;
      else if (c == '0') f_.zero = !f_.minus;
      else if (c == '+') f_.plus = true;
      else if (c == '-') f_.minus = true, f_.zero = false;
      else if (c == ' ') f_.space = true;
      else {
        if (c >= 'a' && c <= 'z' && arg_num < n) {
          if (c == 'v') {
            f_.sharp_v = f_.sharp;
            f_.sharp = false;
            f_.plus_v = f_.plus;
            f_.plus = false;
          }
          print_arg(arg_of(a[arg_num]), static_cast<char32_t>(c));
          ++arg_num;
          ++i;
          simple = true;
        }
        break;
      }
    }
    if (simple) continue;

    i = arg_number(&arg_num, format, i, n, &after_index);
    if (i < end && format[i] == '*') {
      ++i;
      f_.wid_present = int_from_arg(a, n, &arg_num, &f_.wid);
      if (!f_.wid_present) buf += "%!(BADWIDTH)";
      if (f_.wid < 0) {
        f_.wid = -f_.wid;
        f_.minus = true;
        f_.zero = false;
      }
      after_index = false;
    } else {
      f_.wid_present = parsenum(format, i, end, &f_.wid, &i);
      if (after_index && f_.wid_present) good_arg_num_ = false;
    }
    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (after_index) good_arg_num_ = false;
      i = arg_number(&arg_num, format, i, n, &after_index);
      if (i < end && format[i] == '*') {
        ++i;
        f_.prec_present = int_from_arg(a, n, &arg_num, &f_.prec);
        if (f_.prec < 0) {
          f_.prec = 0;
          f_.prec_present = false;
        }
        if (!f_.prec_present) buf += "%!(BADPREC)";
        after_index = false;
      } else {
        f_.prec_present = parsenum(format, i, end, &f_.prec, &i);
        if (!f_.prec_present) {
          f_.prec = 0;
          f_.prec_present = true;
        }
      }
    }
    if (!after_index) i = arg_number(&arg_num, format, i, n, &after_index);
    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }
    size_t w = 1;
    char32_t verb = static_cast<unsigned char>(format[i]);
    if (verb >= 0x80) verb = unicode::decode_rune(format, i, &w);
    i += w;
    if (verb == '%') {
      buf += '%';
    } else if (!good_arg_num_) {
      buf += "%!";
      unicode::append_rune(buf, verb);
      buf += "(BADINDEX)";
    } else if (arg_num >= n) {
      buf += "%!";
      unicode::append_rune(buf, verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'v') {
        f_.sharp_v = f_.sharp;
        f_.sharp = false;
        f_.plus_v = f_.plus;
        f_.plus = false;
      }
      print_arg(arg_of(a[arg_num]), verb);
      ++arg_num;
    }
  }
  if (!reordered_ && arg_num < n) {
    f_ = Flags();
    buf += "%!(EXTRA ";
    for (size_t k = arg_num; k < n; ++k) {
      if (k > arg_num) buf += ", ";
      Arg x = arg_of(a[k]);
      if (!x.t) {
        buf += "<nil>";
      } else {
        buf += type_string(x.t);
        buf += '=';
        print_arg(x, 'v');
      }
    }
    buf += ')';
  }
}

}  // namespace

uint64_t go_address(const Value& v) {
  if (!v.o) return 0;
  uint64_t a = reinterpret_cast<uintptr_t>(v.o) + static_cast<uint64_t>(v.i) * 16;
  return 0xc000000000ull | (a & 0xffffffull);
}

std::string sprint(Interp& in, const Value* args, size_t n, bool ln) {
  Printer p(in);
  p.do_print(args, n, ln);
  return std::move(p.buf);
}

std::string sprintf(Interp& in, std::string_view format, const Value* args, size_t n, Value* wrapped) {
  Printer p(in);
  p.wrap_errs = wrapped != nullptr;
  p.do_printf(format, args, n);
  if (wrapped) *wrapped = p.have_wrapped ? p.wrapped : Value();
  return std::move(p.buf);
}

std::string duration_string(int64_t d) {
  if (d == 0) return "0s";
  uint64_t u = d < 0 ? static_cast<uint64_t>(-(d + 1)) + 1 : static_cast<uint64_t>(d);
  bool neg = d < 0;
  // frac drops prec decimal digits from v, returning them as ".ddd" without trailing zeros.
  auto frac = [](uint64_t v, int prec, std::string& tail) {
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
  if (u < 1000000000ull) {
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

}  // namespace goro::vm
