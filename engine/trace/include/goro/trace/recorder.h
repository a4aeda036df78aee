// goro/trace/recorder.h — records every event of a run and streams them, in order, to a consumer.
//
// The recorder is the runtime's EventSink. Each worker appends to its own chunked buffer with no
// lock (one writer per buffer: the worker whose index the event carries); events from outside the
// workers go to one extra buffer. A consumer pulls batches in sequence order: since workers publish
// independently, only the hole-free prefix of sequence numbers is released, so a batch never skips
// an event that is still being written. Nothing is ever dropped and writers never wait for a reader:
// a slow consumer just gets bigger batches. Events are handed over, not kept: once a batch is
// polled, the recorder frees what it no longer needs (the consumer owns its copy).
//
//   goro::trace::Recorder rec(workers);
//   goro::Runtime rt({.workers = workers, .sink = &rec}, symbols);
//   // on a consumer thread, while the run goes on:
//   std::vector<goro::Event> batch;
//   while (rec.poll(batch)) { model.append(batch); batch.clear(); }
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "goro/detail/spinlock.h"
#include "goro/event.h"

namespace goro::trace {

class Recorder : public EventSink {
 public:
  // workers: the runtime's worker count (events carry 0..workers-1, or workers from outside).
  explicit Recorder(unsigned workers);
  ~Recorder() override;
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;

  void on_event(const Event& e) override;
  void on_run_end() override { ended_.store(true, std::memory_order_release); }

  // poll appends to `out` every event that can be released in order and returns how many it added.
  // One consumer thread at a time.
  size_t poll(std::vector<Event>& out);
  // ended: the runtime finished; after a final poll nothing more will come.
  bool ended() const { return ended_.load(std::memory_order_acquire); }
  // recorded: how many events the runtime has handed over so far (any thread).
  uint64_t recorded() const;

 private:
  static constexpr size_t kChunk = 4096;
  static constexpr size_t kMaxSpare = 64;
  struct Chunk {
    // Raw storage: events are written once, by the writer (no zero-fill pass over fresh memory).
    alignas(Event) std::byte storage[kChunk * sizeof(Event)];
    std::atomic<Chunk*> next{nullptr};
    Event* events() { return reinterpret_cast<Event*>(storage); }
  };
  struct alignas(64) Buffer {
    Chunk* head = nullptr;       // owned list, from the oldest chunk not yet fully read
    Chunk* tail = nullptr;       // writer side
    size_t tail_used = 0;        // writer side
    std::atomic<uint64_t> published{0};
    // A chunk the consumer has finished, handed back for the writer's next chunk: recycling keeps
    // a long run from faulting in fresh pages for every 196 KB of events.
    detail::SpinLock spare_lock;
    std::vector<Chunk*> spare;  // at most kMaxSpare
    // reader side
    Chunk* read_chunk = nullptr;
    size_t read_index = 0;
    uint64_t consumed = 0;
  };

  Buffer& buffer_for(uint16_t worker);

  std::vector<std::unique_ptr<Buffer>> buffers_;
  detail::SpinLock outside_lock_;  // the extra buffer may see several outside threads
  std::atomic<bool> ended_{false};
  // Consumer state: events read but not yet releasable (a lower seq is still missing).
  std::vector<Event> pending_;
  uint64_t next_seq_ = 0;
};

}  // namespace goro::trace
