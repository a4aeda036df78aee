#include "go_packages.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace goro::vm {

namespace {
#include "go_packages.inc"
}  // namespace

bool go_std_package(std::string_view path) {
  return std::binary_search(std::begin(kGoStdPackages), std::end(kGoStdPackages), path,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool go_unexported_name(std::string_view path, std::string_view name) {
  auto less = [](const auto& a, const auto& b) {
    std::string_view ap = a[0], bp = b[0];
    return ap != bp ? ap < bp : std::string_view(a[1]) < std::string_view(b[1]);
  };
  std::string p(path), n(name);
  const char* key[2] = {p.c_str(), n.c_str()};
  return std::binary_search(std::begin(kGoUnexported), std::end(kGoUnexported), key, less);
}

}  // namespace goro::vm
