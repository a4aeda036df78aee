// A call whose function does not exist still uses its arguments: no "declared and not used" for
// them, and errors inside them are reported too (types2's use of the argument list). The same for
// a conversion given too many arguments.
package main

import "fmt"

func main() {
	total := 10
	fmt.Println(sumAll(total, remaining))
	var cfg struct{ workers int }
	n := 3
	cfg.start(n)
	limit := 5
	_ = int(limit, 2)
	unused := 1
}
