// go needs a call: a function literal must be followed by ().
package main

func main() {
	go func() {
		println()
	}
}