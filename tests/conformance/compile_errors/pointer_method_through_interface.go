// A method with a pointer receiver is not in the value's method set: the value does not
// satisfy an interface needing it, in an assignment, a call or a return.
package main

import "fmt"

type Worker interface {
	Work()
}

type counter struct{ n int }

func (c *counter) Work() { c.n++ }

func run(w Worker) { w.Work() }

func make1() Worker {
	return counter{}
}

func main() {
	c := counter{}
	var w Worker = c
	run(c)
	workers := []Worker{c, &c}
	fmt.Println(w, workers, make1())
}
