// goro/vm/types.h — Go's types as the checker and the VM see them.
//
// Unnamed composite types are interned (one Type per identical type), so type identity is pointer
// equality. A named type is its own Type with `underlying` pointing at the unnamed one; `kind` is
// copied from the underlying type so hot checks never follow the pointer.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace goro::vm {

enum class Kind : uint8_t {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, String,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
  Array, Slice, Struct, Pointer, Func, Interface, Map, Chan, Tuple,
  Handle,  // an opaque runtime object (channel of a timer, a sync primitive) used by the prelude
};

enum class Dir : uint8_t { Both, Send, Recv };

struct Type;

struct Field {
  std::string name;
  const Type* type = nullptr;
  bool embedded = false;
  std::string tag;  // the struct tag, part of the type's identity
};

struct Method {
  std::string name;
  const Type* sig = nullptr;  // the func type without the receiver
  int func = -1;              // the compiled function (named types' declared methods)
  bool ptr_recv = false;
  std::string recv_name;      // the receiver's name, for method expressions' signatures
};

struct Type {
  Kind kind = Kind::Invalid;
  const Type* underlying = this;
  std::string name;  // named types: "main.point", "time.Duration", "error"; "" when unnamed
  uint32_t id = 0;   // unique per Type
  std::vector<Method> methods;  // named types: declared methods, sorted by name; interfaces: their method set
  // An interface written with embedded interfaces is a twin of its flattened method set (canon)
  // that remembers how it was written, for messages: its own methods (sorted) and the embedded
  // types in source order.
  std::vector<Method> own_methods;
  std::vector<const Type*> embeds;
  const Type* elem = nullptr;   // array, slice, pointer, map value, chan
  const Type* key = nullptr;    // map
  int64_t len = 0;              // array
  Dir dir = Dir::Both;          // chan
  std::vector<Field> fields;    // struct
  std::vector<const Type*> params, results;  // func (params), func and tuple (results)
  std::vector<std::string> param_names, result_names;  // as declared, for messages (not identity)
  bool variadic = false;
  mutable std::string str;      // cached type string
  mutable const Type* pointer_to = nullptr;
  mutable const Type* slice_of = nullptr;
  // canon: the type as the program runs it. byte and uint8 (rune and int32) are one type, but
  // Go's messages write each as the source did; so []byte and []uint8 are two Type objects
  // with one canon. Type identity is canon identity; the VM only ever sees canonical types.
  const Type* canon = this;
  const char* alias = nullptr;  // "byte", "rune" or "any": the type's other name

  bool named() const { return !name.empty(); }
  const Type* u() const { return underlying; }
  bool is_integer() const { return (kind >= Kind::Int && kind <= Kind::Uintptr) || kind == Kind::UntypedInt || kind == Kind::UntypedRune; }
  bool is_unsigned() const { return kind >= Kind::Uint && kind <= Kind::Uintptr; }
  bool is_float() const { return kind == Kind::Float32 || kind == Kind::Float64 || kind == Kind::UntypedFloat; }
  bool is_numeric() const { return is_integer() || is_float(); }
  bool is_string() const { return kind == Kind::String || kind == Kind::UntypedString; }
  bool is_bool() const { return kind == Kind::Bool || kind == Kind::UntypedBool; }
  bool is_untyped() const { return kind >= Kind::UntypedBool && kind <= Kind::UntypedNil; }
  bool is_interface() const { return kind == Kind::Interface; }
  // value_boxed: structs and arrays live in their own heap object and are copied on assignment.
  bool value_boxed() const { return kind == Kind::Struct || kind == Kind::Array; }
  // ptr_kind: holds only an object reference (Value::o); an interface can store it without a box.
  bool ref_only() const;
  // int_bits: 8..64 for integer kinds (int and uint are 64 bits).
  int int_bits() const;
  // comparable: == is defined (maps' keys).
  bool comparable() const;
};

// TypeTable owns and interns every type of a program.
class TypeTable {
 public:
  TypeTable();
  const Type* basic(Kind k) const { return basics_[static_cast<int>(k)]; }
  const Type* byte_type() const { return byte_; }  // uint8 spelled byte
  const Type* rune_type() const { return rune_; }  // int32 spelled rune
  const Type* any_alias() const { return any_alias_; }  // interface{} spelled any
  const Type* error_type() const { return error_; }
  const Type* any_type() const { return any_; }
  const Type* empty_struct() const { return empty_struct_; }

  const Type* pointer(const Type* elem);
  const Type* slice(const Type* elem);
  const Type* array(const Type* elem, int64_t len);
  const Type* map(const Type* key, const Type* elem);
  const Type* chan(const Type* elem, Dir dir);
  const Type* func(std::vector<const Type*> params, std::vector<const Type*> results, bool variadic,
                   std::vector<std::string> param_names = {}, std::vector<std::string> result_names = {});
  const Type* tuple(std::vector<const Type*> results, std::vector<std::string> names = {});
  const Type* structure(std::vector<Field> fields);
  const Type* interface(std::vector<Method> methods);  // sorted here
  // interface_embedding: the interface with method set `all`, written as its own methods and
  // the embedded interfaces (a twin of interface(all) when embeds is not empty).
  const Type* interface_embedding(std::vector<Method> all, std::vector<Method> own, std::vector<const Type*> embeds);
  // without_tags: t with every struct tag in it removed (conversions ignore tags).
  const Type* without_tags(const Type* t);
  // named makes a new named type; set its underlying (and kind) with set_underlying.
  Type* named(std::string name);
  void set_underlying(Type* named, const Type* underlying);

  const Type* by_id(uint32_t id) const { return all_[id]; }
  size_t size() const { return all_.size(); }

 private:
  Type* make();
  const Type* intern(Type t);
  std::deque<Type> store_;
  std::vector<const Type*> all_;
  std::unordered_map<std::string, const Type*> interned_;
  const Type* basics_[static_cast<int>(Kind::Handle) + 1] = {};
  const Type* error_ = nullptr;
  const Type* any_ = nullptr;
  const Type* byte_ = nullptr;
  const Type* rune_ = nullptr;
  const Type* any_alias_ = nullptr;
  const Type* canonical(const Type* t);
  const Type* empty_struct_ = nullptr;
};

// type_string: the spelling Go uses for %T and in messages: "[]int", "map[string]*main.T",
// "<-chan int", "func(int, ...string) (int, error)", "struct { X int }", "interface {}".
const std::string& type_string(const Type* t);
// identical: Go's type identity (interning makes it pointer equality of the canonical types).
inline bool identical(const Type* a, const Type* b) { return a == b || (a && b && a->canon == b->canon); }
// default_type: the type an untyped constant gets by default (int, rune=int32, float64, string, bool).
const Type* default_type(const TypeTable& types, const Type* t);

// Selection: what x.name denotes, found through embedded fields as Go's lookup does.
struct Selection {
  enum Kind { None, FieldSel, MethodSel, Ambiguous } kind = None;
  std::vector<int> path;         // field indices to walk (embedded fields first, then the field)
  bool path_has_pointer = false; // some embedded step is through a pointer
  const Type* type = nullptr;    // field type, or method signature
  const Type* recv_base = nullptr;  // methods: the named type declaring it (or the interface)
  const Method* method = nullptr;
  bool indirect_ok = true;
};
// fold_case: match the name ignoring case (to suggest a method spelled differently).
Selection lookup(const Type* t, const std::string& name, bool fold_case = false);
// MissingMethod: why a type lacks a method of an interface, as types2's missingMethod says.
struct MissingMethod {
  const Method* m = nullptr;    // the interface's method
  const Method* alt = nullptr;  // the type's method instead: same name (wrong type, or a pointer
                                // receiver when the type is no pointer), or the name in another case
};
// find_missing: whether t lacks a method of iface (an interface t must have them all when
// static_ is set; a type assertion only checks the methods both have).
bool find_missing(const Type* t, const Type* iface, bool static_, MissingMethod* out);
// missing_method: "" if t implements iface, else the name of a missing method; wrong_ptr is set
// when the method exists with a pointer receiver and t is not a pointer.
std::string missing_method(const Type* t, const Type* iface, bool* wrong_ptr = nullptr);
// method_set_has: whether t (value or pointer) has the method with this exact name, and where.
const Method* find_method(const Type* t, const std::string& name, std::vector<int>* path, bool* via_ptr);

}  // namespace goro::vm
