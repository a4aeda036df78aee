// exit: 2
// panic with an int prints the number; with a custom type, the value in Go syntax with its type.
package main

func main() {
	panic(42)
}
