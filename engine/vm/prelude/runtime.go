// goroscope's package runtime (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package runtime

type Error interface {
	error
	RuntimeError()
}

// The run-time panics' values, as Go's runtime types them (interp.cpp picks one by message).
type boundsError struct{ msg string }

func (e boundsError) Error() string { return e.msg }
func (e boundsError) RuntimeError() {}

type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }
func (e errorString) RuntimeError() {}

type plainError string

func (e plainError) Error() string { return string(e) }
func (e plainError) RuntimeError() {}

type TypeAssertionError struct{ msg string }

func (e *TypeAssertionError) Error() string { return e.msg }
func (*TypeAssertionError) RuntimeError()   {}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

func NumGoroutine() int
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Program counters name a function and a place in it (natives.cpp); Func and Frames decode them.
type Func struct {
	name  string
	file  string
	entry uintptr
}

func __funcForPC(pc uintptr) (name, file string, entry uintptr, ok bool)
func __funcLine(pc uintptr) (file string, line int)
func __callers(skip int) []uintptr

func FuncForPC(pc uintptr) *Func {
	name, file, entry, ok := __funcForPC(pc)
	if !ok {
		return nil
	}
	return &Func{name, file, entry}
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func (f *Func) Entry() uintptr { return f.entry }

func (f *Func) FileLine(pc uintptr) (file string, line int) { return __funcLine(pc) }

func Callers(skip int, pc []uintptr) int { return copy(pc, __callers(skip)) }

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

type Frames struct{ pcs []uintptr }

func CallersFrames(callers []uintptr) *Frames { return &Frames{callers} }

func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.pcs) == 0 {
		return Frame{}, false
	}
	pc := ci.pcs[0]
	ci.pcs = ci.pcs[1:]
	f := FuncForPC(pc)
	file, line := __funcLine(pc)
	frame = Frame{PC: pc, Func: f, Function: f.Name(), File: file, Line: line}
	if f != nil {
		frame.Entry = f.entry
	}
	return frame, len(ci.pcs) > 0
}

// KeepAlive, LockOSThread and UnlockOSThread change nothing a goroscope program can observe.
func KeepAlive(x any)  {}
func LockOSThread()   {}
func UnlockOSThread() {}

// MemStats: the VM's heap in Go's terms (the numbers are goroscope's collector's, not Go's: Sys
// is the heap's peak, stacks are goroutines' frames).
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                    uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects uint64
	StackInuse, StackSys                                               uint64
	NextGC, LastGC, PauseTotalNs                                       uint64
	NumGC, NumForcedGC                                                 uint32
}

func __memStats() (heap, stack, total, peak, objects, frees, nextGC uint64, numGC uint32)

func ReadMemStats(m *MemStats) {
	heap, stack, total, peak, objects, frees, nextGC, numGC := __memStats()
	*m = MemStats{
		Alloc: heap - stack, TotalAlloc: total, Sys: peak, Mallocs: objects + frees, Frees: frees,
		HeapAlloc: heap - stack, HeapSys: peak - stack, HeapIdle: peak - heap, HeapInuse: heap - stack,
		HeapObjects: objects, StackInuse: stack, StackSys: stack, NextGC: nextGC, NumGC: numGC,
	}
}
func Gosched()
func NumCPU() int
func __procs() int
func GOMAXPROCS(n int) int { return __procs() }
func GC()

// Goexit runs the goroutine's deferred calls and ends it; main's end then waits for the others.
func Goexit()
func __stack(all bool) string

// Stack writes the goroutine's stack (every goroutine's with all) into buf, as much as fits.
func Stack(buf []byte, all bool) int { return copy(buf, __stack(all)) }
func Version() string { return "go1.19.8" }
