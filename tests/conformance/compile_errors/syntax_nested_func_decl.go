// Functions cannot be declared inside functions (a function literal can).
package main

func main() {
	func inner() {}
}