#include "goro/trace/trace_file.h"

#include <cstdio>
#include <cstring>
#include <fstream>

namespace goro::trace {

namespace {

constexpr char kMagic[8] = {'G', 'O', 'R', 'O', 'T', 'R', 'C', '1'};
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8 + 8;
constexpr uint8_t kLastKind = static_cast<uint8_t>(EventKind::LeakHolder);

template <class T>
void put(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));  // the format is little-endian, as is every supported host
  out.append(b, sizeof(T));
}

// Reader walks the payload and refuses to read past its end.
class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  template <class T>
  bool get(T& v) {
    if (b_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(&v, b_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool bytes(size_t n, std::string_view& v) {
    if (b_.size() - pos_ < n) return false;
    v = b_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t remaining() const { return b_.size() - pos_; }

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

inline uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v * 0x9E3779B97F4A7C15ull;
  h = (h << 31) | (h >> 33);
  return h * 0xC2B2AE3D27D4EB4Full;
}

}  // namespace

uint64_t checksum64(std::string_view bytes) {
  // Four independent lanes keep the multiplier pipeline busy (several GB/s).
  uint64_t lane[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull,
                      0x082EFA98EC4E6C89ull};
  const char* p = bytes.data();
  size_t n = bytes.size();
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    for (int k = 0; k < 4; ++k) {
      uint64_t v;
      std::memcpy(&v, p + i + 8 * k, 8);
      lane[k] = mix(lane[k], v);
    }
  }
  uint64_t h = n;
  for (int k = 0; k < 4; ++k) h = mix(h, lane[k]);
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    std::memcpy(&v, p + i, 8);
    h = mix(h, v);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p + i, n - i);
  h = mix(h, tail);
  h ^= h >> 29;
  return h;
}

std::string encode_trace(const Symbols& symbols, std::span<const Event> events) {
  std::string payload;
  payload.reserve(64 + events.size() * sizeof(Event));
  put<uint32_t>(payload, static_cast<uint32_t>(symbols.name_count()));
  for (NameId i = 0; i < symbols.name_count(); ++i) {
    std::string_view s = symbols.name(i);
    put<uint32_t>(payload, static_cast<uint32_t>(s.size()));
    payload.append(s);
  }
  put<uint32_t>(payload, static_cast<uint32_t>(symbols.site_count()));
  for (SiteId i = 0; i < symbols.site_count(); ++i) {
    Site s = symbols.site_at(i);
    put<uint32_t>(payload, s.file);
    put<uint32_t>(payload, s.line);
    put<uint32_t>(payload, s.col);
    put<uint32_t>(payload, s.function);
  }
  put<uint32_t>(payload, static_cast<uint32_t>(symbols.stack_count()));
  for (StackId i = 0; i < symbols.stack_count(); ++i) {
    const std::vector<SiteId> frames = symbols.stack_at(i);
    put<uint32_t>(payload, static_cast<uint32_t>(frames.size()));
    for (SiteId f : frames) put<uint32_t>(payload, f);
  }
  put<uint64_t>(payload, events.size());
  payload.append(reinterpret_cast<const char*>(events.data()), events.size() * sizeof(Event));

  std::string out;
  out.reserve(kHeaderSize + payload.size());
  out.append(kMagic, 8);
  put<uint32_t>(out, kTraceVersion);
  put<uint32_t>(out, 0);
  put<uint64_t>(out, payload.size());
  put<uint64_t>(out, checksum64(payload));
  out += payload;
  return out;
}

bool decode_trace(std::string_view bytes, TraceData& out, std::string& error) {
  auto fail = [&](std::string msg) {
    error = std::move(msg);
    return false;
  };
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 7) != 0) {
    return fail("not a goroscope trace file (wrong magic bytes)");
  }
  if (bytes.size() < kHeaderSize) return fail("truncated: the header is incomplete");
  Reader h(bytes.substr(8, kHeaderSize - 8));
  uint32_t version = 0, flags = 0;
  uint64_t size = 0, sum = 0;
  h.get(version);
  h.get(flags);
  h.get(size);
  h.get(sum);
  if (version == 0) return fail("corrupt header: version 0");
  if (version > kTraceVersion || bytes[7] != kMagic[7]) {
    return fail("trace file version " + std::to_string(version) +
                " is newer than this goroscope reads (version " + std::to_string(kTraceVersion) + ")");
  }
  if (version < kTraceVersion) {
    // Version 1 had no call stacks: its blocked events cannot be shown as this goroscope shows them.
    return fail("trace file version " + std::to_string(version) + " was written by an older goroscope (this one reads version " +
                std::to_string(kTraceVersion) + ", with call stacks): run the program again to record it");
  }
  if (flags != 0) return fail("corrupt header: unknown flags " + std::to_string(flags));
  std::string_view payload = bytes.substr(kHeaderSize);
  if (payload.size() < size) {
    return fail("truncated: the header promises " + std::to_string(size) + " bytes of data, the file has " +
                std::to_string(payload.size()));
  }
  if (payload.size() > size) return fail("corrupt: " + std::to_string(payload.size() - size) + " unexpected bytes after the data");
  if (checksum64(payload) != sum) return fail("corrupt: the checksum does not match the data");

  Reader r(payload);
  auto symbols = std::make_unique<Symbols>();
  uint32_t names = 0;
  if (!r.get(names) || names == 0) return fail("corrupt: missing string table");
  if (names > r.remaining() / 4) return fail("corrupt: string table count " + std::to_string(names) + " exceeds the file");
  for (uint32_t i = 0; i < names; ++i) {
    uint32_t len = 0;
    std::string_view s;
    if (!r.get(len) || !r.bytes(len, s)) return fail("truncated: string " + std::to_string(i) + " of " + std::to_string(names));
    if (i == 0) {
      if (len != 0) return fail("corrupt: string 0 must be empty");
      continue;
    }
    if (symbols->intern(s) != i) return fail("corrupt: string " + std::to_string(i) + " is empty or repeated");
  }
  uint32_t sites = 0;
  if (!r.get(sites) || sites == 0) return fail("corrupt: missing site table");
  if (sites > r.remaining() / 16) return fail("corrupt: site table count " + std::to_string(sites) + " exceeds the file");
  for (uint32_t i = 0; i < sites; ++i) {
    uint32_t file = 0, line = 0, col = 0, fn = 0;
    r.get(file);
    r.get(line);
    r.get(col);
    r.get(fn);
    if (file >= names || fn >= names) return fail("corrupt: site " + std::to_string(i) + " names a string that does not exist");
    if (i == 0) continue;
    if (symbols->site(symbols->name(file), line, col, symbols->name(fn)) != i) {
      return fail("corrupt: site " + std::to_string(i) + " is repeated");
    }
  }
  uint32_t stacks = 0;
  if (!r.get(stacks) || stacks == 0) return fail("corrupt: missing stack table");
  if (stacks > r.remaining() / 4) return fail("corrupt: stack table count " + std::to_string(stacks) + " exceeds the file");
  for (uint32_t i = 0; i < stacks; ++i) {
    uint32_t depth = 0;
    if (!r.get(depth) || depth > r.remaining() / 4) return fail("truncated: stack " + std::to_string(i) + " of " + std::to_string(stacks));
    std::vector<SiteId> frames(depth);
    for (SiteId& f : frames) {
      r.get(f);
      if (f == 0 || f >= sites) return fail("corrupt: stack " + std::to_string(i) + " names site " + std::to_string(f) + " of " + std::to_string(sites));
    }
    if (i == 0) {
      if (depth != 0) return fail("corrupt: stack 0 must be empty");
      continue;
    }
    if (depth == 0 || symbols->stack(frames) != i) return fail("corrupt: stack " + std::to_string(i) + " is empty or repeated");
  }
  uint64_t count = 0;
  if (!r.get(count)) return fail("truncated: missing event count");
  if (count != r.remaining() / sizeof(Event) || r.remaining() % sizeof(Event) != 0) {
    return fail("corrupt: " + std::to_string(count) + " events announced, " +
                std::to_string(r.remaining()) + " bytes of events present");
  }
  std::vector<Event> events(count);
  std::string_view raw;
  r.bytes(count * sizeof(Event), raw);
  std::memcpy(events.data(), raw.data(), raw.size());
  // Task ids are handed out densely (1, 2, ...) and announced by TaskCreated before any other use;
  // object ids come from a counter that moves only when an object (and its event) is made.
  TaskId max_task = 0;
  for (uint64_t i = 0; i < count; ++i) {
    const Event& e = events[i];
    if (e.kind == EventKind::TaskCreated) {
      if (e.task != max_task + 1) return fail("corrupt: event " + std::to_string(i) + " creates task " + std::to_string(e.task) + " out of order");
      max_task = e.task;
    } else if (e.task > max_task && e.kind != EventKind::RunStarted) {
      return fail("corrupt: event " + std::to_string(i) + " names task " + std::to_string(e.task) + " before it was created");
    }
    if (e.object > count + 1 && e.kind != EventKind::RunStarted) {
      return fail("corrupt: event " + std::to_string(i) + " names object " + std::to_string(e.object) + ", more than the trace could have made");
    }
    if (e.seq != i) return fail("corrupt: event " + std::to_string(i) + " has sequence number " + std::to_string(e.seq));
    if (static_cast<uint8_t>(e.kind) > kLastKind) return fail("corrupt: event " + std::to_string(i) + " has an unknown kind");
    if (e.site >= sites) return fail("corrupt: event " + std::to_string(i) + " names site " + std::to_string(e.site) + " of " + std::to_string(sites));
    if (e.kind == EventKind::TaskBlocked && e.arg >= stacks) {
      return fail("corrupt: event " + std::to_string(i) + " names stack " + std::to_string(e.arg) + " of " + std::to_string(stacks));
    }
    if (e.name >= names) return fail("corrupt: event " + std::to_string(i) + " names string " + std::to_string(e.name) + " of " + std::to_string(names));
    if (i > 0 && e.vtime < events[i - 1].vtime) return fail("corrupt: time goes backwards at event " + std::to_string(i));
  }
  out.symbols = std::move(symbols);
  out.events = std::move(events);
  return true;
}

std::string save_trace(const std::string& path, const Symbols& symbols, std::span<const Event> events) {
  std::string bytes = encode_trace(symbols, events);
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return "cannot write " + tmp;
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) return "cannot write " + tmp + " (disk full?)";
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return "cannot move " + tmp + " to " + path;
  }
  return "";
}

std::string load_trace(const std::string& path, TraceData& out) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) return path + ": cannot open";
  std::streamoff size = f.tellg();
  if (size < 0) return path + ": cannot read";
  std::string bytes(static_cast<size_t>(size), '\0');
  f.seekg(0);
  if (!f.read(bytes.data(), size)) return path + ": cannot read";
  std::string error;
  if (!decode_trace(bytes, out, error)) return path + ": " + error;
  return "";
}

}  // namespace goro::trace
