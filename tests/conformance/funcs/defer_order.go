// Deferred calls run in LIFO order when the function returns; their arguments are evaluated at the
// defer statement.
package main

import "fmt"

func work() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	fmt.Println("body done")
}

func main() {
	work()
	fmt.Println("main continues")
}
