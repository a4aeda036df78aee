// Native demo programs: small leak/fix pairs written with the native runtime API, so the engine can
// be shown (and tested) end to end before Go sources run.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "goro/native.h"

namespace goro::demos {

struct Demo {
  std::string_view name;
  std::string_view summary;
  std::function<Co<>()> make_main;
};

const std::vector<Demo>& all();
const Demo* find(std::string_view name);

// DemoPair: a lesson's leak and its fix, shown side by side.
struct DemoPair {
  std::string_view name;
  std::string_view title;
  std::string_view leak;
  std::string_view fix;
};
const std::vector<DemoPair>& pairs();  // the first is the default pair

}  // namespace goro::demos
