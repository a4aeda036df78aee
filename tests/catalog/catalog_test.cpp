// Every variant of every catalog entry runs on the engine and must show what the catalog says:
// Go's stdout, exit code, how many goroutines are alive at exit and each group of permanently
// blocked goroutines with its operation and line.
#include <gtest/gtest.h>

#include "goro/catalog/catalog.h"
#include "goro/catalog/json.h"

namespace {

using namespace goro;

const catalog::Catalog& the_catalog() {
  static std::optional<catalog::Catalog> c = [] {
    std::string err;
    auto r = catalog::load(GOROSCOPE_SCENARIOS_DIR, &err);
    if (!r) ADD_FAILURE() << err;
    return r;
  }();
  return *c;
}

struct Case {
  size_t entry, variant;
  std::string name;
};

std::vector<Case> all_cases() {
  std::vector<Case> out;
  std::string err;
  auto c = catalog::load(GOROSCOPE_SCENARIOS_DIR, &err);
  if (!c) return out;
  for (size_t i = 0; i < c->entries.size(); ++i)
    for (size_t j = 0; j < c->entries[i].variants.size(); ++j) {
      std::string n = c->entries[i].id + "_" + c->entries[i].variants[j].name;
      for (auto& ch : n)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      out.push_back({i, j, n});
    }
  return out;
}

class Variant : public ::testing::TestWithParam<Case> {};

TEST_P(Variant, ShowsWhatTheCatalogSays) {
  const auto& c = the_catalog();
  const auto& e = c.entries[GetParam().entry];
  const auto& v = e.variants[GetParam().variant];
  catalog::Outcome o = catalog::run_variant(c, e, v, {});
  std::string why = catalog::compare(c, e, v, o);
  EXPECT_EQ(why, "") << e.dir << "/" << v.file;
  if (v.role == "fix") {
    EXPECT_TRUE(o.permanently_blocked.empty()) << "a fix must not leak";
  }
  if (v.role == "leak") {
    EXPECT_TRUE(!o.permanently_blocked.empty() || o.never_finishing > 0 || o.exit_code != 0)
        << "a leak variant must show its leak";
  }
}

INSTANTIATE_TEST_SUITE_P(Catalog, Variant, ::testing::ValuesIn(all_cases()),
                         [](const auto& info) { return info.param.name; });

TEST(Catalog, EveryEntryHasLessonsInThreeLanguagesAndALeakOrFix) {
  const auto& c = the_catalog();
  EXPECT_GE(c.entries.size(), 18u);
  for (const auto& e : c.entries) {
    for (const char* lang : {"en", "zh-Hans", "zh-Hant"}) {
      EXPECT_FALSE(c.text(e.title, lang).empty()) << e.id;
      EXPECT_TRUE(e.lesson.count(lang)) << e.id << " has no " << lang << " lesson";
    }
    EXPECT_FALSE(e.variants.empty()) << e.id;
  }
}

TEST(Json, RefusesBrokenDocumentsWithALine) {
  json::Value v;
  std::string err;
  EXPECT_FALSE(json::parse("{\n\"a\": [1, 2,\n}", v, err));
  EXPECT_NE(err.find("line 3"), std::string::npos) << err;
  EXPECT_TRUE(json::parse("{\"t\": \"\\u4e2d\", \"n\": -1.5, \"b\": [true, null]}", v, err)) << err;
  EXPECT_EQ(v["t"].str(), "\xE4\xB8\xAD");
  EXPECT_EQ(v["n"].num, -1.5);
  EXPECT_TRUE(v["b"][1].is_null());
  EXPECT_TRUE(v["missing"].is_null());
}

}  // namespace
