// exit: 2
// recover only stops a panic when called directly by a deferred function; a helper called from the
// deferred function gets nil and the panic continues.
package main

import "fmt"

func helper() {
	fmt.Println("helper recover:", recover())
}

func main() {
	fmt.Println("direct recover outside panic:", recover())
	defer func() {
		helper()
	}()
	panic("not stopped")
}
