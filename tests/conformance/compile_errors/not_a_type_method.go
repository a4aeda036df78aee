// Calling a method that does not exist on a type.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) Inc() { c.n++ }

func main() {
	c := counter{}
	c.Inc()
	c.Dec()
	fmt.Println(c)
}
