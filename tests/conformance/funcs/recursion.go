// Recursion and mutual recursion; multiple return values passed straight to another call.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func minmax(a, b int) (int, int) {
	if a < b {
		return a, b
	}
	return b, a
}

func show(lo, hi int) string { return fmt.Sprint(lo, "..", hi) }

func main() {
	fmt.Println(fib(20), isEven(10), isOdd(7))
	fmt.Println(show(minmax(9, 3)))
}
