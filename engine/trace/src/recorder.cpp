#include "goro/trace/recorder.h"

#include <algorithm>
#include <new>

namespace goro::trace {

Recorder::Recorder(unsigned workers) {
  for (unsigned i = 0; i <= workers; ++i) {
    auto b = std::make_unique<Buffer>();
    b->head = b->tail = b->read_chunk = new Chunk;  // no zero fill: written before read
    buffers_.push_back(std::move(b));
  }
}

Recorder::~Recorder() {
  for (auto& b : buffers_) {
    for (Chunk* c : b->spare) delete c;
    for (Chunk* c = b->head; c;) {
      Chunk* next = c->next.load(std::memory_order_relaxed);
      delete c;
      c = next;
    }
  }
}

Recorder::Buffer& Recorder::buffer_for(uint16_t worker) {
  size_t i = std::min<size_t>(worker, buffers_.size() - 1);
  return *buffers_[i];
}

void Recorder::on_event(const Event& e) {
  bool outside = e.worker >= buffers_.size() - 1;
  if (outside) outside_lock_.lock();
  Buffer& b = buffer_for(e.worker);
  if (b.tail_used == kChunk) {
    Chunk* c = nullptr;
    {
      std::lock_guard lock(b.spare_lock);
      if (!b.spare.empty()) {
        c = b.spare.back();
        b.spare.pop_back();
      }
    }
    if (c) {
      c->next.store(nullptr, std::memory_order_relaxed);
    } else {
      c = new Chunk;
    }
    b.tail->next.store(c, std::memory_order_release);
    b.tail = c;
    b.tail_used = 0;
  }
  new (b.tail->events() + b.tail_used++) Event(e);
  b.published.store(b.published.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  if (outside) outside_lock_.unlock();
}

uint64_t Recorder::recorded() const {
  uint64_t n = 0;
  for (const auto& b : buffers_) n += b->published.load(std::memory_order_acquire);
  return n;
}

size_t Recorder::poll(std::vector<Event>& out) {
  // Gather what every buffer has published since the last poll.
  for (auto& bp : buffers_) {
    Buffer& b = *bp;
    uint64_t n = b.published.load(std::memory_order_acquire);
    while (b.consumed < n) {
      if (b.read_index == kChunk) {
        // The consumer keeps its own copy: free a chunk once it has been read to the end, so a
        // long live run reuses memory instead of faulting in new pages.
        Chunk* done = b.read_chunk;
        b.read_chunk = done->next.load(std::memory_order_acquire);
        b.read_index = 0;
        b.head = b.read_chunk;
        {
          std::lock_guard lock(b.spare_lock);
          if (b.spare.size() < kMaxSpare) {
            b.spare.push_back(done);
            done = nullptr;
          }
        }
        delete done;
      }
      pending_.push_back(b.read_chunk->events()[b.read_index++]);
      ++b.consumed;
    }
  }
  if (pending_.empty()) return 0;
  // Release the hole-free prefix in seq order; keep the rest for the next poll.
  // Each buffer is already in seq order; with one busy worker the whole batch usually is too.
  auto by_seq = [](const Event& a, const Event& b) { return a.seq < b.seq; };
  if (!std::is_sorted(pending_.begin(), pending_.end(), by_seq)) {
    std::sort(pending_.begin(), pending_.end(), by_seq);
  }
  size_t k = 0;
  while (k < pending_.size() && pending_[k].seq == next_seq_) {
    ++next_seq_;
    ++k;
  }
  out.insert(out.end(), pending_.begin(), pending_.begin() + static_cast<ptrdiff_t>(k));
  pending_.erase(pending_.begin(), pending_.begin() + static_cast<ptrdiff_t>(k));
  return k;
}

}  // namespace goro::trace
