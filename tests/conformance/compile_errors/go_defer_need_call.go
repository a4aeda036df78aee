// go and defer need a function call, not a function value.
package main

func work() {}

func main() {
	go work
	defer work
}
