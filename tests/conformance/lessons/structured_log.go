package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
)

// Logging from goroutines with the standard log package: no timestamps (SetFlags(0)) so the
// output is reproducible, prefixes per component, key=value fields, and a logger into a buffer.
type Fields map[string]interface{}

func (f Fields) String() string {
	var b strings.Builder
	for _, k := range []string{"id", "user", "ms", "err"} {
		if v, ok := f[k]; ok {
			fmt.Fprintf(&b, " %s=%v", k, v)
		}
	}
	return b.String()
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("[main] ")
	log.Println("starting", 3, "workers")
	log.Printf("config: %+v", struct {
		Retries int
		Verbose bool
	}{2, true})

	var buf bytes.Buffer
	var mu sync.Mutex
	workerLog := log.New(&buf, "", log.Lmsgprefix)
	var wg sync.WaitGroup
	lines := make([]string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			var own bytes.Buffer
			l := log.New(&own, fmt.Sprintf("[worker %d] ", id), 0)
			l.Print("done", Fields{"id": id, "ms": id * 40, "user": "u" + fmt.Sprint(id)})
			lines[id-1] = own.String()
			mu.Lock()
			workerLog.SetPrefix("w: ")
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Print(l)
	}
	workerLog.Printf("summary%v", Fields{"err": nil, "id": 0})
	fmt.Printf("%q\n", buf.String())
	fmt.Println("prefix:", log.Prefix(), "flags:", log.Flags(), workerLog.Flags() == log.Lmsgprefix)

	errLog := log.New(os.Stderr, "ERROR ", 0)
	errLog.Println("disk almost full:", 97, "%")
	log.SetPrefix("")
	log.Print("no newline added twice\n")
	log.Fatalf("cannot continue: %v", fmt.Errorf("worker %d: %w", 2, os.ErrNotExist))
}
