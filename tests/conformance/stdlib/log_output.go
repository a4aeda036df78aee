// exit: 1
// Package log: flags 0 and Lshortfile, prefixes (also with Lmsgprefix), a Logger writing into a
// strings.Builder and one on os.Stdout, and log.Fatalf exiting with status 1 (deferred calls
// skipped). Timestamps are left out: Go's come from the wall clock.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func work(l *log.Logger, id int) {
	l.Printf("worker %d done", id)
}

func main() {
	log.SetFlags(0)
	log.Println("plain", 1, 2)
	log.SetPrefix("[app] ")
	log.Printf("value=%d", 42)
	log.SetFlags(log.Lshortfile)
	log.Print("with file")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix after")
	var sb strings.Builder
	l := log.New(&sb, "W: ", 0)
	for i := 0; i < 3; i++ {
		work(l, i)
	}
	fmt.Print(sb.String())
	out := log.New(os.Stdout, "", log.Lshortfile)
	out.Println("to stdout")
	fmt.Println(log.Flags(), log.Prefix(), l.Prefix())
	defer fmt.Println("deferred not run")
	log.Fatalf("fatal: %v", "bye")
}
