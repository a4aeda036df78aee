// exit: 2
// panic with a named basic type without String or Error: the runtime prints type(value), e.g. main.code(7).
package main

type code int

func main() {
	defer func() {
		panic(code(7))
	}()
	panic(message("first"))
}

type message string
