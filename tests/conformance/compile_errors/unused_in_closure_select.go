// Unused variables inside function literals, select cases and type switch bindings.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	go func() {
		result := 42
	}()
	select {
	case v := <-ch:
	case w, ok := <-ch:
		fmt.Println(ok)
	}
	var x interface{} = 1
	switch y := x.(type) {
	case int, string:
	}
	f := func(a int) {
		b := a
	}
	f(1)
}
