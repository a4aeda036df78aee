// stack.cpp — goroutine stacks as Go's tracebacks print them (panics, fatal errors, deadlock dumps).
//
//   main.(*T).Method.func1()
//   	/abs/path/main.go:14 +0x0
//   main.main()
//   	/abs/path/main.go:30 +0x0
//   created by main.main
//   	/abs/path/main.go:28 +0x0
//
// Go lists arguments in hex words and code offsets; goroscope prints `()` and `+0x0`. Frames of the
// standard library (Go's sync.runtime_Semacquire, sync.(*WaitGroup).Wait...) are left out: only
// the program's own frames and, under a deferred call run by a panic, Go's `panic(...)` frame.
#include <filesystem>

#include "goro/runtime.h"
#include "goro/symbols.h"
#include "goro/vm/interp.h"

namespace goro::vm {

namespace {

constexpr std::string_view kPreludePrefix = "<prelude>";

bool is_library(const Function& fn) { return fn.file.compare(0, kPreludePrefix.size(), kPreludePrefix) == 0; }

// line_of: the line a frame is at: the current instruction of the innermost frame, the call
// (the instruction before the return address) of the others.
uint32_t line_of(const Frame& f, bool innermost) {
  const auto& pos = f.fn->pos;
  uint32_t pc = f.pc < pos.size() ? f.pc : static_cast<uint32_t>(pos.size() - 1);
  if (!innermost && pc > 0) --pc;
  return pos[pc].line;
}

// display_path: Go prints the absolute path of each source file.
std::string display_path(std::string_view file) {
  if (file.empty() || file[0] == '/' || file[0] == '<') return std::string(file);
  std::error_code ec;
  auto abs = std::filesystem::absolute(std::filesystem::path(file), ec);
  return ec ? std::string(file) : abs.lexically_normal().string();
}

void append_location(std::string& out, std::string_view file, uint32_t line) {
  out += '\t';
  out += display_path(file);
  out += ':';
  out += std::to_string(line);
  out += " +0x0\n";
}

}  // namespace

std::vector<StackFrame> VmTask::stack(size_t max) const {
  if (!top && !panics.empty()) {  // died of it: every frame is unwound
    const auto& raised = panics.back().stack;
    return {raised.begin(), raised.begin() + static_cast<std::ptrdiff_t>(std::min(max, raised.size()))};
  }
  std::vector<StackFrame> out;
  bool innermost = true;
  for (const Frame* f = top; f && out.size() < max; f = f->caller) {
    // Stub frames of library callbacks have no code; runtime.main is Go's, which no dump shows.
    if (!f->fn || f->fn->pos.empty() || f->fn->name == "runtime.main") continue;
    StackFrame sf;
    sf.kind = is_library(*f->fn) ? StackFrame::Library : StackFrame::User;
    sf.function = f->fn->name;
    sf.file = f->fn->file;
    sf.line = line_of(*f, innermost);
    innermost = false;
    out.push_back(sf);
    if (f->is_defer_call && f->caller && f->caller->state == Frame::Unwinding && !panics.empty()) {
      // A deferred call run by a panic: in Go it runs on top of the panicking stack, whose frames
      // goroscope has unwound already; the panic kept them.
      StackFrame p;
      p.kind = StackFrame::Panic;
      p.function = "panic";
      p.file = "/usr/lib/go-1.19/src/runtime/panic.go";
      p.line = 884;
      p.runtime_error = panics.back().runtime_error || panics.back().sigsegv;
      out.push_back(p);
      const auto& rest = panics.back().stack;
      out.insert(out.end(), rest.begin(), rest.end());
      break;
    }
  }
  return out;
}

StackId VmTask::block_stack(Symbols& symbols) {
  // The usual case first, without allocating: the goroutine parks where it parked last time (a
  // loop's receive). The frames are walked as stack() walks them and compared with the last key.
  if (block_id && top) {
    size_t n = 0;
    bool same = true, innermost = true;
    for (const Frame* f = top; f && same; f = f->caller) {
      if (!f->fn || f->fn->pos.empty() || f->fn->name == "runtime.main") continue;
      if (f->is_defer_call && f->caller && f->caller->state == Frame::Unwinding && !panics.empty()) {
        same = false;  // under a panic: stack() adds the panic's frames
        break;
      }
      const uint32_t line = line_of(*f, innermost);
      innermost = false;
      if (is_library(*f->fn)) continue;
      same = n < block_key.size() && block_key[n].first == f->fn->name.data() && block_key[n].second == line;
      ++n;
    }
    if (same && n == block_key.size()) return block_id;
  }
  const std::vector<StackFrame> frames = stack();
  // Names point into the Program (or are literals): the pointers tell the frames apart.
  std::vector<std::pair<const char*, uint32_t>> key;
  key.reserve(frames.size());
  for (const StackFrame& f : frames) {
    if (f.kind != StackFrame::Library) key.emplace_back(f.function.data(), f.line);
  }
  if (key == block_key && block_id) return block_id;  // e.g. the same frames under a panic
  std::vector<SiteId> sites;
  sites.reserve(key.size());
  for (const StackFrame& f : frames) {
    if (f.kind != StackFrame::Library) sites.push_back(symbols.site(f.file, f.line, 0, f.function));
  }
  block_key = std::move(key);
  block_id = symbols.stack(sites);
  return block_id;
}

void VmTask::append_stack(std::string& out) const { append_traceback(out, false); }

void VmTask::append_traceback(std::string& out, bool note_elided) const {
  // Go's traceback walks at most 100 frames, its own hidden ones included (gopanic under a
  // panic, the runtime's helper that raised a run-time error, two that run a deferred call
  // during a panic); the rest of a deep stack is left out, silently except in a throw's.
  constexpr size_t kMaxFrames = 100;
  size_t budget = kMaxFrames;
  if (!panics.empty() && !top) {
    const PanicRec& p = panics.back();
    budget -= p.runtime_error || p.sigsegv ? 2 : 1;
  }
  std::vector<StackFrame> frames = stack(kMaxFrames + 1);
  size_t walked = 0;
  bool elided = false;
  for (const StackFrame& f : frames) {
    size_t cost = f.kind == StackFrame::Panic ? (f.runtime_error ? 4 : 3) : 1;
    if (walked + cost > budget) {
      elided = true;
      break;
    }
    walked += cost;
    if (f.kind == StackFrame::Library) continue;
    out += f.function;
    out += f.kind == StackFrame::Panic ? "({0x0, 0x0})\n" : "()\n";
    append_location(out, f.file, f.line);
  }
  if (elided && note_elided) out += "...additional frames elided...\n";
  Runtime* rt = Runtime::current();
  if (rt && created_at()) {
    Site s = rt->symbols().site_at(created_at());
    out += "created by ";
    out += rt->symbols().name(s.function);
    out += '\n';
    append_location(out, rt->symbols().name(s.file), s.line);
  }
}

// Go's runtime.main locks the main goroutine to its thread while packages initialise: the
// bottom frame is goroscope's runtime.main, not yet in its last call (main.main, then Ret).
bool VmTask::locked_to_thread() const {
  const Frame* bottom = top;
  while (bottom && bottom->caller) bottom = bottom->caller;
  if (!bottom || !bottom->fn || bottom->fn->name != "runtime.main") return false;
  return bottom->pc + 1 < bottom->fn->code.size();
}

std::string VmTask::throw_text(const std::string& msg) const {
  std::string text = "fatal error: " + msg + "\n\ngoroutine " + std::to_string(id()) + " [running]:\n";
  append_traceback(text, true);
  if (Runtime* rt = Runtime::current()) {
    std::string others = rt->goroutine_dump(id());
    if (!others.empty()) text += "\n" + others;
  }
  return text;
}

}  // namespace goro::vm
