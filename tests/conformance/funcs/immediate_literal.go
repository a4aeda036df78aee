// Immediately called function literals, with defer and go; recursive closures via a declared var.
package main

import "fmt"

func main() {
	v := func(a int) int { return a * 2 }(21)
	fmt.Println(v)

	func() {
		defer func() { fmt.Println("deferred literal") }()
		fmt.Println("inside literal")
	}()

	done := make(chan string)
	go func(msg string) { done <- msg }("from goroutine")
	fmt.Println(<-done)

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
}
