// The run API: compile, then run the program's init-and-main task on a fresh runtime.
#include "goro/vm/run.h"

#include <cstdio>
#include <cstdlib>

#include "goro/vm/compiler.h"
#include "goro/vm/interp.h"

namespace goro::vm {

std::unique_ptr<Program> compile_file(std::string_view source, const std::string& filename, std::string* errors) {
  lang::Diagnostics diags(filename);
  auto p = compile(source, diags);
  if (!p || !diags.empty()) {
    if (errors) *errors = diags.format();
    if (errors && errors->empty()) *errors = filename + ": compilation failed\n";
    return nullptr;
  }
  if (std::getenv("GOROSCOPE_DUMP"))
    for (auto& f : p->funcs)
      if (f->name.rfind("main.", 0) == 0) std::fputs(disassemble(*f).c_str(), stderr);
  return p;
}

namespace {
// program_name: os.Args[0] as `go run` gives it, the file's base name without ".go".
std::string program_name(const std::string& filename) {
  if (filename.empty()) return "main";
  std::string base = filename.substr(filename.find_last_of('/') + 1);
  if (base.size() > 3 && base.compare(base.size() - 3, 3, ".go") == 0) base.resize(base.size() - 3);
  return base;
}
}  // namespace

GoRun::GoRun(const Program& program, Symbols& symbols, RunConfig config)
    : program_(program), symbols_(symbols), config_(std::move(config)) {
  RuntimeOptions o;
  o.workers = config_.workers;
  o.seed = config_.seed;
  o.clock = config_.clock;
  o.max_time = config_.max_time;
  o.max_tasks = config_.max_tasks;
  o.sink = config_.sink;
  o.observer = config_.observer;
  rt_ = std::make_unique<Runtime>(o, symbols_);
  HeapOptions heap;
  heap.limit = config_.max_heap;
  heap.stress = config_.gc_stress;
  vm_ = std::make_unique<Interp>(program_, *rt_, symbols_, heap);
  vm_->out = config_.out;
  vm_->err = config_.err;
  vm_->read_stdin = config_.stdin;
  vm_->args.push_back(program_name(program_.filename));
  for (auto& a : config_.args) vm_->args.push_back(a);
  vm_->seed = config_.seed;
}

GoRun::~GoRun() {
  rt_.reset();  // tasks (and their frames) go before the heap they point into
  vm_.reset();
}

RunReport GoRun::run() {
  auto main = vm_->make_main();
  NameId name = symbols_.intern("main.main");
  RunResult r = rt_->run(std::move(main), 0, name);
  RunReport rep;
  rep.exit_code = r.exit_code;
  rep.reason = r.reason;
  rep.error = r.error;
  rep.tasks_created = r.tasks_created;
  rep.end_time = r.end_time;
  rep.heap = vm_->heap_stats();
  return rep;
}

void GoRun::stop() { rt_->stop(); }

}  // namespace goro::vm
