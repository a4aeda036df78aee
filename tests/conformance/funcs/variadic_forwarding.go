// A logging wrapper forwards ...interface{} to fmt.Sprintf with args...; appending slices with
// s...; a nil or empty variadic; and variadic parameters of a named type.
package main

import (
	"fmt"
	"strings"
)

type Level int

func logf(level Level, format string, args ...interface{}) {
	prefix := strings.Repeat("!", int(level))
	fmt.Println(prefix + " " + fmt.Sprintf(format, args...))
}

func sum(label string, nums ...int) string {
	total := 0
	for _, n := range nums {
		total += n
	}
	return fmt.Sprintf("%s: %d of %d (nil=%v)", label, total, len(nums), nums == nil)
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func main() {
	logf(1, "started %d workers in %s", 4, "pool")
	logf(2, "no args")
	logf(3, "%v and %q", []int{1, 2}, "x")
	args := []interface{}{"a", 1, true}
	logf(1, "%s-%d-%t", args...)
	fmt.Println(sum("none"), "|", sum("some", 1, 2, 3), "|", sum("slice", []int{4, 5}...))
	empty := []int{}
	fmt.Println(sum("empty", empty...))
	a := []string{"x", "y"}
	b := append(a, []string{"z", "w"}...)
	fmt.Println(join("/", b...), join(","), len(b))
	fmt.Println(append([]byte("ab"), "cd"...), string(append([]byte("ab"), "cd"...)))
}
