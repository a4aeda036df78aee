// Taking addresses: map entries, call results, string bytes and constants have none; a pointer
// method needs an addressable receiver.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) Inc() { c.n++ }

func get() counter { return counter{} }

func main() {
	m := map[string]counter{}
	m["a"].Inc()
	get().Inc()
	counter{}.Inc()
	p := &m["a"]
	q := &get()
	s := "hello"
	s[0] = 'H'
	r := &5
	fmt.Println(p, q, s, r)
}
