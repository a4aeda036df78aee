// Test harness for runtime tests: run a native main on N workers, collect events, and check that
// every run frees every object it made (each runtime test is also a leak test).
#pragma once

#include <gtest/gtest.h>

#include <mutex>
#include <vector>

#include "goro/native.h"

namespace goro::test {

// CollectingSink keeps every event (sorted by seq on demand).
class CollectingSink : public EventSink {
 public:
  void on_event(const Event& e) override {
    std::lock_guard lock(mu_);
    events_.push_back(e);
  }
  std::vector<Event> sorted() const;
  size_t count(EventKind k) const;

 private:
  mutable std::mutex mu_;
  std::vector<Event> events_;
};

struct RunOutput {
  RunResult result;
  std::vector<Event> events;
};

RunOutput run_native(Co<> main, RuntimeOptions opts, Symbols* symbols = nullptr);

// RuntimeTest is parameterised by the worker count and checks for leaked objects after each test.
class RuntimeTest : public ::testing::TestWithParam<unsigned> {
 protected:
  void SetUp() override { objects_before_ = Object::live_objects(); }
  void TearDown() override {
    EXPECT_EQ(Object::live_objects(), objects_before_) << "a run left objects allocated";
  }
  RunOutput run(Co<> main, RuntimeOptions opts = {}) {
    opts.workers = GetParam();
    return run_native(std::move(main), opts);
  }

 private:
  int64_t objects_before_ = 0;
};

#define GORO_WORKER_COUNTS ::testing::Values(1u, 2u, 4u)

}  // namespace goro::test
