package main

// A lowercase name of another package: Go says "undefined" unless its importer knows the name
// (errors.New's body uses errorString, so that one is "not exported"); a lowercase method or
// field is missing from the type, with a hint when the exported spelling exists.

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

var shared sync.mutex

func main() {
	fmt.println("hello")
	n := strings.index("abc", "b")
	e := errors.errorString{"boom"}
	var mu sync.Mutex
	mu.lock()
	var wg sync.WaitGroup
	wg.add(1)
	_ = mu.state
	fmt.Println(n, e, wg)
}
