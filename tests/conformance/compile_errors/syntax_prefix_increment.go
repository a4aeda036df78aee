// Only the postfix statement form exists: ++i is refused.
package main

import "fmt"

func main() {
	i := 0
	++i
	fmt.Println(i)
}
