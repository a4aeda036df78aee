// CPU loop: recursive fib(30), the argument read at run time so no compiler can fold it away.
package main

import (
	"fmt"
	"os"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 30
	if len(os.Args) > 1000 { // never true; keeps n a run-time value
		n = len(os.Args)
	}
	fmt.Println("fib(30) =", fib(n))
}
