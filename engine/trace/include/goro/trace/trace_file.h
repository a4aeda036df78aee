// goro/trace/trace_file.h — saving and loading a whole run.
//
// Format (little-endian), version 2:
//   header   "GOROTRC1" magic (8 bytes), u32 version, u32 flags (0), u64 payload bytes,
//            u64 payload checksum (checksum64 below)
//   payload  u32 name count, then per name: u32 length + UTF-8 bytes (name 0 is "")
//            u32 site count, then per site: u32 file, u32 line, u32 col, u32 function (site 0 is
//            the unknown site)
//            u32 stack count, then per stack: u32 depth + that many u32 site ids, innermost
//            first (stack 0 is empty; a TaskBlocked event's arg names its stack)
//            u64 event count, then the 48-byte Event records in seq order
// Loading checks everything before trusting it: magic, version (only this one: version 1 had no
// stacks), sizes against the file length
// (so a corrupt count never causes a huge allocation), the checksum, and every event's fields
// (kind in range, seq dense, ids inside the tables). A bad file is refused with a message naming
// what is wrong.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "goro/event.h"
#include "goro/symbols.h"

namespace goro::trace {

constexpr uint32_t kTraceVersion = 2;

struct TraceData {
  std::unique_ptr<Symbols> symbols;
  std::vector<Event> events;
};

// encode_trace serialises a run to bytes.
std::string encode_trace(const Symbols& symbols, std::span<const Event> events);
// decode_trace parses bytes; on failure returns false and sets `error` ("truncated: ...").
bool decode_trace(std::string_view bytes, TraceData& out, std::string& error);

// save_trace writes atomically (a temporary file renamed into place). Returns "" or an error.
std::string save_trace(const std::string& path, const Symbols& symbols, std::span<const Event> events);
// load_trace reads and decodes a file. Returns "" or an error naming the file and the problem.
std::string load_trace(const std::string& path, TraceData& out);

// checksum64 is the payload checksum: a fast 64-bit multiply-mix hash over 8-byte words.
uint64_t checksum64(std::string_view bytes);

}  // namespace goro::trace
