package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	fn := runtime.FuncForPC(pc)
	return fmt.Sprintf("%s %s:%d %v", fn.Name(), filepath.Base(file), line, ok)
}

type T struct{}

func (T) M() string { return where() }

func trace() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

// runtime.Caller pcs decode with FuncForPC (Name, FileLine, Entry); Callers and CallersFrames list
// the program's frames and Go's runtime.main / runtime.goexit below them.
func main() {
	fmt.Println(where())
	fmt.Println(T{}.M())
	func() { fmt.Println(where()) }()
	fmt.Println(strings.Join(trace(), "\n"))
	done := make(chan []string)
	go func() { done <- trace() }()
	fmt.Println(strings.Join(<-done, "\n"))
	pc, _, _, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, line := f.FileLine(pc)
	fmt.Println(f.Name(), filepath.Base(file), line, f.Entry() != 0, f.Entry() <= pc)
	fmt.Println(runtime.FuncForPC(0) == nil)
	runtime.KeepAlive(f)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
}
