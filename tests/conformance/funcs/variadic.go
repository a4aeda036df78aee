// Variadic functions: zero or more arguments, spreading a slice with s..., and passing ...interface{}
// on to fmt with args....
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func logf(prefix string, format string, args ...interface{}) {
	fmt.Printf(prefix+format+"\n", args...)
}

func count(xs ...string) (int, bool) { return len(xs), xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	logf("[log] ", "%s=%d", "x", 5)
	logf("[log] ", "no args")
	fmt.Println(count())
	fmt.Println(count("a", "b"))
	fmt.Println(count([]string{}...))
}
