// A method declared twice, a method named like a field, a method on a non-local type.
package main

type counter struct{ n int }

func (c *counter) inc() { c.n++ }
func (c *counter) inc() { c.n += 2 }

type box struct{ size int }

func (b box) size() int { return 0 }

func (i int) double() int { return i * 2 }

func main() {
	var c counter
	c.inc()
}
