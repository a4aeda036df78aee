// exit: 2
// panic(fmt.Sprintf(...)) prints the string as is; a recovered value can be re-panicked with
// more context, and Go prints the chain.
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("n too large: %d (limit %d)", n, 2))
	}
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	for i := 0; i < 5; i++ {
		check(i)
		fmt.Println("ok", i)
	}
}
