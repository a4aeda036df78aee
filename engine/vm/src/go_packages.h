// What the checker knows of real Go's packages, observed from Go 1.19 (go_packages.inc, written by
// scripts/gen-tables.sh): which import paths are standard packages, and which unexported names
// Go's export data holds for the packages goroscope provides. Only messages depend on it.
#pragma once

#include <string_view>

namespace goro::vm {

// go_std_package: path names a package of Go's standard library.
bool go_std_package(std::string_view path);
// go_unexported_name: Go's importer sees the unexported name in package path, so `pkg.name` is
// "name not exported by package pkg" there rather than "undefined: pkg.name".
bool go_unexported_name(std::string_view path, std::string_view name);

}  // namespace goro::vm
