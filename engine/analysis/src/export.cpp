#include "goro/analysis/export.h"

#include <cinttypes>
#include <cstdio>

namespace goro::analysis {

std::string_view report_op_name(WaitReason r) {
  switch (r) {
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanRecv: return "chan receive";
    case WaitReason::NilChanSend:
    case WaitReason::NilChanRecv: return "nil chan";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Mutex:
    case WaitReason::RWMutexLock:
    case WaitReason::RWMutexRLock: return "mutex";
    case WaitReason::WaitGroup: return "waitgroup";
    case WaitReason::Once: return "once";
    case WaitReason::Cond: return "cond";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::None: return "none";
  }
  return "?";
}

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string format_duration(Nanos d) {
  // Go's Duration.String: h, m and s with a fractional part; below a second ms, µs or ns.
  if (d == 0) return "0s";
  std::string sign = d < 0 ? "-" : "";
  uint64_t u = d < 0 ? static_cast<uint64_t>(-(d + 1)) + 1 : static_cast<uint64_t>(d);
  auto frac = [](uint64_t v, uint64_t unit) {
    std::string s = std::to_string(v / unit);
    uint64_t rest = v % unit;
    if (rest) {
      std::string f = std::to_string(rest + unit).substr(1);  // zero-padded
      while (!f.empty() && f.back() == '0') f.pop_back();
      s += "." + f;
    }
    return s;
  };
  if (u < 1000) return sign + std::to_string(u) + "ns";
  if (u < 1000000) return sign + frac(u, 1000) + "\xC2\xB5s";
  if (u < 1000000000) return sign + frac(u, 1000000) + "ms";
  uint64_t h = u / 3600000000000ull;
  u -= h * 3600000000000ull;
  uint64_t m = u / 60000000000ull;
  u -= m * 60000000000ull;
  std::string out = sign;
  if (h) out += std::to_string(h) + "h";
  if (h || m) out += std::to_string(m) + "m";
  out += frac(u, 1000000000) + "s";
  return out;
}

namespace {

// Chrome trace timestamps are microseconds; keep nanosecond precision as a fraction.
std::string micros(Nanos t) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%" PRId64 ".%03d", t / 1000, static_cast<int>(t % 1000));
  return buf;
}

std::string state_label(const Interval& iv) {
  switch (iv.state) {
    case TaskState::Blocked: return std::string("blocked: ") + std::string(wait_reason_name(iv.reason));
    case TaskState::Sleeping: return "sleeping";
    default: return std::string(task_state_name(iv.state));
  }
}

}  // namespace

void write_chrome_json(const RunModel& model, std::ostream& out) {
  const Symbols& syms = model.symbols();
  out << "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n";
  bool first = true;
  auto sep = [&] {
    if (!first) out << ",\n";
    first = false;
  };
  sep();
  out << R"({"ph":"M","pid":1,"name":"process_name","args":{"name":"goroscope run"}})";
  for (const TaskInfo& t : model.tasks()) {
    if (!t.id) continue;
    std::string fn(syms.name(t.function));
    if (fn.empty()) fn = "goroutine";
    std::string label = "G" + std::to_string(t.id) + " " + fn;
    if (t.created_at) label += " (" + syms.site_string(t.created_at) + ")";
    sep();
    out << R"({"ph":"M","pid":1,"tid":)" << t.id << R"(,"name":"thread_name","args":{"name":")"
        << json_escape(label) << "\"}}";
    sep();
    out << R"({"ph":"M","pid":1,"tid":)" << t.id << R"(,"name":"thread_sort_index","args":{"sort_index":)"
        << t.id << "}}";
    for (const Interval& iv : t.intervals) {
      Nanos end = iv.end == kOpen ? model.end_time() : iv.end;
      bool red = t.fate == Fate::PermanentlyBlocked && iv.begin >= t.permanent_since;
      sep();
      out << R"({"ph":"X","pid":1,"tid":)" << t.id << R"(,"ts":)" << micros(iv.begin)
          << R"(,"dur":)" << micros(end - iv.begin) << R"(,"name":")"
          << json_escape(red ? "permanently blocked: " + std::string(wait_reason_name(iv.reason))
                             : state_label(iv))
          << "\"";
      if (iv.site) out << R"(,"args":{"site":")" << json_escape(syms.site_string(iv.site)) << "\"}";
      out << "}";
    }
    sep();
    out << R"({"ph":"i","s":"t","pid":1,"tid":)" << t.id << R"(,"ts":)" << micros(t.created)
        << R"(,"name":"created"})";
    if (t.fate != Fate::Alive && t.ended != kOpen) {
      sep();
      out << R"({"ph":"i","s":"t","pid":1,"tid":)" << t.id << R"(,"ts":)" << micros(t.ended)
          << R"(,"name":")" << json_escape(fate_name(t.fate)) << "\"}";
    }
  }
  out << "\n]}\n";
}

void write_counts_csv(const RunModel& model, std::ostream& out) {
  out << "time_ns,seq,alive,running,runnable,blocked,sleeping,permanently_blocked\n";
  for (const CountSample& c : model.counts()) {
    out << c.t << ',' << c.seq << ',' << c.alive << ',' << c.running << ',' << c.runnable << ','
        << c.blocked << ',' << c.sleeping << ',' << c.permanently_blocked << '\n';
  }
}

}  // namespace goro::analysis
