// Keywords cannot be variable names: `select`, `go`, `chan`, `range` are reserved.
package main

import "fmt"

func main() {
	range := 3
	fmt.Println(range)
}
