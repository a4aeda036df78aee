package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Library methods reached through interfaces (sync.Locker, io.Writer, io.StringWriter) as go
// statements, deferred calls, method values and AfterFunc functions.
func main() {
	var mu sync.Mutex
	var l sync.Locker = &mu
	l.Lock()
	go l.Unlock()
	time.Sleep(time.Millisecond)
	l.Lock()
	time.AfterFunc(time.Millisecond, l.Unlock)
	time.Sleep(5 * time.Millisecond)
	func() {
		l.Lock()
		defer l.Unlock()
	}()
	var w io.Writer = os.Stdout
	go fmt.Fprintln(w, "from go")
	time.Sleep(time.Millisecond)
	write := w.Write
	defer write([]byte("deferred write\n"))
	var sb strings.Builder
	var sw io.StringWriter = &sb
	ws := sw.WriteString
	go ws("x")
	time.Sleep(time.Millisecond)
	fmt.Println(sb.String())
	var wg sync.WaitGroup
	wg.Add(2)
	var done func() = wg.Done
	time.AfterFunc(time.Millisecond, done)
	go done()
	wg.Wait()
	fmt.Println("all done")
}
