// A label that nothing jumps to is an error, even on a loop; breaking to a label that is not
// an enclosing loop is another.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
done:
	fmt.Println("end")
	for {
		break outer
	}
}
