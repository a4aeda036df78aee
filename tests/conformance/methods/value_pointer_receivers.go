// Value receivers get a copy; pointer receivers change the original. Calling a pointer method on an
// addressable value takes its address automatically; a value method on a pointer dereferences it.
package main

import "fmt"

type counter struct{ n int }

func (c counter) Get() int { return c.n }
func (c counter) TryInc()  { c.n++ }
func (c *counter) Inc()    { c.n++ }

func main() {
	var c counter
	c.TryInc()
	fmt.Println(c.Get())
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get())

	p := &counter{n: 10}
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())

	arr := []counter{{1}, {2}}
	arr[0].Inc() // slice elements are addressable
	fmt.Println(arr)

	m := map[string]*counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
}
