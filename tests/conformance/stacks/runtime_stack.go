// stack: full
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func show() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	fmt.Println(strings.Count(string(buf[:n]), "\n") > 2, strings.HasPrefix(string(buf[:n]), "goroutine 1 [running]:\nmain.show("))
	debug.PrintStack()
	fmt.Println(len(debug.Stack()) > 0)
}

func main() {
	show()
}
