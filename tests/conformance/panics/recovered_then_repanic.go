// exit: 2
// recover then panic again with the recovered value: Go prints the first panic with [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("original")
}
