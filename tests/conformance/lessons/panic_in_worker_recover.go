package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// A panic in one goroutine kills the whole program, so worker pools wrap each task: recover turns
// the panic into an error (runtime errors keep their runtime.Error type), and the pool goes on.
type PanicError struct {
	Task  string
	Value interface{}
}

func (e *PanicError) Error() string { return fmt.Sprintf("task %s panicked: %v", e.Task, e.Value) }

func safely(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{name, r}
		}
	}()
	f()
	return nil
}

func main() {
	tasks := map[string]func(){
		"ok":     func() {},
		"index":  func() { s := []int{1}; i := 3; _ = s[i] },
		"nilmap": func() { var m map[int]int; m[1] = 2 },
		"custom": func() { panic(errors.New("disk on fire")) },
		"value":  func() { panic(fmt.Sprintf("bad value %d", 7)) },
		"divide": func() { a, b := 10, 0; _ = a / b },
		"assert": func() { var x interface{} = 1; _ = x.(string) },
	}
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for name, f := range tasks {
		wg.Add(1)
		go func(name string, f func()) {
			defer wg.Done()
			err := safely(name, f)
			line := name + ": ok"
			if err != nil {
				var pe *PanicError
				errors.As(err, &pe)
				_, isRuntime := pe.Value.(runtime.Error)
				line = fmt.Sprintf("%s: %v (runtime error: %v)", name, err, isRuntime)
			}
			mu.Lock()
			lines = append(lines, line)
			mu.Unlock()
		}(name, f)
	}
	wg.Wait()
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println("the pool survived", len(lines), "tasks")

	done := make(chan struct{})
	go func() {
		defer fmt.Println("worker's deferred call runs first")
		var p *PanicError
		fmt.Println(p.Task) // unrecovered: the whole program dies, main never wakes up
		close(done)
	}()
	<-done
	fmt.Println("not reached")
}
