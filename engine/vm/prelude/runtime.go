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
