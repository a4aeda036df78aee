// exit: 2
// panic with a struct that implements error: the runtime prints its Error() text.
package main

type problem struct {
	code int
	msg  string
}

func (p problem) Error() string { return "problem: " + p.msg }

func main() {
	panic(problem{7, "bad input"})
}
